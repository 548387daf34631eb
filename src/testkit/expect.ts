/**
 * Comparing what a test case expects with what the library computed: only the fields the case
 * names, each as one difference (expected vs actual). Lists of buckets and records compare as
 * sets, so their order in the case file does not matter.
 */
import { formatPath, type Issue } from '../issues/issue.js';
import type { EvaluationResult, ItemResult } from '../result/schema.js';
import { canonicalJson } from '../util/canonical-json.js';
import type { Expectation } from './schema.js';

/**
 * One difference between a case's expectation and the outcome.
 *
 * @category Rulesets and variants
 * @example
 * ```ts
 * const difference: TestDifference = { item: 'monthly-safety-training', field: 'score', expected: 0, actual: 2 };
 * ```
 */
export interface TestDifference {
  /** The item compared, or null for `total`, `base`, `bonus`, `grade` and `issues`. */
  readonly item: string | null;
  /** The field compared: `score`, `status`, `missing`, `notCounted`, `failures`, `total`, … or `issues`. */
  readonly field: string;
  readonly expected: unknown;
  readonly actual: unknown;
}

const ITEM_FIELDS = ['score', 'status', 'missing', 'notCounted', 'failures'] as const;
const TOP_FIELDS = ['total', 'base', 'bonus', 'grade'] as const;
const SET_FIELDS = new Set<string>(['missing', 'notCounted']);

/** A list in a canonical order, for comparing as a set. */
function sortedList(list: readonly unknown[]): unknown[] {
  return list
    .map((value) => ({ value, key: canonicalJson(value) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map((entry) => entry.value);
}

function compared(field: string, value: unknown): unknown {
  return SET_FIELDS.has(field) && Array.isArray(value) ? sortedList(value) : value;
}

function differ(item: string | null, field: string, expected: unknown, actual: unknown): TestDifference[] {
  const e = compared(field, expected);
  const a = compared(field, actual);
  return canonicalJson(e) === canonicalJson(a) ? [] : [{ item, field, expected: e, actual: a }];
}

/**
 * The differences between an expectation and a result: the totals and grade named, then each
 * named item in the ruleset's order, field by field.
 *
 * @example
 * ```ts
 * resultDifferences({ items: { 'monthly-liaison': { score: 4 } } }, result);
 * // [] when the item scores 4, else [{ item: 'monthly-liaison', field: 'score', expected: 4, actual: 0 }]
 * ```
 */
export function resultDifferences(expect: Expectation, result: EvaluationResult): TestDifference[] {
  const out: TestDifference[] = [];
  for (const field of TOP_FIELDS) {
    if (expect[field] !== undefined) out.push(...differ(null, field, expect[field], result[field]));
  }
  const items = expect.items ?? {};
  for (const item of result.items) {
    if (!Object.hasOwn(items, item.id)) continue;
    const expected = items[item.id] as NonNullable<Expectation['items']>[string];
    for (const field of ITEM_FIELDS) {
      if (expected[field] !== undefined)
        out.push(...differ(item.id, field, expected[field], item[field] as ItemResult[typeof field]));
    }
  }
  return out;
}

type ExpectedIssue = NonNullable<Expectation['issues']>[number];

/** An issue as a case names it: its code and where, as the command line prints the path. */
export function issueSummary(issue: Issue): { code: string; path: string } {
  return { code: issue.code, path: formatPath(issue.path) };
}

/**
 * Whether the refused input's issues are exactly those expected (in any order; an expected issue
 * without a path matches its code anywhere): no difference, or one listing both sides.
 *
 * @example
 * ```ts
 * issueDifferences([{ code: 'missing-field', path: 'records.safetyTrainings[0].attendees' }], parsed.issues);
 * ```
 */
export function issueDifferences(expected: readonly ExpectedIssue[], actual: readonly Issue[]): TestDifference[] {
  const remaining = actual.map(issueSummary);
  const unmatched: ExpectedIssue[] = [];
  // Issues with a path first, so that one without a path does not take another's match.
  const ordered = [...expected.filter((e) => e.path !== undefined), ...expected.filter((e) => e.path === undefined)];
  for (const want of ordered) {
    const at = remaining.findIndex(
      (got) => got.code === want.code && (want.path === undefined || got.path === want.path),
    );
    if (at < 0) unmatched.push(want);
    else remaining.splice(at, 1);
  }
  if (unmatched.length === 0 && remaining.length === 0) return [];
  return [
    { item: null, field: 'issues', expected: sortedList(expected), actual: sortedList(actual.map(issueSummary)) },
  ];
}
