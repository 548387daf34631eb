/**
 * The zod schemas of the public formats, typed by their named types: what an integrator parses
 * with, documented as what they parse to rather than as zod's expansion of every field.
 */
import type * as z from 'zod';
import * as review from '../assess/schema.js';
import { type FactsKinds, factsSchemaFor as schemaForKinds } from '../facts/for-ruleset.js';
import * as facts from '../facts/schema.js';
import * as result from '../result/schema.js';
import * as variant from '../ruleset/variant.js';
import * as testkit from '../testkit/schema.js';
import type {
  EvaluationResult,
  Review,
  ReviewInput,
  StationFacts,
  StationFactsInput,
  TestCase,
  TestSuite,
  Variant,
  VariantInput,
} from './generated.js';

/**
 * The zod schema of {@link StationFacts} (a facts file is a {@link StationFactsInput}). Prefer
 * `parseFacts`, which reports every problem with a code and zh/en messages and checks references.
 *
 * @category Facts
 * @example
 * ```ts
 * const parsed = stationFactsSchema.safeParse(json);
 * if (parsed.success) parsed.data.station.id;
 * ```
 */
export const stationFactsSchema: z.ZodType<StationFacts, StationFactsInput> = facts.stationFactsSchema;

/**
 * The zod schema of {@link EvaluationResult} (also shipped as `clean-station/schemas/result.json`).
 *
 * @category Evaluate
 * @example
 * ```ts
 * const stored: EvaluationResult = evaluationResultSchema.parse(JSON.parse(row.result_json));
 * ```
 */
export const evaluationResultSchema: z.ZodType<EvaluationResult> = result.evaluationResultSchema;

/**
 * The zod schema of {@link Review} (a review file is a {@link ReviewInput}). Prefer `parseReview`.
 *
 * @category Review
 * @example
 * ```ts
 * reviewSchema.parse({ assessments: [{ itemId: 'innovation', verdict: 'pass', assessor: '王工', date: '2024-01-15' }] });
 * ```
 */
export const reviewSchema: z.ZodType<Review, ReviewInput> = review.reviewSchema;

/**
 * The zod schema of a {@link Variant} (a variant file is a {@link VariantInput}). Prefer
 * `loadRuleset`, which also resolves the variant against the ruleset it extends.
 *
 * @category Rulesets and variants
 * @example
 * ```ts
 * const parsed = variantSchema.safeParse({
 *   id: 'jinhua-city', version: '1.0.0',
 *   extends: { id: 'zj-clean-station', version: '^1.0.0' },
 *   params: { monthEndDays: 7 },
 * });
 * ```
 */
export const variantSchema: z.ZodType<Variant, VariantInput> = variant.variantSchema;

/**
 * The zod schema of one {@link TestCase} (an entry of `cases` in a `*.cases.json` file).
 *
 * @category Rulesets and variants
 * @example
 * ```ts
 * testCaseSchema.parse({ name: 'trains every month', facts: 'station.json', expect: { total: 100 } });
 * ```
 */
export const testCaseSchema: z.ZodType<TestCase, TestCase> = testkit.testCaseSchema;

/**
 * The zod schema of a {@link TestSuite} (a `*.cases.json` file).
 *
 * @category Rulesets and variants
 * @example
 * ```ts
 * testSuiteSchema.parse({
 *   ruleset: 'jinhua-city.json',
 *   cases: [{ name: 'trains every month', facts: 'station.json', expect: { items: { 'monthly-safety-training': { score: 2 } } } }],
 * });
 * ```
 */
export const testSuiteSchema: z.ZodType<TestSuite, TestSuite> = testkit.testSuiteSchema;

/**
 * The zod schema of the {@link StationFacts} of a ruleset: the built-in record kinds and the kinds
 * the ruleset declares (`stationFactsSchema` for a ruleset that declares none). Prefer
 * `parseFacts(input, { ruleset })`.
 *
 * @category Facts
 * @example
 * ```ts
 * factsSchemaFor(ruleset).safeParse(json);
 * ```
 */
export function factsSchemaFor(kinds: FactsKinds): z.ZodType<StationFacts, StationFactsInput> {
  // The schema is `stationFactsSchema` with the declared kinds' lists added under `records`, which
  // `Records` admits; the kinds' own types are known only at run time.
  return schemaForKinds(kinds) as unknown as z.ZodType<StationFacts, StationFactsInput>;
}
