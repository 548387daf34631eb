/**
 * Reading zod schemas as data for the type generator: the definition of a schema, the wrappers
 * around it (optional, nullable, default, pipes), its description and where a nested schema sits.
 */
import * as z from 'zod';
import { fieldMetaOf, type Label } from '../../src/facts/fields.js';

/** The parts of a zod definition the generator reads. */
export interface Def {
  readonly type: string;
  readonly shape?: Readonly<Record<string, z.ZodType>>;
  readonly element?: z.ZodType;
  readonly innerType?: z.ZodType;
  readonly in?: z.ZodType;
  readonly out?: z.ZodType;
  readonly getter?: () => z.ZodType;
  readonly options?: readonly z.ZodType[];
  readonly keyType?: z.ZodType;
  readonly valueType?: z.ZodType;
  readonly entries?: Readonly<Record<string, string | number>>;
  readonly values?: readonly unknown[];
}

/**
 * The definition of a schema.
 *
 * @example
 * ```ts
 * defOf(z.string().optional()).type; // 'optional'
 * ```
 */
export function defOf(schema: z.ZodType): Def {
  return (schema as unknown as { _zod: { def: Def } })._zod.def;
}

/**
 * The schema a `.meta()`, `.describe()` or `.clone()` copy was made from.
 *
 * @example
 * ```ts
 * const base = z.string();
 * parentOf(base.meta({ description: 'x' })) === base; // true
 * ```
 */
export function parentOf(schema: z.ZodType): z.ZodType | undefined {
  return (schema as unknown as { _zod: { parent?: z.ZodType } })._zod.parent;
}

/** Wrappers that change whether a value may be missing or null, not what it is. */
const WRAPPERS = ['optional', 'nullable', 'default', 'prefault', 'readonly'];

/** The schema a pipe's value comes out of for `io` (a preprocess step is looked through). */
function pipeSide(def: Def, io: 'input' | 'output'): z.ZodType {
  const inner = def.in as z.ZodType;
  const outer = def.out as z.ZodType;
  if (io === 'output') return outer;
  return defOf(inner).type === 'transform' ? outer : inner;
}

/**
 * The schema inside the wrappers that do not change what an object field holds (optional,
 * nullable, default, readonly, lazy, pipes), for walking paths.
 *
 * @example
 * ```ts
 * unwrap(z.array(z.string()).default([])); // the array schema
 * ```
 */
export function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (let depth = 0; depth < 20; depth++) {
    const def = defOf(current);
    if (['optional', 'nullable', 'default', 'prefault', 'readonly', 'nonoptional'].includes(def.type))
      current = def.innerType as z.ZodType;
    else if (def.type === 'lazy') current = (def.getter as () => z.ZodType)();
    else if (def.type === 'pipe') current = pipeSide(def, 'input');
    else return current;
  }
  return current;
}

/**
 * The schema at `path` under `root`: object keys, `[]` for the element of a list, `{}` for the
 * value of a record, `|n` for the n-th member of a union; the schema inside its optional, nullable
 * and default wrappers.
 *
 * @example
 * ```ts
 * schemaAt(stationFactsSchema, 'records.liaisons[].demands[]');
 * ```
 */
export function schemaAt(root: z.ZodType, path: string): z.ZodType {
  let current = root;
  const steps = path.split(/\.|(?=\[\])|(?=\{\})|(?=\|)/).filter((step) => step !== '');
  for (const step of steps) {
    const def = defOf(unwrap(current));
    let next: z.ZodType | undefined;
    if (step === '[]') next = def.element;
    else if (step === '{}') next = def.valueType;
    else if (step.startsWith('|')) next = def.options?.[Number(step.slice(1))];
    else next = def.shape?.[step];
    if (next === undefined) throw new Error(`no schema at "${path}" (step "${step}")`);
    current = next;
  }
  for (let def = defOf(current); WRAPPERS.includes(def.type); def = defOf(current))
    current = def.innerType as z.ZodType;
  return current;
}

function labelText(label: Label): string {
  return label.en === undefined || label.en === label.zh ? label.zh : `${label.zh} — ${label.en}`;
}

/**
 * The description a schema carries, looking through its wrappers from the outside in: the
 * `description` of its metadata, else its title, else the title of a record field (`诉求 — demands`).
 *
 * @example
 * ```ts
 * descriptionOf(z.string().optional().meta({ description: 'Why' })); // 'Why'
 * ```
 */
export function descriptionOf(schema: z.ZodType): string | undefined {
  let current: z.ZodType | undefined = schema;
  for (let depth = 0; current !== undefined && depth < 20; depth++) {
    const meta = z.globalRegistry.get(current);
    if (meta?.description !== undefined) return meta.description;
    if (meta?.title !== undefined) return meta.title;
    const title = fieldMetaOf(current)?.title;
    if (title !== undefined) return labelText(title);
    const def = defOf(current);
    if (['optional', 'nullable', 'default', 'prefault', 'readonly'].includes(def.type)) current = def.innerType;
    else if (def.type === 'pipe') current = def.in;
    else return undefined;
  }
  return undefined;
}

/**
 * The title a schema's metadata gives it.
 *
 * @example
 * ```ts
 * titleOf(z.object({}).meta({ title: 'Outage 停电' })); // 'Outage 停电'
 * ```
 */
export function titleOf(schema: z.ZodType): string | undefined {
  return z.globalRegistry.get(schema)?.title;
}
