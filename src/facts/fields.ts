/**
 * The field constructors of the facts: every field of a record kind, built-in or declared by a
 * ruleset, is made here, so that each one carries a description of itself (its type, bounds,
 * allowed values with their Chinese labels, what it refers to). The cross-record checks, the
 * record-level conditions of the generic facts, spreadsheets and documentation read that
 * description; nothing downstream keeps its own list of fields.
 */
import * as z from 'zod';
import type { Label } from '../types/generated.js';
import { dateOrDateTime, plainDate, timeZone } from './dates.js';

/** Limits shared by every field. */
export const FIELD_LIMITS = {
  idLength: 200,
  textLength: 2000,
  /** A list of references a declared kind's field may hold. */
  listLength: 1000,
  /** Attendees and major matters per meeting. */
  shortListLength: 100,
  /** Demands per liaison, event ids per disclosure. */
  entriesPerRecord: 1000,
} as const;

export type { Label };

/** The types a record field can have. `texts`, `enums` and `entries` are used by built-in kinds only. */
export const FIELD_TYPES = [
  'date',
  'date-time',
  'text',
  'number',
  'count',
  'boolean',
  'enum',
  'ref',
  'refs',
  'texts',
  'enums',
  'entries',
] as const;

/**
 * The type of a record field.
 *
 * @category Rulesets and variants
 * @example
 * ```ts
 * const type: FieldType = 'count';
 * ```
 */
export type FieldType = (typeof FIELD_TYPES)[number];

/** What a reference can point at besides the records of a kind. */
export const REF_TARGETS = ['staff', 'servicePoints', 'groupMembers'] as const;

/**
 * What a field says about itself.
 *
 * @example
 * ```ts
 * const meta: FieldMeta = { type: 'ref', to: 'staff' };
 * ```
 */
export interface FieldMeta {
  readonly type: FieldType;
  /** For `ref` and `refs`: `staff`, `servicePoints`, `groupMembers` or a record kind. */
  readonly to?: string;
  /** For `enum` and `enums`: the allowed values, in order, with their labels. */
  readonly values?: ReadonlyArray<{ readonly value: string; readonly label: Label }>;
  /** Lower bound of a number or count, shortest text. */
  readonly min?: number;
  /** Upper bound of a number or count, longest text, longest list. */
  readonly max?: number;
  /** For `entries`: the schema of one entry (an object with an id). */
  readonly entry?: EntrySchema;
  /** What the field is called, in Chinese (and English). */
  readonly title?: Label;
}

/** The schema of an entry of an `entries` field, as far as its description needs it. */
export interface EntrySchema {
  readonly shape: Readonly<Record<string, unknown>>;
}

/** Options every field constructor takes. */
export interface FieldOptions {
  /** What the field is called, in Chinese (and English): spreadsheet headers, documentation. */
  readonly title?: Label;
}

/** Where each field schema's description is kept (a registry: it never reaches the JSON Schema). */
export const fieldRegistry = z.registry<FieldMeta>();

function described<S extends z.ZodType>(schema: S, meta: FieldMeta, options: FieldOptions = {}): S {
  fieldRegistry.add(schema, options.title === undefined ? meta : { ...meta, title: options.title });
  return schema;
}

/**
 * The description of a field schema (optional and default wrappers are looked through), or
 * undefined for a schema not made here.
 *
 * @example
 * ```ts
 * fieldMetaOf(refField('staff').optional()); // { type: 'ref', to: 'staff' }
 * ```
 */
export function fieldMetaOf(schema: z.ZodType): FieldMeta | undefined {
  let current: z.ZodType = schema;
  for (let depth = 0; depth < 4; depth++) {
    const meta = fieldRegistry.get(current);
    if (meta !== undefined) return meta;
    if (current instanceof z.ZodOptional || current instanceof z.ZodDefault) current = current.unwrap() as z.ZodType;
    else return undefined;
  }
  return undefined;
}

/**
 * Whether a field schema accepts a missing value (it is optional or has a default).
 *
 * @example
 * ```ts
 * isOptionalField(textField().optional()); // true
 * ```
 */
export function isOptionalField(schema: z.ZodType): boolean {
  return schema instanceof z.ZodOptional || schema instanceof z.ZodDefault;
}

/**
 * An id: unique in the facts file.
 *
 * @example
 * ```ts
 * idField().parse('L-1');
 * ```
 */
export function idField() {
  return described(
    z.string().min(1).max(FIELD_LIMITS.idLength).meta({ description: 'Identifier, unique in the file' }),
    { type: 'text', min: 1, max: FIELD_LIMITS.idLength },
    { title: { zh: '编号', en: 'id' } },
  );
}

const TARGET_NAMES: Readonly<Record<string, string>> = {
  staff: 'staff member',
  servicePoints: 'service point',
  groupMembers: 'group member',
};

/**
 * A reference to a staff member, service point, group member or a record of a kind.
 *
 * @example
 * ```ts
 * refField('staff', { title: { zh: '人员' } }); // staffId of a record
 * refField('problemFlags'); // problemId of a correction reminder
 * ```
 */
export function refField(to: string, options: FieldOptions = {}) {
  const schema = z
    .string()
    .min(1)
    .max(FIELD_LIMITS.idLength)
    .meta({ description: `Id of a ${TARGET_NAMES[to] ?? `${to} record`}` });
  return described(schema, { type: 'ref', to }, options);
}

/**
 * A list of references (see {@link refField}), at most `max` of them.
 *
 * @example
 * ```ts
 * refsField('groupMembers', { max: 100 }); // attendees of a meeting
 * ```
 */
