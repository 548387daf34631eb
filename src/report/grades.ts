/** Grade bands for reports: results carry the grade but not the thresholds, so they are passed in. */
import type { EvaluationResult } from '../result/schema.js';
import { baseRuleset } from '../ruleset/base.js';
import type { Ruleset } from '../ruleset/finalize.js';

/**
 * The grade bands of a ruleset, best first (`ruleset.grades`).
 *
 * @category Reports
 * @example
 * ```ts
 * const bands: GradeBands = baseRuleset().grades;
 * bands[0]?.id; // 'excellent'
 * ```
 */
export type GradeBands = Ruleset['grades'];

/**
 * The grade bands to use for a result: the ones given, else the base ruleset's when the result
 * was scored against the base ruleset itself (same hash), else `null` (unknown).
 *
 * @category Reports
 * @example
 * ```ts
 * gradeBandsFor(result, ruleset.grades); // ruleset.grades
 * gradeBandsFor(baseResult); // baseRuleset().grades
 * ```
 */
export function gradeBandsFor(
  result: { readonly ruleset: Pick<EvaluationResult['ruleset'], 'hash'> },
  grades?: GradeBands,
): GradeBands | null {
  if (grades) return grades;
  const base = baseRuleset();
  return result.ruleset.hash === base.hash ? base.grades : null;
}
