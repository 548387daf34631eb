/**
 * Static checks of condition trees and the substitution of `{ "$param": name }` references. A
 * condition is data: it names a fact from the catalogue, an operator from the operator table and
 * a safe path; nothing in it is ever evaluated as code.
 */
import type { FactContext } from '../engine/facts/fact.js';
import { FACTS } from '../engine/facts/index.js';
import { OPERATORS } from '../engine/operators.js';
import { pathProblem } from '../engine/path.js';
import { type Issue, makeIssue } from '../issues/issue.js';
import { fromZodIssues } from '../issues/zod-issues.js';
import { closestName } from '../util/closest.js';
import { countJsonValues } from '../util/json-guard.js';
import type { Condition, FactReference } from './schema.js';

type Path = Array<string | number>;

/** Limits on condition trees. */
export const CONDITION_LIMITS = { depth: 12, children: 100, valueItems: 1000 } as const;

/**
 * The most JSON values (objects, arrays, scalars) the items of a resolved ruleset may hold in
 * their scoring, conditions and applicability once every `$param` is substituted. A param is
 * copied wherever it is referenced, and every result repeats the fact params and values of each
 * condition in its trace, so this bounds both the ruleset and each result.
 */
export const MAX_RESOLVED_VALUES = 100_000;

/**
 * What is left of {@link MAX_RESOLVED_VALUES} while a ruleset is resolved: every substituted
 * value is charged to it, a param by its size at each reference.
 *
 * @example
 * ```ts
 * const budget = new ValueBudget();
 * substituteParams(item.conditions, params, ['items', 0, 'conditions'], issues, budget);
 * budget.exhausted; // true when the ruleset grew past the limit (an issue says where)
 * ```
 */
export class ValueBudget {
  private left: number;
  private readonly sizes = new Map<string, number>();
  /** Whether a charge did not fit: nothing more is substituted. */
  exhausted = false;

  constructor(readonly limit: number = MAX_RESOLVED_VALUES) {
    this.left = limit;
  }

  /** Takes `count` values from the budget; false (and exhausted from then on) when they do not fit. */
  charge(count: number): boolean {
    if (this.exhausted || count > this.left) {
      this.exhausted = true;
      return false;
    }
    this.left -= count;
    return true;
  }

  /** The number of JSON values of a param (counted once per name, no further than the limit). */
  sizeOf(name: string, value: unknown): number {
    let size = this.sizes.get(name);
    if (size === undefined) {
      size = countJsonValues(value, this.limit);
      this.sizes.set(name, size);
    }
    return size;
  }
}

const LEAF_KEYS = new Set(['fact', 'params', 'path', 'operator', 'value', 'name']);

function isParamRef(value: unknown): value is { $param: string } {
  return (
    value !== null &&
    typeof value === 'object' &&
    !Array.isArray(value) &&
    Object.keys(value).length === 1 &&
    typeof (value as { $param?: unknown }).$param === 'string'
  );
}

const pathKey = (path: ReadonlyArray<string | number>) => JSON.stringify(path);

/**
 * Where `{ "$param": name }` references were substituted and which params they named, so that a
 * problem with a param's value is reported once, at the param, rather than at every use.
 *
 * @example
 * ```ts
 * const uses = new ParamUses();
 * substituteParams(conditions, params, ['items', 3, 'conditions'], issues, uses);
 * uses.names.has('monthEndDays'); // true when a condition used it
 * ```
 */
export class ParamUses {
  /** Every param some `$param` named. */
  readonly names = new Set<string>();
  private readonly at = new Map<string, string>();

  /** Records that the value at `path` came from param `name`. */
  add(path: ReadonlyArray<string | number>, name: string): void {
    this.names.add(name);
    this.at.set(pathKey(path), name);
  }

  private readonly unresolved = new Set<string>();

  /** Records that the `$param` at `path` names no param (it was reported there). */
  fail(path: ReadonlyArray<string | number>): void {
    this.unresolved.add(pathKey(path));
  }

  /**
   * The issue re-addressed to `params.<name>…` when it lies inside a substituted value; null when it
   * only follows from a `$param` that names no param (that one problem is reported already); else
   * the issue as is.
   */
  relocate(issue: Issue): Issue | null {
    for (let n = issue.path.length; n > 0; n--) {
      const key = pathKey(issue.path.slice(0, n));
      const name = this.at.get(key);
      if (name !== undefined) return { ...issue, path: ['params', name, ...issue.path.slice(n)] };
      if (this.unresolved.has(key) && issue.code !== 'unknown-param') return null;
    }
    return issue;
  }
}

