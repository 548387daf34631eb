/** zod schemas for the date strings of the facts, with the library's own issue codes. */
import * as z from 'zod';
import { checkDateTime, digitsAt, isPlainDate, isTimeZone } from '../time/local-day.js';

/**
 * The longest date string read: a date-time with nanoseconds and an offset fits. A plain-date field
 * accepts the same length so that a date-time written there is reported as an invalid date, once.
 */
const MAX_DATE_LENGTH = 40;

/** Plausible years for any date in a facts file; outside them a date is a typo. */
export const PLAUSIBLE_YEARS = { min: 1990, max: 2100 } as const;

/** Whether a valid date's or date-time's year (its first four digits) is plausible. */
function inPlausibleRange(value: string): boolean {
  const year = digitsAt(value, 0, 4);
  return year >= PLAUSIBLE_YEARS.min && year <= PLAUSIBLE_YEARS.max;
}

function rangeIssue(value: string) {
  return {
    code: 'custom' as const,
    input: value,
    message: 'date-out-of-range',
    params: { code: 'date-out-of-range', value, min: `${PLAUSIBLE_YEARS.min}`, max: `${PLAUSIBLE_YEARS.max}` },
  };
}

/**
 * Whether `value` is a date the {@link plainDate} schema accepts: an existing day `YYYY-MM-DD` in
 * the plausible years.
 *
 * @example
 * ```ts
 * isValidPlainDate('2023-04-01'); // true
 * isValidPlainDate('1899-12-31'); // false
 * ```
 */
export function isValidPlainDate(value: string): boolean {
  return isPlainDate(value) && inPlausibleRange(value);
}

/** The context zod gives a custom check of a string. */
interface StringCheck {
  readonly value: string;
  readonly issues: unknown[];
}

/** A custom issue of a date string, under the library's own code. */
function dateIssue(
  code: 'invalid-date' | 'invalid-date-time' | 'date-time-without-offset' | 'invalid-time-zone',
  value: string,
) {
  return { code: 'custom' as const, input: value, message: code, params: { code, value } };
}

function checkPlainDate(ctx: StringCheck): void {
  // A value over the length limit already has its too-big issue: one problem, one issue.
  if (ctx.value.length > MAX_DATE_LENGTH) return;
  if (!isPlainDate(ctx.value)) ctx.issues.push(dateIssue('invalid-date', ctx.value));
  else if (!inPlausibleRange(ctx.value)) ctx.issues.push(rangeIssue(ctx.value));
}

/** A plain calendar date `YYYY-MM-DD` (a local day in the station's time zone). */
export const plainDate = z
  .string()
  .max(MAX_DATE_LENGTH)
  .check(checkPlainDate)
  .meta({ format: 'date', description: 'A calendar day YYYY-MM-DD in the station time zone' });

/**
 * The shape of a date or date-time as a regular expression, published in the JSON Schema so that
 * validators in other languages also require the offset. The calendar checks stay in zod.
 */
export const DATE_OR_DATE_TIME_PATTERN =
  '^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:\\d{2}))?$';

function checkDateOrDateTime(ctx: StringCheck): void {
  const value = ctx.value;
  if (value.length > MAX_DATE_LENGTH) return;
  if (value.length === 10) {
    checkPlainDate(ctx);
    return;
  }
  const check = checkDateTime(value);
  if (check === 'no-offset') ctx.issues.push(dateIssue('date-time-without-offset', value));
  else if (check === 'invalid') ctx.issues.push(dateIssue('invalid-date-time', value));
  else if (!inPlausibleRange(value)) ctx.issues.push(rangeIssue(value));
}

/** A plain date, or a date-time that carries an offset (`2023-03-31T20:00:00Z`). */
export const dateOrDateTime = z.string().max(MAX_DATE_LENGTH).check(checkDateOrDateTime).meta({
  pattern: DATE_OR_DATE_TIME_PATTERN,
  description: 'A calendar day YYYY-MM-DD, or an ISO 8601 date-time with an offset or Z',
});

function checkTimeZone(ctx: StringCheck): void {
  if (!isTimeZone(ctx.value)) ctx.issues.push(dateIssue('invalid-time-zone', ctx.value));
}

/** An IANA time zone name. */
export const timeZone = z
  .string()
  .max(64)
  .check(checkTimeZone)
  .meta({ description: 'IANA time zone, e.g. Asia/Shanghai' });

/**
 * For each custom check above, the test that a value passes it (the check reports no issue), for
 * parsers that only need to know whether a value is valid (`fast-parse.ts`).
 */
const PASSING_VALUES = new Map<unknown, (value: string) => boolean>([
  [checkPlainDate, (value) => value.length > MAX_DATE_LENGTH || isValidPlainDate(value)],
  [checkDateOrDateTime, (value) => value.length > MAX_DATE_LENGTH || isValidDateOrDateTime(value)],
  [checkTimeZone, isTimeZone],
]);

/**
 * Whether a date or date-time string is one the {@link dateOrDateTime} schema accepts: an existing
 * day `YYYY-MM-DD`, or an existing date-time with an offset, in the plausible years.
 *
 * @example
 * ```ts
 * isValidDateOrDateTime('2023-03-31T20:00:00Z'); // true
 * isValidDateOrDateTime('2023-03-31T20:00:00'); // false: no offset
 * ```
 */
export function isValidDateOrDateTime(value: string): boolean {
  if (value.length === 10) return isValidPlainDate(value);
  return checkDateTime(value) === 'ok' && inPlausibleRange(value);
}

/**
 * The test that a value passes a custom check of the date schemas (given the check function zod
 * keeps), or undefined for a check not made here.
 *
 * @example
 * ```ts
 * passingValueOf(someCheck)?.('2023-04-01'); // true when that check accepts the day
 * ```
 */
export function passingValueOf(check: unknown): ((value: string) => boolean) | undefined {
  return PASSING_VALUES.get(check);
}
