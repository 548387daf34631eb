/**
 * A seeded generator of realistic station-years: 1–3 service points, a year of monthly /
 * quarterly / half-yearly records with random gaps and late dates, staff changes, outages,
 * incidents, problems and disclosures. The same seed always gives the same stations; nothing
 * reads the clock or `Math.random`.
 */
import type { StationFactsInput } from '../src/facts/schema.js';
import { emptyRecords, JOINT_ATTENDEE_KINDS, VENUE_KINDS } from '../src/facts/schema.js';
import { addDays, type LocalDay, lastDayOfMonth } from '../src/time/local-day.js';
import { Random, seedFor } from './random.js';

/** How a generated station-year is shaped. */
export interface GenerateOptions {
  /** Records per periodic bucket (and incidents, outages, problems) are multiplied by this. */
  readonly scale?: number;
}

type RecordsInput = NonNullable<StationFactsInput['records']>;
type Records = { [K in keyof RecordsInput]-?: NonNullable<RecordsInput[K]> };
type Duty = NonNullable<StationFactsInput['duties']>[number];

const pad = (n: number) => String(n).padStart(2, '0');
const dayOf = (year: number, month: number, dayOfMonth: number): LocalDay => `${year}-${pad(month)}-${pad(dayOfMonth)}`;
const lastDom = (year: number, month: number) => Number(lastDayOfMonth(dayOf(year, month, 1)).slice(8));

const FACILITIES = ['door-plate', 'business-cards', 'leaflets', 'desk-and-chairs', 'smart-terminal'] as const;
const OPTIONAL_FACILITIES = ['table-plate', 'wall-posters', 'first-aid-kit', 'waiting-area'] as const;
const DISMISSAL_GROUNDS = ['sanctioned', 'inactive-six-months', 'unsuitable'] as const;
const INCIDENT_KINDS = [
  'service-complaint',
  'state-grid-notified-event',
  'leapfrog-petition',
  'staff-violation',
] as const;

/** A record date: mostly a plain day, sometimes a date-time (in UTC or with the +08:00 offset). */
function stamp(rnd: Random, day: LocalDay): string {
  if (rnd.chance(0.85)) return day;
  const time = `${pad(rnd.int(0, 23))}:${pad(rnd.int(0, 59))}:00`;
  return rnd.chance(0.5) ? `${day}T${time}+08:00` : `${day}T${time}Z`;
}

class StationBuilder {
  private next = 0;
  readonly records: Records = emptyRecords();

  constructor(
    readonly rnd: Random,
    readonly year: number,
    readonly scale: number,
  ) {}

  id(prefix: string): string {
    this.next++;
    return `${prefix}-${this.next}`;
  }

  /** A random day in `month` (1–12, or 13 for January of the next year). */
  dayIn(month: number): LocalDay {
    const year = month > 12 ? this.year + 1 : this.year;
    const m = month > 12 ? month - 12 : month;
    return dayOf(year, m, this.rnd.int(1, lastDom(year, m)));
  }

  /** A month-end day for `month`: usually in the window, sometimes a few days early or late. */
  monthEnd(month: number): LocalDay {
    const last = dayOf(this.year, month, lastDom(this.year, month));
    const offset = this.rnd.chance(0.9) ? this.rnd.int(-4, 3) : this.rnd.int(-12, 8);
    return addDays(last, offset);
  }

  /** A quarter-end day for quarter `q`: in its last month or the first days of the next. */
  quarterEnd(q: number): LocalDay {
    const last = dayOf(this.year, q * 3, lastDom(this.year, q * 3));
    const offset = this.rnd.chance(0.9) ? this.rnd.int(-29, 10) : this.rnd.int(-60, 20);
    return addDays(last, offset);
  }

  /** Repeats `make` per bucket, `scale` times, skipping the bucket with probability `gap`. */
  periodic(buckets: number, gap: number, make: (bucket: number, copy: number) => void): void {
    for (let b = 1; b <= buckets; b++) {
      if (this.rnd.chance(gap)) continue;
      for (let copy = 0; copy < this.scale; copy++) make(b, copy);
    }
  }
}

