/**
 * Prepares one station for evaluation in a single pass: the records' local days (made once, when
 * the facts were parsed: `src/facts/local-days.ts`) are read, rejected evidence is set aside, and
 * records, duties and service points are grouped and sorted once, so that the fact functions share
 * the work and results never depend on the order of the input.
 */
import { type DatedRecord, localDaysOf } from '../facts/local-days.js';
import type { DeclaredRecord, RecordKind, StationFacts } from '../facts/schema.js';
import type { Per } from '../time/buckets.js';
import { type LocalDay, maxDay } from '../time/local-day.js';
import { idsInOrder } from '../util/ids.js';
import { requiredBucketRange } from './bucket-index.js';
import { comparePairs } from './facts/fact.js';
import { addSpan, type Spans } from './spans.js';

export type { DatedRecord } from '../facts/local-days.js';

type RecordOf<K extends RecordKind> = StationFacts['records'][K][number];

/** A duty (span of a post) with its end known or open. */
export type Duty = StationFacts['duties'][number];

/** Why a record was excluded before evaluation. */
export interface Rejection {
  readonly reason: string;
}

/** One station, ready for the fact functions. */
export interface PreparedStation {
  readonly facts: StationFacts;
  readonly timeZone: string;
  readonly periodStart: LocalDay;
  readonly periodEnd: LocalDay;
  /**
   * The day the station is evaluated as of (spec §5, the monthly link), or null for the full
   * period. A station viewed as of a day holds nothing dated after it (see `stationAsOf`).
   */
  readonly asOf: LocalDay | null;
  /**
   * The day obligations with a deadline are judged on (see `Deadlines`): the period end, or the
   * as-of day when that comes first.
   */
  readonly judgedOn: LocalDay;
  /** max(period start, station established): where required buckets may begin. */
  readonly windowStart: LocalDay;
  /** The first and last bucket of each length wholly inside `windowStart..periodEnd`. */
  readonly requiredBuckets: { readonly [P in Per]: readonly [number, number] };
  /**
   * Records by kind, sorted by (day, id), rejected ones left out: every kind of the facts, the
   * declared ones too (read those with {@link kindRecords}).
   */
  readonly records: { readonly [K in RecordKind]: ReadonlyArray<DatedRecord<RecordOf<K>>> };
  /** Rejected records by kind, sorted by (day, id) (every kind, as `records`). */
  readonly rejected: { readonly [K in RecordKind]?: ReadonlyArray<DatedRecord<RecordOf<K>>> };
  /** Rejected ids of any kind (records, incidents, outages, duties …) with the reason. */
  readonly rejections: ReadonlyMap<string, Rejection>;
  /** Duties sorted by (start, id), rejected ones left out. */
  readonly duties: readonly Duty[];
  /** Service points sorted by id, rejected ones left out (likewise the lists below). */
  readonly servicePoints: ReadonlyArray<StationFacts['servicePoints'][number]>;
  readonly appointments: ReadonlyArray<StationFacts['appointments'][number]>;
  readonly reviews: ReadonlyArray<StationFacts['reviews'][number]>;
  readonly dismissalGrounds: ReadonlyArray<StationFacts['dismissalGrounds'][number]>;
  readonly responsibilityLists: ReadonlyArray<StationFacts['responsibilityLists'][number]>;
  readonly outages: ReadonlyArray<StationFacts['outages'][number]>;
  /** Incidents with their local day, sorted, rejected ones left out. */
  readonly incidents: ReadonlyArray<DatedRecord<StationFacts['incidents'][number]>>;
  /** Service points open at some time in the period, sorted by id. */
  readonly activePoints: ReadonlyArray<StationFacts['servicePoints'][number]>;
  /** Their ids (one list shared by the facts that rely on the active points). */
  readonly activePointIds: readonly string[];
  /** Duties of each post, by service point id then role, in the order of `duties`. */
  readonly dutiesByPost: ReadonlyMap<string, ReadonlyMap<Duty['role'], readonly Duty[]>>;
  /** The days each staff member held each role (at any service point), as merged spans. */
  readonly heldSpans: ReadonlyMap<string, HeldRoles>;
  /** Service points by id, rejected ones left out. */
  readonly servicePointById: ReadonlyMap<string, StationFacts['servicePoints'][number]>;
  /** Ids of people who held a supervisor post at some time in the period, sorted. */
  readonly activeSupervisors: readonly string[];
}

