import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { idsInOrder, isStrictlyAscending, mergedIds } from '../../src/util/ids.js';

const ids = fc.array(fc.constantFrom('a', 'b', 'li-9', 'li-10', 'Z-1', '站-2', 'é', '\u{1F600}', '\uFFFD'), {
  maxLength: 40,
});
const sortedUnique = (list: readonly string[]) => [...new Set(list)].sort();

describe('id lists', () => {
  it('idsInOrder sorts by code units and drops duplicates, like a Set then sort()', () => {
    fc.assert(
      fc.property(ids, (list) => {
        expect(idsInOrder([...list])).toEqual(sortedUnique(list));
        expect(idsInOrder(new Set(list))).toEqual(sortedUnique(list));
      }),
      { seed: 11, numRuns: 1000 },
    );
    expect(idsInOrder(['li-9', 'li-10'])).toEqual(['li-10', 'li-9']);
  });

  it('idsInOrder returns a strictly ascending list as it is', () => {
    const list = ['a-1', 'a-2', 'b'];
    expect(idsInOrder(list)).toBe(list);
    expect(isStrictlyAscending(['a', 'a'])).toBe(false);
    expect(isStrictlyAscending([])).toBe(true);
  });

  it('mergedIds of strictly ascending lists gives what sorting the concatenation would, without touching them', () => {
    fc.assert(
      fc.property(fc.array(ids.map(sortedUnique), { maxLength: 5 }), (lists) => {
        const copies = lists.map((l) => [...l]);
        expect(mergedIds(copies)).toEqual(sortedUnique(lists.flat()));
        expect(copies).toEqual(lists);
      }),
      { seed: 12, numRuns: 1000 },
    );
    const a = ['a', 'c'];
    const merged = mergedIds([a]);
    expect(merged).toEqual(['a', 'c']);
    expect(merged).not.toBe(a);
  });
});
