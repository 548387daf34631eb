/**
 * zod validation whose cost is bounded by the issue cap. zod builds every issue of an input
 * before it returns (some microseconds each), so a facts file of a million bad list entries took
 * ten seconds and a gigabyte to refuse. Here the lists of an object schema (and of its object
 * fields) are taken out of the value and validated entry by entry, and validation stops once the
 * collector is full; the rest of the value is validated by the schema itself. A valid input gives
 * exactly what `schema.safeParse` gives.
 */
import { z } from 'zod';
import { type IssueCollector, MAX_ISSUES } from './limit.js';
import { fromZodIssues } from './zod-issues.js';

/** A list field validated entry by entry: its element schema and longest allowed length. */
interface ListField {
  readonly key: string;
  readonly element: z.ZodType;
  readonly max: number;
}

/** The fields of an object schema; its list fields, and its object fields that have some. */
interface ObjectPlan {
  readonly keys: ReadonlySet<string>;
  readonly lists: readonly ListField[];
  readonly objects: ReadonlyArray<{ readonly key: string; readonly plan: ObjectPlan }>;
}

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

function planOf(schema: z.ZodObject): ObjectPlan {
  let plan = plans.get(schema);
  if (plan === undefined) {
    const lists: ListField[] = [];
    const objects: Array<{ key: string; plan: ObjectPlan }> = [];
    for (const [key, field] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
      const core = unwrapped(field);
      const max = core instanceof z.ZodArray ? maxLengthOf(core) : null;
      if (core instanceof z.ZodArray && max !== null) lists.push({ key, element: core.element as z.ZodType, max });
      else if (core instanceof z.ZodObject) {
        const inner = planOf(core);
        if (inner.lists.length > 0 || inner.objects.length > 0) objects.push({ key, plan: inner });
      }
    }
    plan = { keys: new Set(Object.keys(schema.shape)), lists, objects };
    plans.set(schema, plan);
  }
  return plan;
}

function isObject(value: unknown): value is object {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

const asData = (value: unknown): PropertyDescriptor => ({
  value,
  enumerable: true,
  writable: true,
  configurable: true,
});

/**
 * A copy of `value` for the schema to validate, with the same prototype: the schema's fields as
 * they are (a getter is copied, not called), the first unknown keys (the schema reports no more
 * than `MAX_ISSUES + 1` of them, and a million need not be copied), and each list of the plan
 * that is within its length replaced by an empty list (taken out into `taken`). Each field of the
 * plan is read once.
 */
function shellOf(value: unknown, plan: ObjectPlan, path: readonly string[], taken: TakenList[]): unknown {
  if (!isObject(value)) return value;
  const source = value as Record<string, unknown>;
  const fields = new Map<string, PropertyDescriptor>();
  for (const { key, element, max } of plan.lists) {
    const field = source[key];
    if (Array.isArray(field) && field.length <= max) {
      taken.push({ path: [...path, key], entries: field, element });
      fields.set(key, asData([]));
    } else if (field !== undefined) fields.set(key, asData(field));
  }
  for (const { key, plan: inner } of plan.objects) {
    const field = source[key];
    if (field !== undefined) fields.set(key, asData(shellOf(field, inner, [...path, key], taken)));
  }
  for (const key of plan.keys) {
    const own = fields.has(key) ? undefined : Object.getOwnPropertyDescriptor(value, key);
    if (own) fields.set(key, own);
  }
  let unknown = 0;
  for (const key of Object.keys(value)) {
    if (plan.keys.has(key)) continue;
    if (++unknown > MAX_ISSUES + 1) break;
    fields.set(key, Object.getOwnPropertyDescriptor(value, key) ?? asData(undefined));
  }
  return Object.create(Object.getPrototypeOf(value), Object.fromEntries(fields));
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
