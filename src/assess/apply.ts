/**
 * Applying a checked review to computed item results: an assessment scores an expert-judged item
 * or overrides a computed one (keeping the computed outcome beside it); rejected records become
 * the rejections that evaluation sets aside and the list the result shows.
 */
import type { Rejection } from '../engine/prepare.js';
import type { EvaluationResult, ItemResult } from '../result/schema.js';
import type { ResolvedItem } from '../ruleset/finalize.js';
import { statusOf } from '../scoring/modes.js';
import type { Assessment, Review } from './schema.js';

/**
 * The points an assessment awards: a verdict `pass` gives `max`, `fail` gives 0, a score is taken
 * as is (a checked review keeps it within [0, max]).
 *
 * @example
 * ```ts
 * assessedScore({ verdict: 'pass', … }, 5); // 5
 * assessedScore({ score: 2.5, … }, 5); // 2.5
 * ```
 */
export function assessedScore(assessment: Pick<Assessment, 'verdict' | 'score'>, max: number): number {
  if (assessment.score !== undefined) return assessment.score;
  return assessment.verdict === 'pass' ? max : 0;
}

/**
 * An item's result after its assessment (if any): an expert-judged item is scored by it; a
 * computed item is `overridden`, with its computed score and status kept in `computed`.
 *
 * @example
 * ```ts
 * const result = applyAssessment(computedResult, item, review.assessments.find((a) => a.itemId === item.id));
 * result.status; // 'overridden' for a computed item
 * ```
 */
export function applyAssessment(result: ItemResult, item: ResolvedItem, assessment?: Assessment): ItemResult {
  if (!assessment) return result;
  const score = assessedScore(assessment, result.max);
  const expert = item.scoring.mode === 'expert';
  return {
    ...result,
    score,
    status: expert ? statusOf(score, result.max) : 'overridden',
    advice: score < result.max ? item.advice : null,
    computed: expert ? null : { score: result.score, status: result.status },
    assessment: {
      assessor: assessment.assessor,
      date: assessment.date,
      justification: assessment.justification ?? '',
      verdict: assessment.verdict ?? null,
      score,
    },
  };
}

/**
 * The assessments of a review by item id.
 *
 * @example
 * ```ts
 * assessmentsById(review).get('innovation')?.assessor;
 * ```
 */
export function assessmentsById(review: Review | undefined): ReadonlyMap<string, Assessment> {
  if (review === undefined || review.assessments.length === 0) return NO_ASSESSMENTS;
  return new Map(review.assessments.map((a) => [a.itemId, a]));
}

const NO_ASSESSMENTS: ReadonlyMap<string, Assessment> = new Map();

/**
 * The rejected record ids with their reasons, as `prepareStation` takes them.
 *
 * @example
 * ```ts
 * const station = prepareStation(facts, rejectionsOf(review));
 * ```
 */
export function rejectionsOf(review: Review | undefined): ReadonlyMap<string, Rejection> {
  if (review === undefined || review.rejectedEvidence.length === 0) return NO_REJECTIONS;
  return new Map(review.rejectedEvidence.map((r) => [r.recordId, { reason: r.reason }]));
}

const NO_REJECTIONS: ReadonlyMap<string, Rejection> = new Map();

/**
 * The rejected evidence as the result lists it, sorted by record id.
 *
 * @example
 * ```ts
 * rejectedEvidenceOf(review); // [{ id: 'liaison-2023-03', reason: '…', by: '李审核', date: '2024-01-10' }]
 * ```
 */
export function rejectedEvidenceOf(review: Review | undefined): EvaluationResult['rejectedEvidence'] {
  if (review === undefined || review.rejectedEvidence.length === 0) return [];
  return review.rejectedEvidence
    .map((r) => ({ id: r.recordId, reason: r.reason, by: r.by, date: r.date }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
