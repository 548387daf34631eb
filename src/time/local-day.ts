/**
 * Local calendar days. Every date in the facts becomes a `YYYY-MM-DD` string in the station's
 * time zone exactly once, when a station is prepared for evaluation; all bucketing and window
 * arithmetic then works on these strings, never on `Date` objects per record per rule.
 */
import { TZDate, tzOffset } from '@date-fns/tz';
import { SlotCache } from '../util/slot-cache.js';

/** A calendar day in the station's time zone, `YYYY-MM-DD`. */
export type LocalDay = string;

/** The zone of the standard (Zhejiang): UTC+8 all year. */
export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

function isExistingDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * The number of days of a month (1–12) of the proleptic Gregorian calendar.
 *
 * @example
 * ```ts
 * daysInMonth(2024, 2); // 29
 * daysInMonth(2100, 2); // 28
 * ```
 */
export function daysInMonth(year: number, month: number): number {
  if (month !== 2) return DAYS_IN_MONTH[month - 1] as number;
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
}

/**
 * Whether `value` is an existing plain calendar date `YYYY-MM-DD`.
 *
 * @example
 * ```ts
 * isPlainDate('2024-02-29'); // true
 * isPlainDate('2023-02-29'); // false
 * ```
 */
export function isPlainDate(value: string): boolean {
  // Read digit by digit (it runs for every date of every facts file): `twoDigits` gives NaN for
  // anything but two ASCII digits, and NaN fails every comparison below.
  if (value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return false;
  const year = twoDigits(value, 0) * 100 + twoDigits(value, 2);
  const month = twoDigits(value, 5);
  const day = twoDigits(value, 8);
  return year >= 0 && month >= 1 && day >= 1 && isExistingDay(year, month, day);
}

/** How a date or date-time string reads, for validation messages. */
export type DateTimeCheck = 'ok' | 'invalid' | 'no-offset';

/**
 * Checks an ISO 8601 date-time: it must exist and carry an offset or `Z`.
 *
 * @example
 * ```ts
 * checkDateTime('2023-03-31T20:00:00Z'); // 'ok'
 * checkDateTime('2023-03-31T20:00:00'); // 'no-offset'
 * checkDateTime('2023-02-30T08:00:00+08:00'); // 'invalid'
 * ```
 */
export function checkDateTime(value: string): DateTimeCheck {
  // Read digit by digit, like `isPlainDate` (it runs for every date-time of every facts file):
  // YYYY-MM-DDTHH:MM, then :SS and .fraction (1–9 digits) if written, then Z or ±HH:MM if written.
  // `twoDigits` gives NaN for anything but two ASCII digits, and NaN fails every comparison below.
  const n = value.length;
  if (n < 16 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return 'invalid';
  if (value.charCodeAt(10) !== 84 /* T */ || value.charCodeAt(13) !== 58 /* : */) return 'invalid';
  const { end, seconds: second, fractionDigits } = secondsAt(value, 16);
  if (fractionDigits === 0 || fractionDigits > 9) return 'invalid';
  const offset = offsetMinutesAt(value, end);
  const year = twoDigits(value, 0) * 100 + twoDigits(value, 2);
  const month = twoDigits(value, 5);
  const day = twoDigits(value, 8);
  if (offset === undefined || Number.isNaN(offset)) return 'invalid';
  if (!(year >= 0) || !(month >= 1) || !(day >= 1) || !isExistingDay(year, month, day)) return 'invalid';
  if (!(twoDigits(value, 11) <= 23 && twoDigits(value, 14) <= 59 && second <= 59)) return 'invalid';
  return offset === null ? 'no-offset' : 'ok';
}

/**
 * The offset written from `at` to the end of a date-time, in minutes east of UTC: 0 for `Z`, those
 * of `±HH:MM` (NaN unless HH and MM are two digits within 23:59), `null` when nothing is written,
 * `undefined` for anything else. Read by both `checkDateTime` and `instantOfDateTime`.
 */
function offsetMinutesAt(value: string, at: number): number | null | undefined {
  const n = value.length;
  if (at === n) return null;
  const sign = value.charCodeAt(at);
  if (sign === 90 /* Z */) return at === n - 1 ? 0 : undefined;
  if ((sign !== 43 && sign !== 45) /* + - */ || at !== n - 6 || value.charCodeAt(at + 3) !== 58) return undefined;
  const hours = twoDigits(value, at + 1);
  const minutes = twoDigits(value, at + 4);
  if (!(hours <= 23 && minutes <= 59)) return Number.NaN;
  return (hours * 60 + minutes) * (sign === 45 ? -1 : 1);
}

/**
 * Whether `zone` is an IANA time zone this runtime knows.
 *
 * @example
 * ```ts
 * isTimeZone('Asia/Shanghai'); // true
 * isTimeZone('Mars/Olympus'); // false
 * ```
 */
export function isTimeZone(zone: string): boolean {
  if (knownZones.has(zone)) return true;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
  } catch {
    return false;
  }
  // Only zones the runtime accepts are remembered, so hostile input cannot grow the cache.
  if (knownZones.size < 1000) knownZones.add(zone);
  return true;
}

const knownZones = new Set<string>();

/**
 * The instant of a date or date-time, in epoch milliseconds. A plain date is the start of that
 * day in `timeZone`.
 *
 * @example
 * ```ts
 * instantOf('2023-04-01', 'Asia/Shanghai') === Date.parse('2023-03-31T16:00:00Z'); // true
 * ```
 */
export function instantOf(value: string, timeZone: string): number {
  if (value.length === 10) {
    const [y, m, d] = splitDay(value);
    return new TZDate(y, m - 1, d, timeZone).getTime();
  }
  return instantOfDateTime(value);
}

/**
 * Epoch milliseconds of an ISO date-time with an offset (`2023-04-01T08:30:00+08:00`,
 * `…:00.5Z`), read digit by digit: records are converted once each, and `Date.parse` costs
 * several times more. Anything not in that exact shape goes to `Date.parse`, which gives the same
 * instant for every string `checkDateTime` accepts.
 *
 * @example
 * ```ts
 * instantOfDateTime('2023-04-01T08:30:00+08:00') === Date.parse('2023-04-01T08:30:00+08:00'); // true
 * ```
 */
export function instantOfDateTime(value: string): number {
  const n = value.length;
  if (n < 17 || value.charCodeAt(10) !== 84 /* T */ || value.charCodeAt(13) !== 58 /* : */) return Date.parse(value);
  const { end: at, seconds, millis } = secondsAt(value, 16);
  const offsetMinutes = offsetMinutesAt(value, at);
  if (offsetMinutes === null || offsetMinutes === undefined) return Date.parse(value);
  const year = twoDigits(value, 0) * 100 + twoDigits(value, 2);
  const minutes = twoDigits(value, 11) * 60 + twoDigits(value, 14) - offsetMinutes;
  const ms =
    daysFromCivil(year, twoDigits(value, 5), twoDigits(value, 8)) * DAY_MS + minutes * 60_000 + seconds * 1000 + millis;
  return Number.isNaN(ms) ? Date.parse(value) : ms;
}

/**
 * The seconds of a date-time written from `at`, if any (`:SS`, then `.` and a fraction), read
 * digit by digit: where they end, the seconds (0 when not written; NaN for what is not two
 * digits), the whole milliseconds of the fraction and its number of digits (-1 when no `.`).
 */
function secondsAt(
  value: string,
  at: number,
): { end: number; seconds: number; millis: number; fractionDigits: number } {
  if (value.charCodeAt(at) !== 58 /* : */) return { end: at, seconds: 0, millis: 0, fractionDigits: -1 };
  const seconds = twoDigits(value, at + 1);
  let end = at + 3;
  if (value.charCodeAt(end) !== 46 /* . */) return { end, seconds, millis: 0, fractionDigits: -1 };
  const fraction = ++end;
  let millis = 0;
  let scale = 100;
  while (end < value.length && isDigit(value.charCodeAt(end))) {
    millis += (value.charCodeAt(end) - 48) * scale;
    scale /= 10;
    end++;
  }
  return { end, seconds, millis: Math.floor(millis), fractionDigits: end - fraction };
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Two decimal digits at `at`, or NaN. */
function twoDigits(text: string, at: number): number {
  const a = text.charCodeAt(at) - 48;
  const b = text.charCodeAt(at + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : Number.NaN;
}

/** Days from 1970-01-01 to a proleptic Gregorian date (H. Hinnant's `days_from_civil`). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/**
 * The local calendar day, in `timeZone`, of a plain date (returned as is) or of a date-time with
 * an offset.
 *
 * @example
 * ```ts
 * localDayOf('2023-03-31T20:00:00Z', 'Asia/Shanghai'); // '2023-04-01'
 * localDayOf('2023-03-31', 'Asia/Shanghai'); // '2023-03-31'
 * ```
 */
export function localDayOf(value: string, timeZone: string): LocalDay {
  if (value.length === 10) return value;
  return localDayOfInstant(instantOfDateTime(value), timeZone);
}

/**
 * The local calendar day of an instant (epoch ms) in `timeZone`.
 *
 * @example
 * ```ts
 * localDayOfInstant(Date.parse('2023-12-31T16:00:00Z'), 'Asia/Shanghai'); // '2024-01-01'
 * ```
 */
export function localDayOfInstant(ms: number, timeZone: string): LocalDay {
  const offsetMinutes = offsetAt(ms, timeZone);
  return dayName(Math.floor((ms + offsetMinutes * 60_000) / DAY_MS));
}

/** `YYYY-MM-DD` of a day number (days since 1970-01-01), remembered. */
function dayName(dayNumber: number): LocalDay {
  let name = dayNames.get(dayNumber);
  if (name === undefined) {
    name = new Date(dayNumber * DAY_MS).toISOString().slice(0, 10);
    dayNames.set(dayNumber, name);
  }
  return name;
}

/** Names of about the last twenty years of days asked for. */
const dayNames = new SlotCache<LocalDay>(8191);

const DAY_MS = 86_400_000;
/** Per zone: UTC day number → the zone's offset, for days without a transition. */
const uniformOffsets = new Map<string, SlotCache<number>>();
/** Zones whose offsets are remembered at once (a batch rarely has more than one). */
const MAX_CACHED_ZONES = 32;

/** The remembered offsets of a zone (the last zone asked for is kept at hand). */
function offsetsOf(timeZone: string): SlotCache<number> {
  if (timeZone === lastZone.name) return lastZone.offsets;
  let offsets = uniformOffsets.get(timeZone);
  if (offsets === undefined) {
    if (uniformOffsets.size >= MAX_CACHED_ZONES) uniformOffsets.clear();
    offsets = new SlotCache(4093);
    uniformOffsets.set(timeZone, offsets);
  }
  lastZone = { name: timeZone, offsets };
  return offsets;
}

let lastZone: { name: string; offsets: SlotCache<number> } = { name: '', offsets: new SlotCache(1) };

/**
 * The zone's UTC offset in minutes at an instant. Asking `Intl` is slow, so the offset of a UTC
 * day with no transition in it (the same offset at its start and at the next day's start) is
 * remembered; a day with a transition is always asked exactly.
 */
function offsetAt(ms: number, timeZone: string): number {
  const utcDay = Math.floor(ms / DAY_MS);
  const days = offsetsOf(timeZone);
  const cached = days.get(utcDay);
  if (cached !== undefined) return cached;
  const atStart = tzOffset(timeZone, new Date(utcDay * DAY_MS));
  if (atStart !== tzOffset(timeZone, new Date((utcDay + 1) * DAY_MS))) return tzOffset(timeZone, new Date(ms));
  days.set(utcDay, atStart);
  return atStart;
}

/** Days from 1970-01-01 to a local day (negative before). */
function dayNumberOf(day: LocalDay): number {
  const [y, m, d] = splitDay(day);
  return daysFromCivil(y, m, d);
}

function splitDay(day: LocalDay): [number, number, number] {
  return [digitsAt(day, 0, 4), digitsAt(day, 5, 7), digitsAt(day, 8, 10)];
}

/**
 * The number written by the decimal digits of `text` from `from` to `to` (exclusive), read
 * without substrings: callers have validated the text (a `YYYY-MM-DD` day).
 *
 * @example
 * ```ts
 * digitsAt('2023-04-15', 5, 7); // 4
 * ```
 */
export function digitsAt(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) n = n * 10 + text.charCodeAt(i) - 48;
  return n;
}

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
 * The day `n` calendar days after `day` (before, when `n` is negative).
 *
 * @example
 * ```ts
 * addDays('2024-02-28', 1); // '2024-02-29'
 * addDays('2023-03-01', -1); // '2023-02-28'
 * ```
 */
export function addDays(day: LocalDay, n: number): LocalDay {
  return dayName(dayNumberOf(day) + n);
}

/**
 * The day `n` calendar months after `day`, clamped to the end of a shorter month (date-fns
 * `addMonths`): 31 January + 1 month is 28 or 29 February.
 *
 * @example
 * ```ts
 * addMonths('2023-01-31', 1); // '2023-02-28'
 * addMonths('2024-01-31', 1); // '2024-02-29'
 * ```
 */
export function addMonths(day: LocalDay, n: number): LocalDay {
  const [y, m, d] = splitDay(day);
  const months = y * 12 + m - 1 + n;
  const year = Math.floor(months / 12);
  const month = months - year * 12 + 1;
  return dayName(daysFromCivil(year, month, Math.min(d, daysInMonth(year, month))));
}

/**
 * The last day of the `years` years that start on `day`: the day before its anniversary. The
 * anniversary of 29 February in a common year is 1 March, so one year from 2024-02-29 ends on
 * 2025-02-28 (`addMonths` would clamp to 28 February and end a day early).
 *
 * @example
 * ```ts
 * lastDayOfYears('2023-01-01', 1); // '2023-12-31'
 * lastDayOfYears('2024-02-29', 1); // '2025-02-28'
 * lastDayOfYears('2024-02-29', 4); // '2028-02-28'
 * ```
 */
export function lastDayOfYears(day: LocalDay, years: number): LocalDay {
  const [y, m, d] = splitDay(day);
  const year = y + years;
  const anniversary = d <= daysInMonth(year, m) ? daysFromCivil(year, m, d) : daysFromCivil(year, m + 1, 1);
  return dayName(anniversary - 1);
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/**
 * Whole calendar days from `from` to `to` (negative when `to` is earlier).
 *
 * @example
 * ```ts
 * daysBetween('2023-12-31', '2024-01-01'); // 1
 * ```
 */
export function daysBetween(from: LocalDay, to: LocalDay): number {
  return dayNumberOf(to) - dayNumberOf(from);
}

/**
 * The last day of the month `day` falls in.
 *
 * @example
 * ```ts
 * lastDayOfMonth('2024-02-10'); // '2024-02-29'
 * ```
 */
export function lastDayOfMonth(day: LocalDay): LocalDay {
  const [y, m] = splitDay(day);
  return `${day.slice(0, 8)}${pad2(daysInMonth(y, m))}`;
}

/** The later of two days. */
export function maxDay(a: LocalDay, b: LocalDay): LocalDay {
  return a > b ? a : b;
}

/** The earlier of two days. */
export function minDay(a: LocalDay, b: LocalDay): LocalDay {
  return a < b ? a : b;
}
