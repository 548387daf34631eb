/**
 * The path to the next grade: the smallest set of items that lost points whose recovery lifts the
 * total into the next grade band. Fewest items first, then the fewest points to recover.
 */

import type { GradeId, Localized } from '../ruleset/schema.js';
import { scoreOf, sumScores, unitsOf } from '../scoring/exact.js';
import type { GradeBands } from './grades.js';
import type { SummaryResult } from './summary.js';

/**
 * One item to recover on the path to the next grade.
 *
 * @category Reports
 * @example
 * ```ts
 * const steps: readonly NextGradeStep[] = pathToNextGrade(result, baseRuleset().grades).items;
 * steps.map((s) => `${s.seq} ${s.title.en}: +${s.lost}`);
 * ```
 */
export interface NextGradeStep {
  readonly id: string;
  readonly seq: string;
  readonly title: Localized;
  readonly status: string;
  /** Points the item lost (max − score). */
  readonly lost: number;
}

/**
 * What it takes to reach the next grade band.
 *
 * @category Reports
 * @example
 * ```ts
 * const path: PathToNextGrade = pathToNextGrade(result, baseRuleset().grades);
 * path.next === null; // true when the result is already in the top band
 * ```
 */
export interface PathToNextGrade {
  readonly current: GradeId;
  /** The next band up, or `null` when the result is already in the top band. */
  readonly next: { readonly id: GradeId; readonly min: number; readonly label: Localized } | null;
  /** Points missing to reach the next band (0 at the top). */
  readonly gap: number;
  /** Whether recovering every lost point would reach the next band. */
  readonly reachable: boolean;
  /** The items to recover, in result order (empty at the top or when out of reach). */
  readonly items: readonly NextGradeStep[];
  /** Points the chosen items recover together. */
  readonly recovered: number;
  /** Every point lost in the result. */
  readonly lost: number;
}

/**
 * A way to reach a sum: the sum in score units, the last item picked and the way it extends (so a
 * way costs one object, whatever the number of its items).
 */
interface State {
  readonly units: number;
  readonly last: number;
  readonly before: State | null;
}

/** The items of a way, in result order. */
function picksOf(state: State): number[] {
  const picks: number[] = [];
  for (let at: State | null = state; at !== null && at.last >= 0; at = at.before) picks.push(at.last);
  return picks.reverse();
}

/** For each count of items, the first way (in result order) to reach each sum (in score units). */
function subsetSums(losses: readonly number[]): Array<Map<number, State>> {
  const byCount: Array<Map<number, State>> = [new Map([[0, { units: 0, last: -1, before: null }]])];
  losses.forEach((loss, index) => {
    const lossUnits = unitsOf(loss);
    for (let count = byCount.length - 1; count >= 0; count--) {
      const from = byCount[count] as Map<number, State>;
      const to = byCount[count + 1] ?? new Map<number, State>();
      byCount[count + 1] = to;
      for (const state of from.values()) {
        const units = state.units + lossUnits;
        if (!to.has(units)) to.set(units, { units, last: index, before: state });
      }
    }
  });
  return byCount;
}

/** The way with the fewest items, then the smallest sum, that reaches `gapUnits`. */
function cheapestReaching(byCount: ReadonlyArray<Map<number, State>>, gapUnits: number): State | null {
  for (const states of byCount.slice(1)) {
    let best: State | null = null;
    for (const state of states.values()) {
      if (state.units >= gapUnits && (best === null || state.units < best.units)) best = state;
    }
    if (best) return best;
  }
  return null;
}

/**
 * Computes the path to the next grade band of a result. Pure: grade bands come from the ruleset
 * (`ruleset.grades`) because a result does not carry its thresholds.
 *
 * @category Reports
 * @example
 * ```ts
 * const path = pathToNextGrade(result, baseRuleset().grades);
 * if (path.next && path.reachable) {
 *   console.log(`${path.gap} points to ${path.next.label.en}:`, path.items.map((i) => i.id));
 * }
 * ```
 */
export function pathToNextGrade(result: SummaryResult, grades: GradeBands): PathToNextGrade {
  let index = grades.findIndex((g) => g.id === result.grade);
  if (index < 0) index = grades.findIndex((g) => g.min === null || result.total >= g.min);
  const above = index > 0 ? grades[index - 1] : undefined;
  const candidates = result.items
    .map((i) => ({ id: i.id, seq: i.seq, title: i.title, status: i.status, lost: sumScores([i.max, -i.score]) }))
    .filter((c) => c.lost > 0);
  const lost = sumScores(candidates.map((c) => c.lost));
  if (above === undefined || above.min === null) {
    return { current: result.grade, next: null, gap: 0, reachable: true, items: [], recovered: 0, lost };
  }
  const next = { id: above.id, min: above.min, label: above.label };
  const gap = sumScores([above.min, -result.total]);
  if (gap <= 0) return { current: result.grade, next, gap: 0, reachable: true, items: [], recovered: 0, lost };
  const best = cheapestReaching(subsetSums(candidates.map((c) => c.lost)), unitsOf(gap));
  if (best === null) return { current: result.grade, next, gap, reachable: false, items: [], recovered: 0, lost };
  const items = picksOf(best).map((i) => candidates[i] as NextGradeStep);
  return { current: result.grade, next, gap, reachable: true, items, recovered: scoreOf(best.units), lost };
}
