/**
 * Turns a complete ruleset document (a base, or a base with variants merged in) into a
 * {@link Ruleset}: params substituted, every static check run, each item also accepted by
 * json-rules-engine's `Rule`, and a hash of the canonical resolved content.
 */
import { Rule } from 'json-rules-engine';
import { type Issue, makeIssue } from '../issues/issue.js';
import { ScoreSum } from '../scoring/exact.js';
import { hashJson } from '../util/canonical-json.js';
import { deepFreeze } from '../util/deep-freeze.js';
import { checkCondition, checkFactReference, substituteParams, ValueBudget } from './conditions.js';
import type { BaseRuleset, Condition, GradeId, Item, Localized, Scoring } from './schema.js';

/**
 * Where a ruleset came from: the base and each variant applied, in order.
 *
 * @example
 * ```ts
 * const chain: readonly RulesetLink[] = baseRuleset().chain; // [{ id: 'zj-clean-station', version: '1.0.0' }]
 * ```
 */
export interface RulesetLink {
  readonly id: string;
  readonly version: string;
}

/**
 * An item ready to evaluate: params substituted, part known.
 *
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
  readonly hash: string;
  readonly params: Readonly<Record<string, unknown>>;
  readonly parts: BaseRuleset['parts'];
  readonly sections: BaseRuleset['sections'];
  readonly grades: ReadonlyArray<{ readonly id: GradeId; readonly min: number | null; readonly label: Localized }>;
  readonly items: readonly ResolvedItem[];
}

type Path = Array<string | number>;

function checkScoring(scoring: Scoring, path: Path, issues: Issue[]): void {
  if (scoring.mode === 'deduct-per-failure' && scoring.failures !== 'failed-conditions') {
    checkFactReference(scoring.failures, [...path, 'failures'], issues);
  }
  if (scoring.mode === 'deduct-per-occurrence')
    checkFactReference(scoring.occurrences, [...path, 'occurrences'], issues);
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
  origins: ReadonlyMap<string, string> = new Map(),
): { ok: true; value: Ruleset } | { ok: false; issues: Issue[] } {
  const issues: Issue[] = [];
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

  const items: ResolvedItem[] = doc.items.map((item, index) => {
    const path: Path = ['items', index];
    const section = sections.get(item.section);
    if (!section) issues.push(makeIssue('unknown-section', [...path, 'section'], { id: item.section }));
    const part = section?.part ?? '';
    const partKind = parts.get(part)?.kind;
    const substitute = <T>(value: T, key: string): T =>
      substituteParams(value, doc.params, [...path, key], issues, budget) as T;
    const scoring = substitute(item.scoring, 'scoring');
    const conditions = item.conditions === undefined ? undefined : substitute(item.conditions, 'conditions');
    const applicability =
      item.applicability === undefined ? undefined : substitute(item.applicability, 'applicability');
    // Past the budget the parts are left unsubstituted: checking them would only add noise.
    if (budget.exhausted) return { ...item, part, origin: '' } as unknown as ResolvedItem;
    const expert = scoring.mode === 'expert';
    if (!expert && conditions === undefined) issues.push(makeIssue('missing-conditions', [...path, 'conditions']));
    if (expert && conditions !== undefined) issues.push(makeIssue('unexpected-conditions', [...path, 'conditions']));
    if (conditions !== undefined) issues.push(...checkCondition(conditions, [...path, 'conditions']));
    if (applicability !== undefined) issues.push(...checkCondition(applicability, [...path, 'applicability']));
    checkScoring(scoring, [...path, 'scoring'], issues);
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
      origin: origins.get(item.id) ?? chain[0]?.id ?? doc.id,
    };
    return resolved;
  });
  if (budget.exhausted) return { ok: false, issues };
  checkTotals(doc, items, issues);
  if (issues.length === 0) items.forEach((item, i) => checkEngineAccepts(item, ['items', i], issues));
  if (issues.length > 0) return { ok: false, issues };

  const content = {
    params: doc.params,
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
    params: doc.params,
    parts: doc.parts,
    sections: doc.sections,
    grades: doc.grades,
    items,
  });
  return { ok: true, value: deepFreeze(ruleset) };
}
