/**
 * Turns a complete ruleset document (a base, or a base with variants merged in) into a
 * {@link Ruleset}: params substituted, every static check run, each item also accepted by
 * json-rules-engine's `Rule`, and a hash of the canonical resolved content.
 */
import { Rule } from 'json-rules-engine';
import type { FactContext } from '../engine/facts/fact.js';
import type { RecordKindDeclaration } from '../facts/kinds/declaration.js';
import type { RecordKindInfo } from '../facts/kinds/describe.js';
import { type Issue, makeIssue } from '../issues/issue.js';
import { ScoreSum } from '../scoring/exact.js';
import type { Grade, Part, RulesetLink, Section } from '../types/generated.js';
import { hashJson } from '../util/canonical-json.js';
import { closestName } from '../util/closest.js';
import { deepFreeze } from '../util/deep-freeze.js';
import { checkCondition, checkFactReference, ParamUses, substituteParams, ValueBudget } from './conditions.js';
import { checkRecordKinds, recordKindInfos } from './kinds.js';
import type { BaseRuleset, Condition, Item, Localized, Scoring } from './schema.js';
import type { RulesetOrigins } from './traced.js';

export type { RulesetLink };

/**
 * An item ready to evaluate: params substituted, part known.
 *
 * @category Rulesets and variants
 * @example
 * ```ts
 * const item: ResolvedItem | undefined = baseRuleset().items.find((i) => i.id === 'staffing');
 * item?.scoring; // { mode: 'deduct-per-failure', deduct: 3, floor: 0, failures: … }
 * ```
 */
export interface ResolvedItem extends Omit<Item, 'conditions' | 'applicability' | 'scoring'> {
  readonly part: string;
  readonly scoring: Scoring;
  readonly conditions?: Condition;
  readonly applicability?: Condition;
  /** The ruleset (base or variant id) that last defined or changed this item. */
  readonly origin: string;
}

/**
 * A loaded, validated ruleset, deeply frozen. Build one with `loadRuleset` or use `baseRuleset()`.
 *
 * @category Rulesets and variants
 * @example
 * ```ts
 * const ruleset = baseRuleset();
 * ruleset.items.length; // 28
 * ruleset.hash; // 'sha256:…'
 * ```
 */
export interface Ruleset {
  readonly id: string;
  readonly version: string;
  readonly title: Localized;
  readonly chain: readonly RulesetLink[];
  /** The hash of the resolved content: any change, wording included, changes it. */
  readonly hash: string;
  /**
   * The hash of what decides scores: the content without titles, requirement and check texts,
   * advice, descriptions and labels. Results with equal scoring hashes are comparable.
   */
  readonly scoringHash: string;
  readonly params: Readonly<Record<string, unknown>>;
  readonly parts: readonly Part[];
  readonly sections: readonly Section[];
  readonly grades: readonly Grade[];
  readonly items: readonly ResolvedItem[];
  /** The record kinds the ruleset's documents declare, as written (the facts schema is built from them). */
  readonly declaredKinds: Readonly<Record<string, RecordKindDeclaration>>;
  /** Every record kind facts may carry: the standard's built-in kinds, then the declared ones. */
  readonly recordKinds: readonly RecordKindInfo[];
  /** Per param, the ruleset (base or variant id) that set its value. */
  readonly paramOrigins: Readonly<Record<string, string>>;
}

type Path = Array<string | number>;

function checkScoring(scoring: Scoring, path: Path, issues: Issue[], context: FactContext): void {
  if (scoring.mode === 'deduct-per-failure' && scoring.failures !== 'failed-conditions') {
    checkFactReference(scoring.failures, [...path, 'failures'], issues, context);
  }
  if (scoring.mode === 'deduct-per-occurrence')
    checkFactReference(scoring.occurrences, [...path, 'occurrences'], issues, context);
}

function checkEngineAccepts(item: ResolvedItem, path: Path, issues: Issue[]): void {
  for (const key of ['conditions', 'applicability'] as const) {
    const conditions = item[key];
    if (!conditions) continue;
    try {
      new Rule({ conditions: conditions as never, event: { type: item.id }, name: item.id });
    } catch (error) {
      issues.push(
        makeIssue('engine-rejected', [...path, key], {
          detail: error instanceof Error ? error.message : String(error),
        }),
      );
    }
  }
}

/** The exact sum of `points` per `key`. */
function sumBy<T>(list: readonly T[], key: (t: T) => string, points: (t: T) => number): Map<string, number> {
  const sums = new Map<string, ScoreSum>();
  for (const t of list) {
    const sum = sums.get(key(t)) ?? new ScoreSum();
    sum.add(points(t));
    sums.set(key(t), sum);
  }
  return new Map([...sums].map(([id, sum]) => [id, sum.value]));
}

