/**
 * Record kinds declared by a ruleset (`recordKinds` in a base or a variant): the format as zod
 * schemas, and the record schema each declaration builds, with the same field constructors as
 * the standard's own kinds.
 */
import * as z from 'zod';
import { namePattern } from '../../issues/name-rules.js';
import type { FieldDeclaration, RecordKindDeclaration } from '../../types/generated.js';
import {
  booleanField,
  countField,
  dateField,
  dateTimeField,
  enumField,
  FIELD_LIMITS,
  type FieldOptions,
  type Label,
  numberField,
  refField,
  refsField,
  textField,
} from '../fields.js';
import { recordKindSchema } from './record.js';

export type { FieldDeclaration, RecordKindDeclaration };

/** The pattern of a record kind's name and of a field's name. */
export const KIND_NAME_PATTERN = namePattern('kindName');

/** A text in Chinese, English optional. */
export const labelSchema = z.strictObject({
  zh: z.string().min(1).max(200).meta({ description: 'Chinese' }),
  en: z.string().min(1).max(200).optional().meta({ description: 'English' }),
});

const fieldType = <const T extends string>(type: T, description: string) => z.literal(type).meta({ description });

const fieldBase = {
  title: labelSchema.optional().meta({ description: 'What the field is called (spreadsheet header, documentation)' }),
  description: labelSchema.optional().meta({ description: 'What the field holds (documentation)' }),
  required: z.boolean().optional().meta({ description: 'Whether every record must have the field (default false)' }),
};

const bound = z.number().min(-1e9).max(1e9);
const countBound = z.int().min(0).max(1e9);
const enumValueName = z.string().regex(namePattern('enumValue'));

/** One field of a declared record kind. */
export const fieldDeclarationSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: fieldType('date', 'A calendar day YYYY-MM-DD'), ...fieldBase }),
  z.strictObject({ type: fieldType('date-time', 'A calendar day, or a date-time with an offset'), ...fieldBase }),
  z.strictObject({
    type: fieldType('text', 'Free text'),
    ...fieldBase,
    minLength: z.int().min(0).max(FIELD_LIMITS.textLength).optional().meta({ description: 'Shortest text' }),
    maxLength: z.int().min(1).max(FIELD_LIMITS.textLength).optional().meta({ description: 'Longest text' }),
  }),
  z.strictObject({
    type: fieldType('number', 'A finite number'),
    ...fieldBase,
    min: bound.optional().meta({ description: 'Lowest value' }),
    max: bound.optional().meta({ description: 'Highest value' }),
  }),
  z.strictObject({
    type: fieldType('count', 'A whole number, 0 or more'),
    ...fieldBase,
    min: countBound.optional().meta({ description: 'Lowest value' }),
    max: countBound.optional().meta({ description: 'Highest value' }),
  }),
  z.strictObject({ type: fieldType('boolean', 'Yes or no'), ...fieldBase }),
  z.strictObject({
    type: fieldType('enum', 'One of the values listed'),
    ...fieldBase,
    values: z
      .record(enumValueName, labelSchema)
      .meta({ description: 'The allowed values, each with its label ({ "zh": …, "en"?: … })' }),
  }),
  z.strictObject({
    type: fieldType('ref', 'The id of a staff member, service point, group member or record'),
    ...fieldBase,
    to: z.string().min(1).max(64).meta({ description: 'staff, servicePoints, groupMembers or a record kind' }),
  }),
  z.strictObject({
    type: fieldType('refs', 'A list of ids (see ref)'),
    ...fieldBase,
    to: z.string().min(1).max(64).meta({ description: 'staff, servicePoints, groupMembers or a record kind' }),
    maxItems: z.int().min(1).max(FIELD_LIMITS.listLength).optional().meta({ description: 'Most ids in the list' }),
  }),
]);

/** A record kind declared by a ruleset. */
export const recordKindDeclarationSchema = z.strictObject({
  title: labelSchema.meta({ description: 'What the kind is called (spreadsheet sheets, reports, documentation)' }),
  description: labelSchema.optional().meta({ description: 'What a record of the kind is' }),
  fields: z
    .record(z.string().regex(KIND_NAME_PATTERN), fieldDeclarationSchema)
    .default({})
    .meta({ description: 'The kind’s own fields; every record also has id, date, servicePointId and note' }),
});

function fieldOptions(field: FieldDeclaration): FieldOptions {
  return field.title === undefined ? {} : { title: field.title as Label };
}

/** The bounds a declaration gives, as a field constructor takes them (absent ones left out). */
function bounds(min: number | undefined, max: number | undefined): { min?: number; max?: number } {
  return { ...(min === undefined ? {} : { min }), ...(max === undefined ? {} : { max }) };
}

/** The schema of one declared field, required or not. */
function fieldSchema(field: FieldDeclaration): z.ZodType {
  const options = fieldOptions(field);
  let schema: z.ZodType;
  switch (field.type) {
    case 'date':
      schema = dateField(options);
      break;
    case 'date-time':
      schema = dateTimeField(options);
      break;
    case 'text':
      schema = textField({ ...options, ...bounds(field.minLength, field.maxLength) });
      break;
    case 'number':
      schema = numberField({ ...options, ...bounds(field.min, field.max) });
      break;
    case 'count':
      schema = countField({ ...options, ...bounds(field.min, field.max) });
      break;
    case 'boolean':
      schema = booleanField(options);
      break;
    case 'enum': {
      const values = Object.keys(field.values) as [string, ...string[]];
      schema = enumField(values, field.values as Record<string, Label>, options);
      break;
    }
    case 'ref':
      schema = refField(field.to, options);
      break;
    case 'refs':
      schema = refsField(field.to, { ...options, ...(field.maxItems === undefined ? {} : { max: field.maxItems }) });
      return field.required === true ? schema : (schema as z.ZodArray).default([]);
  }
  return field.required === true ? schema : schema.optional();
}

/**
 * The record schema of a declared kind (its fields in declaration order after the common ones).
 * The declaration must have passed {@link recordKindDeclarationSchema} and the ruleset's checks.
 *
 * @example
 * ```ts
 * const schema = declaredKindSchema({ title: { zh: '安全培训' }, fields: { attendees: { type: 'count' } } });
 * schema.safeParse({ id: 'st-1', date: '2023-01-05', attendees: 12 }).success; // true
 * ```
 */
export function declaredKindSchema(declaration: RecordKindDeclaration) {
  const fields: Record<string, z.ZodType> = {};
  for (const [name, field] of Object.entries(declaration.fields)) fields[name] = fieldSchema(field);
  return recordKindSchema(
    {
      title: declaration.title as Label,
      ...(declaration.description ? { description: declaration.description as Label } : {}),
    },
    fields,
  );
}
