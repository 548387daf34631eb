/**
 * Integration example: read a station-year from your own database, turn the rows into
 * `StationFacts`, evaluate them against the standard and render the HTML report
 * (`npx tsx examples/integration/from-database.ts report.html`).
 *
 * Run it with `npx tsx examples/integration/from-database.ts` (after `npm run build` when run
 * from this repository; in your own project, after `npm install clean-station`).
 */
import { writeFileSync } from 'node:fs';
import {
  type EvaluationResult,
  evaluate,
  type Facility,
  formatPath,
  type IncidentInput,
  type JointMeeting,
  parseFacts,
  type RecordsInput,
  renderHtml,
  type ServicePointInput,
  type SmartTerminal,
  type StationFactsInput,
} from 'clean-station';
import { type ActivityRow, queryStationYear, type StationYearRows } from './rows.js';

/** Your incident categories, mapped to the standard's incident kinds (items 23–25). */
const INCIDENT_KINDS: Record<string, IncidentInput['kind']> = {
  complaint: 'service-complaint',
  'state-grid-notice': 'state-grid-notified-event',
  petition: 'leapfrog-petition',
  violation: 'staff-violation',
};

const list = (text: string | null): string[] => (text ? text.split(',').map((s) => s.trim()) : []);

/** The fields every dated record shares. A TIMESTAMP becomes an ISO instant: the library converts it to the local day. */
function dated(row: ActivityRow) {
  return {
    id: `act-${row.id}`,
    date: row.occurred_at.toISOString(),
    ...(row.point_code === null ? {} : { servicePointId: row.point_code }),
  };
}

function toRecords(rows: StationYearRows): RecordsInput {
  const of = (activity: string) => rows.activities.filter((row) => row.activity === activity);
  const holder = (post: 'customer-manager' | 'supervisor') => rows.posts.find((p) => p.post === post)?.person_code;
  const from = holder('customer-manager');
  const to = holder('supervisor');
  return {
    liaisons: of('liaison').map((row) => ({
      ...dated(row),
      ...(row.person_code === null ? {} : { staffId: row.person_code }),
    })),
    ledgerHandovers:
      from && to ? of('ledger-handover').map((row) => ({ ...dated(row), fromStaffId: from, toStaffId: to })) : [],
    publicity: of('publicity').map(dated),
    disclosures: [
      ...of('monthly-disclosure').map((row) => ({ ...dated(row), frequency: 'monthly' as const })),
      ...of('quarterly-disclosure').map((row) => ({ ...dated(row), frequency: 'quarterly' as const })),
    ],
    supervisionMeetings: of('supervision-meeting').map((row) => ({
      ...dated(row),
      minutes: row.minutes_kept === 1,
      attendees: list(row.attendees).map((id) => `gm-${id}`),
    })),
    jointMeetings: of('joint-meeting').map((row) => ({
      ...dated(row),
      attendeeKinds: list(row.attendees) as JointMeeting['attendeeKinds'],
    })),
    specialInspections: of('special-inspection').map(dated),
    fourWindsChecks: of('four-winds-check').map(dated),
    riskIdentifications: of('risk-identification').map(dated),
    customerVisits: of('customer-visit').map(dated),
    resultPublications: of('result-publication').map(dated),
    supervisorReports: of('supervisor-report').map((row) => ({
      ...dated(row),
      ...(row.person_code === null ? {} : { staffId: row.person_code }),
    })),
    leaderReports: of('leader-report').map(dated),
  };
}

/**
 * Builds the facts of one station-year from database rows.
 *
 * @example
 * ```ts
 * const facts = toFacts(queryStationYear('wy-tongqin', 2023), 2023);
 * ```
 */
