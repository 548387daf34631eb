/**
 * Who held a role when, as sorted, disjoint spans of days: made once per station from the duties,
 * then searched by halving, so a person with thousands of duties costs a few steps per record
 * instead of a scan of every duty.
 */
import type { LocalDay } from '../time/local-day.js';

/** The end of a span still running (a duty with no end): later than every day. */
export const OPEN_END: LocalDay = '\uffff';

/**
 * Spans sorted by start, none overlapping another, as one flat list `[start, end, start, end, …]`
 * (one array per person and role; most people have one span). Duties that overlap (share a day)
 * are merged; duties that only touch (one ends the day before the next starts) are kept apart,
 * so that one span covers two days exactly when one duty covers both.
 */
export type Spans = LocalDay[];

/**
 * Adds a duty's span to a list; duties must be added in order of their start.
 *
 * @example
 * ```ts
 * const spans: Spans = [];
 * addSpan(spans, '2023-01-01', '2023-03-31');
 * addSpan(spans, '2023-03-01', undefined); // merged: 2023-01-01 onwards
 * ```
 */
export function addSpan(spans: Spans, start: LocalDay, end: LocalDay | undefined): void {
  const until = end ?? OPEN_END;
  const last = spans.length - 1;
  if (last > 0 && start <= (spans[last] as LocalDay)) {
    if (until > (spans[last] as LocalDay)) spans[last] = until;
    return;
  }
  spans.push(start, until);
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
  // The last span starting on or before `from` (spans are counted, each two entries long).
  let low = 0;
  let high = spans.length >>> 1;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((spans[2 * middle] as LocalDay) <= from) low = middle + 1;
    else high = middle;
  }
  return low > 0 && (spans[2 * low - 1] as LocalDay) >= to;
}
