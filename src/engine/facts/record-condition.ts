/**
 * Conditions on the fields of one record (`where` in the generic facts): which records of a kind
 * count, e.g. a safety training with at least 5 attendees. The same tree syntax as item
 * conditions (`all` / `any` / `not`), with leaves `{ field, operator, value }` compared by the
 * library's operator table. Checked against the kind's fields when a ruleset is loaded; evaluated
 * by a function compiled once per condition.
 */
import type { FieldInfo, RecordKindInfo } from '../../facts/kinds/describe.js';
import { type Issue, makeIssue } from '../../issues/issue.js';
import { closestName } from '../../util/closest.js';
import { applyOperator, OPERATORS } from '../operators.js';

/**
 * A condition on a record's fields.
 *
 * @example
 * ```ts
 * const where: RecordCondition = { all: [{ field: 'attendees', operator: 'greaterThanInclusive', value: 5 }] };
 * ```
 */
export type RecordCondition =
  | { readonly all: readonly RecordCondition[] }
  | { readonly any: readonly RecordCondition[] }
  | { readonly not: RecordCondition }
  | { readonly field: string; readonly operator: string; readonly value: unknown };

/** Limits of a record condition. */
export const RECORD_CONDITION_LIMITS = { depth: 6, children: 50 } as const;

type Path = Array<string | number>;
type Fields = Readonly<Record<string, unknown>>;

const NUMERIC = new Set(['lessThan', 'lessThanInclusive', 'greaterThan', 'greaterThanInclusive']);
const LISTS = new Set(['refs', 'texts', 'enums', 'entries']);
const STRINGS = new Set(['text', 'ref', 'date', 'date-time', 'enum']);

