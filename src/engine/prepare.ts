/**
 * Prepares one station for evaluation in a single pass: every record's date becomes a local day
 * in the station's zone (once), rejected evidence is set aside, and records are grouped and
 * sorted so that results never depend on the order of the input.
 */
import type { RecordKind, StationFacts } from '../facts/schema.js';
import { RECORD_KINDS } from '../facts/schema.js';
import { type LocalDay, localDayOf, maxDay } from '../time/local-day.js';

/** A record with its local day. */
export interface DatedRecord<R = StationFacts['records'][RecordKind][number]> {
  readonly id: string;
  readonly day: LocalDay;
  readonly record: R;
}

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
  /** max(period start, station established): where required buckets may begin. */
  readonly windowStart: LocalDay;
  /** Records by kind, sorted by (day, id), rejected ones left out. */
  readonly records: { readonly [K in RecordKind]: ReadonlyArray<DatedRecord<RecordOf<K>>> };
  /** Rejected records by kind, sorted by (day, id). */
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
}

function byDayThenId(a: DatedRecord<unknown>, b: DatedRecord<unknown>): number {
  if (a.day !== b.day) return a.day < b.day ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
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
  const records = {} as Record<RecordKind, DatedRecord[]>;
  const rejected = {} as Record<RecordKind, DatedRecord[]>;
  for (const kind of RECORD_KINDS) {
    const kept: DatedRecord[] = [];
    const set: DatedRecord[] = [];
    for (const record of facts.records[kind]) {
      const dated = { id: record.id, day: localDayOf(record.date, timeZone), record };
      (rejections.has(record.id) ? set : kept).push(dated);
    }
    records[kind] = kept.sort(byDayThenId);
    if (set.length > 0) rejected[kind] = set.sort(byDayThenId);
  }
  const incidents = facts.incidents
    .filter((i) => !rejections.has(i.id))
    .map((record) => ({ id: record.id, day: localDayOf(record.date, timeZone), record }))
    .sort(byDayThenId);
  const kept = <T extends { id: string }>(list: readonly T[]): T[] =>
    list.filter((x) => !rejections.has(x.id)).sort(byId);
  const duties = facts.duties
    .filter((d) => !rejections.has(d.id))
    .sort((a, b) => (a.start !== b.start ? (a.start < b.start ? -1 : 1) : byId(a, b)));
  const established = facts.station.established;
  return {
    facts,
    timeZone,
    periodStart: facts.period.start,
    periodEnd: facts.period.end,
    windowStart: established ? maxDay(facts.period.start, established) : facts.period.start,
    records: records as PreparedStation['records'],
    rejected: rejected as PreparedStation['rejected'],
    rejections,
    duties,
    incidents,
    servicePoints: kept(facts.servicePoints),
    appointments: kept(facts.appointments),
    reviews: kept(facts.reviews),
    dismissalGrounds: kept(facts.dismissalGrounds),
    responsibilityLists: kept(facts.responsibilityLists),
    outages: kept(facts.outages),
  };
}

/** Sorted copy of string ids, duplicates removed. */
export function sortedIds(ids: Iterable<string>): string[] {
  return [...new Set(ids)].sort();
}
