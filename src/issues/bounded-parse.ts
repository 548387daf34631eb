/**
 * zod validation whose cost is bounded by the issue cap. zod builds every issue of an input
 * before it returns (some microseconds each), so a facts file of a million bad list entries took
 * ten seconds and a gigabyte to refuse. Here the lists of an object schema (and of its object
 * fields) are taken out of the value and validated entry by entry, and validation stops once the
 * collector is full; the rest of the value is validated by the schema itself. A valid input gives
 * exactly what `schema.safeParse` gives.
 */
import * as z from 'zod';
import { type IssueCollector, MAX_ISSUES } from './limit.js';
import { fromZodIssues } from './zod-issues.js';

/** How a field of an object schema is read: as a list taken out, an object with lists, or as is. */
type FieldPlan =
  | { readonly kind: 'list'; readonly element: z.ZodType; readonly max: number }
  | { readonly kind: 'object'; readonly plan: ObjectPlan }
  | { readonly kind: 'value' };

/** The fields of an object schema, by key. */
type ObjectPlan = ReadonlyMap<string, FieldPlan>;

/** A list taken out of the value, with where it was. */
interface TakenList {
  readonly path: readonly string[];
  readonly entries: readonly unknown[];
  readonly element: z.ZodType;
}

/** The schema under `.default()` and `.optional()` wrappers. */
function unwrapped(field: z.ZodType): z.ZodType {
  let core = field;
  while (core instanceof z.ZodDefault || core instanceof z.ZodOptional) core = core.unwrap() as z.ZodType;
  return core;
}

/** The longest length a list schema allows, or null when it has checks other than a maximum. */
function maxLengthOf(list: z.ZodArray): number | null {
  let max = Number.POSITIVE_INFINITY;
  for (const check of list.def.checks ?? []) {
    const def = check._zod.def as { check: string; maximum?: number };
    if (def.check !== 'max_length' || def.maximum === undefined) return null;
    max = Math.min(max, def.maximum);
  }
  return max;
}

const plans = new WeakMap<z.ZodObject, ObjectPlan>();

function fieldPlan(field: z.ZodType): FieldPlan {
  const core = unwrapped(field);
  if (core instanceof z.ZodArray) {
    const max = maxLengthOf(core);
    if (max !== null) return { kind: 'list', element: core.element as z.ZodType, max };
  }
  if (core instanceof z.ZodObject) {
    const plan = planOf(core);
    if ([...plan.values()].some((inner) => inner.kind !== 'value')) return { kind: 'object', plan };
  }
  return { kind: 'value' };
}

function planOf(schema: z.ZodObject): ObjectPlan {
  let plan = plans.get(schema);
  if (plan === undefined) {
    const shape = schema.shape as Record<string, z.ZodType>;
    plan = new Map(Object.keys(shape).map((key) => [key, fieldPlan(shape[key] as z.ZodType)]));
    plans.set(schema, plan);
  }
  return plan;
}

function isObject(value: unknown): value is object {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * A plain copy of `value` for the schema to validate. The schema's fields are read once, the way
 * zod reads them (`key in value`, then `value[key]`, so getters run with their own object), and
 * each list within its length is replaced by an empty list (taken out into `taken`). Unknown keys
 * are listed the way zod lists them (`for…in`), without their values, and only the first
 * `MAX_ISSUES + 1` of them: zod reports no more, and a million need not be copied.
 */
function shellOf(value: unknown, plan: ObjectPlan, path: readonly string[], taken: TakenList[]): unknown {
  if (!isObject(value)) return value;
  const source = value as Record<string, unknown>;
  const shell: Record<string, unknown> = {};
  for (const [key, field] of plan) {
    if (!(key in value)) continue;
    const read = source[key];
    if (field.kind === 'list' && Array.isArray(read) && read.length <= field.max) {
      taken.push({ path: [...path, key], entries: read, element: field.element });
      shell[key] = [];
    } else if (field.kind === 'object') shell[key] = shellOf(read, field.plan, [...path, key], taken);
    else shell[key] = read;
  }
  let unknown = 0;
  for (const key in value) {
    if (plan.has(key)) continue;
    if (++unknown > MAX_ISSUES + 1) break;
    // `__proto__` too becomes an own key, as `JSON.parse` makes it.
    Object.defineProperty(shell, key, { value: undefined, enumerable: true, writable: true, configurable: true });
  }
  return shell;
}

/**
 * The entries of a list validated one by one until the collector is full; null when any failed.
 * An entry is validated without `reportInput` first: zod copies its parse context per call when
 * given options, which costs more than validating a small record; only a failed entry is
 * validated again with it, for the issues.
 */
function parseEntries(list: TakenList, collector: IssueCollector): unknown[] | null {
  const out: unknown[] = new Array(list.entries.length);
  let ok = true;
  for (let i = 0; i < list.entries.length; i++) {
    if (collector.full) return null;
    const entry = list.entries[i];
    const quick = list.element.safeParse(entry);
    const parsed = quick.success ? quick : list.element.safeParse(entry, { reportInput: true });
    if (parsed.success) out[i] = parsed.data;
    else {
      ok = false;
      collector.addAll(fromZodIssues(parsed.error.issues, [...list.path, i]));
    }
  }
  return ok ? out : null;
}

function setAt(target: unknown, path: readonly string[], value: unknown): void {
  let node = target as Record<string, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string, unknown>;
  node[path[path.length - 1] as string] = value;
}

/**
 * Validates `input` with an object schema, at most about {@link MAX_ISSUES} issues' worth: the
 * typed value, or `undefined` with the issues added to `collector` (with `reportInput`, so a
 * value of the wrong type is told from a missing one).
 *
 * @example
 * ```ts
 * const found = new IssueCollector();
 * const facts = parseBounded(stationFactsSchema, input, found);
 * if (facts === undefined) return { ok: false, issues: orderedIssues(found.issues) };
 * ```
 */
export function parseBounded<S extends z.ZodObject>(
  schema: S,
  input: unknown,
  collector: IssueCollector,
): z.output<S> | undefined {
  const taken: TakenList[] = [];
  const shell = shellOf(input, planOf(schema), [], taken);
  const parsed = schema.safeParse(shell, { reportInput: true });
  if (!parsed.success) collector.addAll(fromZodIssues(parsed.error.issues));
  const lists = taken.map((list) => parseEntries(list, collector));
  if (!parsed.success || lists.includes(null)) return undefined;
  taken.forEach((list, i) => setAt(parsed.data, list.path, lists[i]));
  return parsed.data;
}