function isObject(value: unknown): value is Fields {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** The JSON type of a field's single values. */
function scalarType(field: FieldInfo): 'string' | 'number' | 'boolean' | null {
  if (STRINGS.has(field.type)) return 'string';
  if (field.type === 'number' || field.type === 'count') return 'number';
  if (field.type === 'boolean') return 'boolean';
  if (field.type === 'refs' || field.type === 'texts' || field.type === 'enums') return 'string';
  return null;
}

/** Why a value does not fit a field (a scalar compared with it), or null. */
function scalarProblem(field: FieldInfo, value: unknown): string | null {
  const type = scalarType(field);
  if (type === null || typeof value !== type) return `the value must be a ${type ?? 'list'}`;
  if (field.values && !field.values.some((v) => v.value === value))
    return `"${String(value)}" is not one of ${field.values.map((v) => v.value).join(', ')}`;
  return null;
}

/** Why an operator and value do not fit a field, or null. */
function leafProblem(field: FieldInfo, operator: string, value: unknown): string | null {
  const list = LISTS.has(field.type);
  if (operator === 'isEmpty') return typeof value === 'boolean' ? null : 'isEmpty takes true or false';
  if (NUMERIC.has(operator)) {
    if (field.type !== 'number' && field.type !== 'count') return `${operator} compares numbers`;
    return typeof value === 'number' ? null : 'the value must be a number';
  }
  if (operator === 'sizeAtLeast' || operator === 'sizeAtMost') {
    if (!list && field.type !== 'text') return `${operator} measures lists and texts`;
    return typeof value === 'number' ? null : 'the value must be a number';
  }
  if (operator === 'contains' || operator === 'doesNotContain') {
    return list ? scalarProblem(field, value) : `${operator} looks into lists`;
  }
  if (operator === 'containsAll') {
    if (!list) return 'containsAll looks into lists';
    if (!Array.isArray(value)) return 'the value must be a list';
    for (const item of value) {
      const problem = scalarProblem(field, item);
      if (problem) return problem;
    }
    return null;
  }
  if (list) return `${operator} compares single values; use contains, containsAll, sizeAtLeast or isEmpty`;
  if (operator === 'in' || operator === 'notIn') {
    if (!Array.isArray(value)) return 'the value must be a list';
    for (const item of value) {
      const problem = scalarProblem(field, item);
      if (problem) return problem;
    }
    return null;
  }
  return scalarProblem(field, value);
}

function checkLeaf(node: Fields, kind: RecordKindInfo, path: Path, issues: Issue[]): void {
  for (const key of Object.keys(node)) {
    if (key !== 'field' && key !== 'operator' && key !== 'value')
      issues.push(makeIssue('unknown-field', [...path, key], { field: key }));
  }
  const { field: name, operator } = node;
  if (typeof name !== 'string') {
    issues.push(makeIssue('missing-field', [...path, 'field']));
    return;
  }
  const field = kind.fields.find((f) => f.name === name);
  if (!field) {
    const known = kind.fields.map((f) => f.name);
    const suggestion = closestName(name, known);
    issues.push(
      makeIssue('unknown-record-field', [...path, 'field'], {
        kind: kind.name,
        field: name,
        known: known.join(', '),
        ...(suggestion ? { suggestion } : {}),
      }),
    );
    return;
  }
  if (typeof operator !== 'string' || !OPERATORS.has(operator)) {
    issues.push(
      makeIssue('unknown-operator', [...path, 'operator'], {
        name: String(operator),
        known: [...OPERATORS.keys()].join(', '),
      }),
    );
    return;
  }
  if (!Object.hasOwn(node, 'value')) {
    issues.push(makeIssue('missing-field', [...path, 'value']));
    return;
  }
  const problem = leafProblem(field, operator, node.value);
  if (problem)
    issues.push(
      makeIssue('field-type-mismatch', [...path, 'value'], { field: name, type: field.type, detail: problem }),
    );
}

/**
 * Every problem of a record condition for records of `kind`: its shape, unknown fields (with a
 * did-you-mean), unknown operators, operators or values that do not fit the field's type.
 *
 * @example
 * ```ts
 * checkRecordCondition({ field: 'attendee', operator: 'greaterThan', value: 4 }, kind, ['where']);
 * // [{ code: 'unknown-record-field', … 'Did you mean "attendees"?' }]
 * ```
 */
export function checkRecordCondition(node: unknown, kind: RecordKindInfo, path: Path, depth = 0): Issue[] {
  if (depth > RECORD_CONDITION_LIMITS.depth)
    return [makeIssue('condition-too-deep', path, { limit: RECORD_CONDITION_LIMITS.depth })];
  if (!isObject(node)) return [makeIssue('invalid-condition', path, { detail: 'a condition is an object' })];
  const issues: Issue[] = [];
  const booleans = ['all', 'any', 'not'].filter((key) => Object.hasOwn(node, key));
  if (booleans.length > 1) return [makeIssue('invalid-condition', path, { detail: 'use one of all / any / not' })];
  const op = booleans[0];
  if (op === undefined) {
    checkLeaf(node, kind, path, issues);
    return issues;
  }
  for (const key of Object.keys(node))
    if (key !== op) issues.push(makeIssue('unknown-field', [...path, key], { field: key }));
  const children = node[op];
  if (op === 'not') return [...issues, ...checkRecordCondition(children, kind, [...path, op], depth + 1)];
  if (!Array.isArray(children))
    return [...issues, makeIssue('invalid-condition', [...path, op], { detail: `"${op}" takes an array` })];
  if (children.length > RECORD_CONDITION_LIMITS.children)
    return [...issues, makeIssue('value-too-large', [...path, op], { limit: RECORD_CONDITION_LIMITS.children })];
  children.forEach((child, i) => issues.push(...checkRecordCondition(child, kind, [...path, op, i], depth + 1)));
  return issues;
}

/** A record condition compiled to a test of one record. */
export type RecordTest = (record: Fields) => boolean;

function compile(node: RecordCondition): RecordTest {
  if ('all' in node) {
    const tests = node.all.map(compile);
    return (record) => tests.every((test) => test(record));
  }
  if ('any' in node) {
    const tests = node.any.map(compile);
    return (record) => tests.length === 0 || tests.some((test) => test(record));
  }
  if ('not' in node) {
    const test = compile(node.not);
    return (record) => !test(record);
  }
  const operator = OPERATORS.get(node.operator);
  if (!operator) throw new Error(`Unknown operator ${node.operator} (the ruleset was not validated)`);
  const { field, value } = node;
  return (record) => applyOperator(operator, Object.hasOwn(record, field) ? record[field] : undefined, value);
}

const compiled = new WeakMap<RecordCondition, RecordTest>();

/**
 * The test of a checked record condition (compiled once per condition object).
 *
 * @example
 * ```ts
 * recordTest({ field: 'attendees', operator: 'greaterThanInclusive', value: 5 })({ attendees: 6 }); // true
 * ```
 */
export function recordTest(node: RecordCondition): RecordTest {
  let test = compiled.get(node);
  if (test === undefined) {
    test = compile(node);
    compiled.set(node, test);
  }
  return test;
}

/**
 * The record kind named by a fact's params, or an `unknown-kind` issue (with a did-you-mean) at
 * `path`.
 *
 * @example
 * ```ts
 * const found = kindNamed('safetyTraining', context.kinds, ['kind']);
 * ```
 */
export function kindNamed(
  name: string,
  kinds: ReadonlyMap<string, RecordKindInfo>,
  path: Path,
): { kind: RecordKindInfo } | { issue: Issue } {
  const kind = kinds.get(name);
  if (kind) return { kind };
  const suggestion = closestName(name, kinds.keys());
  return {
    issue: makeIssue('unknown-kind', path, {
      kind: name,
      known: [...kinds.keys()].join(', '),
      ...(suggestion ? { suggestion } : {}),
    }),
  };
}