/**
 * Replaces every `{ "$param": name }` in a JSON value by the param's value; names that are not
 * defined are reported (with a did-you-mean) and left in place. Every value of the result is
 * charged to `budget`: the reference whose param does not fit is reported
 * (`param-expansion-too-large`), as is a literal value that does not (`ruleset-too-large`), and
 * from then on nothing more is substituted. `uses` records where each substitution happened.
 *
 * @example
 * ```ts
 * substituteParams({ days: { $param: 'reminderDays' } }, { reminderDays: 30 }, [], []); // { days: 30 }
 * ```
 */
export function substituteParams(
  value: unknown,
  params: Readonly<Record<string, unknown>>,
  path: Path,
  issues: Issue[],
  budget: ValueBudget = new ValueBudget(),
  uses?: ParamUses,
): unknown {
  if (budget.exhausted) return value;
  if (isParamRef(value)) {
    const name = value.$param;
    if (!Object.hasOwn(params, name)) {
      const suggestion = closestName(name, Object.keys(params));
      issues.push(makeIssue('unknown-param', [...path, '$param'], { name, ...(suggestion ? { suggestion } : {}) }));
      uses?.fail(path);
      return value;
    }
    if (!budget.charge(budget.sizeOf(name, params[name]))) {
      issues.push(makeIssue('param-expansion-too-large', [...path, '$param'], { name, limit: budget.limit }));
      return value;
    }
    uses?.add(path, name);
    return params[name];
  }
  if (!budget.charge(1)) {
    issues.push(makeIssue('ruleset-too-large', path, { limit: budget.limit }));
    return value;
  }
  if (Array.isArray(value)) return value.map((v, i) => substituteParams(v, params, [...path, i], issues, budget, uses));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value)) {
      out[key] = substituteParams(v, params, [...path, key], issues, budget, uses);
    }
    return out;
  }
  return value;
}

function checkForbiddenKeys(value: unknown, path: Path, issues: Issue[], depth = 0): void {
  if (value === null || typeof value !== 'object') return;
  if (depth > CONDITION_LIMITS.depth * 2) {
    issues.push(makeIssue('condition-too-deep', path, { limit: CONDITION_LIMITS.depth }));
    return;
  }
  if (Array.isArray(value)) {
    if (value.length > CONDITION_LIMITS.valueItems) {
      issues.push(makeIssue('value-too-large', path, { limit: CONDITION_LIMITS.valueItems }));
      return;
    }
    value.forEach((v, i) => checkForbiddenKeys(v, [...path, i], issues, depth + 1));
    return;
  }
  for (const key of Object.keys(value)) {
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') {
      issues.push(makeIssue('forbidden-key', [...path, key], { key }));
    } else checkForbiddenKeys((value as Record<string, unknown>)[key], [...path, key], issues, depth + 1);
  }
}

/**
 * Checks a fact reference (in a condition leaf or a scoring rule) after params are substituted:
 * the fact exists, its params match its schema, the path is safe.
 */
export function checkFactReference(
  ref: FactReference | Record<string, unknown>,
  path: Path,
  issues: Issue[],
  context: FactContext,
): void {
  const fact = FACTS.get(ref.fact as string);
  if (!fact) {
    const suggestion = closestName(String(ref.fact), FACTS.keys());
    issues.push(
      makeIssue('unknown-fact', [...path, 'fact'], {
        name: String(ref.fact),
        known: [...FACTS.keys()].join(', '),
        ...(suggestion ? { suggestion } : {}),
      }),
    );
  } else {
    const parsed = fact.params.safeParse(ref.params ?? {}, { reportInput: true });
    if (!parsed.success) issues.push(...fromZodIssues(parsed.error.issues, [...path, 'params']));
    else if (fact.check) {
      for (const issue of fact.check(parsed.data, context))
        issues.push({ ...issue, path: [...path, 'params', ...issue.path] });
    }
  }
  if (ref.path !== undefined) {
    if (typeof ref.path !== 'string')
      issues.push(makeIssue('invalid-type', [...path, 'path'], { expected: 'string', received: typeof ref.path }));
    else {
      const problem = pathProblem(ref.path);
      if (problem) issues.push(makeIssue('invalid-path', [...path, 'path'], { path: ref.path, problem }));
    }
  }
}

