/**
 * Stands in for your database: the rows a station-management system returns for one station and
 * one year, shaped the way SQL drivers return them (snake_case columns, `Date` objects for
 * TIMESTAMP columns, `YYYY-MM-DD` strings for DATE columns, 0/1 flags, comma lists).
 *
 * The year below is nearly complete; it misses the special inspection of August and has one
 * customer complaint, so the report has something to show.
 */

export interface StationRow {
  code: string;
  name: string;
  opened_on: string;
}

export interface ServicePointRow {
  code: string;
  name: string;
  venue: string | null;
  is_cloud: 0 | 1;
  terminal_services: string | null;
  opened_on: string;
}

export interface FacilityRow {
  point_code: string;
  kind: string;
  quantity: number;
}

export interface PersonRow {
  code: string;
  name: string;
}

export interface PostRow {
  id: number;
  person_code: string;
  post: 'customer-manager' | 'supervisor';
  point_code: string;
  from_day: string;
  to_day: string | null;
}

export interface AppointmentRow {
  id: number;
  person_code: string;
  approved_on: string;
  approved_by_discipline_committee: 0 | 1;
  document_no: string;
  eligibility_checked: 0 | 1;
  term_from: string;
  term_to: string;
  term_number: number;
}

export interface GroupMemberRow {
  id: number;
  name: string;
  role: 'branch-secretary' | 'discipline-member' | 'supervisor' | 'staff-representative';
  is_leader: 0 | 1;
}

/** One row of the activity log: every periodic duty the station records. */
export interface ActivityRow {
  id: number;
  activity: string;
  occurred_at: Date;
  point_code: string | null;
  /** Who did it (liaisons, supervisor reports). */
  person_code: string | null;
  /** Meetings: whether minutes were kept. */
  minutes_kept: 0 | 1 | null;
  /** Meetings: comma list of group member ids (supervision meetings) or attendee kinds (joint meetings). */
  attendees: string | null;
}

export interface IncidentRow {
  id: number;
  category: string;
  occurred_at: Date;
  ruled_out: 0 | 1;
}

/** Everything the example reads for one station-year. */
export interface StationYearRows {
  station: StationRow;
  points: ServicePointRow[];
  facilities: FacilityRow[];
  people: PersonRow[];
  posts: PostRow[];
  appointments: AppointmentRow[];
  reviews: Array<{ id: number; person_code: string; reviewed_on: string; fit: 0 | 1 }>;
  dutyLists: Array<{ id: number; post: 'customer-manager' | 'supervisor'; issued_on: string }>;
  group: GroupMemberRow[];
  activities: ActivityRow[];
  incidents: IncidentRow[];
}

/** A timestamp at local time in Zhejiang (UTC+8), as the driver would return it. */
const at = (year: number, month: number, day: number, hour = 10): Date =>
  new Date(Date.UTC(year, month - 1, day, hour - 8));
const lastDayOf = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The activities of a year: what happens every month, every quarter and every half year. */
function activities(year: number): ActivityRow[] {
  const rows: ActivityRow[] = [];
  const add = (activity: string, occurredAt: Date, extra: Partial<ActivityRow> = {}) =>
    rows.push({
      id: rows.length + 1,
      activity,
      occurred_at: occurredAt,
      point_code: 'sp-houchen',
      person_code: null,
      minutes_kept: null,
      attendees: null,
      ...extra,
    });
  for (let month = 1; month <= 12; month++) {
    add('liaison', at(year, month, 8), { person_code: 'p-wang' });
    add('ledger-handover', at(year, month, 20));
    add('monthly-disclosure', at(year, month, 3));
    add('supervision-meeting', at(year, month, 12), { minutes_kept: 1, attendees: '1,2,3' });
    if (month !== 8) add('special-inspection', at(year, month, 15));
    add('result-publication', at(year, month, lastDayOf(year, month)));
    add('supervisor-report', at(year, month, lastDayOf(year, month) - 1), { person_code: 'p-li' });
  }
  for (let quarter = 1; quarter <= 4; quarter++) {
    const last = quarter * 3;
    add('publicity', at(year, last - 1, 5));
    add('quarterly-disclosure', at(year, last, 15));
    add('joint-meeting', at(year, last, 10), {
      minutes_kept: 1,
      attendees: 'station-head,team-leader,villager,village-enterprise',
    });
    add('four-winds-check', at(year, last - 2, 20));
    add('customer-visit', at(year, last - 1, 18));
    add('leader-report', at(year, last, 25));
  }
  add('risk-identification', at(year, 3, 1));
  add('risk-identification', at(year, 9, 1));
  return rows;
}

/**
 * The rows of one station-year, as your queries would return them.
 *
 * @example
 * ```ts
 * const rows = queryStationYear('wy-tongqin', 2023);
 * ```
 */
export function queryStationYear(code: string, year: number): StationYearRows {
  return {
    station: { code, name: '武义县供电公司桐琴供电所', opened_on: '2008-06-01' },
    points: [
      {
        code: 'sp-houchen',
        name: '后陈村电力驿站',
        venue: 'power-station',
        is_cloud: 0,
        terminal_services: 'consultation,query,bill-payment',
        opened_on: '2021-03-01',
      },
    ],
    facilities: ['door-plate', 'business-cards', 'leaflets', 'desk-and-chairs', 'smart-terminal'].map((kind) => ({
      point_code: 'sp-houchen',
      kind,
      quantity: 1,
    })),
    people: [
      { code: 'p-wang', name: '王建国' },
      { code: 'p-li', name: '李秀英' },
    ],
    posts: [
      {
        id: 1,
        person_code: 'p-wang',
        post: 'customer-manager',
        point_code: 'sp-houchen',
        from_day: '2021-03-01',
        to_day: null,
      },
      {
        id: 2,
        person_code: 'p-li',
        post: 'supervisor',
        point_code: 'sp-houchen',
        from_day: '2021-03-01',
        to_day: null,
      },
    ],
    appointments: [
      {
        id: 1,
        person_code: 'p-li',
        approved_on: '2021-02-20',
        approved_by_discipline_committee: 1,
        document_no: '武电纪〔2021〕3号',
        eligibility_checked: 1,
        term_from: `${year - 1}-03-01`,
        term_to: `${year + 1}-02-28`,
        term_number: 2,
      },
    ],
    reviews: [{ id: 1, person_code: 'p-li', reviewed_on: `${year}-12-08`, fit: 1 }],
    dutyLists: [
      { id: 1, post: 'customer-manager', issued_on: '2021-03-01' },
      { id: 2, post: 'supervisor', issued_on: '2021-03-01' },
    ],
    group: [
      { id: 1, name: '陈书记', role: 'branch-secretary', is_leader: 1 },
      { id: 2, name: '李秀英', role: 'supervisor', is_leader: 0 },
      { id: 3, name: '赵纪检', role: 'discipline-member', is_leader: 0 },
      { id: 4, name: '周代表', role: 'staff-representative', is_leader: 0 },
    ],
    activities: activities(year),
    incidents: [{ id: 1, category: 'complaint', occurred_at: at(year, 6, 14, 16), ruled_out: 0 }],
  };
}
