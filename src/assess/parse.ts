/** `parseReview`: unknown JSON in, a typed review or every issue out (the style of `parseFacts`). */
import { formatPath, InvalidInputError, type Issue, makeIssue, type ParseResult } from '../issues/issue.js';
import { parseJsonText } from '../issues/json-text.js';
import { orderedIssues } from '../issues/limit.js';
import { fromZodIssues } from '../issues/zod-issues.js';
import { type Review, reviewSchema } from './schema.js';

const parsedReviews = new WeakSet<object>();

/** Whether `review` is an object returned by {@link parseReview} (so it need not be checked again). */
export function isParsedReview(review: unknown): boolean {
  return typeof review === 'object' && review !== null && parsedReviews.has(review);
}

function duplicates(ids: readonly string[], list: string, key: string, code: string): Issue[] {
  const issues: Issue[] = [];
  const first = new Map<string, number>();
  ids.forEach((id, i) => {
    const at = first.get(id);
    if (at === undefined) first.set(id, i);
    else issues.push(makeIssue(code, [list, i, key], { id, first: formatPath([list, at]) }));
  });
  return issues;
}

/**
 * Validates a review: expert assessments and rejected evidence. Returns the typed review, or every
 * issue at once (code, JSON path, zh/en message). An item may be assessed once and a record
 * rejected once. Checks against a ruleset and facts (unknown item or record, score range,
 * justification) happen when the review is used: see `checkReview`. Never throws.
 *
 * @example
 * ```ts
 * const parsed = parseReview({
 *   assessments: [{ itemId: 'recognition', verdict: 'pass', assessor: '专家组', date: '2024-01-15' }],
 *   rejectedEvidence: [{ recordId: 'liaison-2023-03', reason: '签名不实', by: '李审核', date: '2024-01-10' }],
 * });
 * if (parsed.ok) await evaluate(facts, { review: parsed.value });
 * ```
 */
export function parseReview(input: unknown): ParseResult<Review> {
  const parsed = reviewSchema.safeParse(input, { reportInput: true });
  if (!parsed.success) return { ok: false, issues: orderedIssues(fromZodIssues(parsed.error.issues)) };
  const review = parsed.data;
  const issues = [
    ...duplicates(
      review.assessments.map((a) => a.itemId),
      'assessments',
      'itemId',
      'duplicate-assessment',
    ),
    ...duplicates(
      review.rejectedEvidence.map((r) => r.recordId),
      'rejectedEvidence',
      'recordId',
      'duplicate-rejection',
    ),
  ];
  if (issues.length > 0) return { ok: false, issues: orderedIssues(issues) };
  parsedReviews.add(review);
  return { ok: true, value: review, issues: [] };
}

/**
 * Like {@link parseReview} but reads JSON text (a UTF-8 BOM is accepted; a syntax error is an
 * issue with line and column).
 *
 * @example
 * ```ts
 * const parsed = parseReviewJson(readFileSync('review.json', 'utf8'));
 * ```
 */
export function parseReviewJson(text: string): ParseResult<Review> {
  const read = parseJsonText(text);
  return read.ok ? parseReview(read.value) : { ok: false, issues: read.issues };
}

/**
 * Like {@link parseReview} but throws an {@link InvalidInputError} carrying every issue.
 *
 * @example
 * ```ts
 * const review = parseReviewOrThrow(JSON.parse(text));
 * ```
 */
export function parseReviewOrThrow(input: unknown): Review {
  const parsed = parseReview(input);
  if (!parsed.ok) throw new InvalidInputError('review', parsed.issues);
  return parsed.value;
}