/** The spans of each role of one person: a key per role, so that every such record has one shape. */
export type HeldRoles = Record<Duty['role'], Spans | undefined>;

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

/** The list itself when it is in order (lists usually are), or a sorted copy. */
function inOrder<T>(list: readonly T[], compare: (a: T, b: T) => number): readonly T[] {
  for (let i = 1; i < list.length; i++) {
    if (compare(list[i - 1] as T, list[i] as T) > 0) return [...list].sort(compare);
  }
  return list;
}

type RequiredBuckets = PreparedStation['requiredBuckets'];

/** The required buckets of a window; the last window's are kept, as the stations of a batch share one. */
function requiredBucketsOf(from: LocalDay, to: LocalDay): RequiredBuckets {
  if (lastWindow.from !== from || lastWindow.to !== to) {
    lastWindow = {
      from,
      to,
      buckets: {
        month: requiredBucketRange('month', from, to),
        quarter: requiredBucketRange('quarter', from, to),
        half: requiredBucketRange('half', from, to),
        year: requiredBucketRange('year', from, to),
      },
    };
  }
  return lastWindow.buckets;
}

let lastWindow: { from: LocalDay; to: LocalDay; buckets: RequiredBuckets } = {
  from: '',
  to: '',
  buckets: { month: [1, 0], quarter: [1, 0], half: [1, 0], year: [1, 0] },
};

function byStartThenId(a: Duty, b: Duty): number {
  return comparePairs(a.start, a.id, b.start, b.id);
}

function byId<T extends { id: string }>(a: T, b: T): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * Prepares a station. `rejections` maps record ids an evaluator rejected to the reason.
 *
 * @example
 * ```ts
 * const station = prepareStation(facts, new Map([['L-3', { reason: 'not authentic' }]]));
 * station.records.liaisons.map((r) => r.day);
 * ```
 */
export function prepareStation(
  facts: StationFacts,
  rejections: ReadonlyMap<string, Rejection> = new Map(),
): PreparedStation {
  const timeZone = facts.station.timeZone;
  const periodStart = facts.period.start;
  const periodEnd = facts.period.end;
  const days = localDaysOf(facts);
  const records: Record<string, ReadonlyArray<DatedRecord>> = {};
  const rejected: Record<string, ReadonlyArray<DatedRecord>> = {};
  const checkRejections = rejections.size > 0;
  for (const [kind, list] of Object.entries(days.records)) {
    if (!checkRejections) {
      records[kind] = list;
      continue;
    }
    // Filtering keeps the (day, id) order of the lists.
    records[kind] = list.filter((r) => !rejections.has(r.id));
    const set = list.filter((r) => rejections.has(r.id));
    if (set.length > 0) rejected[kind] = set;
  }
  // Without rejections a list that is already in order is used as it is (nothing writes to it).
  const notRejected = <T extends { id: string }>(list: readonly T[]): readonly T[] =>
    checkRejections ? list.filter((x) => !rejections.has(x.id)) : list;
  const incidents = notRejected(days.incidents);
  const kept = <T extends { id: string }>(list: readonly T[]): readonly T[] => inOrder(notRejected(list), byId);
  const duties = inOrder(notRejected(facts.duties), byStartThenId);
  const { dutiesByPost, heldSpans, activeSupervisors } = groupDuties(duties, periodStart, periodEnd);
  const servicePoints = kept(facts.servicePoints);
  const established = facts.station.established;
  const windowStart = established ? maxDay(periodStart, established) : periodStart;
  const activePoints = activePointsOf(servicePoints, periodStart, periodEnd);
  return {
    facts,
    timeZone,
    periodStart,
    periodEnd,
    asOf: null,
    judgedOn: periodEnd,
    windowStart,
    requiredBuckets: requiredBucketsOf(windowStart, periodEnd),
    records: records as unknown as PreparedStation['records'],
    rejected: rejected as unknown as PreparedStation['rejected'],
    rejections,
    duties,
    incidents,
    servicePoints,
    appointments: kept(facts.appointments),
    reviews: kept(facts.reviews),
    dismissalGrounds: kept(facts.dismissalGrounds),
    responsibilityLists: kept(facts.responsibilityLists),
    outages: kept(facts.outages),
    activePoints,
    activePointIds: activePoints.map((p) => p.id),
    dutiesByPost,
    heldSpans,
    servicePointById: new Map(servicePoints.map((p) => [p.id, p])),
    activeSupervisors,
  };
}

