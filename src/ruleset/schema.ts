/**
 * The ruleset file format: the standard's items as data. Conditions use json-rules-engine's
 * syntax (`all` / `any` / `not`, and leaves of `fact` + `params` + `path` + `operator` + `value`);
 * they are checked by {@link checkCondition} so that every problem gets a precise path.
 */
import * as z from 'zod';
import { scoreNumber } from '../scoring/score-number.js';
import { jsonData, jsonObject, jsonObjectData } from './json-data.js';

/** A text in Chinese and English. */
export const localized = z.strictObject({ zh: z.string().min(1).max(4000), en: z.string().min(1).max(4000) });

/**
 * Localized text, as in rulesets and results.
 *
 * @example
 * ```ts
 * const title: Localized = { zh: '每月对接村电工', en: 'Monthly liaison' };
 * ```
 */
export type Localized = z.output<typeof localized>;

/** Grade ids, best first. */
export const GRADE_IDS = ['excellent', 'qualified', 'unqualified'] as const;

/**
 * A grade id: `excellent` 优秀（示范型）, `qualified` 合格（标准型） or `unqualified` 不合格.
 *
 * @example
 * ```ts
 * const grade: GradeId = result.grade;
 * ```
 */
export type GradeId = (typeof GRADE_IDS)[number];

const itemId = z
  .string()
  .regex(/^[a-z][a-z0-9-]{0,63}$/)
  .meta({ description: 'Stable kebab-case id of an item' });

/** A JSON value with no functions or classes, as rulesets may contain (bounded, see `jsonData`). */
export const jsonValue = jsonData();

/** A reference to a factual quantity: a derived fact with params and a path to a number or list. */
export const factReference = z.strictObject({
  fact: z.string().min(1).max(64),
  params: jsonObject(z.string().max(64)).optional(),
  path: z.string().max(200).optional(),
});

/** A fact reference as written in a ruleset. */
export type FactReference = z.output<typeof factReference>;

const nonNegative = scoreNumber(0, 1000);

/** How an item turns its checks into points (spec §2). */
export const scoringSchema = z.discriminatedUnion('mode', [
  z.strictObject({ mode: z.literal('all-or-nothing') }),
  z.strictObject({
    mode: z.literal('deduct-per-failure'),
    deduct: nonNegative,
    floor: scoreNumber(-1000, 1000).default(0),
    failures: z.union([z.literal('failed-conditions'), factReference]),
  }),
  z.strictObject({
    mode: z.literal('deduct-per-occurrence'),
    deduct: nonNegative,
    floor: scoreNumber(-1000, 1000).nullable().default(0),
    occurrences: factReference,
  }),
  z.strictObject({ mode: z.literal('bonus') }),
  z.strictObject({ mode: z.literal('expert') }),
]);

/**
 * An item's scoring: how its checks turn into points.
 *
 * @example
 * ```ts
 * const scoring: Scoring = { mode: 'deduct-per-failure', deduct: 2, floor: 0, failures: 'failed-conditions' };
 * ```
 */
export type Scoring = z.output<typeof scoringSchema>;

/**
 * A leaf condition: a derived fact (with params), a path into it, an operator and the expected
 * value, in json-rules-engine syntax.
 *
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
export const itemSchema = z.strictObject({
  id: itemId,
  seq: z
    .string()
    .regex(/^\d{1,3}[a-z]?$/)
    .meta({ description: 'Row number in the seed, e.g. "9" or "12a"' }),
  section: z.string().min(1).max(32),
  points: scoreNumber(0, 1000),
  title: localized,
  requirement: localized,
  check: localized.meta({ description: 'How the item is checked' }),
  scoring: scoringSchema,
  conditions: conditionSchema.optional(),
  applicability: conditionSchema.optional().meta({ description: 'When false the item is notApplicable (full points)' }),
  advice: localized,
});

/** An item as written in a ruleset file. */
export type ItemInput = z.input<typeof itemSchema>;

/** An item after validation. */
export type Item = z.output<typeof itemSchema>;

const partSchema = z.strictObject({
  id: z.string().regex(/^[A-Z][0-9A-Za-z.]{0,15}$/),
  kind: z.enum(['base', 'bonus']),
  points: scoreNumber(0, 10_000),
  title: localized,
});

const sectionSchema = z.strictObject({
  id: z.string().min(1).max(32),
  part: z.string().min(1).max(16),
  points: scoreNumber(0, 10_000),
  title: localized,
});

const gradeSchema = z.strictObject({
  id: z.enum(GRADE_IDS),
  min: scoreNumber(-10_000, 10_000).nullable(),
  label: localized,
});

/** The tunables of a ruleset (month-end days, grace days, …), referenced as `{ "$param": name }`. */
export const paramsSchema = jsonObject(z.string().regex(/^[a-zA-Z][a-zA-Z0-9]{0,63}$/));

/** A complete (base) ruleset file. */
export const baseRulesetSchema = z.strictObject({
  $schema: z.string().max(500).optional(),
  id: z.string().regex(/^[a-z0-9][a-z0-9.-]{0,99}$/),
  version: z.string().max(64),
  title: localized,
  description: localized.optional(),
  params: paramsSchema,
  parts: z.array(partSchema).min(1).max(50),
  sections: z.array(sectionSchema).min(1).max(200),
  grades: z.array(gradeSchema).length(3),
  items: z.array(itemSchema).min(1).max(500),
});

/** A base ruleset file as written. */
export type BaseRulesetInput = z.input<typeof baseRulesetSchema>;

/**
 * A base ruleset document after validation (defaults filled in): the shape of
 * `clean-station/rules/base` and of `schemas/ruleset.json`.
 *
 * @example
 * ```ts
 * const doc: BaseRuleset = baseRulesetDocument();
 * doc.items.map((item) => `${item.seq} ${item.id} ${item.points}`);
 * ```
 */
export type BaseRuleset = z.output<typeof baseRulesetSchema>;
