/**
 * The two standard ways to change a JSON document, for test cases that start from a shared facts
 * file: JSON Merge Patch (RFC 7396: objects merge, `null` deletes, anything else replaces) and
 * JSON Patch (RFC 6902: `add` / `remove` / `replace` / `move` / `copy` / `test` operations at JSON
 * Pointers, RFC 6901). Neither mutates its input. A key that could reach an object prototype is
 * refused rather than followed.
 */
import { type Issue, type JsonPath, makeIssue } from '../issues/issue.js';
import { canonicalJson } from './canonical-json.js';
import { FORBIDDEN_KEYS } from './json-guard.js';

type JsonObject = Record<string, unknown>;

/**
 * One JSON Patch operation (RFC 6902).
 *
 * @example
 * ```ts
 * const op: JsonPatchOperation = { op: 'remove', path: '/records/safetyTrainings/3' };
 * ```
 */
export type JsonPatchOperation =
  | { readonly op: 'add' | 'replace' | 'test'; readonly path: string; readonly value: unknown }
  | { readonly op: 'remove'; readonly path: string }
  | { readonly op: 'move' | 'copy'; readonly from: string; readonly path: string };

function isObject(value: unknown): value is JsonObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Sets an own property, even one named `__proto__`, without touching the prototype. */
function setOwn(target: JsonObject, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/**
 * Applies a JSON Merge Patch (RFC 7396): a patch that is an object merges into the target member
 * by member (a `null` member deletes), anything else — lists included — replaces the target.
 *
 * @example
 * ```ts
 * applyMergePatch({ a: 1, b: { c: 2, d: 3 } }, { b: { c: null, e: 4 } }); // { a: 1, b: { d: 3, e: 4 } }
 * ```
 */
export function applyMergePatch(target: unknown, patch: unknown): unknown {
  if (!isObject(patch)) return structuredClone(patch);
  const out: JsonObject = {};
  if (isObject(target)) for (const [key, value] of Object.entries(target)) setOwn(out, key, structuredClone(value));
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete out[key];
    else setOwn(out, key, applyMergePatch(Object.hasOwn(out, key) ? out[key] : undefined, value));
  }
  return out;
}

/** A JSON Pointer's reference tokens, or null when it is not a pointer. */
function tokensOf(pointer: string): string[] | null {
  if (pointer === '') return [];
  if (!pointer.startsWith('/') || /~[^01]|~$/.test(pointer)) return null;
  return pointer
    .slice(1)
    .split('/')
    .map((token) => token.replaceAll('~1', '/').replaceAll('~0', '~'));
}

/** A failure of one operation: the issue's code and params, located by the caller. */
interface Failure {
  readonly code: string;
  readonly params: Record<string, string | number>;
  readonly at: 'path' | 'from';
}

class PatchFailure extends Error {
  constructor(readonly failure: Failure) {
    super(failure.code);
  }
}

const fail = (code: string, params: Record<string, string | number>, at: 'path' | 'from' = 'path'): never => {
  throw new PatchFailure({ code, params, at });
};

/** An array index token: `0` or digits without a leading zero. */
function indexOf(token: string, pointer: string, length: number, appending: boolean): number {
  if (appending && token === '-') return length;
  if (!/^(0|[1-9]\d{0,8})$/.test(token)) return fail('pointer-not-found', { pointer });
  const index = Number(token);
  const limit = appending ? length : length - 1;
  if (index > limit) return fail('index-out-of-range', { pointer, index, length });
  return index;
}

/** The container holding the pointer's last token, and that token. */
function parentOf(doc: unknown, pointer: string, at: 'path' | 'from'): { parent: unknown; key: string } {
  const tokens = tokensOf(pointer);
  if (tokens === null) return fail('invalid-pointer', { pointer }, at);
  let parent = doc;
  for (const token of tokens.slice(0, -1)) {
    if (FORBIDDEN_KEYS.has(token)) fail('forbidden-key', { key: token }, at);
    if (Array.isArray(parent)) parent = parent[indexOf(token, pointer, parent.length, false)];
    else if (isObject(parent) && Object.hasOwn(parent, token)) parent = parent[token];
    else fail('pointer-not-found', { pointer }, at);
  }
  const key = tokens[tokens.length - 1] as string;
  if (FORBIDDEN_KEYS.has(key)) fail('forbidden-key', { key }, at);
  return { parent, key };
}

