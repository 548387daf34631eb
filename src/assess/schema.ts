/**
 * The review input: what evaluators add to a station's facts (spec §5). Expert assessments of
 * items and evidence rejected as not authentic or not valid. It is a separate file because
 * evaluators produce it, not the station's systems.
 */
import * as z from 'zod';
import { plainDate } from '../facts/dates.js';
import { scoreNumber } from '../scoring/score-number.js';
import type { Assessment, EvidenceRejection, Review, ReviewInput } from '../types/generated.js';
import { schemaLink } from '../util/schema-link.js';

export type { Assessment, EvidenceRejection, Review, ReviewInput };

const LIMITS = { idLength: 200, textLength: 4000, entries: 10_000 } as const;

const person = z.string().trim().min(1).max(LIMITS.idLength);

/** One expert assessment of an item: a verdict or a score, by whom, when and why. */
export const assessmentSchema = z
  .strictObject({
    itemId: z.string().min(1).max(64).meta({ description: 'Id of the item assessed' }),
    verdict: z.enum(['pass', 'fail']).optional().meta({ description: 'pass → full points, fail → 0' }),
    score: scoreNumber(-10_000, 10_000)
      .optional()
      .meta({ description: 'Points awarded, 0 … max of the item, at most 4 decimal places' }),
    assessor: person.meta({ description: 'Who assessed (name or id)' }),
    date: plainDate.meta({ description: 'When the assessment was made' }),
    justification: z
      .string()
      .max(LIMITS.textLength)
      .optional()
      .meta({ description: 'Why; required when the assessment overrides a computed item' }),
  })
  .check((ctx) => {
    if ((ctx.value.verdict === undefined) === (ctx.value.score === undefined)) {
      ctx.issues.push({
        code: 'custom',
        input: ctx.value,
        message: 'verdict-or-score',
        params: { code: 'verdict-or-score' },
      });
    }
  })
  .meta({ title: 'Assessment 专家评议', description: 'A verdict or a score for an item, by whom, when and why' });

/** A record an evaluator rejected as evidence, with the reason. */
export const rejectionSchema = z
  .strictObject({
    recordId: z.string().min(1).max(LIMITS.idLength).meta({ description: 'Id of the record in the facts' }),
    reason: z.string().trim().min(1).max(LIMITS.textLength).meta({ description: 'Why it is not authentic or valid' }),
    by: person.meta({ description: 'Who rejected it' }),
    date: plainDate.meta({ description: 'When it was rejected' }),
  })
  .meta({
    title: 'Rejected evidence 证据驳回',
    description:
      'A record an evaluator rejected as evidence; it is left out of the evaluation and listed in the result',
  });

/**
 * The zod schema of a review file.
 *
 * @example
 * ```ts
 * reviewSchema.parse({ assessments: [{ itemId: 'innovation', verdict: 'pass', assessor: '王工', date: '2024-01-15' }] });
 * ```
 */
export const reviewSchema = z
  .strictObject({
    $schema: schemaLink,
    assessments: z
      .array(assessmentSchema)
      .max(LIMITS.entries)
      .default([])
      .meta({ description: '专家评议 — expert assessments, at most one per item' }),
    rejectedEvidence: z
      .array(rejectionSchema)
      .max(LIMITS.entries)
      .default([])
      .meta({ description: '证据驳回 — records rejected as not authentic or not valid, at most once each' }),
  })
  .meta({ title: 'Review', description: 'Expert assessments and rejected evidence for one station’s evaluation' });
