/**
 * Duplicate keys in JSON text. `JSON.parse` keeps the last of two equal keys without a word, so a
 * record with `"date"` written twice would be evaluated on whichever came last. These scanners
 * read text that `JSON.parse` has already accepted (so they may assume valid JSON): one counts the
 * keys written, jumping from string to string (when the parsed value has as many keys, no key was
 * written twice); the other, run only when the counts differ, follows strings, brackets and commas
 * to say where each repeated key is.
 */
import { type Issue, type JsonPath, makeIssue } from './issue.js';

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;

/** An open object (with its keys so far) or array, and where the scan is in it. */
interface Frame {
  readonly keys: Set<string> | null;
  /** The current key of an object, or the current index of an array. */
  at: string | number;
  /** In an object: whether the next string is a key. */
  expectKey: boolean;
}

/** The index of the quote that closes the string opened at `start`. */
function closingQuote(text: string, start: number): number {
  let end = text.indexOf('"', start + 1);
  for (;;) {
    let backslashes = 0;
    while (text.charCodeAt(end - 1 - backslashes) === BACKSLASH) backslashes++;
    if (backslashes % 2 === 0) return end;
    end = text.indexOf('"', end + 1);
  }
}

function isWhitespace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}

/**
 * How many keys `text` (valid JSON) writes: the strings followed by a colon. Jumps from string to
 * string, so it costs well under `JSON.parse` of the same text.
 *
 * @example
 * ```ts
 * writtenKeyCount('{"a": 1, "a": "b:c", "d": ["e"]}'); // 3
 * ```
 */
export function writtenKeyCount(text: string): number {
  let count = 0;
  for (let start = text.indexOf('"'); start !== -1; ) {
    let after = closingQuote(text, start) + 1;
    while (isWhitespace(text.charCodeAt(after))) after++;
    if (text.charCodeAt(after) === COLON) count++;
    start = text.indexOf('"', after);
  }
  return count;
}

/** Line and column (1-based) of offsets given in increasing order, counting lines once. */
function lineCounter(text: string): (offset: number) => { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  return (offset) => {
    for (let next = text.indexOf('\n', lineStart); next !== -1 && next < offset; next = text.indexOf('\n', lineStart)) {
      line++;
      lineStart = next + 1;
    }
    return { line, column: offset - lineStart + 1 };
  };
}

/**
 * A `duplicate-key` issue for every key that appears a second time in one object of `text`
 * (valid JSON), at the JSON path of the repeated key and with its line and column; at most
 * `limit` of them.
 *
 * @example
 * ```ts
 * duplicateKeys('{"a": 1,\n "a": 2}', 1000);
 * // [{ code: 'duplicate-key', path: ['a'], params: { key: 'a', line: 2, column: 2 }, … }]
 * ```
 */
export function duplicateKeys(text: string, limit: number): Issue[] {
  const issues: Issue[] = [];
  const frames: Frame[] = [];
  const position = lineCounter(text);
  for (let i = 0; i < text.length && issues.length < limit; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      const end = closingQuote(text, i);
      const top = frames[frames.length - 1];
      if (top?.expectKey) {
        const raw = text.slice(i + 1, end);
        const key = raw.includes('\\') ? (JSON.parse(text.slice(i, end + 1)) as string) : raw;
        const keys = top.keys as Set<string>;
        if (keys.has(key)) {
          const path: JsonPath = [...frames.slice(0, -1).map((frame) => frame.at), key];
          issues.push(makeIssue('duplicate-key', path, { key, ...position(i) }));
        } else keys.add(key);
        top.at = key;
        top.expectKey = false;
      }
      i = end;
    } else if (c === OPEN_OBJECT) frames.push({ keys: new Set(), at: '', expectKey: true });
    else if (c === OPEN_ARRAY) frames.push({ keys: null, at: 0, expectKey: false });
    else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) frames.pop();
    else if (c === COMMA) {
      const top = frames[frames.length - 1] as Frame;
      if (top.keys === null) top.at = (top.at as number) + 1;
      else top.expectKey = true;
    }
  }
  return issues;
}
