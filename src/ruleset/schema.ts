/**
 * The ruleset file format: the standard's items as data. Conditions use json-rules-engine's
 * syntax (`all` / `any` / `not`, and leaves of `fact` + `params` + `path` + `operator` + `value`);
 * they are checked by {@link checkCondition} so that every problem gets a precise path.
 */
import * as z from 'zod';
import { KIND_NAME_PATTERN, recordKindDeclarationSchema } from '../facts/kinds/declaration.js';
import { namePattern } from '../issues/name-rules.js';
import { scoreNumber } from '../scoring/score-number.js';
import type {
  BaseRuleset,
  BaseRulesetInput,
  FactReference,
  Item,
  ItemInput,
  Localized,
  Scoring,
} from '../types/generated.js';
import { schemaLink } from '../util/schema-link.js';
import { guardedRecord, jsonData, jsonObject, jsonObjectData } from './json-data.js';

export type { BaseRuleset, BaseRulesetInput, FactReference, Item, ItemInput, Localized, Scoring };

/** A text in Chinese and English (as results carry it). */
export const localized = z.strictObject({
  zh: z.string().min(1).max(4000).meta({ description: 'Chinese' }),
  en: z.string().min(1).max(4000).meta({ description: 'English' }),
});

/**
 * A text of a ruleset: Chinese, English optional. A text without English resolves to the Chinese
 * one, so results and English reports show the Chinese text rather than refusing the ruleset.
 */
export const localizedText = z
  .strictObject({
    zh: z.string().min(1).max(4000).meta({ description: 'Chinese' }),
    en: z.string().min(1).max(4000).optional().meta({ description: 'English; the Chinese text is shown when absent' }),
  })
  .transform((text): Localized => ({ zh: text.zh, en: text.en ?? text.zh }));

/** Grade ids, best first. */
export const GRADE_IDS = ['excellent', 'qualified', 'unqualified'] as const;

/**
 * A grade id: `excellent` 优秀（示范型）, `qualified` 合格（标准型） or `unqualified` 不合格.
 *
 * @category Rulesets and variants
 * @example
 * ```ts
 * const grade: GradeId = result.grade;
 * ```
 */
export type GradeId = (typeof GRADE_IDS)[number];

const itemId = z.string().regex(namePattern('itemId')).meta({ description: 'Stable kebab-case id of an item' });

/** A JSON value with no functions or classes, as rulesets may contain (bounded, see `jsonData`). */
export const jsonValue = jsonData();

/** A reference to a factual quantity: a derived fact with params and a path to a number or list. */
export const factReference = z.strictObject({
  fact: z.string().min(1).max(64).meta({ description: 'Name of a derived fact (coverage, count, incidents …)' }),
  params: jsonObject(z.string().max(64))
    .optional()
    .meta({ description: 'The fact’s params; a value may be { "$param": name }' }),
  path: z.string().max(200).optional().meta({ description: 'A path into the fact’s value: missing, counted.length' }),
});

const nonNegative = scoreNumber(0, 1000);

/** How an item turns its checks into points (spec §2). */
export const scoringSchema = z.discriminatedUnion('mode', [
  z.strictObject({
    mode: z.literal('all-or-nothing').meta({ description: 'Full points when every condition holds, else 0' }),
  }),
  z.strictObject({
    mode: z.literal('deduct-per-failure').meta({ description: 'Points less `deduct` per failure, down to `floor`' }),
    deduct: nonNegative.meta({ description: 'Points deducted per failure' }),
    floor: scoreNumber(-1000, 1000).default(0).meta({ description: 'The lowest score (0 unless given)' }),
    failures: z
      .union([z.literal('failed-conditions'), factReference])
      .meta({ description: 'What counts as a failure: each failed top-level condition, or a counted fact' }),
  }),
  z.strictObject({
    mode: z
      .literal('deduct-per-occurrence')
      .meta({ description: 'Points less `deduct` per occurrence (a complaint, a violation), down to `floor`' }),
    deduct: nonNegative.meta({ description: 'Points deducted per occurrence' }),
    floor: scoreNumber(-1000, 1000)
      .nullable()
      .default(0)
      .meta({ description: 'The lowest score (0 unless given); null for none, so a score may go below 0' }),
    occurrences: factReference.meta({ description: 'The fact that counts the occurrences' }),
  }),
  z.strictObject({ mode: z.literal('bonus').meta({ description: 'Bonus points when every condition holds' }) }),
  z.strictObject({ mode: z.literal('expert').meta({ description: 'Judged by an expert assessment in the review' }) }),
]);

/**
 * A leaf condition: a derived fact (with params), a path into it, an operator and the expected
 * value, in json-rules-engine syntax.
 *
 * @category Rulesets and variants
 * @example
 * ```ts
 * const leaf: LeafCondition = {
 *   fact: 'coverage',
 *   params: { kind: 'liaisons', per: 'month', scope: 'station' },
 *   path: 'missing',
 *   operator: 'isEmpty',
 *   value: true,
 * };
 * ```
 */
