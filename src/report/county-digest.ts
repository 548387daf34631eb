/**
 * What the county evaluation keeps of each result when there are many: a digest with the
 * station, period, scores, grade and the items' scores and statuses, all the ranking, summaries,
 * groups and the JSON, CSV and terminal county reports read. A `batch` worker makes it
 * ({@link countyDigest}, plain data that crosses to the main thread cheaply); the main thread
 * keeps it compact ({@link createDigestStore}): what every result of a batch shares (the items'
 * ids, numbers, titles and maxima, the grade labels, the ruleset) is held once.
 */
import { ITEM_STATUSES } from '../result/schema.js';
import type { CountyResult } from './county.js';
import type { SummaryItem } from './summary.js';

/** The parts of an item that every result of one ruleset shares. */
export type ItemShape = Pick<SummaryItem, 'id' | 'seq' | 'title' | 'max'>;

/**
 * A result as a `batch` worker hands it back for the county evaluation: plain data (no methods),
 * the items' scores in one typed array.
 *
 * @category Reports
 * @example
 * ```ts
 * const digest: CountyDigest = countyDigest(result);
 * digest.scores[0]; // the score of the first item
 * ```
 */
export type CountyDigest = Pick<
  CountyResult,
  'station' | 'period' | 'total' | 'base' | 'bonus' | 'max' | 'grade' | 'gradeLabel' | 'ruleset'
> & {
  readonly shape: readonly ItemShape[];
  readonly scores: Float64Array;
  readonly statuses: readonly SummaryItem['status'][];
};

/**
 * The digest of a result: what the county evaluation reads of it. Pure.
 *
 * @category Reports
 * @example
 * ```ts
 * port.postMessage(countyDigest(result));
 * ```
 */
export function countyDigest(result: CountyResult): CountyDigest {
  const items = result.items;
  return {
    station: result.station,
    period: result.period,
    total: result.total,
    base: result.base,
    bonus: result.bonus,
    max: result.max,
    grade: result.grade,
    gradeLabel: result.gradeLabel,
    ruleset: { hash: result.ruleset.hash },
    shape: items.map((i) => ({ id: i.id, seq: i.seq, title: i.title, max: i.max })),
    scores: Float64Array.from(items, (i) => i.score),
    statuses: items.map((i) => i.status),
  };
}

/** An item status as one character: its place in `ITEM_STATUSES`. */
const statusCode = (status: SummaryItem['status']) => String.fromCharCode(48 + ITEM_STATUSES.indexOf(status));
const statusOf = (code: number) => ITEM_STATUSES[code - 48] as SummaryItem['status'];

/**
 * A digest kept by a store, in little memory: the items' scores as one text (each number as
 * `String` writes it, which reads back exactly), their statuses as one character each; its items
 * are made from the shared shape when read.
 */
class StoredDigest implements CountyResult {
  constructor(
    readonly station: CountyDigest['station'],
    readonly period: CountyDigest['period'],
    readonly total: number,
    readonly base: number,
    readonly bonus: number,
    readonly max: CountyDigest['max'],
    readonly grade: CountyDigest['grade'],
    readonly gradeLabel: CountyDigest['gradeLabel'],
    readonly ruleset: CountyDigest['ruleset'],
    private readonly shape: readonly ItemShape[],
    private readonly scores: string,
    private readonly statuses: string,
  ) {}

  get items(): SummaryItem[] {
    const scores = this.scores.split(',');
    // Written out field by field: spreading the shared shapes costs several times more, and the
    // ranking, summaries and reports each read the items of every station.
    return this.shape.map(({ id, seq, title, max }, i) => ({
      id,
      seq,
      title,
      max,
      score: Number(scores[i]),
      status: statusOf(this.statuses.charCodeAt(i)),
    }));
  }
}

/**
 * A store of digests: {@link DigestStore.keep} turns a digest into a compact `CountyResult`,
 * sharing with the digests kept before what they have in common.
 *
 * @category Reports
 * @example
 * ```ts
 * const store = createDigestStore();
 * const kept: CountyResult = store.keep(digest);
 * ```
 */
export interface DigestStore {
  readonly keep: (digest: CountyDigest) => CountyResult;
}

/**
 * Whether two lists of item shapes are the same, item by item (ids, numbers, titles and maxima):
 * the results of one ruleset all have the same, so comparing is cheap and usually true.
 *
 * @example
 * ```ts
 * sameItemShapes(first.shape, second.shape); // true for two results of one ruleset
 * ```
 */
export function sameItemShapes(a: readonly ItemShape[], b: readonly ItemShape[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as ItemShape;
    const y = b[i] as ItemShape;
    if (x.id !== y.id || x.seq !== y.seq || x.max !== y.max || x.title.zh !== y.title.zh || x.title.en !== y.title.en)
      return false;
  }
  return true;
}

/**
 * One shared copy of each value: values with the same key are told apart by `same` (by default a
 * key alone tells them), so a cheap key that values may share serves as well as a full one.
 */
function interner<T>(keyOf: (value: T) => string, same: (a: T, b: T) => boolean = () => true): (value: T) => T {
  const seen = new Map<string, T[]>();
  return (value) => {
    const key = keyOf(value);
    const kept = seen.get(key) ?? [];
    const first = kept.find((other) => same(other, value));
    if (first !== undefined) return first;
    kept.push(value);
    seen.set(key, kept);
    return value;
  };
}

/**
 * A new store of digests (see {@link DigestStore}).
 *
 * @category Reports
 * @example
 * ```ts
 * const store = createDigestStore();
 * const results = digests.map(store.keep);
 * ```
 */
export function createDigestStore(): DigestStore {
  // The items of one ruleset's results are all alike: their count and first id find them, and
  // they are compared rather than serialised for every digest.
  const shape = interner<readonly ItemShape[]>((s) => `${s.length} ${s[0]?.id ?? ''}`, sameItemShapes);
  const label = interner<CountyDigest['gradeLabel']>((l) => JSON.stringify(l));
  const max = interner<CountyDigest['max']>((m) => JSON.stringify(m));
  const ruleset = interner<CountyDigest['ruleset']>((r) => r.hash);
  const period = interner<CountyDigest['period']>((p) => JSON.stringify(p));
  return {
    keep: (d) =>
      new StoredDigest(
        d.station,
        period(d.period),
        d.total,
        d.base,
        d.bonus,
        max(d.max),
        d.grade,
        label(d.gradeLabel),
        ruleset(d.ruleset),
        shape(d.shape),
        d.scores.join(','),
        d.statuses.map(statusCode).join(''),
      ),
  };
}
