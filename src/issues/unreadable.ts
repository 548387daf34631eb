/**
 * Input that throws when it is read: a getter that throws (an ORM object, a lazy record), a proxy
 * whose traps throw, a revoked proxy. The parsers promise an answer, never an exception, so such
 * a value becomes an `unreadable-value` issue at the path that throws. The happy path pays
 * nothing: the walk that finds the path runs only after something threw.
 */
import { type Issue, type JsonPath, makeIssue, type ParseResult } from './issue.js';
import { MAX_JSON_DEPTH } from './json-text.js';

/** The most values the walk reads before it gives up (a getter may make a fresh tree on every read). */
const MAX_VISITS = 1_000_000;

/**
 * A thrown value described without trusting it (its `message` may itself be a throwing getter).
 *
 * @example
 * ```ts
 * describeThrown(new TypeError('revoked')); // 'TypeError: revoked'
 * ```
 */
export function describeThrown(thrown: unknown): string {
  try {
    if (thrown instanceof Error) return `${thrown.name}: ${thrown.message}`;
    if (typeof thrown === 'string') return thrown;
  } catch {
    // Reading the thrown value threw as well: say only that something was thrown.
  }
  return 'reading it threw an exception';
}

type Step = { value: unknown; path: JsonPath; depth: number };

/** The path segment of an own key: an index of a list as a number. */
function segment(list: boolean, key: string): string | number {
  return list && /^(0|[1-9]\d*)$/.test(key) ? Number(key) : key;
}

/** Reads what the parsers read of one object: prototype, own keys, and each key's descriptor and value. */
function childrenOf(value: object, path: JsonPath, depth: number): Step[] {
  Object.getPrototypeOf(value);
  const list = Array.isArray(value);
  const keys = Object.keys(value);
  const children: Step[] = [];
  for (const key of keys) {
    Object.getOwnPropertyDescriptor(value, key);
    const child = (value as Record<string, unknown>)[key];
    children.push({ value: child, path: [...path, segment(list, key)], depth: depth + 1 });
  }
  return children;
}

/**
 * The first path (depth first, in key order) at which reading `input` throws, with what was
 * thrown; null when a bounded walk finds none (the exception did not repeat). Never throws.
 */
function unreadablePath(input: unknown): { path: JsonPath; detail: string } | null {
  const stack: Step[] = [{ value: input, path: [], depth: 0 }];
  let visits = 0;
  while (stack.length > 0 && visits < MAX_VISITS) {
    const { value, path, depth } = stack.pop() as Step;
    visits++;
    if (value === null || (typeof value !== 'object' && typeof value !== 'function') || depth > MAX_JSON_DEPTH)
      continue;
    let children: Step[];
    try {
      children = childrenOf(value, path, depth);
    } catch (thrown) {
      // The key whose read threw is the one after the children read so far; keys are re-read
      // one by one to name it.
      return { path: failingKey(value, path), detail: describeThrown(thrown) };
    }
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as Step);
  }
  return null;
}

/** The path of the first key of `value` whose descriptor or value throws, or of `value` itself. */
function failingKey(value: object, path: JsonPath): JsonPath {
  try {
    const list = Array.isArray(value);
    for (const key of Object.keys(value)) {
      try {
        Object.getOwnPropertyDescriptor(value, key);
        (value as Record<string, unknown>)[key];
      } catch {
        return [...path, segment(list, key)];
      }
    }
  } catch {
    // The object's own keys cannot be listed: the object itself is unreadable.
  }
  return path;
}

/**
 * The `unreadable-value` issue for an input whose reading threw `thrown`: at the path that throws
 * (the root when the exception does not repeat), with what was thrown.
 *
 * @example
 * ```ts
 * try {
 *   return parseUnguarded(input);
 * } catch (thrown) {
 *   return { ok: false, issues: [unreadableIssue(input, thrown)] };
 * }
 * ```
 */
export function unreadableIssue(input: unknown, thrown: unknown): Issue {
  const found = unreadablePath(input);
  return makeIssue('unreadable-value', found?.path ?? [], { detail: found?.detail ?? describeThrown(thrown) });
}

/**
 * Runs a parser over `input`; when reading the input throws, returns an `unreadable-value` issue
 * at the path that throws (the root when the exception cannot be located) instead.
 *
 * @example
 * ```ts
 * const row = { get station() { throw new Error('session closed'); } };
 * readGuarded(row, () => parseUnguarded(row)); // { ok: false, issues: [{ code: 'unreadable-value', path: ['station'], … }] }
 * ```
 */
export function readGuarded<T>(input: unknown, parse: () => ParseResult<T>): ParseResult<T> {
  try {
    return parse();
  } catch (thrown) {
    return { ok: false, issues: [unreadableIssue(input, thrown)] };
  }
}
