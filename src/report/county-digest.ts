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
 * the items' scores and statuses in one text (`scores`), which costs the thread that receives it
 * one string rather than an object or a string per item.
 *
 * @category Reports
 * @example
 * ```ts
 * const digest: CountyDigest = countyDigest(result);
 * digest.scores; // '4,0,3,…,0,1,0,…': each item's score, then each item's status as one character
 * ```
 */
export type CountyDigest = Pick<
  CountyResult,
  'station' | 'period' | 'total' | 'base' | 'bonus' | 'max' | 'grade' | 'gradeLabel' | 'ruleset'
> & {
  readonly shape: readonly ItemShape[];
  /**
   * The items' scores and statuses: each score as `String` writes it (which reads back exactly),
   * each followed by a comma, then each status as one character (its place in `ITEM_STATUSES`).
   */
  readonly scores: string;
};

/** An item status as one character: its place in `ITEM_STATUSES`. */
const statusCode = (status: SummaryItem['status']) => String.fromCharCode(48 + ITEM_STATUSES.indexOf(status));
const statusOf = (code: number) => ITEM_STATUSES[code - 48] as SummaryItem['status'];

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
    // One flat text: `join` makes one; `+` would keep the parts, and an object joining them.
    scores: [...items.map((i) => i.score), items.map((i) => statusCode(i.status)).join('')].join(','),
  };
}

/** What the digests of one ruleset, period and grade have in common: a store holds it once. */
interface DigestKind {
  readonly period: CountyDigest['period'];
  readonly max: CountyDigest['max'];
  readonly grade: CountyDigest['grade'];
  readonly gradeLabel: CountyDigest['gradeLabel'];
  readonly ruleset: CountyDigest['ruleset'];
  readonly shape: readonly ItemShape[];
}

/** The totals, base and bonus points of a store's digests, in lists of numbers (no object each). */
class StoredNumbers {
  readonly totals: number[] = [];
  readonly bases: number[] = [];
  readonly bonuses: number[] = [];

  /** Adds a digest's numbers; returns where they are. */
  add(digest: Pick<CountyDigest, 'total' | 'base' | 'bonus'>): number {
    this.totals.push(digest.total);
    this.bases.push(digest.base);
    this.bonuses.push(digest.bonus);
    return this.totals.length - 1;
  }
}

/**
 * A digest kept by a store, in little memory (a county of 100 000 stations keeps 100 000): its
 * station; what it shares with others of its kind; its numbers, where the store lists them; and
 * its items' scores and statuses as the digest's one text. Its items are made from the shared
 * shape when read.
 */
class StoredDigest implements CountyResult {
  constructor(
    readonly station: CountyDigest['station'],
    private readonly kind: DigestKind,
    private readonly numbers: StoredNumbers,
    private readonly at: number,
    private readonly scores: string,
  ) {}

  get period() {
    return this.kind.period;
  }
  get max() {
    return this.kind.max;
  }
  get grade() {
    return this.kind.grade;
  }
  get gradeLabel() {
    return this.kind.gradeLabel;
  }
  get ruleset() {
    return this.kind.ruleset;
  }
  get total() {
    return this.numbers.totals[this.at] as number;
  }
  get base() {
    return this.numbers.bases[this.at] as number;
  }
  get bonus() {
    return this.numbers.bonuses[this.at] as number;
  }

  get items(): SummaryItem[] {
    const statuses = this.scores.lastIndexOf(',') + 1;
    const scores = this.scores.slice(0, statuses - 1).split(',');
    // Written out field by field: spreading the shared shapes costs several times more, and the
    // ranking, summaries and reports each read the items of every station.
    return this.kind.shape.map(({ id, seq, title, max }, i) => ({
      id,
      seq,
      title,
      max,
      score: Number(scores[i]),
      status: statusOf(this.scores.charCodeAt(statuses + i)),
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
  const kind = interner<DigestKind>(
    (k) => JSON.stringify([k.period, k.max, k.grade, k.gradeLabel, k.ruleset.hash]),
    (a, b) => a.shape === b.shape,
  );
  const numbers = new StoredNumbers();
  return {
    keep: (d) =>
      new StoredDigest(
        d.station,
        kind({
          period: d.period,
          max: d.max,
          grade: d.grade,
          gradeLabel: d.gradeLabel,
          ruleset: { hash: d.ruleset.hash },
          shape: shape(d.shape),
        }),
        numbers,
        numbers.add(d),
        d.scores,
      ),
  };
}
