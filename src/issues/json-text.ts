/** Reading JSON text with located errors instead of exceptions. */
import { type Issue, makeIssue } from './issue.js';

/** The largest JSON text the library reads (bytes of UTF-16 code units). */
export const MAX_JSON_TEXT_LENGTH = 32 * 1024 * 1024;

/** The deepest nesting of arrays and objects the library reads. */
export const MAX_JSON_DEPTH = 64;

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

function errorOffset(message: string, text: string): number {
  const position = /position (\d+)/.exec(message);
  if (position) return Number(position[1]);
  const lineCol = /line (\d+) column (\d+)/.exec(message);
  if (lineCol) {
    const lines = text.split('\n').slice(0, Number(lineCol[1]) - 1);
    return lines.reduce((n, l) => n + l.length + 1, 0) + Number(lineCol[2]) - 1;
  }
  return text.length;
}

function depthOf(value: unknown): number {
  let deepest = 0;
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length > 0) {
    const [current, depth] = stack.pop() as [unknown, number];
    if (current === null || typeof current !== 'object') continue;
    if (depth + 1 > deepest) deepest = depth + 1;
    if (deepest > MAX_JSON_DEPTH) return deepest;
    for (const child of Object.values(current)) stack.push([child, depth + 1]);
  }
  return deepest;
}

/**
 * Parses JSON text: a leading UTF-8 byte-order mark is accepted; a syntax error becomes an
 * `invalid-json` issue with its line and column; oversized or too deeply nested input is refused.
 *
 * @example
 * ```ts
 * const read = parseJsonText('{"a": 1,}');
 * if (!read.ok) console.log(read.issues[0].message.en); // Invalid JSON at line 1, column 9: …
 * ```
 */
export function parseJsonText(text: string): { ok: true; value: unknown } | { ok: false; issues: Issue[] } {
  if (typeof text !== 'string') {
    // A JavaScript caller may hand over a Buffer or undefined; that is an issue, not a TypeError.
    const received = text === null ? 'null' : typeof text;
    return { ok: false, issues: [makeIssue('invalid-type', [], { expected: 'JSON text', received })] };
  }
  if (text.length > MAX_JSON_TEXT_LENGTH) {
    return {
      ok: false,
      issues: [makeIssue('input-too-large', [], { size: text.length, limit: MAX_JSON_TEXT_LENGTH })],
    };
  }
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const { line, column } = lineAndColumn(body, errorOffset(detail, body));
    return { ok: false, issues: [makeIssue('invalid-json', [], { line, column, detail })] };
  }
  if (depthOf(value) > MAX_JSON_DEPTH) {
    return { ok: false, issues: [makeIssue('input-too-deep', [], { limit: MAX_JSON_DEPTH })] };
  }
  return { ok: true, value };
}
