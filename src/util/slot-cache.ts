/**
 * A fixed-size cache keyed by integers, one slot per key modulo its size (a direct-mapped cache):
 * a lookup is two array reads, several times cheaper than a `Map` for the hot conversions (a day
 * number's name, a zone's offset on a day). A key that collides with another simply replaces it,
 * so the cache can never grow; callers recompute on a miss, so results never depend on it.
 */
export class SlotCache<V> {
  private readonly keys: Float64Array;
  private readonly values: Array<V | undefined>;
  private readonly size: number;

  /**
   * `size` slots. Keys go to slot `key mod size`, so a prime size keeps keys that step by a
   * round number (months of a year, lists of a year) from landing in the same few slots.
   */
  constructor(size = 4093) {
    this.size = size;
    this.keys = new Float64Array(size).fill(Number.NaN);
    this.values = new Array<V | undefined>(size).fill(undefined);
  }

  /**
   * The value stored for an integer key, or undefined.
   *
   * @example
   * ```ts
   * const names = new SlotCache<string>();
   * names.set(19_448, '2023-04-01');
   * names.get(19_448); // '2023-04-01'
   * ```
   */
  get(key: number): V | undefined {
    const slot = this.slotOf(key);
    return this.keys[slot] === key ? this.values[slot] : undefined;
  }

  /** Stores a value for an integer key, replacing whatever shared its slot. */
  set(key: number, value: V): void {
    const slot = this.slotOf(key);
    this.keys[slot] = key;
    this.values[slot] = value;
  }

  private slotOf(key: number): number {
    const slot = key % this.size;
    return slot < 0 ? slot + this.size : slot;
  }
}