function generateDuties(
  b: StationBuilder,
  pointId: string,
  role: Duty['role'],
  staff: Array<{ id: string; name: string }>,
): Duty[] {
  const { rnd, year } = b;
  const duties: Duty[] = [];
  let start = dayOf(year - rnd.int(1, 4), rnd.int(1, 12), rnd.int(1, 28));
  for (let holder = 0; holder < 4; holder++) {
    const staffId = b.id(role === 'supervisor' ? 'sup' : 'cm');
    staff.push({ id: staffId, name: `${role} ${staffId}` });
    const leaves = rnd.chance(holder === 0 ? 0.3 : 0.15);
    const end = leaves ? dayOf(year, rnd.int(1, 12), rnd.int(1, 28)) : undefined;
    const ends = end !== undefined && end >= start;
    duties.push({
      id: b.id('duty'),
      staffId,
      role,
      servicePointId: pointId,
      start,
      ...(ends ? { end, endReason: rnd.pick(['left', 'dismissed', 'transferred'] as const) } : {}),
    });
    if (!ends || rnd.chance(0.1)) break;
    start = addDays(end, rnd.chance(0.7) ? rnd.int(1, 25) : rnd.int(20, 70));
    if (start > dayOf(year, 12, 31)) break;
  }
  return duties;
}

/** Who held `role` at `pointId` on `day`, if anyone. */
function holderOn(duties: readonly Duty[], pointId: string, role: Duty['role'], day: LocalDay): string | undefined {
  return duties.find(
    (d) => d.servicePointId === pointId && d.role === role && d.start <= day && (d.end === undefined || d.end >= day),
  )?.staffId;
}

/**
 * One station-year, as a facts file would hold it (valid input for `parseFacts`).
 *
 * @example
 * ```ts
 * const facts = parseFactsOrThrow(generateStationYear(42));
 * ```
 */