/**
 * Every problem in a condition tree whose params are already substituted: its shape, unknown
 * facts or operators, fact params that do not match the fact, unsafe paths, forbidden keys,
 * depth and size limits.
 *
 * @example
 * ```ts
 * checkCondition({ all: [{ fact: 'nope', operator: 'equal', value: 1 }] }, ['items', 0, 'conditions'], context);
 * // [{ code: 'unknown-fact', path: ['items', 0, 'conditions', 'all', 0, 'fact'], … }]
 * ```
 */
export function checkCondition(node: unknown, path: Path, context: FactContext, depth = 0): Issue[] {
  const issues: Issue[] = [];
  if (depth > CONDITION_LIMITS.depth) return [makeIssue('condition-too-deep', path, { limit: CONDITION_LIMITS.depth })];
  if (node === null || typeof node !== 'object' || Array.isArray(node)) {
    return [makeIssue('invalid-condition', path, { detail: 'a condition is an object' })];
  }
  const keys = Object.keys(node);
  const booleans = keys.filter((k) => k === 'all' || k === 'any' || k === 'not');
  const record = node as Record<string, unknown>;
  if (booleans.length > 1) return [makeIssue('invalid-condition', path, { detail: 'use one of all / any / not' })];
  if (booleans.length === 1) {
    const op = booleans[0] as 'all' | 'any' | 'not';
    for (const key of keys) {
      if (key !== op && key !== 'name') issues.push(makeIssue('unknown-field', [...path, key], { field: key }));
    }
    const children = record[op];
    if (op === 'not') {
      if (Array.isArray(children))
        issues.push(
          makeIssue('invalid-condition', [...path, op], { detail: '"not" takes one condition, not an array' }),
        );
      else issues.push(...checkCondition(children, [...path, op], context, depth + 1));
    } else if (!Array.isArray(children)) {
      issues.push(makeIssue('invalid-condition', [...path, op], { detail: `"${op}" takes an array` }));
    } else if (children.length > CONDITION_LIMITS.children) {
      issues.push(makeIssue('value-too-large', [...path, op], { limit: CONDITION_LIMITS.children }));
    } else {
      children.forEach((child, i) => issues.push(...checkCondition(child, [...path, op, i], context, depth + 1)));
    }
    return issues;
  }
  if ('condition' in record) {
    return [
      makeIssue('invalid-condition', [...path, 'condition'], {
        detail: 'shared condition references are not supported',
      }),
    ];
  }
  for (const key of keys) {
    if (!LEAF_KEYS.has(key)) issues.push(makeIssue('unknown-field', [...path, key], { field: key }));
  }
  for (const required of ['fact', 'operator', 'value'] as const) {
    if (!Object.hasOwn(record, required)) issues.push(makeIssue('missing-field', [...path, required]));
  }
  if (typeof record.operator === 'string' && !OPERATORS.has(record.operator)) {
    issues.push(
      makeIssue('unknown-operator', [...path, 'operator'], {
        name: record.operator,
        known: [...OPERATORS.keys()].join(', '),
      }),
    );
  } else if (Object.hasOwn(record, 'operator') && typeof record.operator !== 'string') {
    issues.push(
      makeIssue('invalid-type', [...path, 'operator'], { expected: 'string', received: typeof record.operator }),
    );
  }
  if (Object.hasOwn(record, 'fact')) {
    if (typeof record.fact !== 'string')
      issues.push(makeIssue('invalid-type', [...path, 'fact'], { expected: 'string', received: typeof record.fact }));
    else checkFactReference(record as unknown as FactReference, path, issues, context);
  }
  const value = record.value;
  if (value !== null && typeof value === 'object' && !Array.isArray(value) && Object.hasOwn(value, 'fact')) {
    issues.push(
      makeIssue('invalid-condition', [...path, 'value'], { detail: 'comparing with another fact is not supported' }),
    );
  }
  checkForbiddenKeys(record.params, [...path, 'params'], issues);
  checkForbiddenKeys(value, [...path, 'value'], issues);
  if (record.name !== undefined && typeof record.name !== 'string') {
    issues.push(makeIssue('invalid-type', [...path, 'name'], { expected: 'string', received: typeof record.name }));
  }
  return issues;
}

/** The leaf conditions of a tree, in document order. */
export function leavesOf(node: Condition): LeafConditionList {
  if ('all' in node) return node.all.flatMap(leavesOf);
  if ('any' in node) return node.any.flatMap(leavesOf);
  if ('not' in node) return leavesOf(node.not);
  return [node];
}

type LeafConditionList = Array<Extract<Condition, { fact: string }>>;
