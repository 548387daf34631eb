/**
 * An iterative guard for JSON values that come from outside (rulesets, params): plain JSON data
 * only, bounded nesting, bounded lists, and no key that could reach an object prototype. It never
 * recurses, so a hostile depth cannot overflow the stack.
 */

/** Keys that can never appear in a ruleset: they could address or replace an object prototype. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** Limits of {@link scanJsonValue}. */
export interface JsonScanLimits {
  /** Deepest nesting of arrays and objects (the value itself is level 1). */
  readonly depth: number;
  /** Longest array. */
  readonly arrayLength: number;
  /** Most keys of one object. */
  readonly objectKeys: number;
  /** Most problems reported; the scan stops there. */
  readonly problems: number;
}

/** One problem found by {@link scanJsonValue}, with its path relative to the scanned value. */
export type JsonScanProblem =
  | { readonly kind: 'too-deep'; readonly path: Array<string | number> }
  | { readonly kind: 'too-long'; readonly path: Array<string | number> }
  | { readonly kind: 'too-many-keys'; readonly path: Array<string | number> }
  | { readonly kind: 'forbidden-key'; readonly path: Array<string | number>; readonly key: string }
  | { readonly kind: 'not-json'; readonly path: Array<string | number>; readonly received: string };

function describe(value: unknown): string {
  if (typeof value === 'number') return Number.isFinite(value) ? 'number' : String(value);
  if (typeof value !== 'object' || value === null) return typeof value;
  return value.constructor?.name ?? 'object';
}

function isPlainObject(value: object): boolean {
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * Every problem that keeps `value` from being plain, bounded JSON data. `undefined` properties
 * are allowed (they mean "absent"); functions, symbols, bigints, non-finite numbers and class
 * instances are not. A subtree that is too deep, an array too long or an object with too many
 * keys is reported once and not entered; the scan stops after `limits.problems` problems.
 *
 * @example
 * ```ts
 * scanJsonValue(JSON.parse('{"a":{"__proto__":1}}'), { depth: 64, arrayLength: 1000, objectKeys: 1000, problems: 1001 });
 * // [{ kind: 'forbidden-key', path: ['a', '__proto__'], key: '__proto__' }]
 * ```
 */
export function scanJsonValue(value: unknown, limits: JsonScanLimits): JsonScanProblem[] {
  const problems: JsonScanProblem[] = [];
  const stack: Array<{ value: unknown; path: Array<string | number>; depth: number }> = [{ value, path: [], depth: 1 }];
  while (stack.length > 0 && problems.length < limits.problems) {
    const { value: current, path, depth } = stack.pop() as (typeof stack)[number];
    if (current === null || typeof current === 'string' || typeof current === 'boolean') continue;
    if (typeof current === 'number') {
      if (!Number.isFinite(current)) problems.push({ kind: 'not-json', path, received: describe(current) });
      continue;
    }
    if (typeof current !== 'object' || !(Array.isArray(current) || isPlainObject(current))) {
      if (current !== undefined || depth === 1) problems.push({ kind: 'not-json', path, received: describe(current) });
      continue;
    }
    if (depth > limits.depth) {
      problems.push({ kind: 'too-deep', path });
      continue;
    }
    if (Array.isArray(current)) {
      if (current.length > limits.arrayLength) {
        problems.push({ kind: 'too-long', path });
        continue;
      }
      for (let i = current.length - 1; i >= 0; i--)
        stack.push({ value: current[i], path: [...path, i], depth: depth + 1 });
      continue;
    }
    const keys = Object.keys(current);
    if (keys.length > limits.objectKeys) {
      problems.push({ kind: 'too-many-keys', path });
      continue;
    }
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i] as string;
      if (FORBIDDEN_KEYS.has(key)) problems.push({ kind: 'forbidden-key', path: [...path, key], key });
      else stack.push({ value: (current as Record<string, unknown>)[key], path: [...path, key], depth: depth + 1 });
    }
  }
  return problems;
}

/**
 * How many JSON values (objects, arrays and scalars) `value` holds, counted as a tree (a value
 * shared by two parents counts twice, a cycle counts without end), counting no further than
 * `limit + 1`. Never recurses.
 *
 * @example
 * ```ts
 * countJsonValues({ a: [1, 2] }, 1_000); // 4
 * const shared = [1, 2, 3];
 * countJsonValues([shared, shared], 5); // 6: more than the limit
 * ```
 */
export function countJsonValues(value: unknown, limit: number): number {
  let count = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0 && count <= limit) {
    const current = stack.pop();
    count++;
    if (current !== null && typeof current === 'object') for (const child of Object.values(current)) stack.push(child);
  }
  return count;
}
