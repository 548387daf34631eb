/**
 * Reproducible sampling (the standard's 抽查评议法): the same seed and the same set of files give
 * the same sample on every machine. A seeded PRNG (mulberry32), never `Math.random`.
 */

/**
 * A 32-bit seed from any text (FNV-1a over its UTF-8 bytes).
 *
 * @example
 * ```ts
 * seedFromText('2024'); // always the same number
 * ```
 */
export function seedFromText(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/**
 * The mulberry32 generator: numbers in [0, 1) from a 32-bit seed.
 *
 * @example
 * ```ts
 * const next = mulberry32(42);
 * next(); // the same first number for seed 42, everywhere
 * ```
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Picks `n` of `items` reproducibly: the items are sorted, shuffled by a partial Fisher–Yates
 * driven by mulberry32 seeded from `seed`, and the picks are returned in sorted order. The
 * caller's order of `items` does not matter.
 *
 * @example
 * ```ts
 * sampleOf(['c.json', 'a.json', 'b.json'], 2, '2024'); // the same two files every time
 * ```
 */
export function sampleOf(items: readonly string[], n: number, seed: string): string[] {
  const pool = [...items].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const count = Math.min(Math.max(0, Math.floor(n)), pool.length);
  const random = mulberry32(seedFromText(seed));
  for (let i = 0; i < count; i++) {
    const j = i + Math.floor(random() * (pool.length - i));
    [pool[i], pool[j]] = [pool[j] as string, pool[i] as string];
  }
  return pool.slice(0, count).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
