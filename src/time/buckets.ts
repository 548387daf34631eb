/**
 * Calendar buckets of the periodic obligations: months `2023-04`, quarters `2023-Q2`, halves
 * `2023-H1`; which of them a window requires; and the month-end / quarter-end windows.
 */
import { addDays, type LocalDay, lastDayOfMonth } from './local-day.js';

/**
 * The length of a periodic obligation: its buckets are named `2023-04`, `2023-Q2`, `2023-H1`, `2023`.
 *
 * @category Evaluate
 * @example
 * ```ts
 * const per: Per = 'quarter';
 * ```
 */
export type Per = 'month' | 'quarter' | 'half' | 'year';

/** The bucket names a periodic obligation uses. */
export const PERIODS: readonly Per[] = ['month', 'quarter', 'half', 'year'];

/**
 * The name of the bucket of length `per` that contains `day`.
 *
 * @example
 * ```ts
 * bucketOf('2023-04-15', 'month'); // '2023-04'
 * bucketOf('2023-04-15', 'quarter'); // '2023-Q2'
 * bucketOf('2023-04-15', 'half'); // '2023-H1'
 * bucketOf('2023-04-15', 'year'); // '2023'
 * ```
 */
export function bucketOf(day: LocalDay, per: Per): string {
  const year = day.slice(0, 4);
  const month = Number(day.slice(5, 7));
  if (per === 'month') return day.slice(0, 7);
  if (per === 'year') return year;
  if (per === 'quarter') return `${year}-Q${Math.ceil(month / 3)}`;
  return `${year}-H${month <= 6 ? 1 : 2}`;
}

/**
 * The first and last day of a bucket.
 *
 * @example
 * ```ts
 * bucketRange('2023-Q1'); // ['2023-01-01', '2023-03-31']
 * bucketRange('2024-02'); // ['2024-02-01', '2024-02-29']
 * bucketRange('2024'); // ['2024-01-01', '2024-12-31']
 * ```
 */
export function bucketRange(bucket: string): [LocalDay, LocalDay] {
  const year = bucket.slice(0, 4);
  const kind = bucket.charAt(5);
  let firstMonth: number;
  let months: number;
  if (bucket.length === 4) {
    firstMonth = 1;
    months = 12;
  } else if (kind === 'Q') {
    firstMonth = (Number(bucket.slice(6)) - 1) * 3 + 1;
    months = 3;
  } else if (kind === 'H') {
    firstMonth = Number(bucket.slice(6)) === 1 ? 1 : 7;
    months = 6;
  } else {
    firstMonth = Number(bucket.slice(5, 7));
    months = 1;
  }
  const lastMonth = firstMonth + months - 1;
  const first = `${year}-${String(firstMonth).padStart(2, '0')}-01`;
  const last = lastDayOfMonth(`${year}-${String(lastMonth).padStart(2, '0')}-01`);
  return [first, last];
}

/** The bucket after `bucket`. */
function nextBucket(bucket: string, per: Per): string {
  return bucketOf(addDays(bucketRange(bucket)[1], 1), per);
}

/**
 * Every bucket of length `per` that lies wholly inside `from..to` (inclusive), in order. A
 * bucket only partly inside is not required (spec §3).
 *
 * @example
 * ```ts
 * requiredBuckets('quarter', '2023-02-15', '2023-12-31'); // ['2023-Q2', '2023-Q3', '2023-Q4']
 * ```
 */
export function requiredBuckets(per: Per, from: LocalDay, to: LocalDay): string[] {
  const out: string[] = [];
  if (from > to) return out;
  for (let bucket = bucketOf(from, per); ; bucket = nextBucket(bucket, per)) {
    const [first, last] = bucketRange(bucket);
    if (first > to) break;
    if (first >= from && last <= to) out.push(bucket);
  }
  return out;
}

/**
 * Every bucket of length `per` that overlaps `from..to`, in order (the columns of a coverage
 * heatmap).
 *
 * @example
 * ```ts
 * bucketsOverlapping('month', '2023-11-15', '2024-01-10'); // ['2023-11', '2023-12', '2024-01']
 * ```
 */
export function bucketsOverlapping(per: Per, from: LocalDay, to: LocalDay): string[] {
  const out: string[] = [];
  if (from > to) return out;
  for (let bucket = bucketOf(from, per); bucketRange(bucket)[0] <= to; bucket = nextBucket(bucket, per)) {
    out.push(bucket);
  }
  return out;
}

/**
 * The month a "month end" record counts for (spec §3): dated in the last `monthEndDays` days of a
 * month, or in the first `graceDays` days of the next; `null` when outside every window.
 *
 * @example
 * ```ts
 * monthEndBucket('2023-04-26', 5, 3); // '2023-04'
 * monthEndBucket('2023-05-03', 5, 3); // '2023-04'
 * monthEndBucket('2023-04-25', 5, 3); // null
 * ```
 */
export function monthEndBucket(day: LocalDay, monthEndDays: number, graceDays: number): string | null {
  const dayOfMonth = Number(day.slice(8, 10));
  if (dayOfMonth <= graceDays) return bucketOf(addDays(day, -dayOfMonth), 'month');
  const last = Number(lastDayOfMonth(day).slice(8, 10));
  if (dayOfMonth > last - monthEndDays) return bucketOf(day, 'month');
  return null;
}

/**
 * The quarter a "quarter end" record counts for (spec §3): dated in the last month of a quarter,
 * or in the first `graceDays` days of the next quarter; `null` otherwise.
 *
 * @example
 * ```ts
 * quarterEndBucket('2023-03-02', 10); // '2023-Q1'
 * quarterEndBucket('2024-01-10', 10); // '2023-Q4'
 * quarterEndBucket('2023-02-28', 10); // null
 * ```
 */
export function quarterEndBucket(day: LocalDay, graceDays: number): string | null {
  const month = Number(day.slice(5, 7));
  if (month % 3 === 0) return bucketOf(day, 'quarter');
  const dayOfMonth = Number(day.slice(8, 10));
  if (month % 3 === 1 && dayOfMonth <= graceDays) return bucketOf(addDays(day, -dayOfMonth), 'quarter');
  return null;
}