function checkTotals(doc: BaseRuleset, items: readonly ResolvedItem[], issues: Issue[]): void {
  const itemSums = sumBy(
    items,
    (i) => i.section,
    (i) => i.points,
  );
  doc.sections.forEach((section, i) => {
    const sum = itemSums.get(section.id) ?? 0;
    if (sum !== section.points) {
      issues.push(
        makeIssue('points-mismatch', ['sections', i, 'points'], {
          what: 'section',
          id: section.id,
          declared: section.points,
          sum,
        }),
      );
    }
  });
  const sectionSums = sumBy(
    doc.sections,
    (s) => s.part,
    (s) => s.points,
  );
  doc.parts.forEach((part, i) => {
    const sum = sectionSums.get(part.id) ?? 0;
    if (sum !== part.points) {
      issues.push(
        makeIssue('points-mismatch', ['parts', i, 'points'], { what: 'part', id: part.id, declared: part.points, sum }),
      );
    }
  });
}

function checkGrades(doc: BaseRuleset, issues: Issue[]): void {
  const [a, b, c] = doc.grades;
  const ordered =
    a?.id === 'excellent' &&
    b?.id === 'qualified' &&
    c?.id === 'unqualified' &&
    a.min !== null &&
    b.min !== null &&
    c.min === null &&
    a.min > b.min;
  if (!ordered) issues.push(makeIssue('grades-not-ordered', ['grades']));
}

type Content = {
  readonly params: unknown;
  readonly recordKinds?: Readonly<Record<string, unknown>>;
  readonly parts: ReadonlyArray<Record<string, unknown>>;
  readonly sections: ReadonlyArray<Record<string, unknown>>;
  readonly grades: ReadonlyArray<Record<string, unknown>>;
  readonly items: ReadonlyArray<Record<string, unknown>>;
};

/** An entry without the fields that only word it. */
function unworded<T extends Record<string, unknown>>(entry: T, wording: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(entry)) if (!wording.includes(key)) out[key] = value;
  return out;
}

const TEXT = ['title', 'description'] as const;

/** A declared kind without its wording: field types, bounds, references and enum values stay. */
function unwordedKind(kind: RecordKindDeclaration): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const [name, field] of Object.entries(kind.fields)) {
    const bare = unworded(field, TEXT);
    fields[name] = 'values' in field ? { ...bare, values: Object.keys(field.values) } : bare;
  }
  return { fields };
}

/**
 * What decides scores in a ruleset's content: everything but the wording (titles, requirement and
 * check texts, advice, descriptions, grade labels, record kind and field titles, enum labels).
 */
function scoringContentOf(content: Content): Content {
  const kinds = content.recordKinds as Readonly<Record<string, RecordKindDeclaration>> | undefined;
  return {
    params: content.params,
    ...(kinds === undefined
      ? {}
      : { recordKinds: Object.fromEntries(Object.entries(kinds).map(([name, kind]) => [name, unwordedKind(kind)])) }),
    parts: content.parts.map((part) => unworded(part, TEXT)),
    sections: content.sections.map((section) => unworded(section, TEXT)),
    grades: content.grades.map((grade) => unworded(grade, ['label'])),
    items: content.items.map((item) => unworded(item, ['title', 'requirement', 'check', 'advice'])),
  };
}

/** Options of {@link finalizeRuleset}. */
export interface FinalizeOptions {
  /**
   * Params the last variant introduced (not params of the ruleset it extends): each must be used
   * by a `$param`, else it is a typo (`unused-param`, with a did-you-mean).
   */
  readonly newParams?: Iterable<string>;
}

