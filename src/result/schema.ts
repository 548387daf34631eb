/**
 * The `EvaluationResult` contract as a zod schema (types inferred from it; JSON Schema generated
 * from it). Stable names: `items[]` with `id`, `score`, `max`, `status`, `missing`; `base`,
 * `bonus`, `total`; `grade`.
 */
import * as z from 'zod';
import { GRADE_IDS, localized } from '../ruleset/schema.js';

const json = z.json();

/**
 * One evaluated leaf or boolean node of an item's conditions: the trace of how an item was
 * checked, with the actual and expected value of every leaf.
 *
 * @example
 * ```ts
 * function failedLeaves(node: TraceNode): TraceNode[] {
 *   if (node.kind === 'leaf') return node.result ? [] : [node];
 *   return node.children.flatMap(failedLeaves);
 * }
 * ```
 */
export type TraceNode =
  | {
      readonly kind: 'all' | 'any' | 'not';
      readonly name?: string;
      readonly result: boolean;
      readonly children: readonly TraceNode[];
    }
  | {
      readonly kind: 'leaf';
      readonly name?: string;
      readonly fact: string;
      readonly params: unknown;
      readonly path?: string;
      readonly operator: string;
      readonly expected: unknown;
      readonly actual: unknown;
      readonly result: boolean;
      /**
       * Evaluated as of a day before the period end: the leaf is on an obligation of the period as
       * a whole that is not met yet, so it is not judged (`result` counts it as met) until this day.
       */
      readonly upcoming?: string;
    };

/** The schema of a trace node (recursive, so its type is written once above). */
export const traceNodeSchema: z.ZodType<TraceNode> = z.lazy(() =>
  z.union([
    z.strictObject({
      kind: z.enum(['all', 'any', 'not']),
      name: z.string().optional(),
      result: z.boolean(),
      children: z.array(traceNodeSchema),
    }),
    z.strictObject({
      kind: z.literal('leaf'),
      name: z.string().optional(),
      fact: z.string(),
      params: json,
      path: z.string().optional(),
      operator: z.string(),
      expected: json,
      actual: json,
      result: z.boolean(),
      upcoming: z.string().optional(),
    }),
  ]),
) as z.ZodType<TraceNode>;

/** Item statuses (spec §2). */
export const ITEM_STATUSES = ['pass', 'partial', 'fail', 'notApplicable', 'notAssessed', 'overridden'] as const;

const notCounted = z.strictObject({
  id: z.string(),
  reason: z.string(),
  bucket: z.string(),
  notInPost: z
    .array(
      z.strictObject({
        staffId: z.string(),
        role: z.string().meta({ description: 'The post the person lacked on the record’s day' }),
        as: z.enum(['giver', 'receiver']),
      }),
    )
    .optional()
    .meta({ description: 'Who a record ties to a post did not hold it on its day (present only then)' }),
});

const pendingObligation = z.strictObject({
  id: z.string().meta({
    description:
      'The record the obligation arose from (duty, ground, event, outage, problem), or servicePointId:role for a post never held (item 4)',
  }),
  arose: z.string().meta({ description: 'Local day, or local date-time with offset for an outage' }),
  deadline: z.string().meta({ description: 'In the same form; after the judgement day' }),
});

const upcomingObligation = z.strictObject({
  from: z.string().meta({ description: 'The first local day the obligation can be met on' }),
  deadline: z.string().meta({
    description: 'The local day it must be met by (a local date-time with offset for an outage notice)',
  }),
  bucket: z.string().optional().meta({ description: 'A periodic obligation: the bucket (2023-07, 2023-Q3@sp-1)' }),
  kind: z.string().optional().meta({ description: 'Its record kind' }),
  condition: z
    .string()
    .optional()
    .meta({ description: 'An obligation on the whole period: the condition (its name, or fact.path)' }),
  open: json.optional().meta({ description: 'What the condition still finds open (its actual value)' }),
  obligation: z
    .string()
    .optional()
    .meta({ description: 'A pending deadline: the record it arose from (as in `pending`)' }),
  stake: z.number().meta({ description: 'Points the item loses if this obligation is missed, given its score so far' }),
});

const computedOutcome = z.strictObject({ score: z.number(), status: z.enum(ITEM_STATUSES) });

/** An expert assessment as the result shows it. */
export const assessmentResultSchema = z.strictObject({
  assessor: z.string(),
  date: z.string(),
  justification: z.string(),
  verdict: z.enum(['pass', 'fail']).nullable(),
  score: z.number(),
});

