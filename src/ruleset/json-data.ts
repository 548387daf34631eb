/**
 * zod schemas for the free-form JSON parts of a ruleset (params, fact params, conditions). They
 * are checked by an iterative scan instead of a recursive schema, so a hostile document can
 * neither overflow the stack nor hide a `__proto__` key that a parser would silently drop.
 */
import * as z from 'zod';
import { MAX_JSON_DEPTH } from '../issues/json-text.js';
import { MAX_ISSUES } from '../issues/limit.js';
import { type JsonScanLimits, type JsonScanProblem, scanJsonValue } from '../util/json-guard.js';

/** Limits on every free-form JSON value inside a ruleset. */
export const RULESET_JSON_LIMITS: JsonScanLimits = {
  depth: MAX_JSON_DEPTH,
  arrayLength: 1000,
  objectKeys: 1000,
  problems: MAX_ISSUES + 1,
};

function issueParams(problem: JsonScanProblem): Record<string, string | number> {
  switch (problem.kind) {
    case 'too-deep':
      return { code: 'input-too-deep', limit: RULESET_JSON_LIMITS.depth };
    case 'too-long':
      return { code: 'value-too-large', limit: RULESET_JSON_LIMITS.arrayLength };
    case 'too-many-keys':
      return { code: 'too-many-keys', limit: RULESET_JSON_LIMITS.objectKeys };
    case 'forbidden-key':
      return { code: 'forbidden-key', key: problem.key };
    default:
      return { code: 'invalid-type', expected: 'JSON value', received: problem.received };
  }
}

type RawIssue = z.core.$ZodRawIssue;

/** The issues that keep `value` from being plain, bounded JSON data (an object, if required). */
function guardIssues(value: unknown, requireObject: boolean): RawIssue[] {
  if (value === undefined)
    return [{ code: 'invalid_type', expected: requireObject ? 'object' : 'unknown', input: value }];
  if (requireObject && (value === null || typeof value !== 'object' || Array.isArray(value))) {
    const received = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
    return [
      {
        code: 'custom',
        input: value,
        message: 'invalid-type',
        params: { code: 'invalid-type', expected: 'object', received },
      },
    ];
  }
  return scanJsonValue(value, RULESET_JSON_LIMITS).map((problem) => {
    const params = issueParams(problem);
    return { code: 'custom', input: value, path: problem.path, message: String(params.code), params };
  });
}

function guard(requireObject: boolean) {
  return (ctx: z.core.ParsePayload<unknown>): void => {
    ctx.issues.push(...guardIssues(ctx.value, requireObject));
  };
}

/** A guarded schema: its value as written is what `S` reads (the guard only checks it). */
type Guarded<S extends z.ZodType> = z.ZodPipe<z.ZodTransform<z.input<S>, z.input<S>>, S>;

/**
 * `schema`, preceded by the guard of {@link jsonObjectData}. A preprocess step rather than a
 * pipe from a custom schema, so that JSON Schema generation still describes `schema`. Typed so
 * that its input is `schema`'s (a preprocess step would make it `unknown`).
 */
function guarded<S extends z.ZodType>(schema: S): Guarded<S> {
  return z.preprocess((value, ctx) => {
    for (const issue of guardIssues(value, true)) ctx.addIssue(issue as Parameters<typeof ctx.addIssue>[0]);
    return value;
  }, schema) as unknown as Guarded<S>;
}

/**
 * Plain, bounded JSON data of type `T`: no functions or class instances, no key `__proto__`,
 * `constructor` or `prototype`, nesting, list length and keys per object within
 * {@link RULESET_JSON_LIMITS}.
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
  return guarded(
    z.record(
      key,
      z.custom<z.core.util.JSONType>(() => true),
    ),
  );
}

/**
 * A record (`z.record(key, value)`) guarded like {@link jsonData} first, so that a `__proto__`
 * key, which zod would drop silently, is reported, and a hostile depth is refused without
 * recursion.
 *
 * @example
 * ```ts
 * guardedRecord(z.string(), z.number()).safeParse(JSON.parse('{"__proto__": 1}')).success; // false
 * ```
 */
export function guardedRecord<K extends z.core.$ZodRecordKey, V extends z.ZodType>(key: K, value: V) {
  return guarded(z.record(key, value));
}
