/**
 * Calendar arithmetic for the fact functions, remembered: the same few hundred days come back
 * for every station of a year, and `addMonths` (date-fns) costs microseconds a call. Results are
 * exactly those of `src/time`; the caches only skip recomputing them.
 */
import { addDays, addMonths, type LocalDay, lastDayOfMonth } from '../time/local-day.js';

const MAX_ENTRIES = 50_000;

function memo(compute: (day: LocalDay, n: number) => LocalDay): (day: LocalDay, n: number) => LocalDay {
  const byN = new Map<number, Map<LocalDay, LocalDay>>();
  return (day, n) => {
    let cache = byN.get(n);
    if (cache === undefined) {
      cache = new Map();
      byN.set(n, cache);
    }
    let result = cache.get(day);
    if (result === undefined) {
      result = compute(day, n);
      if (cache.size >= MAX_ENTRIES) cache.clear();
      cache.set(day, result);
    }
    return result;
  };
}

/**
 * `addDays` of `src/time`, remembered.
 *
 * @example
 * ```ts
 * daysAfter('2023-03-01', -1); // '2023-02-28'
 * ```
 */
export const daysAfter: (day: LocalDay, n: number) => LocalDay = memo(addDays);

/**
 * `addMonths` of `src/time` (date-fns, clamped to the month's end), remembered.
 *
 * @example
 * ```ts
 * monthsAfter('2023-01-31', 1); // '2023-02-28'
 * ```
 */
export const monthsAfter: (day: LocalDay, n: number) => LocalDay = memo(addMonths);

/**
 * A month as one number: `year × 12 + (month − 1)`, so consecutive months are consecutive numbers
 * and quarters and halves are `⌊month / 3⌋` and `⌊month / 6⌋`.
 *
 * @example
 * ```ts
 * monthIndexOf('2023-04-15'); // 24279
 * ```
 */
export function monthIndexOf(day: LocalDay): number {
  return Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7)) - 1;
}

const monthLengths = new Map<number, number>();

/**
 * The number of days of a month given by its {@link monthIndexOf} number.
 *
 * @example
 * ```ts
 * monthLength(monthIndexOf('2024-02-01')); // 29
 * ```
 */
export function monthLength(monthIndex: number): number {
  let length = monthLengths.get(monthIndex);
  if (length === undefined) {
    const year = Math.floor(monthIndex / 12);
    const month = (monthIndex % 12) + 1;
    length = Number(lastDayOfMonth(`${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-01`).slice(8));
    if (monthLengths.size >= MAX_ENTRIES) monthLengths.clear();
    monthLengths.set(monthIndex, length);
  }
  return length;
}
