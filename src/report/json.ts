/** The JSON report: the `EvaluationResult` itself. */
import type { EvaluationResult } from '../result/schema.js';
import { hexOf, isInvisibleControl, replaceCodeUnits } from './controls.js';

/** Invisible controls that JSON.stringify leaves raw (it escapes C0 itself). */
const rawInJson = (code: number) => code >= 0x7f && isInvisibleControl(code);

/** The code units of {@link rawInJson}, in order, worked out from it. */
function rawCodeUnits(): number[] {
  const codes: number[] = [];
  for (let code = 0; code <= 0xffff; code++) if (rawInJson(code)) codes.push(code);
  return codes;
}

/**
 * The code units of {@link rawInJson} as one character class (runs of consecutive code units as
 * ranges): most texts hold none, and the regular expression engine answers that far faster than
 * a loop over every code unit of a result (about 50 kB of JSON). Made when first needed.
 */
let rawPattern: RegExp | undefined;

function rawInJsonPattern(): RegExp {
  const runs: [from: number, to: number][] = [];
  for (const code of rawCodeUnits()) {
    const last = runs.at(-1);
    if (last !== undefined && last[1] === code - 1) last[1] = code;
    else runs.push([code, code]);
  }
  const unit = (code: number) => `\\u${hexOf(code, 4)}`;
  const ranges = runs.map(([from, to]) => (from === to ? unit(from) : `${unit(from)}-${unit(to)}`));
  return new RegExp(`[${ranges.join('')}]`);
}

/** What {@link hasRawControl} needs of Node's `Buffer`: bytes searched with `memchr`. */
interface SearchableBytes extends Uint8Array {
  indexOf(byte: number, from?: number): number;
}

/** Node's `Buffer` where there is one (not in a browser). */
const NodeBuffer = (globalThis as { Buffer?: { allocUnsafe(size: number): SearchableBytes } }).Buffer;

/** The longest text whose bytes {@link hasRawControl} searches (3 bytes a code unit at most: 3 MB). */
const MAX_SEARCHED_LENGTH = 1 << 20;

const utf8 = new TextEncoder();
let scratch: SearchableBytes | undefined;

/**
 * The UTF-8 encodings of the code units of {@link rawInJson}, by their first byte: the bytes after
 * it, as one number (0 for a one-byte encoding). Worked out from `rawInJson` itself when first
 * needed, so that the byte search cannot disagree with the code units escaped.
 */
let encodings: Map<number, ReadonlySet<number>> | undefined;

function controlEncodings(): Map<number, ReadonlySet<number>> {
  const byFirst = new Map<number, Set<number>>();
  for (const code of rawCodeUnits()) {
    const [first, ...rest] = utf8.encode(String.fromCharCode(code));
    const set = byFirst.get(first as number) ?? new Set<number>();
    set.add(rest.reduce((n, byte) => n * 256 + byte, 0));
    byFirst.set(first as number, set);
  }
  return byFirst;
}

/** The bytes after a first byte of UTF-8 at `at`, as one number (as in {@link controlEncodings}). */
function bytesAfter(bytes: Uint8Array, at: number): number {
  const first = bytes[at] as number;
  const length = first < 0x80 ? 1 : first < 0xe0 ? 2 : first < 0xf0 ? 3 : 4;
  let rest = 0;
  for (let i = 1; i < length; i++) rest = rest * 256 + (bytes[at + i] as number);
  return rest;
}

/**
 * Whether a text holds a code unit of {@link rawInJson}. In Node, a text up to
 * {@link MAX_SEARCHED_LENGTH} is encoded to UTF-8 in a scratch buffer and the first bytes of the
 * controls' encodings are looked for with `Buffer.prototype.indexOf` (then the bytes after each
 * hit): about twice as fast as the regular expression on a result's text (two-byte characters),
 * which serves everywhere else. Each control has one encoding, and a first byte never occurs
 * inside another character's encoding (a lone surrogate is encoded as EF BF BD).
 */
function hasRawControl(text: string): boolean {
  if (NodeBuffer === undefined || text.length > MAX_SEARCHED_LENGTH) {
    rawPattern ??= rawInJsonPattern();
    return rawPattern.test(text);
  }
  if (scratch === undefined || scratch.length < 3 * text.length) {
    scratch = NodeBuffer.allocUnsafe(Math.max(3 * text.length, 1 << 16));
  }
  const bytes = scratch.subarray(0, utf8.encodeInto(text, scratch).written) as SearchableBytes;
  encodings ??= controlEncodings();
  for (const [first, rests] of encodings) {
    for (let at = bytes.indexOf(first); at !== -1; at = bytes.indexOf(first, at + 1)) {
      if (rests.has(bytesAfter(bytes, at))) return true;
    }
  }
  return false;
}

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
  if (!hasRawControl(text)) return `${text}\n`;
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
