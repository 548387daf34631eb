/**
 * Id lists in the order results show them: ascending by UTF-16 code units (the order of
 * `Array.prototype.sort` on strings), without duplicates.
 */

/**
 * Whether a list of ids is strictly ascending (sorted and free of duplicates).
 *
 * @example
 * ```ts
 * isStrictlyAscending(['a-1', 'a-2']); // true
 * isStrictlyAscending(['a-2', 'a-1']); // false
 * ```
 */
export function isStrictlyAscending(ids: readonly string[]): boolean {
  for (let i = 1; i < ids.length; i++) {
    if ((ids[i - 1] as string) >= (ids[i] as string)) return false;
  }
  return true;
}

/**
 * The ids sorted, duplicates removed. An array is sorted in place and returned (callers pass
 * lists they own); records mostly arrive in id order already, so a strictly ascending list is
 * returned untouched.
 *
 * @example
 * ```ts
 * idsInOrder(['b', 'a', 'b']); // ['a', 'b']
 * idsInOrder(new Set(['x', 'w'])); // ['w', 'x']
 * ```
 */
export function idsInOrder(ids: string[] | ReadonlySet<string>): string[] {
  const list = Array.isArray(ids) ? ids : [...ids];
  if (isStrictlyAscending(list)) return list;
  if (list.length <= SHORT_LIST) insertionSort(list);
  else list.sort();
  let kept = 1;
  for (let i = 1; i < list.length; i++) {
    if (list[i] !== list[kept - 1]) list[kept++] = list[i] as string;
  }
  list.length = kept;
  return list;
}

/** Up to this length insertion sort beats `Array.prototype.sort` on strings (about 2× at 12). */
const SHORT_LIST = 16;

function insertionSort(list: string[]): void {
  for (let i = 1; i < list.length; i++) {
    const id = list[i] as string;
    let j = i - 1;
    while (j >= 0 && (list[j] as string) > id) {
      list[j + 1] = list[j] as string;
      j--;
    }
    list[j + 1] = id;
  }
}

/**
 * Strictly ascending lists (as every fact's `records` is) merged into one new strictly ascending
 * list, in one linear pass per list. The lists themselves are not changed.
 *
 * @example
 * ```ts
 * mergedIds([['a', 'c'], ['b', 'c']]); // ['a', 'b', 'c']
 * ```
 */
export function mergedIds(lists: ReadonlyArray<readonly string[]>): string[] {
  let merged: string[] = [];
  for (const list of lists) merged = mergeTwo(merged, list);
  return merged;
}

/** Two strictly ascending lists merged into one. */
function mergeTwo(a: readonly string[], b: readonly string[]): string[] {
  if (a.length === 0) return b.slice();
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as string;
    const y = b[j] as string;
    if (x === y) j++;
    else if (x > y) {
      out.push(y);
      j++;
      continue;
    }
    out.push(x);
    i++;
  }
  while (i < a.length) out.push(a[i++] as string);
  while (j < b.length) out.push(b[j++] as string);
  return out;
}
