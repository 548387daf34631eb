/**
 * What an item has still to meet when it is evaluated as of a day D (spec §5): its conditions on
 * obligations of the period as a whole that do not hold yet but still can (upcoming until the
 * period ends), and the list of its open obligations — buckets whose window is still open,
 * whole-period conditions, pending deadlines after D — each with its deadline and the points at
 * stake. Both evaluation paths build item results through this module.
 */

import type { ItemResult, TraceNode } from '../result/schema.js';
import type { ResolvedItem } from '../ruleset/finalize.js';
import { deductedScore, sumScores } from '../scoring/exact.js';
import type { LocalDay } from '../time/local-day.js';
import type { UpcomingObligation } from '../types/generated.js';
import type { Json } from './facts/fact.js';
import type { ItemPlan, OpenLeaf } from './item-plan.js';
import { applyOperator, OPERATORS } from './operators.js';
import { pathAccessor } from './path.js';

/** What an item result needs to know of an evaluation as of a day. */
export interface AsOfContext {
  /** The as-of day D. */
  readonly asOf: LocalDay;
  /** Where the station's obligations begin (max of period start and station established). */
  readonly windowStart: LocalDay;
  readonly periodEnd: LocalDay;
}

/** What a leaf condition found (see `item-result.ts`), with the deadline when it is upcoming. */
export interface JudgedOutcome {
  readonly value: unknown;
  readonly actual: unknown;
  readonly result: boolean;
  /** Set when the leaf does not hold yet but is not judged: the day it is judged (the period end). */
  readonly upcoming?: LocalDay;
}

export type { UpcomingObligation };

/** A value no record holds, added where a list could still grow. */
const GROWN = '\u0000grown';

/** The largest list grown to test a size (larger sizes are not tried). */
const MAX_GROWN_SIZE = 100_000;

/**
 * Values an obligation key could come to have by the period end: `unmet` obligations all met
 * (an empty list, a flag set), or a count or list grown.
 */
function completions(kind: OpenLeaf['kind'], current: unknown, expected: unknown): unknown[] {
  if (kind === 'unmet') {
    if (Array.isArray(current)) return [[]];
    if (typeof current === 'boolean') return [true];
    return typeof current === 'number' ? [0] : [];
  }
  if (typeof current === 'number') {
    const grown = [current + 1, Number.MAX_SAFE_INTEGER];
    if (typeof expected === 'number' && expected > current) grown.push(expected, expected + 1);
    return grown;
  }
  if (!Array.isArray(current)) return [];
  const grown: unknown[][] = [
    [...current, GROWN],
    [...current, ...(Array.isArray(expected) ? expected : [expected])],
  ];
  if (Number.isInteger(expected) && (expected as number) > current.length && (expected as number) <= MAX_GROWN_SIZE) {
    const padded: unknown[] = current.slice();
    while (padded.length < (expected as number)) padded.push(GROWN);
    grown.push(padded);
  }
  return grown;
}

/** Whether the leaf could come to give `wanted` once the period's obligations are met. */
function couldStillGive(open: OpenLeaf, value: unknown, wanted: boolean): boolean {
  if (value === null || typeof value !== 'object' || !Object.hasOwn(value, open.key)) return false;
  const operator = OPERATORS.get(open.leaf.operator);
  if (!operator) return false;
  const atPath = pathAccessor(open.leaf.path);
  const current = (value as Record<string, unknown>)[open.key];
  return completions(open.kind, current, open.leaf.value).some(
    (candidate) => applyOperator(operator, atPath({ ...value, [open.key]: candidate }), open.leaf.value) === wanted,
  );
}

/**
 * The condition outcomes of an item as of a day before the period end: a leaf on an obligation of
 * the whole period that does not serve the item yet, but could once the obligations are met, is
 * upcoming — it counts as serving the item and carries the day it is judged (spec §5: upcoming
 * until the period ends, unless already met). From the period end on, every leaf is judged.
 *
 * @example
 * ```ts
 * judgedConditions(plan, outcomes.conditions, { asOf: '2023-06-30', windowStart: '2023-01-01', periodEnd: '2023-12-31' });
 * ```
 */
export function judgedConditions(
  plan: ItemPlan,
  conditions: readonly JudgedOutcome[] | null,
  context: AsOfContext | null,
): readonly JudgedOutcome[] | null {
  if (conditions === null || context === null || context.asOf >= context.periodEnd || plan.openLeaves.length === 0)
    return conditions;
  let judged: JudgedOutcome[] | null = null;
  for (const open of plan.openLeaves) {
    const outcome = conditions[open.index];
    const wanted = !open.negated;
    if (outcome === undefined || outcome.result === wanted || !couldStillGive(open, outcome.value, wanted)) continue;
    judged ??= conditions.slice();
    judged[open.index] = { ...outcome, result: wanted, upcoming: context.periodEnd };
  }
  return judged ?? conditions;
}

