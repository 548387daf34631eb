/**
 * The `EvaluationResult` contract as a zod schema (types inferred from it; JSON Schema generated
 * from it). Stable names: `items[]` with `id`, `score`, `max`, `status`, `missing`; `base`,
 * `bonus`, `total`; `grade`.
 */
import * as z from 'zod';
import { GRADE_IDS, localized } from '../ruleset/schema.js';
import type { EvaluationResult, ItemResult, Warning } from '../types/generated.js';

export type { EvaluationResult, ItemResult, Warning };

const json = z.json();

/**
 * One evaluated leaf or boolean node of an item's conditions: the trace of how an item was
 * checked, with the actual and expected value of every leaf.
 *
 * @category Evaluate
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

const notCounted = z
  .strictObject({
    id: z.string().meta({ description: 'Id of the record' }),
    reason: z.string().meta({ description: 'Why it was not counted (rejected, out of the period, not in post …)' }),
    bucket: z.string().meta({ description: 'The bucket it would have met (2023-04, 2023-Q2, 2023-H1, 2023)' }),
    notInPost: z
      .array(
        z
          .strictObject({
            staffId: z.string().meta({ description: 'Id of the staff member' }),
            role: z.string().meta({ description: 'The post the person lacked on the record’s day' }),
            as: z
              .enum(['giver', 'receiver'])
              .meta({ description: 'Whether the person gave (handed over) or received the record' }),
          })
          .meta({ description: 'A person a record ties to a post who did not hold it on the record’s day' }),
      )
      .optional()
      .meta({ description: 'Who a record ties to a post did not hold it on its day (present only then)' }),
  })
  .meta({ description: 'A record present in the facts but not counted for a missing bucket, and why' });

const pendingObligation = z
  .strictObject({
    id: z.string().meta({
      description:
        'The record the obligation arose from (duty, ground, event, outage, problem), or servicePointId:role for a post never held (item 4)',
    }),
    arose: z.string().meta({ description: 'Local day, or local date-time with offset for an outage' }),
    deadline: z.string().meta({ description: 'In the same form; after the judgement day' }),
  })
  .meta({
    description:
      'An obligation whose deadline lies after the judgement day (the period end, or an earlier as-of day) and that is not met yet',
  });

const overdueObligation = z
  .strictObject({
    id: z.string().meta({ description: 'The record the obligation arose from (as in `pending`)' }),
    arose: z.string().meta({ description: 'Local day, or local date-time with offset for an outage' }),
    deadline: z.string().meta({ description: 'In the same form; on or before the as-of day' }),
    lost: z.number().meta({
      description: 'Points the item lost for it: one deduction of a deduction item, what an all-or-nothing item lost',
    }),
  })
  .meta({
    description:
      'Evaluated as of a day inside the period: an obligation whose deadline has passed, judged missed, and still open (nothing done for it yet, and it can still be done)',
  });

const upcomingObligation = z
  .strictObject({
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
    stake: z
      .number()
      .meta({ description: 'Points the item loses if this obligation is missed, given its score so far' }),
  })
  .meta({
    description: 'An obligation still open as of a day: what is needed, from when, by when, and what is at stake',
  });

const computedOutcome = z
  .strictObject({
    score: z.number().meta({ description: 'Points the item scored before the assessment' }),
    status: z.enum(ITEM_STATUSES).meta({ description: 'Status before the assessment' }),
  })
  .meta({ description: 'What the rules computed for an item that an expert assessment overrode' });

/** An expert assessment as the result shows it. */
export const assessmentResultSchema = z
  .strictObject({
    assessor: z.string().meta({ description: 'Who assessed (name or id)' }),
    date: z.string().meta({ description: 'When the assessment was made (YYYY-MM-DD)' }),
    justification: z.string().meta({ description: 'Why (empty when none was given)' }),
    verdict: z
      .enum(['pass', 'fail'])
      .nullable()
      .meta({ description: 'pass → full points, fail → 0; null when a score was given' }),
    score: z.number().meta({ description: 'Points awarded' }),
  })
  .meta({ description: 'The expert assessment applied to an item' });

