/**
 * The local days of the records, made once when facts are parsed (`parseFacts` keeps them with
 * the facts, see `parsed-mark.ts`): every record's date becomes its calendar day in the station's zone,
 * with its month number and day of the month, and each list is put in (day, id) order. Evaluating
 * the same facts again, under another ruleset, review or judgement day, reads them instead of
 * converting again; what depends on a review (rejected records) is set aside in evaluation, by
 * filtering these lists, which keeps their order.
 */
import { dayOfMonthOf, type LocalDay, localDayOf, monthIndexOf } from '../time/local-day.js';
import { parsedMarkOf } from './parsed-mark.js';
import { type DeclaredRecord, recordLists, type StationFacts } from './schema.js';

/**
 * A record with its local day, bucketed once for every fact that counts it.
 *
 * @example
 * ```ts
 * const dated: DatedRecord = { id: 'L-1', day: '2023-04-01', month: 24279, dayOfMonth: 1, record };
 * ```
 */
export interface DatedRecord<R = DeclaredRecord> {
  readonly id: string;
  readonly day: LocalDay;
  /** The day's month as `year × 12 + month − 1` (see `monthIndexOf`). */
  readonly month: number;
  /** The day of the month, 1–31. */
  readonly dayOfMonth: number;
  readonly record: R;
}

/**
 * The records of one station's facts with their local days, each list sorted by (day, id).
 *
 * @example
 * ```ts
 * localDaysOf(facts).records.liaisons?.map((r) => r.day);
 * ```
 */
export interface LocalDays {
  /** Every record list of the facts (built-in and declared kinds), in the order of `records`. */
  readonly records: Readonly<Record<string, ReadonlyArray<DatedRecord>>>;
  readonly incidents: ReadonlyArray<DatedRecord<StationFacts['incidents'][number]>>;
}

function dated<R extends { id: string; date: string }>(record: R, timeZone: string): DatedRecord<R> {
  const day = localDayOf(record.date, timeZone);
  return { id: record.id, day, month: monthIndexOf(day), dayOfMonth: dayOfMonthOf(day), record };
}

/** Orders by day (as month number, then day of the month: the same order, compared as numbers), then id. */
function byDayThenId(a: DatedRecord<unknown>, b: DatedRecord<unknown>): number {
  if (a.month !== b.month) return a.month - b.month;
  if (a.dayOfMonth !== b.dayOfMonth) return a.dayOfMonth - b.dayOfMonth;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * The records with their local days, sorted by (day, id). Records usually come in order, so the
 * order is checked while they are made and the list is sorted only when it is not.
 */
function datedList<R extends { id: string; date: string }>(
  list: readonly R[],
  timeZone: string,
): ReadonlyArray<DatedRecord<R>> {
  const out: DatedRecord<R>[] = [];
  let inOrder = true;
  let previous: DatedRecord<R> | undefined;
  for (const record of list) {
    const next = dated(record, timeZone);
    if (inOrder && previous !== undefined && byDayThenId(previous, next) > 0) inOrder = false;
    out.push(next);
    previous = next;
  }
  return Object.freeze(inOrder ? out : out.sort(byDayThenId));
}

/**
 * Makes the local days of facts: every record's day in the station's zone, each list sorted by
 * (day, id). `parseFacts` makes them once and keeps them with the facts it returns.
 *
 * @example
 * ```ts
 * localDaysFor(facts).records.liaisons?.map((r) => r.day);
 * ```
 */
export function localDaysFor(facts: StationFacts): LocalDays {
  const timeZone = facts.station.timeZone;
  const records: Record<string, ReadonlyArray<DatedRecord>> = {};
  for (const [kind, list] of recordLists(facts)) records[kind] = datedList(list, timeZone);
  return { records, incidents: datedList(facts.incidents, timeZone) };
}

/**
 * The local days of facts: those made when they were parsed, or (for facts that did not come
 * from `parseFacts`, which may still change) made now and not kept.
 *
 * @example
 * ```ts
 * for (const r of localDaysOf(facts).records.liaisons ?? []) console.log(r.id, r.day, r.month);
 * ```
 */
export function localDaysOf(facts: StationFacts): LocalDays {
  return parsedMarkOf(facts)?.days ?? localDaysFor(facts);
}
