/**
 * Months as numbers for the fact functions: a record's month is computed once (in
 * `prepareStation`) and buckets are then counted with integer arithmetic.
 */
import { daysInMonth, digitsAt, type LocalDay } from '../time/local-day.js';

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
  // Digits read directly (no substrings): this runs once for every record of every station.
  const year = digitsAt(day, 0, 4);
  return year * 12 + digitsAt(day, 5, 7) - 1;
}

/**
 * The day of the month of a `YYYY-MM-DD` day.
 *
 * @example
 * ```ts
 * dayOfMonthOf('2023-04-15'); // 15
 * ```
 */
export function dayOfMonthOf(day: LocalDay): number {
  return digitsAt(day, 8, 10);
}

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