export function toFacts(rows: StationYearRows, year: number): StationFactsInput {
  const leader = rows.group.find((m) => m.is_leader === 1);
  return {
    station: { id: rows.station.code, name: rows.station.name, established: rows.station.opened_on },
    period: { start: `${year}-01-01`, end: `${year}-12-31` },
    servicePoints: rows.points.map((point) => ({
      id: point.code,
      name: point.name,
      ...(point.venue === null ? {} : { venue: point.venue as ServicePointInput['venue'] }),
      cloud: point.is_cloud === 1,
      terminal: { services: list(point.terminal_services) as SmartTerminal['services'] },
      facilities: rows.facilities
        .filter((f) => f.point_code === point.code)
        .map((f) => ({ kind: f.kind as Facility['kind'], quantity: f.quantity })),
      opened: point.opened_on,
    })),
    staff: rows.people.map((person) => ({ id: person.code, name: person.name })),
    duties: rows.posts.map((post) => ({
      id: `post-${post.id}`,
      staffId: post.person_code,
      role: post.post,
      servicePointId: post.point_code,
      start: post.from_day,
      ...(post.to_day === null ? {} : { end: post.to_day }),
    })),
    appointments: rows.appointments.map((a) => ({
      id: `appt-${a.id}`,
      staffId: a.person_code,
      approver: a.approved_by_discipline_committee === 1 ? ('discipline-committee' as const) : ('other' as const),
      date: a.approved_on,
      documentNo: a.document_no,
      eligibilityChecked: a.eligibility_checked === 1,
      termStart: a.term_from,
      termEnd: a.term_to,
      termNumber: a.term_number,
    })),
    reviews: rows.reviews.map((r) => ({
      id: `review-${r.id}`,
      staffId: r.person_code,
      date: r.reviewed_on,
      outcome: r.fit === 1 ? ('fit' as const) : ('unfit' as const),
    })),
    responsibilityLists: rows.dutyLists.map((l) => ({ id: `list-${l.id}`, role: l.post, issued: l.issued_on })),
    supervisionGroup: {
      members: rows.group.map((m) => ({ id: `gm-${m.id}`, name: m.name, role: m.role })),
      ...(leader ? { leaderId: `gm-${leader.id}` } : {}),
    },
    records: toRecords(rows),
    incidents: rows.incidents.flatMap((row) => {
      const kind = INCIDENT_KINDS[row.category];
      if (kind === undefined) return [];
      return [
        { id: `inc-${row.id}`, kind, date: row.occurred_at.toISOString(), responsibilityRuledOut: row.ruled_out === 1 },
      ];
    }),
  };
}

/**
 * What to tell the station head in one glance: the score, the grade and what to improve.
 *
 * @example
 * ```ts
 * process.stdout.write(summaryLines(await evaluate(facts)));
 * ```
 */
export function summaryLines(result: EvaluationResult): string {
  const lines = [
    `${result.station.name} (${result.period.start} – ${result.period.end})`,
    `Total ${result.total} / ${result.max.total} — ${result.gradeLabel.zh} ${result.gradeLabel.en}`,
  ];
  for (const item of result.items.filter((i) => i.score < i.max && i.status !== 'notAssessed')) {
    const missing = item.missing.length > 0 ? ` — missing ${item.missing.join(', ')}` : '';
    lines.push(`- ${item.seq} ${item.title.en}${missing}. ${item.advice?.en ?? ''}`);
  }
  return `${lines.join('\n')}\n`;
}

const YEAR = 2023;
const reportFile = process.argv[2] ?? 'report.html';
const parsed = parseFacts(toFacts(queryStationYear('wy-tongqin', YEAR), YEAR));
if (parsed.ok) {
  const result = await evaluate(parsed.value);
  writeFileSync(reportFile, renderHtml(result, { lang: 'zh' }));
  process.stdout.write(`${summaryLines(result)}HTML report: ${reportFile}\n`);
} else {
  for (const issue of parsed.issues) process.stderr.write(`${formatPath(issue.path)}: ${issue.message.en}\n`);
  process.exitCode = 1;
}
