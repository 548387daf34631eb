/** `parseReview`: unknown JSON in, a typed review or every issue out (the style of `parseFacts`). */
import { parseBounded } from '../issues/bounded-parse.js';
import { formatPath, InvalidInputError, makeIssue, type ParseResult } from '../issues/issue.js';
import { parseJsonText } from '../issues/json-text.js';
import { IssueCollector, orderedIssues } from '../issues/limit.js';
import { readGuarded } from '../issues/unreadable.js';
import { deepFreeze } from '../util/deep-freeze.js';
import { type Review, reviewSchema } from './schema.js';

const parsedReviews = new WeakSet<object>();

/** Whether `review` is an object returned by {@link parseReview} (so it need not be checked again). */
export function isParsedReview(review: unknown): boolean {
  return typeof review === 'object' && review !== null && parsedReviews.has(review);
}

function findDuplicates(ids: readonly string[], list: string, key: string, code: string, found: IssueCollector): void {
  const first = new Map<string, number>();
  for (let i = 0; i < ids.length && !found.full; i++) {
    const id = ids[i] as string;
    const at = first.get(id);
    if (at === undefined) first.set(id, i);
    else found.add(makeIssue(code, [list, i, key], { id, first: formatPath([list, at]) }));
  }
}

/**
 * Validates a review: expert assessments and rejected evidence. Returns the typed review (deeply
 * frozen, so a score cannot be changed after it was checked), or every
 * issue at once (code, JSON path, zh/en message). An item may be assessed once and a record
 * rejected once. Checks against a ruleset and facts (unknown item or record, score range,
 * justification) happen when the review is used: see `checkReview`. Never throws: a value that
 * throws when read (a getter, a proxy) is an `unreadable-value` issue at its path.
 *
 * @category Review
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
  return readGuarded(input, () => parseReadable(input));
}

function parseReadable(input: unknown): ParseResult<Review> {
  const found = new IssueCollector();
  const review = parseBounded(reviewSchema, input, found);
  if (review === undefined) return { ok: false, issues: orderedIssues(found.issues) };
  const itemIds = review.assessments.map((a) => a.itemId);
  findDuplicates(itemIds, 'assessments', 'itemId', 'duplicate-assessment', found);
  const recordIds = review.rejectedEvidence.map((r) => r.recordId);
  findDuplicates(recordIds, 'rejectedEvidence', 'recordId', 'duplicate-rejection', found);
  if (found.issues.length > 0) return { ok: false, issues: orderedIssues(found.issues) };
  parsedReviews.add(deepFreeze(review));
  return { ok: true, value: review, issues: [] };
}

/**
 * Like {@link parseReview} but reads JSON text (a UTF-8 BOM is accepted; a syntax error is an
 * issue with line and column).
 *
 * @category Review
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
 * @category Review
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
