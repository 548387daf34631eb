/**
 * The benchmark's yardstick: a minimal hand-written evaluator of the base ruleset's 28 items,
 * with the standard's default parameters written in as constants. It reads the records' local
 * days that `parseFacts` made (as `evaluate` does), makes one pass over each record list and
 * returns scores only (no trace, no names of missing buckets, no evidence ids). It is what "as fast as the checks themselves" means; a test keeps
 * its totals equal to `evaluate`'s on generated stations, so the comparison is honest.
 */

import { monthLength } from '../src/engine/calendar.js';
import { type DatedRecord, localDaysOf } from '../src/facts/local-days.js';
import type { emptyRecords, StationFacts } from '../src/facts/schema.js';
import { addDays, addMonths, instantOf, type LocalDay, localDayOfInstant } from '../src/time/local-day.js';

/** The scores the yardstick computes. */
export interface HandWrittenScores {
  readonly total: number;
  /** Score per item id. */
  readonly items: Readonly<Record<string, number>>;
}

const ACCEPTED_VENUES = new Set([
  'red-boat-guangming-station',
  'power-station',
  'business-hall',
  'party-mass-service-centre',
  'convenience-service-centre',
]);
const REQUIRED_FACILITIES: ReadonlyArray<readonly [string, number]> = [
  ['door-plate', 1],
  ['business-cards', 1],
  ['leaflets', 1],
  ['desk-and-chairs', 1],
  ['smart-terminal', 1],
];
const JOINT_KINDS = ['station-head', 'team-leader', 'villager', 'village-enterprise'];
const MONTH_END_DAYS = 5;
const MONTH_END_GRACE = 3;
const QUARTER_END_GRACE = 10;

type Duty = StationFacts['duties'][number];
/** The standard's record lists. */
type Records = ReturnType<typeof emptyRecords>;
type Per = 1 | 3 | 6;

const monthOf = (day: LocalDay) => Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7)) - 1;
const daysIn = monthLength;

/** Required buckets of length `per` months wholly inside from..to, as [first, last] bucket numbers. */
function requiredRange(per: Per, from: LocalDay, to: LocalDay): [number, number] {
  if (from > to) return [1, 0];
  const fm = monthOf(from);
  const tm = monthOf(to);
  const first = Math.floor(fm / per) + (from.endsWith('-01') && fm % per === 0 ? 0 : 1);
  const last = Math.floor(tm / per) - (Number(to.slice(8)) === daysIn(tm) && tm % per === per - 1 ? 0 : 1);
  return [first, last];
}

