/** The JSON report: the `EvaluationResult` itself. */
import type { EvaluationResult } from '../result/schema.js';
import { hexOf, isInvisibleControl, replaceCodeUnits } from './controls.js';

/** Invisible controls that JSON.stringify leaves raw (it escapes C0 itself). */
const rawInJson = (code: number) => code >= 0x7f && isInvisibleControl(code);

/**
 * The same code units as {@link rawInJson}, as one character class: most texts hold none, and the
 * regular expression engine answers that far faster than a loop over every code unit of a result
 * (about 50 kB of JSON).
 */
const RAW_IN_JSON = /[\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/;

/**
 * Options of {@link renderJson}.
 *
 * @category Reports
 * @example
 * ```ts
 * const options: RenderJsonOptions = { compact: true };
 * ```
 */
export interface RenderJsonOptions {
  /**
   * One line without indentation (for a response body or a line of JSON Lines), instead of
   * two-space indentation. Either way the text ends with a newline and escapes invisible controls.
   */
  readonly compact?: boolean;
}

/**
 * A value as JSON text with two-space indentation (or none, `compact`) and a final newline.
 * Besides the C0 controls that JSON always escapes, DEL, C1 controls, line and paragraph
 * separators and bidirectional controls are written as `\u` escapes: the same value, but text
 * that shows as it is in a terminal or an editor.
 *
 * @example
 * ```ts
 * jsonText({ name: 'a\u202eb' }); // '{\n  "name": "a\\u202eb"\n}\n'
 * jsonText({ a: [1] }, { compact: true }); // '{"a":[1]}\n'
 * ```
 */
export function jsonText(value: unknown, options: RenderJsonOptions = {}): string {
  const text = options.compact === true ? JSON.stringify(value) : JSON.stringify(value, null, 2);
  if (!RAW_IN_JSON.test(text)) return `${text}\n`;
  return `${replaceCodeUnits(text, rawInJson, (code) => `\\u${hexOf(code, 4)}`)}\n`;
}

/**
 * Renders a result (or a batch of results) as JSON: two-space indentation (or one line, with
 * `compact`) and a final newline. The JSON of one result is the `EvaluationResult` contract,
 * byte-identical for the same input; invisible controls in texts are written as `\u` escapes
 * (see `jsonText`).
 *
 * @category Reports
 * @example
 * ```ts
 * writeFileSync('result.json', renderJson(result));
 * response.end(renderJson(result, { compact: true }));
 * ```
 */
export function renderJson(
  result: EvaluationResult | readonly EvaluationResult[],
  options: RenderJsonOptions = {},
): string {
  return jsonText(result, options);
}

/**
 * One element of a JSON array as {@link jsonText} writes it inside the array: indented two more
 * spaces, no final newline. Line breaks in JSON text are all structural (a string's are escaped),
 * so every one of them starts an indented line.
 *
 * @example
 * ```ts
 * jsonElementText({ a: 1 }); // '{\n    "a": 1\n  }'
 * ```
 */
export function jsonElementText(value: unknown): string {
  return jsonText(value).slice(0, -1).replaceAll('\n', '\n  ');
}

/**
 * A JSON array of elements written by {@link jsonElementText}: the same text as
 * `jsonText(values)`, put together from pieces made elsewhere (in worker threads).
 *
 * @example
 * ```ts
 * jsonArrayText([jsonElementText(1), jsonElementText({ a: 1 })]) === jsonText([1, { a: 1 }]); // true
 * ```
 */
export function jsonArrayText(elements: readonly string[]): string {
  return elements.length === 0 ? '[]\n' : `[\n  ${elements.join(',\n  ')}\n]\n`;
}
