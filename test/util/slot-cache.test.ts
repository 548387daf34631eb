import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SlotCache } from '../../src/util/slot-cache.js';

describe('SlotCache', () => {
  it('returns what was stored for a key until a key sharing its slot replaces it', () => {
    const cache = new SlotCache<string>(8);
    cache.set(3, 'three');
    expect(cache.get(3)).toBe('three');
    expect(cache.get(11)).toBeUndefined();
    cache.set(11, 'eleven');
    expect(cache.get(11)).toBe('eleven');
    expect(cache.get(3)).toBeUndefined();
  });

  it('keeps negative and large integer keys apart', () => {
    const cache = new SlotCache<number>(16);
    cache.set(-5, 1);
    cache.set(2 ** 40, 2);
    expect(cache.get(-5)).toBe(1);
    expect(cache.get(2 ** 40)).toBe(2);
    expect(cache.get(11)).toBeUndefined();
  });

  it('never answers with another key’s value (against a Map of the last write per slot)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: -1000, max: 1000 }), fc.nat()), { maxLength: 200 }), (writes) => {
        const cache = new SlotCache<number>(7);
        const written = new Map<number, number>();
        for (const [key, value] of writes) {
          cache.set(key, value);
          written.set(key, value);
        }
        for (const [key] of writes) {
          const found = cache.get(key);
          if (found !== undefined) expect(found).toBe(written.get(key));
        }
      }),
      { seed: 3, numRuns: 500 },
    );
  });
});
