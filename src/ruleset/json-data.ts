/**
 * zod schemas for the free-form JSON parts of a ruleset (params, fact params, conditions). They
 * are checked by an iterative scan instead of a recursive schema, so a hostile document can
 * neither overflow the stack nor hide a `__proto__` key that a parser would silently drop.
 */
import { z } from 'zod';
import { MAX_JSON_DEPTH } from '../issues/json-text.js';
import { type JsonScanLimits, type JsonScanProblem, scanJsonValue } from '../util/json-guard.js';

/** Limits on every free-form JSON value inside a ruleset. */
export const RULESET_JSON_LIMITS: JsonScanLimits = { depth: MAX_JSON_DEPTH, arrayLength: 1000 };

function issueParams(problem: JsonScanProblem): Record<string, string | number> {
  switch (problem.kind) {
    case 'too-deep':
      return { code: 'input-too-deep', limit: RULESET_JSON_LIMITS.depth };
    case 'too-long':
      return { code: 'value-too-large', limit: RULESET_JSON_LIMITS.arrayLength };
    case 'forbidden-key':
      return { code: 'forbidden-key', key: problem.key };
    default:
      return { code: 'invalid-type', expected: 'JSON value', received: problem.received };
  }
}

function guard(requireObject: boolean) {
  return (ctx: z.core.ParsePayload<unknown>): void => {
    const value = ctx.value;
    if (value === undefined) {
      ctx.issues.push({ code: 'invalid_type', expected: requireObject ? 'object' : 'unknown', input: value });
      return;
    }
    if (requireObject && (value === null || typeof value !== 'object' || Array.isArray(value))) {
      const received = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
      ctx.issues.push({
        code: 'custom',
        input: value,
        message: 'invalid-type',
        params: { code: 'invalid-type', expected: 'object', received },
      });
      return;
    }
    for (const problem of scanJsonValue(value, RULESET_JSON_LIMITS)) {
      const params = issueParams(problem);
      ctx.issues.push({ code: 'custom', input: value, path: problem.path, message: String(params.code), params });
    }
  };
}

/**
 * Plain, bounded JSON data of type `T`: no functions or class instances, no key `__proto__`,
 * `constructor` or `prototype`, nesting and list length within {@link RULESET_JSON_LIMITS}.
 *
 * @example
 * ```ts
 * jsonData<number[]>().safeParse([1, 2]).success; // true
 * jsonData().safeParse(JSON.parse('{"__proto__": {}}')).success; // false
 * ```
 */
export function jsonData<T = z.core.util.JSONType>() {
  return z.custom<T>(() => true).check(guard(false));
}

/**
 * A JSON object of type `T` (a condition tree, say), guarded like {@link jsonData}.
 *
 * @example
 * ```ts
 * jsonObjectData<{ all: unknown[] }>().safeParse({ all: [] }).success; // true
 * jsonObjectData().safeParse([]).success; // false
 * ```
 */
export function jsonObjectData<T = Record<string, z.core.util.JSONType>>() {
  return z.custom<T>(() => true).check(guard(true));
}

/**
 * A JSON object with keys checked by `key`: guarded like {@link jsonData} before zod sees it, so
 * a `__proto__` key is reported instead of silently dropped.
 *
 * @example
 * ```ts
 * jsonObject(z.string().max(64)).safeParse({ kind: 'liaisons' }).success; // true
 * ```
 */
export function jsonObject<K extends z.core.$ZodRecordKey>(key: K) {
  return jsonObjectData<Record<z.output<K> & string, z.core.util.JSONType>>().pipe(
    z.record(
      key,
      z.custom<z.core.util.JSONType>(() => true),
    ),
  );
}