export function generateStationYear(seed: number, options: GenerateOptions = {}): StationFactsInput {
  const rnd = new Random(seed);
  const year = rnd.int(2021, 2025);
  const b = new StationBuilder(rnd, year, options.scale ?? 1);
  const established = rnd.chance(0.08) ? dayOf(year, rnd.int(2, 8), rnd.int(1, 28)) : `${year - rnd.int(2, 30)}-01-01`;

  const staff: Array<{ id: string; name: string }> = [];
  const duties: Duty[] = [];
  const servicePoints: NonNullable<StationFactsInput['servicePoints']> = [];
  const pointCount = rnd.int(1, 3);
  for (let i = 0; i < pointCount; i++) {
    const id = b.id('sp');
    const cloud = rnd.chance(0.1);
    const opened = rnd.chance(0.1) ? dayOf(year, rnd.int(1, 10), rnd.int(1, 28)) : `${year - rnd.int(1, 5)}-03-01`;
    const services = rnd.chance(0.93) ? ['consultation', 'query', 'bill-payment'] : ['consultation', 'query'];
    servicePoints.push({
      id,
      name: `站点 ${id}`,
      ...(cloud ? { cloud } : { venue: rnd.chance(0.92) ? rnd.pick(VENUE_KINDS.slice(0, 5)) : 'other' }),
      ...(rnd.chance(0.95) ? { terminal: { services: [...services] as Array<'consultation'> } } : {}),
      facilities: [
        ...FACILITIES.map((kind) => ({ kind, quantity: rnd.chance(0.97) ? rnd.int(1, 3) : 0 })),
        ...rnd.subset(OPTIONAL_FACILITIES, 0.5).map((kind) => ({ kind, quantity: 1 })),
      ],
      opened,
      ...(rnd.chance(0.05) ? { closed: dayOf(year, rnd.int(11, 12), rnd.int(1, 28)) } : {}),
    });
    duties.push(...generateDuties(b, id, 'customer-manager', staff));
    duties.push(...generateDuties(b, id, 'supervisor', staff));
  }
  const supervisors = [...new Set(duties.filter((d) => d.role === 'supervisor').map((d) => d.staffId))];

  const appointments = supervisors
    .filter(() => rnd.chance(0.97))
    .map((staffId) => ({
      id: b.id('ap'),
      staffId,
      approver: rnd.chance(0.96) ? ('discipline-committee' as const) : ('other' as const),
      date: dayOf(year - 1, rnd.int(1, 12), rnd.int(1, 28)),
      ...(rnd.chance(0.95) ? { documentNo: `纪〔${year - 1}〕${rnd.int(1, 99)}号` } : {}),
      eligibilityChecked: rnd.chance(0.96),
      candidatesRecommended: rnd.int(1, 3),
      termStart: `${year - 1}-01-01`,
      termEnd: `${year + rnd.int(0, 1)}-12-31`,
      termNumber: rnd.int(1, 3),
    }));
  const reviews = supervisors
    .filter(() => rnd.chance(0.88))
    .map((staffId) => ({
      id: b.id('rv'),
      staffId,
      date: dayOf(year, rnd.int(1, 12), rnd.int(1, 28)),
      outcome: rnd.chance(0.95) ? ('fit' as const) : ('unfit' as const),
    }));
  const dismissalGrounds = supervisors
    .filter(() => rnd.chance(0.04))
    .map((staffId) => ({
      id: b.id('dg'),
      staffId,
      ground: rnd.pick(DISMISSAL_GROUNDS),
      date: dayOf(year, rnd.int(1, 12), rnd.int(1, 28)),
    }));
  const responsibilityLists = (['customer-manager', 'supervisor'] as const)
    .filter(() => rnd.chance(0.93))
    .map((role) => ({
      id: b.id('rl'),
      role,
      issued: rnd.chance(0.95) ? dayOf(year - rnd.int(0, 3), rnd.int(1, 12), 5) : dayOf(year + 1, 1, 15),
    }));

  const groupSize = rnd.int(3, 7);
  const members = Array.from({ length: groupSize }, (_, i) => ({
    id: b.id('gm'),
    name: `成员 ${i + 1}`,
    role: i === 0 ? ('branch-secretary' as const) : rnd.pick(['supervisor', 'discipline-member', 'other'] as const),
  }));
  const hasGroup = rnd.chance(0.97);
  const memberIds = hasGroup ? members.map((m) => m.id) : [];

  const r = b.records;
  const firstPoint = servicePoints[0]?.id as string;
  const pointIds = servicePoints.map((p) => p.id);
  const atPoint = () => (rnd.chance(0.3) ? { servicePointId: rnd.pick(pointIds) } : {});

  b.periodic(12, 0.05, (m) => {
    const day = b.dayIn(m);
    const demands = Array.from({ length: rnd.int(0, 3) }, () => {
      const resolved = rnd.chance(0.93);
      return { id: b.id('dm'), resolved, ...(!resolved && rnd.chance(0.6) ? { reason: '待政策处理' } : {}) };
    });
    r.liaisons.push({ id: b.id('li'), date: stamp(rnd, day), ...atPoint(), demands });
  });
  b.periodic(12, 0.05, (m) => {
    const day = b.dayIn(m);
    const from = holderOn(duties, firstPoint, 'customer-manager', day) ?? (staff[0]?.id as string);
    const to = holderOn(duties, firstPoint, 'supervisor', day) ?? (staff[0]?.id as string);
    const swapped = rnd.chance(0.03);
    r.ledgerHandovers.push({
      id: b.id('lh'),
      date: stamp(rnd, day),
      fromStaffId: swapped ? to : from,
      toStaffId: swapped ? from : to,
    });
  });
  b.periodic(4, 0.05, (q) => r.publicity.push({ id: b.id('pu'), date: stamp(rnd, b.dayIn(q * 3 - rnd.int(0, 2))) }));
  b.periodic(12, 0.04, (m) =>
    r.disclosures.push({ id: b.id('ds'), date: stamp(rnd, b.dayIn(m)), frequency: 'monthly' }),
  );
  b.periodic(4, 0.05, (q) =>
    r.disclosures.push({ id: b.id('ds'), date: stamp(rnd, b.dayIn(q * 3 - rnd.int(0, 2))), frequency: 'quarterly' }),
  );
  for (let i = rnd.int(0, 3) * b.scale; i > 0; i--) {
    const day = b.dayIn(rnd.int(1, 12));
    const eventId = b.id('ev');
    r.disclosureEvents.push({ id: eventId, date: day });
    if (rnd.chance(0.9)) {
      const lag = rnd.chance(0.85) ? rnd.int(0, 3) : rnd.int(4, 10);
      r.disclosures.push({ id: b.id('ds'), date: addDays(day, lag), frequency: 'immediate', eventIds: [eventId] });
    }
  }
  b.periodic(12, 0.04, (m) => {
    const major = rnd.chance(0.2);
    const attendees = major ? rnd.subset(memberIds, 0.6) : rnd.subset(memberIds, 0.8);
    r.supervisionMeetings.push({
      id: b.id('sm'),
      date: stamp(rnd, b.dayIn(m)),
      minutes: rnd.chance(0.96),
      attendees,
      majorMatters: major ? ['站点负责人调整'] : [],
    });
  });
  b.periodic(4, 0.05, (q) => {
    const kinds = rnd.chance(0.92)
      ? JOINT_ATTENDEE_KINDS.slice(0, 4)
      : rnd.subset(JOINT_ATTENDEE_KINDS.slice(0, 4), 0.7);
    r.jointMeetings.push({ id: b.id('jm'), date: stamp(rnd, b.dayIn(q * 3)), attendeeKinds: [...kinds] });
  });
  b.periodic(12, 0.04, (m) => r.specialInspections.push({ id: b.id('si'), date: stamp(rnd, b.dayIn(m)) }));
  b.periodic(4, 0.05, (q) =>
    r.fourWindsChecks.push({ id: b.id('fw'), date: stamp(rnd, b.dayIn(q * 3 - rnd.int(0, 2))) }),
  );
  b.periodic(2, 0.04, (h) =>
    r.riskIdentifications.push({ id: b.id('ri'), date: stamp(rnd, b.dayIn(h * 6 - rnd.int(0, 5))) }),
  );
  b.periodic(4, 0.05, (q) =>
    r.customerVisits.push({ id: b.id('cv'), date: stamp(rnd, b.dayIn(q * 3 - rnd.int(0, 2))), ...atPoint() }),
  );
  for (let i = rnd.int(0, 4) * b.scale; i > 0; i--) {
    const day = b.dayIn(rnd.int(1, 12));
    const problemId = b.id('pf');
    r.problemFlags.push({ id: problemId, date: day });
    if (rnd.chance(0.9)) {
      const lag = rnd.chance(0.85) ? rnd.int(0, 30) : rnd.int(31, 60);
      r.correctionReminders.push({ id: b.id('cr'), date: stamp(rnd, addDays(day, lag)), problemId });
    }
  }
  b.periodic(12, 0.04, (m) => r.resultPublications.push({ id: b.id('rp'), date: stamp(rnd, b.monthEnd(m)) }));
  const supervisorOf = (day: LocalDay) => holderOn(duties, firstPoint, 'supervisor', day);
  b.periodic(12, 0.04, (m) => {
    const day = b.monthEnd(m);
    const staffId = supervisorOf(day);
    r.supervisorReports.push({ id: b.id('sr'), date: stamp(rnd, day), ...(staffId ? { staffId } : {}) });
  });
  b.periodic(4, 0.05, (q) => r.leaderReports.push({ id: b.id('lr'), date: stamp(rnd, b.quarterEnd(q)) }));

  const outages = Array.from({ length: rnd.int(0, 4) * b.scale }, () => {
    const kind = rnd.pick(['planned', 'temporary', 'fault'] as const);
    const day = b.dayIn(rnd.int(1, 12));
    const startHour = rnd.int(6, 20);
    const start = `${day}T${pad(startHour)}:00:00+08:00`;
    const startMs = Date.parse(start);
    const leadHours =
      kind === 'planned' ? rnd.int(5, 12) * 24 : kind === 'temporary' ? rnd.int(12, 48) : -rnd.int(0, 3 * 60) / 60;
    const notice = new Date(startMs - leadHours * 3_600_000).toISOString().slice(0, 16);
    return {
      id: b.id('og'),
      kind,
      start,
      ...(rnd.chance(0.95) ? { noticeAt: `${notice}:00Z` } : {}),
    };
  });
  const incidents = Array.from({ length: (rnd.chance(0.25) ? rnd.int(1, 2) : 0) * b.scale }, () => ({
    id: b.id('in'),
    kind: rnd.pick(INCIDENT_KINDS),
    date: stamp(rnd, b.dayIn(rnd.int(1, 12))),
    ...(rnd.chance(0.3) ? { responsibilityRuledOut: true } : {}),
  }));

  return {
    station: { id: b.id('st'), name: `生成供电所 ${seed}`, established },
    period: { start: `${year}-01-01`, end: `${year}-12-31` },
    servicePoints,
    staff: [...staff, { id: 'secretary', name: '书记' }],
    duties,
    appointments,
    reviews,
    dismissalGrounds,
    responsibilityLists,
    ...(hasGroup ? { supervisionGroup: { members, leaderId: memberIds[0] as string } } : {}),
    records: r,
    outages,
    incidents,
  };
}

/**
 * Station-years `0 … count-1` of the run seeded with `seed`, generated lazily one at a time.
 *
 * @example
 * ```ts
 * for (const input of stationYears(1000, 7)) evaluateSync(parseFactsOrThrow(input));
 * ```
 */
export function* stationYears(
  count: number,
  seed: number,
  options: GenerateOptions = {},
): Generator<StationFactsInput> {
  for (let i = 0; i < count; i++) yield generateStationYear(seedFor(seed, i), options);
}
