/**
 * What a station has to do, and by when: the obligations of a result evaluated as of a day D that
 * are still open (`item.upcoming`) and can be met in a window of days after D, and the overdue
 * ones: past their deadline and still open, whether judged missed already (`item.overdue`: their
 * points are lost, but the station still has to act) or not judged in this period (a deadline
 * after the period end, `item.pending`).
 */
import type { EvaluationResult } from '../result/schema.js';
import type { Localized } from '../ruleset/schema.js';
import { addDays, daysBetween } from '../time/local-day.js';
import type { UpcomingObligation } from '../types/generated.js';

/**
 * One obligation of a due list: an open obligation of an item (`ItemResult.upcoming`: the bucket
 * and record kind, the condition still open, or the record a deadline arose from; the first day
 * it can be met on, its deadline and the points at stake) with the item it belongs to.
 *
 * @category Evaluate
 * @example
 * ```ts
 * const entry: DueEntry = { itemId: 'monthly-liaison', seq: '9', title: { zh: '…', en: '…' }, bucket: '2023-07',
 *   kind: 'liaisons', from: '2023-07-01', deadline: '2023-07-31', stake: 4, overdue: false };
 * ```
 */
export type DueEntry = UpcomingObligation & {
  readonly itemId: string;
  readonly seq: string;
  readonly title: Localized;
  /**
   * Its deadline has passed without it being met and it is still open: judged missed already (its
   * points lost, `lost`), or not judged in this period (its deadline lies after the period end; it
   * counts in the next one). Nothing more is at stake for it in this period (stake 0).
   */
  readonly overdue: boolean;
  /** An overdue obligation: whole days from its deadline's day to the as-of day. */
  readonly daysOverdue?: number;
  /** An overdue obligation: the points the item lost for it (0 when it is not judged in this period). */
  readonly lost?: number;
};

/**
 * The due list of a station as of a day.
 *
 * @category Evaluate
 * @example
 * ```ts
 * const list: DueList = dueList(await evaluate(facts, { asOf: '2023-06-30' }), { within: 30 });
 * list.entries[0]?.deadline; // '2023-07-31'
 * ```
 */
export interface DueList {
  readonly station: EvaluationResult['station'];
  readonly period: EvaluationResult['period'];
  readonly asOf: string;
  /** The last day of the window (as-of day + `within`), or null for every open obligation. */
  readonly until: string | null;
  /** The score to date and the projected score (see `EvaluationResult.asOf`). */
  readonly score: { readonly total: number; readonly projected: number; readonly max: number };
  /** Overdue obligations first, then by deadline, then in the order of the items. */
  readonly entries: readonly DueEntry[];
}

/**
 * Options of {@link dueList}.
 *
 * @category Evaluate
 * @example
 * ```ts
 * const options: DueListOptions = { within: 30 };
 * ```
 */
export interface DueListOptions {
  /**
   * The window in days after the as-of day: an obligation is listed when it can be met in the
   * window (it can be met from a day on or before its last day). Every open obligation when absent.
   */
  readonly within?: number;
}

type Keyed = { entry: DueEntry; index: number; key: string };

function compareEntries(a: Keyed, b: Keyed): number {
  if (a.entry.overdue !== b.entry.overdue) return a.entry.overdue ? -1 : 1;
  if (a.entry.deadline !== b.entry.deadline) return a.entry.deadline < b.entry.deadline ? -1 : 1;
  if (a.index !== b.index) return a.index - b.index;
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

/**
 * The obligations of a result evaluated as of a day (`evaluate(facts, { asOf })`) that are due in
 * a window after it: open ones that can be met in the window, and overdue ones (first, marked,
 * with the days overdue and the points lost): past their deadline and still to be done, a
 * complaint not followed up, a vacancy not filled. Lapses that can no longer be made good (a
 * missing month, a refill made late, a notice due before an outage that has begun) are not
 * listed: the result shows them, and nothing done now changes them.
 *
 * @category Evaluate
 * @throws {Error} when the result was not evaluated as of a day.
 * @example
 * ```ts
 * const result = await evaluate(facts, { asOf: '2023-06-30' });
 * for (const entry of dueList(result, { within: 30 }).entries) console.log(entry.deadline, entry.seq, entry.stake);
 * ```
 */
export function dueList(result: EvaluationResult, options: DueListOptions = {}): DueList {
  const asOf = result.asOf?.date;
  if (asOf === undefined) throw new Error('dueList needs a result evaluated as of a day (evaluate with asOf)');
  const until = options.within === undefined ? null : addDays(asOf, options.within);
  const keyed: Keyed[] = [];
  result.items.forEach((item, index) => {
    const head = { itemId: item.id, seq: item.seq, title: item.title };
    for (const open of item.upcoming ?? []) {
      if (until !== null && open.from > until) continue;
      const { from, deadline, stake, ...what } = open;
      const entry: DueEntry = { ...head, ...what, from, deadline, stake, overdue: false };
      keyed.push({ entry, index, key: open.bucket ?? open.condition ?? open.obligation ?? '' });
    }
    const overdue = (id: string, arose: string, deadline: string, lost: number) => {
      const daysOverdue = daysBetween(deadline.slice(0, 10), asOf);
      const what = { obligation: id, from: arose.slice(0, 10), deadline, stake: 0 };
      keyed.push({ entry: { ...head, ...what, overdue: true, daysOverdue, lost }, index, key: id });
    };
    for (const missed of item.overdue ?? []) overdue(missed.id, missed.arose, missed.deadline, missed.lost);
    for (const pending of item.pending ?? []) {
      if (pending.deadline.slice(0, 10) <= asOf) overdue(pending.id, pending.arose, pending.deadline, 0);
    }
  });
  return {
    station: result.station,
    period: result.period,
    asOf,
    until,
    score: { total: result.total, projected: result.asOf?.projected.total ?? result.total, max: result.max.total },
    entries: keyed.sort(compareEntries).map((k) => k.entry),
  };
}