/** Counts the buckets of one obligation; `add` marks a bucket met, `full` says whether all are. */
class Buckets {
  private readonly met: boolean[];
  constructor(
    private readonly first: number,
    private readonly last: number,
  ) {
    this.met = new Array<boolean>(Math.max(0, last - first + 1)).fill(false);
  }
  add(bucket: number): void {
    if (bucket >= this.first && bucket <= this.last) this.met[bucket - this.first] = true;
  }
  full(): boolean {
    return this.met.every(Boolean);
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Whether a post was held over from..to, allowing gaps up to one month from the real vacancy date
 * (not before `since`, when the post came to exist).
 */
function postHeld(duties: readonly Duty[], since: LocalDay, from: LocalDay, to: LocalDay): boolean {
  let covered = addDays(from, -1);
  let held = false;
  for (const d of duties) {
    if (d.start > to) break;
    if (d.end !== undefined && d.end < since) continue;
    if (d.start > from && d.start > addDays(covered, 1) && d.start > addMonths(covered, 1)) return false;
    if (d.end === undefined) return true;
    if (!held || d.end > covered) covered = d.end;
    held = true;
  }
  return !(covered < to && to >= addMonths(covered, 1));
}

/**
 * Scores one parsed station-year against the base ruleset's defaults.
 *
 * @example
 * ```ts
 * handWrittenScores(parseFactsOrThrow(input)).total;
 * ```
 */
export function handWrittenScores(facts: StationFacts): HandWrittenScores {
  const zone = facts.station.timeZone;
  const { start, end } = facts.period;
  const windowStart =
    facts.station.established && facts.station.established > start ? facts.station.established : start;
  const inPeriod = (day: LocalDay) => day >= start && day <= end;
  const items: Record<string, number> = {};

  // A1.1 service points
  const points = facts.servicePoints.filter(
    (p) => (p.opened ?? start) <= end && (p.closed === undefined || p.closed >= start),
  );
  items['service-point-siting'] =
    points.length > 0 && points.every((p) => p.cloud || (p.venue !== undefined && ACCEPTED_VENUES.has(p.venue)))
      ? 4
      : 0;
  items['smart-terminal'] =
    points.length > 0 &&
    points.every((p) => {
      const s = p.terminal?.services ?? [];
      return s.includes('consultation') && s.includes('query') && s.includes('bill-payment');
    })
      ? 4
      : 0;
  items.facilities =
    points.length > 0 &&
    points.every((p) =>
      REQUIRED_FACILITIES.every(
        ([kind, need]) => p.facilities.reduce((n, f) => (f.kind === kind ? n + f.quantity : n), 0) >= need,
      ),
    )
      ? 2
      : 0;

  // A1.2 team: duties grouped by post and by person once
  const duties = [...facts.duties].sort((a, b) =>
    a.start !== b.start ? (a.start < b.start ? -1 : 1) : a.id < b.id ? -1 : 1,
  );
  const byPost = new Map<string, Duty[]>();
  const byStaff = new Map<string, Duty[]>();
  const supervisors = new Set<string>();
  for (const d of duties) {
    const post = `${d.servicePointId}|${d.role}`;
    push(byPost, post, d);
    push(byStaff, d.staffId, d);
    if (d.role === 'supervisor' && d.start <= end && (d.end === undefined || d.end >= start))
      supervisors.add(d.staffId);
  }
  let unfilled = points.length === 0 ? 2 : 0;
  for (const p of points) {
    const from = p.opened && p.opened > windowStart ? p.opened : windowStart;
    const to = p.closed && p.closed < end ? p.closed : end;
    if (from > to) continue;
    const established = facts.station.established ?? '';
    const since = p.opened && p.opened > established ? p.opened : established;
    for (const role of ['customer-manager', 'supervisor']) {
      if (!postHeld(byPost.get(`${p.id}|${role}`) ?? [], since, from, to)) unfilled++;
    }
  }
  items.staffing = Math.max(0, 6 - 3 * unfilled);
  items['supervisor-appointment'] =
    supervisors.size > 0 &&
    [...supervisors].every((s) =>
      facts.appointments.some(
        (a) =>
          a.staffId === s &&
          a.approver === 'discipline-committee' &&
          a.date <= end &&
          (a.documentNo ?? '').trim() !== '' &&
          a.eligibilityChecked,
      ),
    )
      ? 3
      : 0;
  const reviewed = new Set(facts.reviews.filter((r) => inPeriod(r.date)).map((r) => r.staffId));
  const grounds = [
    ...facts.dismissalGrounds,
    ...facts.reviews.filter((r) => r.outcome === 'unfit').map((r) => ({ staffId: r.staffId, date: r.date })),
  ];
  const lateDismissal = grounds.some((g) => {
    const deadline = addMonths(g.date, 1);
    if (deadline < start || g.date > end || deadline > end) return false;
    return (byStaff.get(g.staffId) ?? []).some(
      (d) => d.role === 'supervisor' && d.start <= deadline && (d.end === undefined || d.end > deadline),
    );
  });
  items['supervisor-review'] =
    supervisors.size > 0 && [...supervisors].every((s) => reviewed.has(s)) && !lateDismissal ? 3 : 0;
  const pointById = new Map(facts.servicePoints.map((p) => [p.id, p]));
  let late = 0;
  let opened = 0;
  const firstVacancyDate = addDays(start, -1);
  for (const d of duties) {
    if (d.end === undefined || d.end < firstVacancyDate || d.end >= end) continue;
    const point = pointById.get(d.servicePointId);
    if (!point || (point.closed !== undefined && point.closed <= d.end)) continue;
    opened++;
    const vacated = d.end;
    const deadline = addMonths(vacated, 1);
    const refilled = (byPost.get(`${d.servicePointId}|${d.role}`) ?? []).some(
      (s) => s.id !== d.id && s.start <= deadline && (s.end === undefined || s.end > vacated),
    );
    const pointClosedFirst = point.closed !== undefined && point.closed < deadline;
    if (!refilled && !pointClosedFirst && deadline <= end) late++;
  }
  items['staff-adjustment'] = opened === 0 ? 4 : Math.max(0, 4 - 2 * late);
  const listed = (role: string) => facts.responsibilityLists.some((l) => l.role === role && l.issued <= end);
  items['responsibility-lists'] = 4 - (listed('customer-manager') ? 0 : 2) - (listed('supervisor') ? 0 : 2);

  // Periodic obligations: one pass per record list, on the local days made when the facts were parsed.
  const days = localDaysOf(facts);
  const dated = <R>(kind: keyof Records) => (days.records[kind] ?? []) as ReadonlyArray<DatedRecord<R>>;
  const months = requiredRange(1, windowStart, end);
  const quarters = requiredRange(3, windowStart, end);
  const halves = requiredRange(6, windowStart, end);
  const monthly = () => new Buckets(months[0], months[1]);
  const quarterly = () => new Buckets(quarters[0], quarters[1]);
  const counted = <K extends keyof Records>(
    kind: K,
    buckets: Buckets,
    bucketOf: (month: number, dayOfMonth: number) => number | null,
    counts: (record: Records[K][number], day: LocalDay) => boolean = () => true,
  ) => {
    for (const d of dated<Records[K][number]>(kind)) {
      if (d.day < start) continue;
      const bucket = bucketOf(d.month, d.dayOfMonth);
      if (bucket !== null && counts(d.record, d.day)) buckets.add(bucket);
    }
    return buckets.full();
  };
  const anyDay = (per: Per) => (month: number) => Math.floor(month / per);
  const monthEnd = (month: number, dom: number) =>
    dom <= MONTH_END_GRACE ? month - 1 : dom > daysIn(month) - MONTH_END_DAYS ? month : null;
  const quarterEnd = (month: number, dom: number) =>
    month % 3 === 2
      ? Math.floor(month / 3)
      : month % 3 === 0 && dom <= QUARTER_END_GRACE
        ? Math.floor(month / 3) - 1
        : null;

  let unresolved = false;
  for (const l of dated<Records['liaisons'][number]>('liaisons')) {
    if (inPeriod(l.day))
      for (const d of l.record.demands) if (!d.resolved && (d.reason ?? '').trim() === '') unresolved = true;
  }
  items['monthly-liaison'] = counted('liaisons', monthly(), anyDay(1)) && !unresolved ? 4 : 0;
  const holds = (staffId: string, role: string, day: LocalDay) =>
    (byStaff.get(staffId) ?? []).some(
      (d) => d.role === role && d.start <= day && (d.end === undefined || d.end >= day),
    );
  items['demand-ledger-handover'] = counted(
    'ledgerHandovers',
    monthly(),
    anyDay(1),
    (h, day) => holds(h.fromStaffId, 'customer-manager', day) && holds(h.toStaffId, 'supervisor', day),
  )
    ? 4
    : 0;
  items['usage-publicity'] = counted('publicity', quarterly(), anyDay(3)) ? 4 : 0;

  const monthlyDisclosure = monthly();
  const quarterlyDisclosure = quarterly();
  const disclosedOn = new Map<string, LocalDay[]>();
  for (const { day, month, record: d } of dated<Records['disclosures'][number]>('disclosures')) {
    if (d.frequency === 'immediate') {
      for (const e of d.eventIds) push(disclosedOn, e, day);
    } else if (day >= start) {
      if (d.frequency === 'monthly') monthlyDisclosure.add(month);
      else quarterlyDisclosure.add(Math.floor(month / 3));
    }
  }
  const immediateLate = dated('disclosureEvents').some(({ id, day }) => {
    if (!inPeriod(day)) return false;
    const deadline = addDays(day, 3);
    return deadline <= end && !disclosedOn.get(id)?.some((on) => on >= day && on <= deadline);
  });
  const disclosureFailures =
    (monthlyDisclosure.full() ? 0 : 1) + (quarterlyDisclosure.full() ? 0 : 1) + (immediateLate ? 1 : 0);
  items['service-disclosure'] = Math.max(0, 6 - 2 * disclosureFailures);

  let outages = 0;
  let lateNotice = false;
  for (const o of facts.outages) {
    const startMs = instantOf(o.start, zone);
    const startDay = localDayOfInstant(startMs, zone);
    if (!inPeriod(startDay)) continue;
    outages++;
    // Late when not noticed in time and due by the period end (a fault notice may be due after it).
    const noticeMs = o.noticeAt === undefined ? null : instantOf(o.noticeAt, zone);
    if (o.kind === 'planned') {
      const due = addDays(startDay, -7);
      lateNotice ||= noticeMs === null || localDayOfInstant(noticeMs, zone) > due;
    } else {
      const dueMs = startMs + (o.kind === 'temporary' ? -24 : 2) * 3_600_000;
      if (noticeMs === null || noticeMs > dueMs) lateNotice ||= localDayOfInstant(dueMs, zone) <= end;
    }
  }
  items['outage-notice'] = outages === 0 || !lateNotice ? 2 : 0;

  const groupSize = facts.supervisionGroup?.members.length ?? 0;
  items['monthly-supervision-meeting'] = counted(
    'supervisionMeetings',
    monthly(),
    anyDay(1),
    (m) =>
      m.minutes && (m.majorMatters.length === 0 || (groupSize > 0 && new Set(m.attendees).size >= 0.5 * groupSize)),
  )
    ? 3
    : 0;
  items['quarterly-joint-meeting'] = counted('jointMeetings', quarterly(), anyDay(3), (m) =>
    JOINT_KINDS.every((k) => m.attendeeKinds.includes(k as never)),
  )
    ? 3
    : 0;
  items['monthly-special-inspection'] = counted('specialInspections', monthly(), anyDay(1)) ? 5 : 0;
  items['four-winds-check'] = counted('fourWindsChecks', quarterly(), anyDay(3)) ? 4 : 0;
  items['risk-identification'] = counted('riskIdentifications', new Buckets(halves[0], halves[1]), anyDay(6)) ? 3 : 0;
  items['customer-visits'] = counted('customerVisits', quarterly(), anyDay(3)) ? 3 : 0;

  const remindedOn = new Map<string, LocalDay[]>();
  for (const c of dated<Records['correctionReminders'][number]>('correctionReminders')) {
    push(remindedOn, c.record.problemId, c.day);
  }
  let flagged = 0;
  let unreminded = false;
  for (const { id, day } of dated('problemFlags')) {
    if (!inPeriod(day)) continue;
    flagged++;
    const deadline = addDays(day, 30);
    if (deadline <= end && !(remindedOn.get(id) ?? []).some((d) => d >= day && d <= deadline)) unreminded = true;
  }
  items['correction-reminders'] = flagged === 0 || !unreminded ? 3 : 0;
  items['result-publication'] = counted('resultPublications', monthly(), monthEnd) ? 3 : 0;
  items['supervisor-monthly-report'] = counted('supervisorReports', monthly(), monthEnd) ? 4 : 0;
  items['leader-quarterly-report'] = counted('leaderReports', quarterly(), quarterEnd) ? 4 : 0;

  // A4 incidents, B1 expert-judged (not assessed: 0)
  const incidents = { complaints: 0, petitions: 0, violations: 0 };
  for (const { day, record: i } of days.incidents) {
    if (i.responsibilityRuledOut || !inPeriod(day)) continue;
    if (i.kind === 'leapfrog-petition') incidents.petitions++;
    else if (i.kind === 'staff-violation') incidents.violations++;
    else incidents.complaints++;
  }
  items['no-service-complaints'] = Math.max(0, 5 - 5 * incidents.complaints);
  items['no-leapfrog-petitions'] = Math.max(0, 5 - 5 * incidents.petitions);
  items['no-staff-violations'] = Math.max(0, 5 - 5 * incidents.violations);
  items.recognition = 0;
  items.innovation = 0;

  let total = 0;
  for (const id in items) total += items[id] as number;
  return { total, items };
}
