/** Reading a review file and scoring with it: review problems are located in the review file. */

import { parseReview } from '../assess/parse.js';
import type { Review } from '../assess/schema.js';
import { evaluate } from '../engine/evaluate.js';
import { evaluateMonthly } from '../engine/monthly.js';
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

/** What `evaluate` and `due` ask of an evaluation besides the facts, ruleset and review. */
export interface EvaluationRequest {
  /** Evaluate as of this day (checked beforehand, see `asOfOption`). */
  readonly asOf?: string;
  /** Attach the score as of each month end (`monthly`). */
  readonly monthly?: boolean;
}

/**
 * Evaluates one station with an optional review file; a review that does not fit the ruleset or
 * the facts (unknown item or record, score out of range, missing justification) is reported
 * against the review file, one line per problem. As of a day, and with the monthly scores, when
 * asked.
 *
 * @example
 * ```ts
 * const result = await evaluateWithReview(facts, ruleset, 'review.json', { asOf: '2023-06-30' });
 * ```
 */
export async function evaluateWithReview(
  facts: StationFacts,
  ruleset: Ruleset,
  reviewFile: string | undefined,
  request: EvaluationRequest = {},
): Promise<EvaluationResult> {
  const review = reviewFile === undefined ? undefined : readReview(reviewFile);
  const options = {
    ruleset,
    ...(review === undefined ? {} : { review }),
    ...(request.asOf === undefined ? {} : { asOf: request.asOf }),
  };
  try {
    const result = await evaluate(facts, options);
    return request.monthly ? { ...result, monthly: evaluateMonthly(facts, options) } : result;
  } catch (error) {
    if (error instanceof InvalidInputError && reviewFile !== undefined)
      throw new CliError(EXIT.invalid, issueProblems(reviewFile, error.issues));
    throw error;
  }
}