/** The result of the top-level condition `index` of a trace (a leaf or `not` root is its own). */
function topLevelResult(conditions: TraceNode | null, index: number): boolean {
  if (conditions === null) return true;
  if (conditions.kind === 'all' || conditions.kind === 'any') return conditions.children[index]?.result ?? true;
  return conditions.result;
}

/**
 * The points an item loses if one more of its obligations is missed, given its score so far: an
 * all-or-nothing (or bonus) item all of it; a deduction item one deduction, not below its floor,
 * and nothing when it deducts per failed condition and that condition has already failed; an
 * expert-judged item nothing.
 */
function stakeOf(item: ResolvedItem, score: number, conditions: TraceNode | null, topLevel: number): number {
  const scoring = item.scoring;
  if (scoring.mode === 'expert') return 0;
  if (scoring.mode !== 'deduct-per-failure' && scoring.mode !== 'deduct-per-occurrence') return score;
  if (scoring.mode === 'deduct-per-failure' && scoring.failures === 'failed-conditions') {
    if (topLevel < 0 || !topLevelResult(conditions, topLevel)) return 0;
  }
  return sumScores([score, -deductedScore(score, scoring.deduct, 1, scoring.floor)]);
}

/** The fact value of a leaf, as an object with the lists the builder reads. */
type Listing = { readonly upcoming?: ReadonlyArray<{ bucket: string; from: string; deadline: string }> } & {
  readonly pending?: ReadonlyArray<{ id: string; arose: string; deadline: string }>;
};

function byDeadline(a: UpcomingObligation, b: UpcomingObligation): number {
  if (a.deadline !== b.deadline) return a.deadline < b.deadline ? -1 : 1;
  const ka = a.bucket ?? a.condition ?? a.obligation ?? '';
  const kb = b.bucket ?? b.condition ?? b.obligation ?? '';
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

/** The leaves an item's outcomes come from: applicability (group 0) or conditions (group 1). */
interface Outcomes {
  readonly applicability: readonly JudgedOutcome[] | null;
  readonly conditions: readonly JudgedOutcome[] | null;
}

/**
 * The open obligations of an item as of a day, soonest deadline first: required buckets not met
 * whose window is still open, conditions on the whole period still upcoming, and pending
 * obligations whose deadline lies after the day. Each with the first day it can be met, its
 * deadline and the points at stake. Empty for the full period.
 *
 * @example
 * ```ts
 * const open = upcomingObligations(item, plan, outcomes, result, context);
 * open[0]?.deadline; // '2023-07-31'
 * ```
 */
export function upcomingObligations(
  item: ResolvedItem,
  plan: ItemPlan,
  outcomes: Outcomes,
  result: Pick<ItemResult, 'score' | 'conditions'>,
  context: AsOfContext | null,
): UpcomingObligation[] {
  if (context === null) return [];
  const stake = (topLevel: number) => stakeOf(item, result.score, result.conditions, topLevel);
  const out: UpcomingObligation[] = [];
  const seen = new Set<unknown>();
  for (const index of plan.periodicLeaves) {
    const outcome = outcomes.conditions?.[index];
    const value = outcome?.value as Listing | undefined;
    if (!value?.upcoming || seen.has(value)) continue;
    seen.add(value);
    const kind = (plan.conditionLeaves[index]?.params as { kind?: unknown } | undefined)?.kind;
    for (const bucket of value.upcoming) {
      out.push({
        from: bucket.from,
        deadline: bucket.deadline,
        bucket: bucket.bucket,
        ...(typeof kind === 'string' ? { kind } : {}),
        stake: stake(plan.topLevelOf[index] ?? -1),
      });
    }
  }
  for (const open of plan.openLeaves) {
    const outcome = outcomes.conditions?.[open.index];
    if (outcome?.upcoming === undefined) continue;
    out.push({
      from: context.windowStart,
      deadline: outcome.upcoming,
      condition: open.leaf.name ?? `${open.leaf.fact}.${open.leaf.path}`,
      open: (outcome.actual === undefined ? null : outcome.actual) as Json,
      stake: stake(plan.topLevelOf[open.index] ?? -1),
    });
  }
  plan.pendingSources.forEach(([group, index], k) => {
    const value = (group === 0 ? outcomes.applicability : outcomes.conditions)?.[index]?.value as Listing | undefined;
    for (const obligation of value?.pending ?? []) {
      if (obligation.deadline.slice(0, 10) <= context.asOf) continue;
      out.push({
        from: obligation.arose.slice(0, 10),
        deadline: obligation.deadline,
        obligation: obligation.id,
        stake: stake(plan.pendingTopLevel[k] ?? -1),
      });
    }
  });
  return out.sort(byDeadline);
}
