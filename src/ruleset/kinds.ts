/**
 * The record kinds of a resolved ruleset: the standard's built-in kinds and those the ruleset's
 * documents declare, checked (no collision, no reserved field, references to known targets,
 * sound bounds) and described for everything downstream (facts schema, conditions, reports,
 * spreadsheets).
 */

import { REF_TARGETS } from '../facts/fields.js';
import { BUILT_IN_KIND_NAMES } from '../facts/kinds/builtin.js';
import { declaredKindSchema, type RecordKindDeclaration } from '../facts/kinds/declaration.js';
import { builtInKindInfos, describeKind, type RecordKindInfo } from '../facts/kinds/describe.js';
import { RESERVED_FIELDS } from '../facts/kinds/record.js';
import { type Issue, makeIssue } from '../issues/issue.js';
import { closestName } from '../util/closest.js';

type Path = Array<string | number>;

const BUILT_IN = new Set<string>(BUILT_IN_KIND_NAMES);
const RESERVED_KIND_NAMES = new Set<string>(REF_TARGETS);
const RESERVED = new Set<string>(RESERVED_FIELDS);

function checkField(
  field: RecordKindDeclaration['fields'][string],
  path: Path,
  targets: readonly string[],
  issues: Issue[],
): void {
  if ((field.type === 'ref' || field.type === 'refs') && !targets.includes(field.to)) {
    const suggestion = closestName(field.to, targets);
    issues.push(
      makeIssue('unknown-ref-target', [...path, 'to'], {
        to: field.to,
        known: targets.join(', '),
        ...(suggestion ? { suggestion } : {}),
      }),
    );
  }
  if ((field.type === 'number' || field.type === 'count') && field.min !== undefined && field.max !== undefined) {
    if (field.min > field.max)
      issues.push(makeIssue('invalid-bounds', [...path, 'max'], { min: field.min, max: field.max }));
  }
  if (field.type === 'text' && field.minLength !== undefined && field.maxLength !== undefined) {
    if (field.minLength > field.maxLength) {
      issues.push(makeIssue('invalid-bounds', [...path, 'maxLength'], { min: field.minLength, max: field.maxLength }));
    }
  }
  if (field.type === 'enum' && Object.keys(field.values).length === 0)
    issues.push(makeIssue('too-small', [...path, 'values'], { minimum: '1' }));
}

/**
 * Every problem of the declared kinds of a resolved ruleset: a name taken by a built-in kind or a
 * reference target, a reserved field, a reference to an unknown target, bounds that exclude
 * every value, an enum without values.
 *
 * @example
 * ```ts
 * checkRecordKinds({ liaisons: { title: { zh: '对接' }, fields: {} } });
 * // [{ code: 'duplicate-kind', path: ['recordKinds', 'liaisons'], … }]
 * ```
 */
export function checkRecordKinds(declared: Readonly<Record<string, RecordKindDeclaration>>): Issue[] {
  const issues: Issue[] = [];
  const targets = [...REF_TARGETS, ...BUILT_IN_KIND_NAMES, ...Object.keys(declared)];
  for (const [name, kind] of Object.entries(declared)) {
    const path: Path = ['recordKinds', name];
    if (BUILT_IN.has(name)) issues.push(makeIssue('duplicate-kind', path, { kind: name }));
    else if (RESERVED_KIND_NAMES.has(name)) issues.push(makeIssue('reserved-kind', path, { kind: name }));
    for (const [fieldName, field] of Object.entries(kind.fields)) {
      const fieldPath: Path = [...path, 'fields', fieldName];
      if (RESERVED.has(fieldName)) issues.push(makeIssue('reserved-field', fieldPath, { field: fieldName }));
      checkField(field, fieldPath, targets, issues);
    }
  }
  return issues;
}

/**
 * The descriptions of every record kind of a ruleset: the built-in kinds, then the declared ones
 * (in declaration order), each declared kind credited to the ruleset that declared it.
 *
 * @example
 * ```ts
 * recordKindInfos(doc.recordKinds, new Map([['safetyTrainings', 'jinhua-city']]));
 * ```
 */
export function recordKindInfos(
  declared: Readonly<Record<string, RecordKindDeclaration>>,
  origins: ReadonlyMap<string, string>,
): RecordKindInfo[] {
  const infos = [...builtInKindInfos()];
  for (const [name, kind] of Object.entries(declared)) {
    infos.push(describeKind(name, declaredKindSchema(kind), origins.get(name) ?? 'unknown'));
  }
  return infos;
}
