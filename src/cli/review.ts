/** Reading a review file and scoring with it: review problems are located in the review file. */

import { parseReview } from '../assess/parse.js';
import type { Review } from '../assess/schema.js';
import { evaluate } from '../engine/evaluate.js';
import type { StationFacts } from '../facts/schema.js';
import { InvalidInputError } from '../issues/issue.js';
import type { EvaluationResult } from '../result/schema.js';
import type { Ruleset } from '../ruleset/finalize.js';
import { CliError, EXIT, issueProblems } from './context.js';
import { readJson } from './files.js';

/**
 * Reads and validates a review file (expert assessments, rejected evidence).
 *
 * @example
 * ```ts
 * const review = readReview('review.json');
 * ```
 */
export function readReview(file: string): Review {
  const parsed = parseReview(readJson(file));
  if (!parsed.ok) throw new CliError(EXIT.invalid, issueProblems(file, parsed.issues));
  return parsed.value;
}

/**
 * Evaluates one station with an optional review file; a review that does not fit the ruleset or
 * the facts (unknown item or record, score out of range, missing justification) is reported
 * against the review file, one line per problem.
 *
 * @example
 * ```ts
 * const result = await evaluateWithReview(facts, ruleset, 'review.json');
 * ```
 */
export async function evaluateWithReview(
  facts: StationFacts,
  ruleset: Ruleset,
  reviewFile: string | undefined,
): Promise<EvaluationResult> {
  if (reviewFile === undefined) return evaluate(facts, { ruleset });
  const review = readReview(reviewFile);
  try {
    return await evaluate(facts, { ruleset, review });
  } catch (error) {
    if (error instanceof InvalidInputError) throw new CliError(EXIT.invalid, issueProblems(reviewFile, error.issues));
    throw error;
  }
}