function valueAt(doc: unknown, pointer: string, at: 'path' | 'from' = 'path'): unknown {
  if (pointer === '') return doc;
  const { parent, key } = parentOf(doc, pointer, at);
  if (Array.isArray(parent)) return parent[indexOf(key, pointer, parent.length, false)];
  if (isObject(parent) && Object.hasOwn(parent, key)) return parent[key];
  return fail('pointer-not-found', { pointer }, at);
}

function add(doc: unknown, pointer: string, value: unknown): unknown {
  if (pointer === '') return value;
  const { parent, key } = parentOf(doc, pointer, 'path');
  if (Array.isArray(parent)) parent.splice(indexOf(key, pointer, parent.length, true), 0, value);
  else if (isObject(parent)) setOwn(parent, key, value);
  else fail('pointer-not-found', { pointer });
  return doc;
}

function remove(doc: unknown, pointer: string, at: 'path' | 'from' = 'path'): unknown {
  if (pointer === '') return fail('pointer-not-found', { pointer }, at);
  valueAt(doc, pointer, at);
  const { parent, key } = parentOf(doc, pointer, at);
  if (Array.isArray(parent)) parent.splice(Number(key), 1);
  else delete (parent as JsonObject)[key];
  return doc;
}

/** A value shortened for a message. */
function shown(value: unknown): string {
  const text = canonicalJson(value);
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

function applyOne(doc: unknown, operation: JsonPatchOperation): unknown {
  switch (operation.op) {
    case 'add':
      return add(doc, operation.path, structuredClone(operation.value));
    case 'remove':
      return remove(doc, operation.path);
    case 'replace':
      if (operation.path === '') return structuredClone(operation.value);
      valueAt(doc, operation.path);
      return add(remove(doc, operation.path), operation.path, structuredClone(operation.value));
    case 'copy':
      return add(doc, operation.path, structuredClone(valueAt(doc, operation.from, 'from')));
    case 'move': {
      if (operation.path.startsWith(`${operation.from}/`))
        fail('move-into-itself', { from: operation.from, pointer: operation.path });
      if (operation.path === operation.from) return doc;
      const value = valueAt(doc, operation.from, 'from');
      return add(remove(doc, operation.from, 'from'), operation.path, value);
    }
    case 'test': {
      const actual = valueAt(doc, operation.path);
      if (canonicalJson(actual) !== canonicalJson(operation.value)) {
        fail('patch-test-failed', { pointer: operation.path, expected: shown(operation.value), actual: shown(actual) });
      }
      return doc;
    }
  }
}

/**
 * Applies a JSON Patch (RFC 6902) to a copy of `doc`. The operations apply in order; the first that
 * cannot (a pointer to nothing, an index past the end, a `test` that does not hold) stops the
 * patch, and its issue is located at `path` + `[index, 'path' | 'from']`.
 *
 * @example
 * ```ts
 * applyJsonPatch({ list: [1, 2, 3] }, [{ op: 'remove', path: '/list/0' }], ['patch']);
 * // { ok: true, value: { list: [2, 3] } }
 * ```
 */
export function applyJsonPatch(
  doc: unknown,
  operations: readonly JsonPatchOperation[],
  path: JsonPath,
): { ok: true; value: unknown } | { ok: false; issue: Issue } {
  let value = structuredClone(doc);
  for (const [index, operation] of operations.entries()) {
    try {
      value = applyOne(value, operation);
    } catch (error) {
      if (!(error instanceof PatchFailure)) throw error;
      return {
        ok: false,
        issue: makeIssue(error.failure.code, [...path, index, error.failure.at], error.failure.params),
      };
    }
  }
  return { ok: true, value };
}
