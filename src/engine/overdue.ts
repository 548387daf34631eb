/**
 * What an item evaluated as of a day inside the period has missed but must still do (spec §5):
 * obligations with a deadline (see `Deadlines`) whose deadline has passed, judged missed, and
 * still open — a complaint not followed up, a vacancy not filled, an event not disclosed. Their
 * points are lost; each is listed with what the item lost for it, so that a due list can put it
 * first. Both evaluation paths build item results through this module.
 */
import type { ItemResult } from '../result/schema.js';
import type { ResolvedItem } from '../ruleset/finalize.js';
import { deductedScore, sumScores } from '../scoring/exact.js';
import type { PendingObligation } from './facts/deadlines.js';
import type { ItemPlan } from './item-plan.js';

type OverdueObligation = NonNullable<ItemResult['overdue']>[number];

/** The leaves an item's outcomes come from: applicability (group 0) or conditions (group 1). */
interface ListedOutcomes {
  readonly applicability: ReadonlyArray<{ readonly value: unknown }> | null;
  readonly conditions: ReadonlyArray<{ readonly value: unknown }> | null;
}

/**
 * The obligations a deadline list of the item's facts holds (`pending` or `overdue` of every
 * distinct call of a fact with deadlines), or null when there are none.
 *
 * @example
 * ```ts
 * deadlineListOf(plan, outcomes, 'pending'); // [{ id: 'd-3', arose: '2023-12-10', deadline: '2024-01-10' }]
 * ```
 */
export function deadlineListOf(
  plan: ItemPlan,
  outcomes: ListedOutcomes,
  key: 'pending' | 'overdue',
): PendingObligation[] | null {
  let listed: PendingObligation[] | null = null;
  for (const [group, index] of plan.pendingSources) {
    const value = (group === 0 ? outcomes.applicability : outcomes.conditions)?.[index]?.value;
    const list = (value as Partial<Record<typeof key, PendingObligation[]>> | undefined)?.[key];
    if (list === undefined || list.length === 0) continue;
    listed ??= [];
    for (const obligation of list) listed.push(obligation);
  }
  return listed;
}

/**
 * The points an item lost for one obligation it missed, given its score: one deduction of a
 * deduction item (no more than it lost in all), all an all-or-nothing or bonus item lost, nothing
 * for an expert-judged item.
 */
function lostFor(item: ResolvedItem, score: number): number {
  const scoring = item.scoring;
  if (scoring.mode === 'expert') return 0;
  const lost = sumScores([item.points, -score]);
  if (scoring.mode !== 'deduct-per-failure' && scoring.mode !== 'deduct-per-occurrence') return lost;
  return Math.min(lost, sumScores([item.points, -deductedScore(item.points, scoring.deduct, 1, scoring.floor)]));
}

/**
 * The overdue obligations of an item (see the module), each with the points it lost for them, or
 * null when there are none (for the full period, always).
 *
 * @example
 * ```ts
 * overdueObligations(item, plan, outcomes, result.score); // [{ id: 'c-1', arose: '2023-05-02', deadline: '2023-05-09', lost: 2 }]
 * ```
 */
export function overdueObligations(
  item: ResolvedItem,
  plan: ItemPlan,
  outcomes: ListedOutcomes,
  score: number,
): OverdueObligation[] | null {
  const listed = deadlineListOf(plan, outcomes, 'overdue');
  if (listed === null) return null;
  const lost = lostFor(item, score);
  return listed.map((obligation) => ({ ...obligation, lost }));
}