/** The result of one item. */
export const itemResultSchema = z.strictObject({
  id: z.string(),
  seq: z.string(),
  section: z.string(),
  part: z.string(),
  title: localized,
  mode: z.enum(['all-or-nothing', 'deduct-per-failure', 'deduct-per-occurrence', 'bonus', 'expert']),
  max: z.number(),
  score: z.number(),
  status: z.enum(ITEM_STATUSES),
  missing: z.array(z.string()).meta({ description: 'Required buckets (2023-04, 2023-Q2, 2023-H1) not met' }),
  coverage: z
    .array(
      z.strictObject({
        per: z.enum(['month', 'quarter', 'half', 'year']),
        required: z.array(z.string()),
        met: z.array(z.string()),
        missing: z.array(z.string()),
        upcoming: z
          .array(z.string())
          .optional()
          .meta({ description: 'Evaluated as of a day: required buckets not met whose window is still open' }),
      }),
    )
    .meta({ description: 'Each periodic check of the item: the buckets required, met and missing (for heatmaps)' }),
  failures: z.number().nullable().meta({ description: 'Failures or occurrences counted by a deduction mode' }),
  applicability: traceNodeSchema.nullable(),
  conditions: traceNodeSchema.nullable(),
  records: z.array(z.string()).meta({ description: 'Ids of the records the item relied on' }),
  notCounted: z
    .array(notCounted)
    .meta({ description: 'Records present but not counted for a missing bucket, and why' }),
  advice: localized.nullable(),
  computed: computedOutcome.nullable().meta({ description: 'The computed outcome, when an assessment replaced it' }),
  assessment: assessmentResultSchema.nullable(),
  origin: z.string().meta({ description: 'The ruleset (base or variant id) the item comes from' }),
  pending: z.array(pendingObligation).optional().meta({
    description:
      'Obligations not judged yet: their deadline lies after the judgement day (the period end, or an earlier as-of day) and they are not met (present only when there are some)',
  }),
  upcoming: z.array(upcomingObligation).optional().meta({
    description:
      'Evaluated as of a day: the obligations still open, soonest deadline first (present only when there are some)',
  }),
  nextDeadline: z
    .string()
    .optional()
    .meta({ description: 'Evaluated as of a day: the local day of the soonest deadline of `upcoming`' }),
});

/**
 * The result of one item: score, status, missing buckets, the trace and the records relied on.
 *
 * @example
 * ```ts
 * const item: ItemResult | undefined = result.items.find((i) => i.id === 'monthly-liaison');
 * if (item && item.score < item.max) console.log(item.missing, item.advice?.zh);
 * ```
 */
export type ItemResult = z.output<typeof itemResultSchema>;

/** A coded warning from the standard's body text (not a deduction). */
export const warningSchema = z.strictObject({
  code: z.string(),
  records: z.array(z.string()),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  message: localized,
});

/**
 * A coded warning from the standard's body text (for example a supervision group outside 3–7
 * members): shown in reports, never deducted.
 *
 * @example
 * ```ts
 * const warnings: readonly Warning[] = result.warnings;
 * for (const warning of warnings) console.log(warning.code, warning.message.en);
 * ```
 */
export type Warning = z.output<typeof warningSchema>;

/**
 * The zod schema of the full result of evaluating one station (also shipped as
 * `clean-station/schemas/result.json`).
 *
 * @example
 * ```ts
 * const stored = evaluationResultSchema.parse(JSON.parse(row.result_json));
 * ```
 */
export const evaluationResultSchema = z.strictObject({
  schemaVersion: z.literal(1),
  library: z.strictObject({ name: z.string(), version: z.string() }),
  ruleset: z.strictObject({
    id: z.string(),
    version: z.string(),
    hash: z.string(),
    scoringHash: z
      .string()
      .meta({ description: 'Hash of what decides scores (the ruleset without its wording): equal means comparable' }),
    chain: z.array(z.strictObject({ id: z.string(), version: z.string() })),
  }),
  station: z.strictObject({ id: z.string(), name: z.string() }),
  period: z.strictObject({ start: z.string(), end: z.string(), timeZone: z.string() }),
  grade: z.enum(GRADE_IDS),
  gradeLabel: localized,
  base: z.number(),
  bonus: z.number(),
  total: z.number(),
  max: z.strictObject({ base: z.number(), bonus: z.number(), total: z.number() }),
  parts: z.array(
    z.strictObject({
      id: z.string(),
      kind: z.enum(['base', 'bonus']),
      title: localized,
      max: z.number(),
      score: z.number(),
    }),
  ),
  items: z.array(itemResultSchema),
  pending: z.array(z.string()).meta({ description: 'Expert-judged items still waiting for an assessment' }),
  warnings: z.array(warningSchema),
  rejectedEvidence: z.array(z.strictObject({ id: z.string(), reason: z.string(), by: z.string(), date: z.string() })),
  asOf: z
    .strictObject({
      date: z.string().meta({ description: 'The as-of day D: what was recorded up to its end was judged' }),
      settled: z.string().meta({
        description:
          'From this day on (the period end plus its grace windows and deadlines) the result is the full-year one',
      }),
      projected: z
        .strictObject({
          base: z.number(),
          bonus: z.number(),
          total: z.number(),
          grade: z.enum(GRADE_IDS),
          gradeLabel: localized,
        })
        .meta({ description: 'The score if every obligation still open is met (see docs/mid-year.md)' }),
      nextDeadline: z.string().nullable().meta({ description: 'The soonest deadline of any item, or null' }),
    })
    .optional()
    .meta({ description: 'Present when evaluated as of a day (spec §5): the scores above are the scores to date' }),
  monthly: z
    .array(
      z.strictObject({
        month: z.string(),
        asOf: z.string(),
        total: z.number(),
        projected: z.number(),
        grade: z.enum(GRADE_IDS),
      }),
    )
    .optional()
    .meta({ description: 'The score as of each month end of the period (§7.2), when asked for' }),
});

/**
 * The full result of evaluating one station: plain JSON, deterministic.
 *
 * @example
 * ```ts
 * const result: EvaluationResult = await evaluate(facts);
 * console.log(result.total, result.grade, result.items.filter((i) => i.score < i.max).map((i) => i.id));
 * ```
 */
export type EvaluationResult = z.output<typeof evaluationResultSchema>;
