/**
 * Who held a role when, as sorted, disjoint spans of days: made once per station from the duties,
 * then searched by halving, so a person with thousands of duties costs a few steps per record
 * instead of a scan of every duty.
 */
import type { LocalDay } from '../time/local-day.js';

/** The end of a span still running (a duty with no end): later than every day. */
export const OPEN_END: LocalDay = '\uffff';

/**
 * Spans sorted by start, none overlapping another: the span `i` runs from `starts[i]` to
 * `ends[i]`. Duties that overlap (share a day) are merged; duties that only touch (one ends the
 * day before the next starts) are kept apart, so that one span covers two days exactly when one
 * duty covers both.
 */
export interface Spans {
  readonly starts: LocalDay[];
  readonly ends: LocalDay[];
}

/**
 * Adds a duty's span to a list; duties must be added in order of their start.
 *
 * @example
 * ```ts
 * const spans: Spans = { starts: [], ends: [] };
 * addSpan(spans, '2023-01-01', '2023-03-31');
 * addSpan(spans, '2023-03-01', undefined); // merged: 2023-01-01 onwards
 * ```
 */
export function addSpan(spans: Spans, start: LocalDay, end: LocalDay | undefined): void {
  const last = spans.starts.length - 1;
  const until = end ?? OPEN_END;
  if (last >= 0 && start <= (spans.ends[last] as LocalDay)) {
    if (until > (spans.ends[last] as LocalDay)) spans.ends[last] = until;
    return;
  }
  spans.starts.push(start);
  spans.ends.push(until);
}

/**
 * Whether one span covers every day from `from` to `to` (`from ≤ to`).
 *
 * @example
 * ```ts
 * coversDays(spans, '2023-05-01', '2023-05-01'); // held on 1 May
 * coversDays(spans, deadline, addDays(deadline, 1)); // still held the day after the deadline
 * ```
 */
export function coversDays(spans: Spans | undefined, from: LocalDay, to: LocalDay): boolean {
  if (spans === undefined) return false;
  // The last span starting on or before `from`.
  let low = 0;
  let high = spans.starts.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((spans.starts[middle] as LocalDay) <= from) low = middle + 1;
    else high = middle;
  }
  return low > 0 && (spans.ends[low - 1] as LocalDay) >= to;
}