export interface LeafCondition {
  readonly fact: string;
  readonly params?: { readonly [key: string]: unknown };
  readonly path?: string;
  readonly operator: string;
  readonly value: unknown;
  readonly name?: string;
}

/**
 * A condition tree in json-rules-engine syntax (a recursive type, so written once here).
 *
 * @category Rulesets and variants
 * @example
 * ```ts
 * const condition: Condition = {
 *   all: [
 *     { fact: 'incidents', params: { kinds: ['staff-violation'] }, path: 'counted', operator: 'isEmpty', value: true },
 *   ],
 * };
 * ```
 */
export type Condition =
  | LeafCondition
  | { readonly all: readonly Condition[]; readonly name?: string }
  | { readonly any: readonly Condition[]; readonly name?: string }
  | { readonly not: Condition; readonly name?: string };

/** Conditions are validated by `checkCondition`; the schema only asks for an object. */
export const conditionSchema = jsonObjectData<Condition>().meta({
  id: 'Condition',
  description: 'json-rules-engine condition: all / any / not, or fact + params + path + operator + value',
});

/** One item of Appendix A. */
export const itemSchema = z
  .strictObject({
    id: itemId,
    seq: z.string().regex(namePattern('seq')).meta({ description: 'Row number in the seed, e.g. "9" or "12a"' }),
    section: z.string().min(1).max(32).meta({ description: 'Id of the section the item belongs to' }),
    points: scoreNumber(0, 1000).meta({ description: 'Points the item is worth' }),
    title: localizedText.meta({ description: 'The item’s title' }),
    requirement: localizedText.meta({ description: 'What the standard requires' }),
    check: localizedText.meta({ description: 'How the item is checked' }),
    scoring: scoringSchema.meta({ description: 'How the item’s checks turn into points' }),
    conditions: conditionSchema.optional().meta({ description: 'What the item checks (absent for an expert item)' }),
    applicability: conditionSchema
      .optional()
      .meta({ description: 'When false the item is notApplicable (full points)' }),
    advice: localizedText.meta({ description: 'What to do to earn the full points' }),
  })
  .meta({ description: 'One item of Appendix A: what it requires, how it is checked and scored' });

const partSchema = z
  .strictObject({
    id: z.string().regex(namePattern('partId')).meta({ description: 'Part id' }),
    kind: z.enum(['base', 'bonus']).meta({ description: 'Whether the part counts towards base or bonus points' }),
    points: scoreNumber(0, 10_000).meta({ description: 'Points the part is worth (its items add up to it)' }),
    title: localizedText.meta({ description: 'The part’s title' }),
  })
  .meta({ description: 'A part of Appendix A (base or bonus)' });

const sectionSchema = z
  .strictObject({
    id: z.string().min(1).max(32).meta({ description: 'Section id' }),
    part: z.string().min(1).max(16).meta({ description: 'Id of the part the section belongs to' }),
    points: scoreNumber(0, 10_000).meta({ description: 'Points the section is worth (its items add up to it)' }),
    title: localizedText.meta({ description: 'The section’s title' }),
  })
  .meta({ description: 'A section of Appendix A' });

const gradeSchema = z
  .strictObject({
    id: z.enum(GRADE_IDS).meta({ description: 'excellent, qualified or unqualified' }),
    min: scoreNumber(-10_000, 10_000)
      .nullable()
      .meta({ description: 'The lowest total of the grade (null for the lowest grade)' }),
    label: localizedText.meta({ description: 'The grade’s name' }),
  })
  .meta({ description: 'A grade band: the lowest total that earns it' });

/** The tunables of a ruleset (month-end days, grace days, …), referenced as `{ "$param": name }`. */
export const paramsSchema = jsonObject(z.string().regex(namePattern('paramName'))).meta({
  description: 'The ruleset’s tunables (month-end days, grace days …), referenced in conditions as { "$param": name }',
});

/**
 * Record kinds a ruleset declares, by name: the lists its facts may carry under `records` beside
 * the standard's own kinds.
 */
export const recordKindsSchema = guardedRecord(z.string().regex(KIND_NAME_PATTERN), recordKindDeclarationSchema).meta({
  description: 'Record kinds this ruleset declares, by name (the lists facts carry under records.<name>)',
});

/** A complete (base) ruleset file. */
export const baseRulesetSchema = z.strictObject({
  $schema: schemaLink,
  id: z.string().regex(namePattern('rulesetId')).meta({ description: 'Stable id of the ruleset' }),
  version: z.string().max(64).meta({ description: 'Semantic version of the ruleset' }),
  title: localizedText.meta({ description: 'The ruleset’s title' }),
  description: localizedText.optional().meta({ description: 'What the ruleset is for' }),
  params: paramsSchema,
  recordKinds: recordKindsSchema.default({}),
  parts: z.array(partSchema).min(1).max(50).meta({ description: 'The parts of Appendix A (base, bonus)' }),
  sections: z.array(sectionSchema).min(1).max(200).meta({ description: 'The sections the items are grouped in' }),
  grades: z.array(gradeSchema).length(3).meta({ description: 'The three grade bands, best first' }),
  items: z.array(itemSchema).min(1).max(500).meta({ description: 'The items, in order' }),
});
