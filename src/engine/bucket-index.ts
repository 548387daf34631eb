/**
 * Buckets (months, quarters, halves) as numbers, for counting records without building names:
 * a bucket's number is its month number ({@link monthIndexOf}) divided by 1, 3 or 6. Names
 * (`2023-04`, `2023-Q2`, `2023-H1`) are made only for the buckets a result shows, and are the
 * same as `bucketOf` in `src/time`.
 */
import type { Per } from '../time/buckets.js';
import type { LocalDay } from '../time/local-day.js';
import { SlotCache } from '../util/slot-cache.js';
import { monthIndexOf, monthLength } from './calendar.js';

/** Months in a bucket (a comparison chain: this runs for every record a coverage fact reads). */
function monthsPer(per: Per): number {
  return per === 'month' ? 1 : per === 'quarter' ? 3 : per === 'half' ? 6 : 12;
}

/**
 * The number of the bucket of length `per` that a month (by its number) falls in.
 *
 * @example
 * ```ts
 * bucketIndex(monthIndexOf('2023-04-15'), 'quarter'); // the number of 2023-Q2
 * ```
 */
export function bucketIndex(monthIndex: number, per: Per): number {
  return per === 'month' ? monthIndex : Math.floor(monthIndex / monthsPer(per));
}

const names: Record<Per, SlotCache<string>> = {
  month: new SlotCache(4093),
  quarter: new SlotCache(1021),
  half: new SlotCache(1021),
  year: new SlotCache(509),
};

/**
 * The name of a numbered bucket: `2023-04`, `2023-Q2` or `2023-H1`.
 *
 * @example
 * ```ts
 * bucketName(bucketIndex(monthIndexOf('2023-04-15'), 'half'), 'half'); // '2023-H1'
 * ```
 */
export function bucketName(index: number, per: Per): string {
  const cache = names[per];
  let name = cache.get(index);
  if (name === undefined) {
    const perYear = 12 / monthsPer(per);
    const year = String(Math.floor(index / perYear)).padStart(4, '0');
    const n = (index % perYear) + 1;
    if (per === 'year') name = year;
    else if (per === 'month') name = `${year}-${n < 10 ? '0' : ''}${n}`;
    else name = `${year}-${per === 'quarter' ? 'Q' : 'H'}${n}`;
    cache.set(index, name);
  }
  return name;
}

/**
 * The names of buckets `first..last` (each followed by `suffix`), as a new array. Lists without a
 * suffix are remembered, since every station of a year asks for the same few.
 *
 * @example
 * ```ts
 * bucketNames('quarter', 8093, 8094, ''); // ['2023-Q2', '2023-Q3']
 * bucketNames('month', 24276, 24276, '@SP-1'); // ['2023-01@SP-1']
 * ```
 */
export function bucketNames(per: Per, first: number, last: number, suffix: string): string[] {
  if (suffix !== '') return bucketNames(per, first, last, '').map((name) => name + suffix);
  const span = last - first;
  if (span < 0) return [];
  // One number per (per, first, span) for spans the cache keeps; longer lists are rare.
  const key = span < MAX_REMEMBERED_SPAN ? (first * 4 + PER_CODE[per]) * MAX_REMEMBERED_SPAN + span : -1;
  let list = key >= 0 ? nameLists.get(key) : undefined;
  if (list === undefined) {
    const made: string[] = [];
    for (let index = first; index <= last; index++) made.push(bucketName(index, per));
    list = made;
    if (key >= 0) nameLists.set(key, list);
  }
  return list.slice();
}

const PER_CODE: Readonly<Record<Per, number>> = { month: 0, quarter: 1, half: 2, year: 3 };
const MAX_REMEMBERED_SPAN = 256;
const nameLists = new SlotCache<readonly string[]>(1021);

/**
 * The numbers `[first, last]` of the buckets of length `per` lying wholly inside `from..to`
 * (inclusive; `first > last` when there is none), as `requiredBuckets` in `src/time` lists them.
 *
 * @example
 * ```ts
 * const [first, last] = requiredBucketRange('quarter', '2023-02-15', '2023-12-31'); // 2023-Q2 … 2023-Q4
 * ```
 */
export function requiredBucketRange(per: Per, from: LocalDay, to: LocalDay): [number, number] {
  if (from > to) return [1, 0];
  const size = monthsPer(per);
  const fromMonth = monthIndexOf(from);
  const toMonth = monthIndexOf(to);
  const startsBucket = from.endsWith('-01') && fromMonth % size === 0;
  const endsBucket = Number(to.slice(8, 10)) === monthLength(toMonth) && toMonth % size === size - 1;
  const first = Math.floor(fromMonth / size) + (startsBucket ? 0 : 1);
  const last = Math.floor(toMonth / size) - (endsBucket ? 0 : 1);
  return [first, last];
}