/** What the fact functions read of the duties, grouped once (see {@link groupDuties}). */
export type GroupedDuties = Pick<PreparedStation, 'dutiesByPost' | 'heldSpans' | 'activeSupervisors'>;

/**
 * Groups duties sorted by (start, id): by post, the spans each person held each role, and who
 * held a supervisor post at some time in `periodStart..periodEnd`.
 *
 * @example
 * ```ts
 * const { heldSpans } = groupDuties(station.duties, station.periodStart, station.periodEnd);
 * ```
 */
export function groupDuties(duties: readonly Duty[], periodStart: LocalDay, periodEnd: LocalDay): GroupedDuties {
  const dutiesByPost = new Map<string, Map<Duty['role'], Duty[]>>();
  const heldSpans = new Map<string, HeldRoles>();
  const supervisors = new Set<string>();
  for (const duty of duties) {
    let roles = dutiesByPost.get(duty.servicePointId);
    if (roles === undefined) {
      roles = new Map();
      dutiesByPost.set(duty.servicePointId, roles);
    }
    pushTo(roles, duty.role, duty);
    let held = heldSpans.get(duty.staffId);
    if (held === undefined) {
      held = { 'customer-manager': undefined, supervisor: undefined };
      heldSpans.set(duty.staffId, held);
    }
    held[duty.role] ??= [];
    addSpan(held[duty.role] as Spans, duty.start, duty.end);
    if (duty.role === 'supervisor' && duty.start <= periodEnd && (duty.end === undefined || duty.end >= periodStart))
      supervisors.add(duty.staffId);
  }
  return { dutiesByPost, heldSpans, activeSupervisors: idsInOrder(supervisors) };
}

/**
 * The service points open at some time in `periodStart..periodEnd`, in the order given.
 *
 * @example
 * ```ts
 * activePointsOf(station.servicePoints, station.periodStart, station.periodEnd).map((p) => p.id);
 * ```
 */
export function activePointsOf<P extends { opened?: LocalDay | undefined; closed?: LocalDay | undefined }>(
  points: readonly P[],
  periodStart: LocalDay,
  periodEnd: LocalDay,
): P[] {
  return points.filter(
    (p) => (p.opened ?? periodStart) <= periodEnd && (p.closed === undefined || p.closed >= periodStart),
  );
}

const NO_RECORDS: ReadonlyArray<DatedRecord<DeclaredRecord>> = [];

/**
 * The records of any kind (built-in or declared) of a prepared station, sorted by (day, id);
 * `rejected` for the rejected ones.
 *
 * @example
 * ```ts
 * kindRecords(station, 'safetyTrainings').map((r) => r.day);
 * ```
 */
export function kindRecords(
  station: PreparedStation,
  kind: string,
  which: 'records' | 'rejected' = 'records',
): ReadonlyArray<DatedRecord<DeclaredRecord>> {
  const lists = station[which] as unknown as Readonly<Record<string, ReadonlyArray<DatedRecord<DeclaredRecord>>>>;
  return Object.hasOwn(lists, kind) ? (lists[kind] as ReadonlyArray<DatedRecord<DeclaredRecord>>) : NO_RECORDS;
}
