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
  list.sort();
  let kept = 1;
  for (let i = 1; i < list.length; i++) {
    if (list[i] !== list[kept - 1]) list[kept++] = list[i] as string;
  }
  list.length = kept;
  return list;
}

/**
 * The ids of several lists merged into one, sorted, each once. Lists that are strictly ascending
 * (as every fact's `records` is) are merged in one linear pass; others are sorted first.
 *
 * @example
 * ```ts
 * mergedIds([['a', 'c'], ['b', 'c']]); // ['a', 'b', 'c']
 * ```
 */
export function mergedIds(lists: ReadonlyArray<string[]>): string[] {
  let merged: string[] = [];
  for (const list of lists) merged = mergeTwo(merged, idsInOrder(list));
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
