/** The JSON report: the `EvaluationResult` itself. */
import type { EvaluationResult } from '../result/schema.js';

/**
 * Renders a result (or a batch of results) as JSON: two-space indentation and a final newline.
 * The JSON of one result is the `EvaluationResult` contract, byte-identical for the same input.
 *
 * @example
 * ```ts
 * writeFileSync('result.json', renderJson(result));
 * ```
 */
export function renderJson(result: EvaluationResult | readonly EvaluationResult[]): string {
  return `${JSON.stringify(result, null, 2)}\n`;
}
