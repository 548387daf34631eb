/** A small seeded pseudo-random generator (mulberry32), so generated stations are reproducible. */

/** Draws from a seeded sequence; the same seed always gives the same draws. */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** True with probability `p`. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** One element of a non-empty list. */
  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.next() * list.length)] as T;
  }

  /** The elements of `list` each kept with probability `p`, in order. */
  subset<T>(list: readonly T[], p: number): T[] {
    return list.filter(() => this.chance(p));
  }
}

/**
 * A seed for the `index`-th item of a run seeded with `seed` (so any item can be regenerated alone).
 *
 * @example
 * ```ts
 * new Random(seedFor(42, 7)).next();
 * ```
 */
export function seedFor(seed: number, index: number): number {
  let h = (seed ^ 0x9e3779b9) >>> 0;
  h = Math.imul(h ^ index, 0x85ebca6b) >>> 0;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}
