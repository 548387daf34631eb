/**
 * Shared pieces of the robustness fuzzers: the seed (fixed, overridable with FUZZ_SEED so a
 * failure printed by fast-check can be replayed), structured mutations of a JSON document, a
 * seeded shuffle, and the shape every parse result must have.
 */
import fc from 'fast-check';
import { expect } from 'vitest';
import type { Issue } from '../../../src/issues/issue.js';
import { issueTemplates, MAX_ECHO_LENGTH } from '../../../src/issues/messages.js';

/** The seed of every fuzzer in this folder; fast-check prints it with any counterexample. */
export const FUZZ_SEED = Number(process.env.FUZZ_SEED ?? 20_231_231);

/**
 * Time allowed for one 10 000-run property. The whole folder needs well under two minutes on an
 * idle machine; the generous bound keeps a busy CI runner from failing a correct property.
 */
export const FUZZ_TIMEOUT = 300_000;

/** fast-check parameters: the shared seed, `numRuns` runs, the shrunk counterexample printed on failure. */
export function fuzzParameters(numRuns: number): fc.Parameters<unknown> {
  return { seed: FUZZ_SEED, numRuns, endOnFailure: false };
}

type Key = string | number;
type Container = Record<string, unknown> | unknown[];

function isContainer(value: unknown): value is Container {
  return value !== null && typeof value === 'object';
}

/**
 * A node of a JSON document picked by a number: at each container, `pick % (children + 1)`
 * chooses a child to descend into or the container itself; a spent number stops the walk.
 */
function pickPath(root: unknown, pick: number): Key[] {
  const path: Key[] = [];
  let node = root;
  let rest = pick;
  while (isContainer(node) && rest > 0) {
    const keys: Key[] = Array.isArray(node) ? node.map((_, i) => i) : Object.keys(node);
    const choice = rest % (keys.length + 1);
    rest = Math.floor(rest / (keys.length + 1));
    if (choice === keys.length) break;
    const key = keys[choice] as Key;
    path.push(key);
    node = (node as Record<Key, unknown>)[key];
  }
  return path;
}

function at(root: unknown, path: readonly Key[]): unknown {
  let current = root;
  for (const key of path) current = (current as Record<Key, unknown>)[key];
  return current;
}

/** Sets an own property the way `JSON.parse` does, even for `__proto__`. */
function setOwn(target: Container, key: Key, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Values a hostile or careless producer would write. */
const nastyValue = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom(
    '2023-02-30',
    '2023-13-01',
    '2023-04-01T08:00:00',
    '2023-04-01T25:00:00Z',
    '1899-12-31',
    '2200-01-01',
    '',
    'sp-404',
    'li-1',
    -1,
    1.5,
    1e308,
    null,
    [],
    {},
    'x'.repeat(5000),
  ),
);

const nastyKey = fc.oneof(
  fc.string({ maxLength: 8 }),
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'id', 'date', 'extra', 'toString'),
);

/** One structured change to a JSON document. */
export interface Mutation {
  readonly at: number;
  readonly kind: 'replace' | 'delete' | 'insert' | 'duplicate';
  readonly key: string;
  readonly value: unknown;
}

const mutation: fc.Arbitrary<Mutation> = fc.record({
  at: fc.nat({ max: Number.MAX_SAFE_INTEGER }),
  kind: fc.constantFrom('replace', 'delete', 'insert', 'duplicate'),
  key: nastyKey,
  value: nastyValue,
});

/** Applies mutations to a copy of `base`; each picks its node with `at` (see `pickPath`). */
export function applyMutations(base: unknown, mutations: readonly Mutation[]): unknown {
  let root = structuredClone(base);
  for (const m of mutations) {
    const path = pickPath(root, m.at);
    const node = at(root, path);
    const parent = path.length === 0 ? null : (at(root, path.slice(0, -1)) as Container);
    const key = path[path.length - 1] as Key;
    if (m.kind === 'insert' && isContainer(node)) {
      if (Array.isArray(node)) node.push(m.value);
      else setOwn(node, m.key, m.value);
    } else if (m.kind === 'duplicate' && Array.isArray(parent)) {
      parent.splice(Number(key), 0, structuredClone(node));
    } else if (m.kind === 'delete' && parent !== null) {
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else delete parent[key];
    } else if (parent === null) {
      root = structuredClone(m.value);
    } else {
      setOwn(parent, key, structuredClone(m.value));
    }
  }
  return root;
}

