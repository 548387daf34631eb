/**
 * The variant file format: a regional or company ruleset that extends another ruleset (the base
 * of the standard, or another variant) by changing params, overriding, removing and adding items,
 * and redeclaring grade bands, parts and sections. A variant is data only.
 */
import * as z from 'zod';
import { namePattern } from '../issues/name-rules.js';
import { scoreNumber } from '../scoring/score-number.js';
import type { ItemOverride, Variant, VariantInput } from '../types/generated.js';
import { schemaLink } from '../util/schema-link.js';
import { guardedRecord } from './json-data.js';
import { GRADE_IDS, itemSchema, localizedText, paramsSchema, recordKindsSchema } from './schema.js';

export type { ItemOverride, Variant, VariantInput };

const rulesetId = z.string().regex(namePattern('rulesetId'));
const itemId = z.string().regex(namePattern('itemId'));

/**
 * The fields of an item a variant may override; each replaces the base's value as a whole.
 *
 * @example
 * ```ts
 * itemOverrideSchema.parse({ points: 3, advice: { zh: '…', en: '…' } });
 * ```
 */
export const itemOverrideSchema = itemSchema
  .pick({
    points: true,
    title: true,
    requirement: true,
    check: true,
    advice: true,
    scoring: true,
    conditions: true,
    applicability: true,
  })
  .partial()
  .meta({ description: 'Fields that replace the extended item’s fields (conditions replace the whole tree)' });

/** A part entry: an existing part's fields to change, or a new part (all fields). */
const partPatchSchema = z
  .strictObject({
    id: z.string().regex(namePattern('partId')).meta({ description: 'Id of the part to change or add' }),
    kind: z.enum(['base', 'bonus']).optional().meta({ description: 'Whether the part counts towards base or bonus' }),
    points: scoreNumber(0, 10_000).optional().meta({ description: 'Points the part is worth' }),
    title: localizedText.optional().meta({ description: 'The part’s title' }),
  })
  .meta({ description: 'A part to change (the fields given) or to add (all fields)' });

/** A section entry: an existing section's fields to change, or a new section (all fields). */
const sectionPatchSchema = z
  .strictObject({
    id: z.string().min(1).max(32).meta({ description: 'Id of the section to change or add' }),
    part: z.string().min(1).max(16).optional().meta({ description: 'Id of the part the section belongs to' }),
    points: scoreNumber(0, 10_000).optional().meta({ description: 'Points the section is worth' }),
    title: localizedText.optional().meta({ description: 'The section’s title' }),
  })
  .meta({ description: 'A section to change (the fields given) or to add (all fields)' });

/** A grade band's fields to change. */
const gradePatchSchema = z
  .strictObject({
    id: z.enum(GRADE_IDS).meta({ description: 'The grade to change' }),
    min: scoreNumber(-10_000, 10_000)
      .nullable()
      .optional()
      .meta({ description: 'The lowest total of the grade (null for none)' }),
    label: localizedText.optional().meta({ description: 'The grade’s name' }),
  })
  .meta({ description: 'A grade band’s fields to change' });

/**
 * A variant ruleset file.
 *
 * @example
 * ```ts
 * const parsed = variantSchema.safeParse({
 *   id: 'jinhua-city', version: '1.0.0',
 *   extends: { id: 'zj-clean-station', version: '^1.0.0' },
 *   params: { monthEndDays: 7 },
 * });
 * ```
 */
export const variantSchema = z
  .strictObject({
    $schema: schemaLink,
    id: rulesetId.meta({ description: 'Stable id of the variant' }),
    version: z.string().max(64).meta({ description: 'Semantic version of this variant' }),
    title: localizedText.optional().meta({ description: 'The variant’s title (the extended ruleset’s when absent)' }),
    description: localizedText.optional().meta({ description: 'What the variant changes and why' }),
    extends: z
      .strictObject({
        id: rulesetId.meta({ description: 'Id of the ruleset this variant extends' }),
        version: z.string().max(200).meta({ description: 'Semver range the extended ruleset’s version must satisfy' }),
      })
      .meta({ description: 'The ruleset this variant extends, pinned by a semver range' }),
    params: paramsSchema.optional().meta({ description: 'Params to set; each replaces the value it names' }),
    recordKinds: recordKindsSchema
      .optional()
      .meta({ description: 'Record kinds this variant adds (a kind the extended ruleset has cannot be redeclared)' }),
    override: guardedRecord(itemId, itemOverrideSchema)
      .optional()
      .meta({ description: 'Items to change, by id: the fields given replace the extended item’s' }),
    remove: z.array(itemId).max(500).optional().meta({ description: 'Ids of the items to remove' }),
    add: z.array(itemSchema).max(500).optional().meta({ description: 'New items (their ids must be new)' }),
    grades: z.array(gradePatchSchema).max(3).optional().meta({ description: 'Grade bands to change' }),
    parts: z.array(partPatchSchema).max(50).optional().meta({ description: 'Parts to change or add' }),
    sections: z.array(sectionPatchSchema).max(200).optional().meta({ description: 'Sections to change or add' }),
  })
  .meta({ title: 'Ruleset variant', description: 'A ruleset that extends another one' });

/**
 * Whether a ruleset document is a variant (it has `extends`) rather than a base.
 *
 * @example
 * ```ts
 * isVariantDocument({ id: 'x', extends: { id: 'zj-clean-station', version: '^1' } }); // true
 * ```
 */
export function isVariantDocument(value: unknown): boolean {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && Object.hasOwn(value, 'extends');
}