/** The issues without repeats (a bad param value used in several places is one problem). */
function onceEach(issues: readonly Issue[]): Issue[] {
  const seen = new Set<string>();
  return issues.filter((issue) => {
    const key = `${issue.code}\u0000${JSON.stringify(issue.path)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function findDuplicates(ids: readonly string[], path: (i: number) => Path, issues: Issue[]): void {
  const seen = new Map<string, number>();
  ids.forEach((id, i) => {
    const first = seen.get(id);
    if (first !== undefined) issues.push(makeIssue('duplicate-id', path(i), { id, first: String(first) }));
    else seen.set(id, i);
  });
}

/**
 * Resolves and checks a complete ruleset document. `origins` names, per item id, the ruleset
 * that last defined it (the base id when absent); `chain` is stamped on every result.
 *
 * @example
 * ```ts
 * const done = finalizeRuleset(doc, [{ id: doc.id, version: doc.version }]);
 * if (done.ok) evaluate(facts, { ruleset: done.value });
 * ```
 */
export function finalizeRuleset(
  doc: BaseRuleset,
  chain: readonly RulesetLink[],
  origins: Partial<RulesetOrigins> = {},
  options: FinalizeOptions = {},
): { ok: true; value: Ruleset } | { ok: false; issues: Issue[] } {
  const issues: Issue[] = checkRecordKinds(doc.recordKinds);
  const baseId = chain[0]?.id ?? doc.id;
  const originOf = (which: keyof RulesetOrigins, name: string) => origins[which]?.get(name) ?? baseId;
  const declaredBy = new Map(Object.keys(doc.recordKinds).map((kind) => [kind, originOf('kinds', kind)]));
  const recordKinds = recordKindInfos(doc.recordKinds, declaredBy);
  const context: FactContext = { kinds: new Map(recordKinds.map((kind) => [kind.name, kind])) };
  const sections = new Map(doc.sections.map((s) => [s.id, s]));
  const parts = new Map(doc.parts.map((p) => [p.id, p]));
  findDuplicates(
    doc.items.map((i) => i.id),
    (i) => ['items', i, 'id'],
    issues,
  );
  findDuplicates(
    doc.sections.map((s) => s.id),
    (i) => ['sections', i, 'id'],
    issues,
  );
  findDuplicates(
    doc.parts.map((p) => p.id),
    (i) => ['parts', i, 'id'],
    issues,
  );
  doc.sections.forEach((s, i) => {
    if (!parts.has(s.part)) issues.push(makeIssue('unknown-part', ['sections', i, 'part'], { id: s.part }));
  });
  checkGrades(doc, issues);
  const budget = new ValueBudget();

  const uses = new ParamUses();
  const items: ResolvedItem[] = doc.items.map((item, index) => {
    const path: Path = ['items', index];
    const section = sections.get(item.section);
    if (!section) issues.push(makeIssue('unknown-section', [...path, 'section'], { id: item.section }));
    const part = section?.part ?? '';
    const partKind = parts.get(part)?.kind;
    const substitute = <T>(value: T, key: string): T =>
      substituteParams(value, doc.params, [...path, key], issues, budget, uses) as T;
    const scoring = substitute(item.scoring, 'scoring');
    const conditions = item.conditions === undefined ? undefined : substitute(item.conditions, 'conditions');
    const applicability =
      item.applicability === undefined ? undefined : substitute(item.applicability, 'applicability');
    // Past the budget the parts are left unsubstituted: checking them would only add noise.
    if (budget.exhausted) return { ...item, part, origin: '' } as unknown as ResolvedItem;
    const expert = scoring.mode === 'expert';
    if (!expert && conditions === undefined) issues.push(makeIssue('missing-conditions', [...path, 'conditions']));
    if (expert && conditions !== undefined) issues.push(makeIssue('unexpected-conditions', [...path, 'conditions']));
    if (conditions !== undefined) issues.push(...checkCondition(conditions, [...path, 'conditions'], context));
    if (applicability !== undefined) issues.push(...checkCondition(applicability, [...path, 'applicability'], context));
    checkScoring(scoring, [...path, 'scoring'], issues, context);
    if (partKind === 'base' && scoring.mode === 'bonus')
      issues.push(makeIssue('bonus-outside-bonus-part', [...path, 'scoring', 'mode'], { id: item.id }));
    if (partKind === 'bonus' && scoring.mode !== 'bonus' && scoring.mode !== 'expert') {
      issues.push(makeIssue('scored-item-in-bonus-part', [...path, 'scoring', 'mode'], { id: item.id }));
    }
    const { conditions: _c, applicability: _a, ...rest } = item;
    const resolved: ResolvedItem = {
      ...rest,
      part,
      scoring,
      ...(conditions === undefined ? {} : { conditions }),
      ...(applicability === undefined ? {} : { applicability }),
      origin: originOf('items', item.id),
    };
    return resolved;
  });
  if (budget.exhausted) return { ok: false, issues };
  checkTotals(doc, items, issues);
  for (const name of options.newParams ?? []) {
    if (uses.names.has(name)) continue;
    const suggestion = closestName(
      name,
      Object.keys(doc.params).filter((known) => known !== name),
    );
    issues.push(makeIssue('unused-param', ['params', name], { name, ...(suggestion ? { suggestion } : {}) }));
  }
  if (issues.length === 0) items.forEach((item, i) => checkEngineAccepts(item, ['items', i], issues));
  if (issues.length > 0) {
    const relocated = issues.map((issue) => uses.relocate(issue)).filter((issue) => issue !== null);
    return { ok: false, issues: onceEach(relocated) };
  }

  const content: Content = {
    params: doc.params,
    // Only when there are any: a ruleset without declared kinds keeps the hash it always had.
    ...(Object.keys(doc.recordKinds).length > 0 ? { recordKinds: doc.recordKinds } : {}),
    parts: doc.parts,
    sections: doc.sections,
    grades: doc.grades,
    items: items.map(({ origin: _origin, ...rest }) => rest),
  };
  // A private copy (values of params and overrides may still be the caller's objects), frozen:
  // evaluation caches what it derives from a ruleset, so a ruleset must never change.
  const ruleset: Ruleset = structuredClone({
    id: doc.id,
    version: doc.version,
    title: doc.title,
    chain,
    hash: hashJson(content),
    scoringHash: hashJson(scoringContentOf(content)),
    params: doc.params,
    parts: doc.parts,
    sections: doc.sections,
    grades: doc.grades,
    items,
    declaredKinds: doc.recordKinds,
    recordKinds,
    paramOrigins: Object.fromEntries(Object.keys(doc.params).map((name) => [name, originOf('params', name)])),
  });
  return { ok: true, value: deepFreeze(ruleset) };
}
