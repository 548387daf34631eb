/**
 * Checks of a review against the ruleset and the facts it is used with: every assessed item
 * exists, a score lies in [0, max], an override of a computed item is justified, and every
 * rejected record exists in the facts.
 */
import { recordLists, type StationFacts } from '../facts/schema.js';
import { type Issue, makeIssue } from '../issues/issue.js';
import { IssueCollector, limitIssues } from '../issues/limit.js';
import type { Ruleset } from '../ruleset/finalize.js';
import type { Review } from './schema.js';

/**
 * The ids an evaluator may reject: dated records of every kind, incidents, outages, duties,
 * service points, appointments, reviews, dismissal grounds and responsibility lists (what
 * evaluation sets aside when rejected).
 *
 * @example
 * ```ts
 * rejectableIds(facts).has('liaison-2023-03'); // true when the facts hold that record
 * ```
 */
export function rejectableIds(facts: StationFacts): Set<string> {
  const ids = new Set<string>();
  const lists: ReadonlyArray<ReadonlyArray<{ readonly id: string }>> = [
    ...recordLists(facts).map(([, list]) => list),
    facts.incidents,
    facts.outages,
    facts.duties,
    facts.servicePoints,
    facts.appointments,
    facts.reviews,
    facts.dismissalGrounds,
    facts.responsibilityLists,
  ];
  for (const list of lists) for (const entry of list) ids.add(entry.id);
  return ids;
}

/**
 * The problems of a review's assessments under `ruleset`: `unknown-item`, `score-out-of-range`
 * and `justification-required` (an assessment of a computed item overrides it and must say why).
 * What `checkReview` finds without the facts; `validate --ruleset` uses it.
 *
 * @example
 * ```ts
 * const found = new IssueCollector();
 * checkAssessments(review, baseRuleset(), found);
 * found.issues; // [{ code: 'unknown-item', path: ['assessments', 0, 'itemId'], … }]
 * ```
 */
export function checkAssessments(review: Review, ruleset: Ruleset, found: IssueCollector): void {
  const items = new Map(ruleset.items.map((item) => [item.id, item]));
  review.assessments.forEach((assessment, i) => {
    const path = ['assessments', i];
    const item = items.get(assessment.itemId);
    if (!item) {
      found.add(makeIssue('unknown-item', [...path, 'itemId'], { id: assessment.itemId }));
      return;
    }
    const { score } = assessment;
    if (score !== undefined && (score < 0 || score > item.points)) {
      found.add(makeIssue('score-out-of-range', [...path, 'score'], { id: item.id, score, max: item.points }));
    }
    if (item.scoring.mode !== 'expert' && (assessment.justification ?? '').trim() === '') {
      found.add(makeIssue('justification-required', [...path, 'justification'], { id: item.id }));
    }
  });
}

/**
 * Every problem of a review used with `ruleset` and `facts`: `unknown-item`,
 * `score-out-of-range`, `justification-required` (an assessment of a computed item overrides it
 * and must say why), `unknown-record`; at most `MAX_ISSUES` of them, then `too-many-issues`. An
 * empty list means the review can be applied.
 *
 * @category Review
 * @example
 * ```ts
 * const issues = checkReview(review, baseRuleset(), facts);
 * if (issues.length > 0) throw new InvalidInputError('review', issues);
 * ```
 */
export function checkReview(review: Review, ruleset: Ruleset, facts: StationFacts): Issue[] {
  const found = new IssueCollector();
  checkAssessments(review, ruleset, found);
  const known = rejectableIds(facts);
  review.rejectedEvidence.forEach((rejection, i) => {
    if (!known.has(rejection.recordId)) {
      found.add(makeIssue('unknown-record', ['rejectedEvidence', i, 'recordId'], { id: rejection.recordId }));
    }
  });
  return limitIssues(found.issues);
}