/** The result of one item. */
export const itemResultSchema = z.strictObject({
  id: z.string().meta({ description: 'Stable kebab-case id of the item' }),
  seq: z.string().meta({ description: 'Row number in Appendix A, e.g. "9" or "12a"' }),
  section: z.string().meta({ description: 'Id of the section the item belongs to' }),
  part: z.string().meta({ description: 'Id of the part (base or bonus) the item counts towards' }),
  title: localized.meta({ description: 'The item’s title' }),
  mode: z
    .enum(['all-or-nothing', 'deduct-per-failure', 'deduct-per-occurrence', 'bonus', 'expert'])
    .meta({ description: 'How the item turns its checks into points (spec §2)' }),
  max: z.number().meta({ description: 'Points the item is worth' }),
  score: z.number().meta({ description: 'Points scored, 0 … max' }),
  status: z.enum(ITEM_STATUSES).meta({
    description: 'pass, partial, fail, notApplicable, notAssessed (expert item without assessment) or overridden',
  }),
  missing: z.array(z.string()).meta({ description: 'Required buckets (2023-04, 2023-Q2, 2023-H1) not met' }),
  coverage: z
    .array(
      z
        .strictObject({
          per: z.enum(['month', 'quarter', 'half', 'year']).meta({ description: 'The length of a bucket' }),
          required: z.array(z.string()).meta({ description: 'Buckets that needed a record' }),
          met: z.array(z.string()).meta({ description: 'Buckets with a counted record' }),
          missing: z.array(z.string()).meta({ description: 'Buckets without one' }),
          upcoming: z
            .array(z.string())
            .optional()
            .meta({ description: 'Evaluated as of a day: required buckets not met whose window is still open' }),
        })
        .meta({ description: 'One periodic check of an item: the buckets required, met and missing' }),
    )
    .meta({ description: 'Each periodic check of the item: the buckets required, met and missing (for heatmaps)' }),
  failures: z.number().nullable().meta({ description: 'Failures or occurrences counted by a deduction mode' }),
  applicability: traceNodeSchema
    .nullable()
    .meta({ description: 'The trace of the applicability conditions (null when the item has none)' }),
  conditions: traceNodeSchema
    .nullable()
    .meta({ description: 'The trace of the item’s conditions (null when not evaluated, e.g. not applicable)' }),
  records: z.array(z.string()).meta({ description: 'Ids of the records the item relied on' }),
  notCounted: z
    .array(notCounted)
    .meta({ description: 'Records present but not counted for a missing bucket, and why' }),
  advice: localized.nullable().meta({ description: 'What to do to earn the full points (null at full points)' }),
  computed: computedOutcome.nullable().meta({ description: 'The computed outcome, when an assessment replaced it' }),
  assessment: assessmentResultSchema
    .nullable()
    .meta({ description: 'The expert assessment applied to the item (null when none)' }),
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
  overdue: z.array(overdueObligation).optional().meta({
    description:
      'Evaluated as of a day inside the period: obligations past their deadline, judged missed, that the station still has to act on (present only when there are some)',
  }),
});

