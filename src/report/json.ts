/** The JSON report: the `EvaluationResult` itself. */
import type { EvaluationResult } from '../result/schema.js';
import { hexOf, isInvisibleControl, replaceCodeUnits } from './controls.js';

/** Invisible controls that JSON.stringify leaves raw (it escapes C0 itself). */
const rawInJson = (code: number) => code >= 0x7f && isInvisibleControl(code);

/**
 * A value as JSON text with two-space indentation and a final newline. Besides the C0 controls
 * that JSON always escapes, DEL, C1 controls, line and paragraph separators and bidirectional
 * controls are written as `\u` escapes: the same value, but text that shows as it is in a
 * terminal or an editor.
 *
 * @example
 * ```ts
 * jsonText({ name: 'a\u202eb' }); // '{\n  "name": "a\\u202eb"\n}\n'
 * ```
 */
export function jsonText(value: unknown): string {
  return `${replaceCodeUnits(JSON.stringify(value, null, 2), rawInJson, (code) => `\\u${hexOf(code, 4)}`)}\n`;
}

/**
 * Renders a result (or a batch of results) as JSON: two-space indentation and a final newline.
 * The JSON of one result is the `EvaluationResult` contract, byte-identical for the same input;
 * * invisible controls in texts are written as `\u` escapes (see `jsonText`).
 *
 * @category Reports
 * @example
 * ```ts
 * writeFileSync('result.json', renderJson(result));
 * ```
 */
export function renderJson(result: EvaluationResult | readonly EvaluationResult[]): string {
  return jsonText(result);
}