export function refsField(to: string, options: FieldOptions & { readonly max?: number } = {}) {
  const max = options.max ?? FIELD_LIMITS.listLength;
  const item = z.string().min(1).max(FIELD_LIMITS.idLength);
  return described(z.array(item).max(max), { type: 'refs', to, max }, options);
}

/**
 * Free text (names, notes, topics), at most `max` characters (and at least `min`).
 *
 * @example
 * ```ts
 * textField({ max: 200, title: { zh: '主题' } });
 * ```
 */
export function textField(options: FieldOptions & { readonly min?: number; readonly max?: number } = {}) {
  const max = options.max ?? FIELD_LIMITS.textLength;
  const min = options.min ?? 0;
  const schema = min > 0 ? z.string().min(min).max(max) : z.string().max(max);
  return described(schema, min > 0 ? { type: 'text', min, max } : { type: 'text', max }, options);
}

/**
 * A list of free texts, at most `max` of them.
 *
 * @example
 * ```ts
 * textsField({ max: 100 }); // major matters decided at a meeting
 * ```
 */
export function textsField(options: FieldOptions & { readonly max: number }) {
  const item = z.string().max(FIELD_LIMITS.textLength);
  return described(z.array(item).max(options.max), { type: 'texts', max: options.max }, options);
}

/**
 * A whole number (a count of people, a quantity), at least `min` (0 by default).
 *
 * @example
 * ```ts
 * countField({ min: 1, max: 1000 });
 * ```
 */
export function countField(options: FieldOptions & { readonly min?: number; readonly max?: number } = {}) {
  const min = options.min ?? 0;
  const max = options.max;
  const schema = max === undefined ? z.int().min(min) : z.int().min(min).max(max);
  return described(schema, max === undefined ? { type: 'count', min } : { type: 'count', min, max }, options);
}

/**
 * A finite number within optional bounds.
 *
 * @example
 * ```ts
 * numberField({ min: 0, max: 100 }); // a test score
 * ```
 */
export function numberField(options: FieldOptions & { readonly min?: number; readonly max?: number } = {}) {
  const { min, max } = options;
  let schema = z.number();
  if (min !== undefined) schema = schema.min(min);
  if (max !== undefined) schema = schema.max(max);
  const bounds = { ...(min === undefined ? {} : { min }), ...(max === undefined ? {} : { max }) };
  return described(schema, { type: 'number', ...bounds }, options);
}

/**
 * Yes or no.
 *
 * @example
 * ```ts
 * booleanField({ title: { zh: '会议记录' } }); // minutes were kept
 * ```
 */
export function booleanField(options: FieldOptions = {}) {
  return described(z.boolean(), { type: 'boolean' }, options);
}

type EnumValues = readonly [string, ...string[]];

function valuesWithLabels(
  values: EnumValues,
  labels: Readonly<Record<string, Label>>,
): NonNullable<FieldMeta['values']> {
  return values.map((value) => ({ value, label: labels[value] ?? { zh: value } }));
}

/**
 * One of a fixed list of values, each with a Chinese label (and an English one where given).
 *
 * @example
 * ```ts
 * enumField(['monthly', 'quarterly'] as const, { monthly: { zh: '月度' }, quarterly: { zh: '季度' } });
 * ```
 */
export function enumField<const V extends EnumValues>(
  values: V,
  labels: Readonly<Record<V[number], Label>>,
  options: FieldOptions = {},
) {
  const schema = z.enum(values as unknown as [V[number], ...V[number][]]);
  return described(schema, { type: 'enum', values: valuesWithLabels(values, labels) }, options);
}

/**
 * A list of values of an enum (see {@link enumField}), at most `max` of them.
 *
 * @example
 * ```ts
 * enumsField(JOINT_ATTENDEE_KINDS, ATTENDEE_KIND_LABELS, { max: 10 });
 * ```
 */
export function enumsField<const V extends EnumValues>(
  values: V,
  labels: Readonly<Record<V[number], Label>>,
  options: FieldOptions & { readonly max: number },
) {
  const schema = z.array(z.enum(values as unknown as [V[number], ...V[number][]])).max(options.max);
  return described(schema, { type: 'enums', values: valuesWithLabels(values, labels), max: options.max }, options);
}

/**
 * A calendar day `YYYY-MM-DD` in the station's time zone.
 *
 * @example
 * ```ts
 * dateField({ title: { zh: '答复日期' } }).parse('2023-04-01');
 * ```
 */
export function dateField(options: FieldOptions = {}) {
  return described(plainDate.clone(), { type: 'date' }, options);
}

/**
 * A calendar day, or an ISO 8601 date-time with an offset (as record dates are).
 *
 * @example
 * ```ts
 * dateTimeField().parse('2023-03-31T20:00:00Z');
 * ```
 */
export function dateTimeField(options: FieldOptions = {}) {
  return described(dateOrDateTime.clone(), { type: 'date-time' }, options);
}

/**
 * A list of nested entries, each an object (the demands collected at a liaison, each with an id;
 * the facilities of a service point), at most `max` of them.
 *
 * @example
 * ```ts
 * entriesField(z.strictObject({ id: idField(), resolved: booleanField() }), { max: 1000 });
 * ```
 */
export function entriesField<S extends z.ZodObject>(entry: S, options: FieldOptions & { readonly max: number }) {
  const meta: FieldMeta = { type: 'entries', max: options.max, entry: entry as unknown as EntrySchema };
  return described(z.array(entry).max(options.max), meta, options);
}

/**
 * An IANA time zone name (`Asia/Shanghai`), described as a short text.
 *
 * @example
 * ```ts
 * timeZoneField({ title: { zh: '时区', en: 'time zone' } }).parse('Asia/Shanghai');
 * ```
 */
export function timeZoneField(options: FieldOptions = {}) {
  return described(timeZone.clone(), { type: 'text', max: 64 }, options);
}
