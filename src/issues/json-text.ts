/** Reading JSON text with located errors instead of exceptions. */
import { duplicateKeys, writtenKeyCount } from './duplicate-keys.js';
import { type Issue, makeIssue } from './issue.js';
import { limitIssues, MAX_ISSUES } from './limit.js';

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

/**
 * What is wrong where JSON stops, in Chinese (the engine's own message is English): an empty
 * file, text that ends too soon, or a character that does not belong there.
 */
function whereZh(text: string, offset: number): string {
  if (text.trim() === '') return '文件为空';
  if (offset >= text.length) return '内容意外结束（文件可能不完整）';
  const code = text.codePointAt(offset) ?? 0;
  const shown =
    code < 0x20 || code === 0x7f ? `U+${code.toString(16).toUpperCase().padStart(4, '0')}` : String.fromCodePoint(code);
  return `此处不应出现“${shown}”`;
}

/** The nesting depth of a parsed value (no further than one past the limit) and its number of keys. */
function shapeOf(value: unknown): { depth: number; keys: number } {
  if (value === null || typeof value !== 'object') return { depth: 0, keys: 0 };
  let deepest = 0;
  let keys = 0;
  // Only objects and arrays are stacked, on two stacks side by side (no allocation per value).
  const containers: object[] = [value];
  const depths: number[] = [1];
  while (containers.length > 0) {
    const current = containers.pop() as Record<string, unknown>;
    const depth = depths.pop() as number;
    if (depth > deepest) deepest = depth;
    if (deepest > MAX_JSON_DEPTH) break;
    const children = Array.isArray(current) ? current : Object.values(current);
    if (!Array.isArray(current)) keys += children.length;
    for (const child of children) {
      if (child !== null && typeof child === 'object') {
        containers.push(child);
        depths.push(depth + 1);
      }
    }
  }
  return { depth: deepest, keys };
}

/** JSON text parsed (`value`) from its `body` (the text without a byte-order mark), or its issues. */
export type JsonTextRead = { ok: true; value: unknown; body: string } | { ok: false; issues: Issue[] };

/**
 * The first half of {@link parseJsonText}: the text is checked for its type and size and parsed
 * (a leading UTF-8 byte-order mark is accepted; a syntax error becomes an `invalid-json` issue with
 * its line and column), but its value is not yet checked for nesting and keys written twice: that
 * is {@link checkJsonShape}, unless the caller knows better (a value that the facts' fast parser
 * accepts has the schema's nesting and its keys counted).
 *
 * @example
 * ```ts
 * const read = readJsonText('\ufeff{"a": 1}'); // { ok: true, value: { a: 1 }, body: '{"a": 1}' }
 * ```
 */
export function readJsonText(text: string): JsonTextRead {
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
  try {
    return { ok: true, value: JSON.parse(body), body };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const offset = errorOffset(detail, body);
    const { line, column } = lineAndColumn(body, offset);
    return {
      ok: false,
      issues: [makeIssue('invalid-json', [], { line, column, detail, where: whereZh(body, offset) })],
    };
  }
}

/**
 * The second half of {@link parseJsonText}: a value nested deeper than `MAX_JSON_DEPTH` is
 * refused, and a key written twice in one object of `body` is a `duplicate-key` issue (each one,
 * with its path, line and column), where `JSON.parse` alone would silently keep the last.
 *
 * @example
 * ```ts
 * checkJsonShape('{"a": 1, "a": 2}', { a: 2 }).ok; // false: a duplicate-key issue
 * ```
 */
export function checkJsonShape(
  body: string,
  value: unknown,
): { ok: true; value: unknown } | { ok: false; issues: Issue[] } {
  const shape = shapeOf(value);
  if (shape.depth > MAX_JSON_DEPTH) {
    return { ok: false, issues: [makeIssue('input-too-deep', [], { limit: MAX_JSON_DEPTH })] };
  }
  // Each key written twice in one object leaves the parsed value one key short.
  if (writtenKeyCount(body) !== shape.keys) {
    return { ok: false, issues: limitIssues(duplicateKeys(body, MAX_ISSUES + 1)) };
  }
  return { ok: true, value };
}

/**
 * Parses JSON text: a leading UTF-8 byte-order mark is accepted; a syntax error becomes an
 * `invalid-json` issue with its line and column; oversized or too deeply nested input is refused;
 * a key written twice in one object is a `duplicate-key` issue (each one, with its path, line and
 * column), where `JSON.parse` alone would silently keep the last.
 *
 * @example
 * ```ts
 * const read = parseJsonText('{"a": 1,}');
 * if (!read.ok) console.log(read.issues[0].message.en); // Invalid JSON at line 1, column 9: …
 * ```
 */
export function parseJsonText(text: string): { ok: true; value: unknown } | { ok: false; issues: Issue[] } {
  const read = readJsonText(text);
  return read.ok ? checkJsonShape(read.body, read.value) : read;
}