/** A coded warning from the standard's body text (not a deduction). */
export const warningSchema = z.strictObject({
  code: z.string().meta({ description: 'A stable code such as group-size or term-too-long' }),
  records: z.array(z.string()).meta({ description: 'Ids of the records the warning is about' }),
  params: z
    .record(z.string(), z.union([z.string(), z.number()]))
    .meta({ description: 'The values the message was built from' }),
  message: localized.meta({ description: 'The warning in Chinese and English' }),
});

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
  schemaVersion: z.literal(1).meta({ description: 'Version of this result format' }),
  library: z
    .strictObject({
      name: z.string().meta({ description: 'Package name' }),
      version: z.string().meta({ description: 'Package version' }),
    })
    .meta({ description: 'The library that produced the result' }),
  ruleset: z
    .strictObject({
      id: z.string().meta({ description: 'Id of the ruleset (the last variant of the chain)' }),
      version: z.string().meta({ description: 'Its version' }),
      hash: z.string().meta({ description: 'Hash of the resolved ruleset: any change, wording included, changes it' }),
      scoringHash: z
        .string()
        .meta({ description: 'Hash of what decides scores (the ruleset without its wording): equal means comparable' }),
      chain: z
        .array(
          z
            .strictObject({
              id: z.string().meta({ description: 'Ruleset id' }),
              version: z.string().meta({ description: 'Ruleset version' }),
            })
            .meta({ description: 'One ruleset of a chain: the base or a variant applied to it' }),
        )
        .meta({ description: 'The base and each variant applied, in order' }),
    })
    .meta({ description: 'The ruleset the station was scored with' }),
  station: z
    .strictObject({
      id: z.string().meta({ description: 'Station id' }),
      name: z.string().meta({ description: 'Station name' }),
      organisation: z
        .strictObject({
          city: z.string().optional().meta({ description: 'The city company (市公司)' }),
          county: z.string().optional().meta({ description: 'The county company (县公司)' }),
        })
        .optional()
        .meta({ description: 'The city and county companies the facts name (present only when they name one)' }),
    })
    .meta({ description: 'The station evaluated' }),
  period: z
    .strictObject({
      start: z.string().meta({ description: 'First day (YYYY-MM-DD)' }),
      end: z.string().meta({ description: 'Last day (YYYY-MM-DD)' }),
      timeZone: z.string().meta({ description: 'The time zone its days are read in' }),
    })
    .meta({ description: 'The evaluation period' }),
  grade: z.enum(GRADE_IDS).meta({ description: 'excellent 优秀, qualified 合格 or unqualified 不合格' }),
  gradeLabel: localized.meta({ description: 'The grade’s name in Chinese and English' }),
  base: z.number().meta({ description: 'Points of the base part' }),
  bonus: z.number().meta({ description: 'Points of the bonus part' }),
  total: z.number().meta({ description: 'base + bonus' }),
  max: z
    .strictObject({
      base: z.number().meta({ description: 'Points the base part is worth' }),
      bonus: z.number().meta({ description: 'Points the bonus part is worth' }),
      total: z.number().meta({ description: 'Both together' }),
    })
    .meta({ description: 'The most points there are' }),
  parts: z
    .array(
      z
        .strictObject({
          id: z.string().meta({ description: 'Part id' }),
          kind: z.enum(['base', 'bonus']).meta({ description: 'Whether the part counts towards base or bonus' }),
          title: localized.meta({ description: 'The part’s title' }),
          max: z.number().meta({ description: 'Points the part is worth' }),
          score: z.number().meta({ description: 'Points scored' }),
        })
        .meta({ description: 'The score of one part of Appendix A' }),
    )
    .meta({ description: 'The score of each part' }),
  items: z.array(itemResultSchema).meta({ description: 'The result of each item, in ruleset order' }),
  pending: z.array(z.string()).meta({ description: 'Expert-judged items still waiting for an assessment' }),
  warnings: z.array(warningSchema).meta({ description: 'Coded warnings from the standard’s body text (not deducted)' }),
  rejectedEvidence: z
    .array(
      z
        .strictObject({
          id: z.string().meta({ description: 'Id of the record' }),
          reason: z.string().meta({ description: 'Why it is not authentic or valid' }),
          by: z.string().meta({ description: 'Who rejected it' }),
          date: z.string().meta({ description: 'When (YYYY-MM-DD)' }),
        })
        .meta({ description: 'A record an evaluator rejected as evidence' }),
    )
    .meta({ description: 'Records rejected by the review, set aside by the evaluation' }),
  asOf: z
    .strictObject({
      date: z.string().meta({ description: 'The as-of day D: what was recorded up to its end was judged' }),
      settled: z.string().meta({
        description:
          'From this day on (the period end plus its grace windows and deadlines) the result is the full-year one',
      }),
      projected: z
        .strictObject({
          base: z.number().meta({ description: 'Projected points of the base part' }),
          bonus: z.number().meta({ description: 'Projected points of the bonus part' }),
          total: z.number().meta({ description: 'base + bonus' }),
          grade: z.enum(GRADE_IDS).meta({ description: 'The grade of the projected total' }),
          gradeLabel: localized.meta({ description: 'That grade’s name in Chinese and English' }),
        })
        .meta({ description: 'The score if every obligation still open is met (see docs/mid-year.md)' }),
      nextDeadline: z.string().nullable().meta({ description: 'The soonest deadline of any item, or null' }),
    })
    .optional()
    .meta({ description: 'Present when evaluated as of a day (spec §5): the scores above are the scores to date' }),
  monthly: z
    .array(
      z
        .strictObject({
          month: z.string().meta({ description: 'The month (YYYY-MM)' }),
          asOf: z.string().meta({ description: 'Its last day in the period (YYYY-MM-DD)' }),
          total: z.number().meta({ description: 'The score to date as of that day' }),
          projected: z.number().meta({ description: 'The projected score as of that day' }),
          grade: z.enum(GRADE_IDS).meta({ description: 'The grade of the score to date' }),
        })
        .meta({ description: 'The score of a station as of one month end' }),
    )
    .optional()
    .meta({ description: 'The score as of each month end of the period (§7.2), when asked for' }),
});
