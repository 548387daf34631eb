/**
 * Months as numbers for the fact functions: a record's month is computed once (when its facts
 * are parsed, `src/facts/local-days.ts`) and buckets are then counted with integer arithmetic.
 */
import { daysInMonth } from '../time/local-day.js';

export { dayOfMonthOf, monthIndexOf } from '../time/local-day.js';

/**
 * The number of days of a month given by its {@link monthIndexOf} number.
 *
 * @example
 * ```ts
 * monthLength(monthIndexOf('2024-02-01')); // 29
 * ```
 */
export function monthLength(monthIndex: number): number {
  const year = Math.floor(monthIndex / 12);
  return daysInMonth(year, monthIndex - year * 12 + 1);
}
