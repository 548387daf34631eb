/**
 * Descriptions of record kinds as plain data, read from their schemas: what spreadsheets,
 * documentation, the cross-record checks and the generic facts' conditions know about a kind.
 */
import type * as z from 'zod';
import {
  type EntrySchema,
  type FieldMeta,
  type FieldType,
  fieldMetaOf,
  isOptionalField,
  type Label,
} from '../fields.js';
import { BUILT_IN_KIND_NAMES, BUILT_IN_KINDS } from './builtin.js';
import { kindRegistry } from './record.js';

/**
 * One field of a record kind.
 *
 * @category Rulesets and variants
 * @example
 * ```ts
 * const field: FieldInfo = { name: 'attendees', type: 'count', required: true, min: 1 };
 * ```
 */
export interface FieldInfo {
  readonly name: string;
  readonly type: FieldType;
  readonly required: boolean;
  readonly title?: Label;
  /** For `ref` and `refs`: `staff`, `servicePoints`, `groupMembers` or a record kind. */
  readonly to?: string;
  /** For `enum` and `enums`: the allowed values with their labels. */
  readonly values?: ReadonlyArray<{ readonly value: string; readonly label: Label }>;
  readonly min?: number;
  readonly max?: number;
  /** For `entries`: the fields of one entry. */
  readonly fields?: readonly FieldInfo[];
}

/**
 * A record kind: its name under `records`, its title, where it comes from and its fields (the
 * common ones first: `id`, `date`, `servicePointId`, `note`).
 *
 * @category Rulesets and variants
 * @example
 * ```ts
 * const kinds: readonly RecordKindInfo[] = ruleset.recordKinds;
 * kinds.find((k) => k.name === 'liaisons')?.title.zh; // '对接村电工、企业电工'
 * ```
 */
export interface RecordKindInfo {
  readonly name: string;
  readonly title: Label;
  readonly description?: Label;
  /** `built-in` for the standard's kinds, else the id of the ruleset that declared the kind. */
  readonly origin: string;
  readonly fields: readonly FieldInfo[];
}

/**
 * The description of one field schema made by a field constructor (optional and default wrappers
 * looked through); throws for a schema not made by one.
 *
 * @example
 * ```ts
 * describeField('note', textField().optional()); // { name: 'note', type: 'text', required: false, … }
 * ```
 */
export function describeField(name: string, schema: z.ZodType): FieldInfo {
  const meta: FieldMeta | undefined = fieldMetaOf(schema);
  if (meta === undefined) throw new Error(`Field ${name} was not made by a field constructor`);
  const { entry, ...rest } = meta;
  return {
    name,
    required: !isOptionalField(schema),
    ...rest,
    ...(entry === undefined ? {} : { fields: fieldsOf(entry) }),
  };
}

function fieldsOf(object: EntrySchema): FieldInfo[] {
  return Object.entries(object.shape).map(([name, schema]) => describeField(name, schema as z.ZodType));
}

/**
 * The description of a record kind from its schema.
 *
 * @example
 * ```ts
 * describeKind('liaisons', BUILT_IN_KINDS.liaisons, 'built-in').fields.map((f) => f.name);
 * // ['id', 'date', 'servicePointId', 'note', 'staffId', 'demands']
 * ```
 */
export function describeKind(name: string, schema: z.ZodObject, origin: string): RecordKindInfo {
  const meta = kindRegistry.get(schema);
  return {
    name,
    title: meta?.title ?? { zh: name, en: name },
    ...(meta?.description ? { description: meta.description } : {}),
    origin,
    fields: fieldsOf(schema),
  };
}

/**
 * A field of a kind by name, or undefined.
 *
 * @example
 * ```ts
 * fieldOf(kind, 'attendees')?.type; // 'count'
 * ```
 */
export function fieldOf(kind: RecordKindInfo, name: string): FieldInfo | undefined {
  return kind.fields.find((field) => field.name === name);
}

let builtIn: readonly RecordKindInfo[] | undefined;

/**
 * The standard's record kinds, described (once).
 *
 * @example
 * ```ts
 * builtInKindInfos().map((k) => k.name); // ['liaisons', 'ledgerHandovers', …]
 * ```
 */
export function builtInKindInfos(): readonly RecordKindInfo[] {
  builtIn ??= BUILT_IN_KIND_NAMES.map((name) => describeKind(name, BUILT_IN_KINDS[name], 'built-in'));
  return builtIn;
}