/** Copies of `base` with one to four structured mutations (near-valid input). */
export function mutationsOf(base: unknown): fc.Arbitrary<unknown> {
  return fc.array(mutation, { minLength: 1, maxLength: 4 }).map((ms) => applyMutations(base, ms));
}

/** A deterministic permutation of a list, from a seed (xorshift32 + Fisher–Yates). */
export function shuffled<T>(list: readonly T[], seed: number): T[] {
  const out = [...list];
  let state = seed | 0 || 1;
  for (let i = out.length - 1; i > 0; i--) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    const j = (state >>> 0) % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** A deep copy of a JSON value with every array shuffled (seeded). */
export function shuffleEveryList(value: unknown, seed: number): unknown {
  if (Array.isArray(value)) {
    return shuffled(
      value.map((v, i) => shuffleEveryList(v, seed + i + 1)),
      seed,
    );
  }
  if (isContainer(value)) {
    return Object.fromEntries(Object.entries(value).map(([k, v], i) => [k, shuffleEveryList(v, seed * 31 + i)]));
  }
  return value;
}

const CODES = new Set(Object.keys(issueTemplates));

/** Params the library writes itself (catalogues, type names), which are never cut. */
const LIBRARY_PARAMS = new Set(['known', 'allowed', 'expected', 'received']);

/** What is too long in an issue: a param that repeats input beyond MAX_ECHO_LENGTH, an overlong message. */
export function echoProblems(issue: Issue): string[] {
  const problems: string[] = [];
  for (const [name, value] of Object.entries(issue.params)) {
    if (typeof value === 'string' && !LIBRARY_PARAMS.has(name) && value.length > MAX_ECHO_LENGTH + 1)
      problems.push(`${issue.code}: param ${name} repeats ${value.length} characters of input`);
  }
  for (const lang of ['zh', 'en'] as const) {
    if (issue.message[lang].length > 2000)
      problems.push(`${issue.code}: ${lang} message of ${issue.message[lang].length}`);
  }
  return problems;
}

/** What is wrong with one issue: it needs a catalogued code, a JSON path, zh and en messages. */
export function issueProblems(issue: Issue): string[] {
  const problems: string[] = [];
  if (typeof issue.code !== 'string' || !CODES.has(issue.code)) problems.push(`uncatalogued code ${issue.code}`);
  if (!Array.isArray(issue.path) || !issue.path.every((k) => typeof k === 'string' || typeof k === 'number'))
    problems.push(`bad path ${JSON.stringify(issue.path)}`);
  if (!(issue.message.zh.length > 0 && issue.message.en.length > 0)) problems.push(`${issue.code}: empty message`);
  problems.push(...echoProblems(issue));
  return problems;
}

/** Checks one issue: a catalogued code, a JSON path, non-empty zh and en messages. */
export function expectWellFormedIssue(issue: Issue): void {
  expect(issueProblems(issue)).toEqual([]);
}

/** Checks the shape of a parse result: a value and no issues, or no value and coded issues. */
export function expectParseResult(result: { ok: boolean; value?: unknown; issues: readonly Issue[] }): void {
  const problems: string[] = [];
  if (result.ok) {
    if (result.value === undefined) problems.push('ok without a value');
    if (result.issues.length > 0) problems.push('ok with issues');
  } else {
    if (result.issues.length === 0) problems.push('failed without issues');
    for (const issue of result.issues) problems.push(...issueProblems(issue));
  }
  expect(problems).toEqual([]);
}
