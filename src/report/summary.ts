/**
 * The summary of a batch of results: grades, spread of totals, pass rate and losses per item.
 * Expert-judged items still waiting for an assessment are counted apart from points lost: they
 * score 0 until assessed, but nobody lost them yet.
 */
import type { EvaluationResult, ItemResult } from '../result/schema.js';
import { GRADE_IDS, type GradeId, type Localized } from '../ruleset/schema.js';
import { meanScore, ScoreSum, standardDeviationOfScores, sumScores } from '../scoring/exact.js';

/**
 * What a batch summary reads of an item of a result.
 *
 * @category Reports
 * @example
 * ```ts
 * const item: SummaryItem = result.items[0];
 * ```
 */
export type SummaryItem = Pick<ItemResult, 'id' | 'seq' | 'title' | 'score' | 'max' | 'status'>;

/**
 * What a batch summary reads of a result: its total, grade and items. Every `EvaluationResult`
 * is one, and so is a county digest (`CountyResult`).
 *
 * @category Reports
 * @example
 * ```ts
 * const summarised: SummaryResult = result;
 * ```
 */
export type SummaryResult = Pick<EvaluationResult, 'total' | 'grade' | 'gradeLabel'> & {
  readonly items: readonly SummaryItem[];
};

/**
 * Per-item figures across a batch.
 *
 * @category Reports
 * @example
 * ```ts
 * const item: ItemSummary | undefined = summarizeBatch(results).items.find((i) => i.id === 'monthly-liaison');
 * item?.passRate; // e.g. 0.75
 * ```
 */
export interface ItemSummary {
  readonly id: string;
  readonly seq: string;
  readonly title: Localized;
  /** Stations whose result has the item. */
  readonly stations: number;
  /** Stations with full points on it. */
  readonly passed: number;
  /** `passed / stations`. */
  readonly passRate: number;
  /** Stations that lost points on it (an item awaiting assessment is not lost). */
  readonly lostBy: number;
  /** Mean points lost per station that has the item (to the nearest 10^-4). */
  readonly meanLost: number;
  /** Stations where the item awaits an expert assessment (status `notAssessed`). */
  readonly pendingBy: number;
}

/**
 * Points an item actually lost: `max − score`, but 0 for an item still awaiting an expert
 * assessment (it scores 0 until assessed, yet nothing was lost).
 *
 * @category Reports
 * @example
 * ```ts
 * lostPoints(item); // 4 for a monthly item with a missing month, 0 for recognition not yet assessed
 * ```
 */
export function lostPoints(item: Pick<ItemResult, 'max' | 'score' | 'status'>): number {
  if (item.status === 'notAssessed') return 0;
  return Math.max(0, sumScores([item.max, -item.score]));
}

/**
 * The summary of a batch of results.
 *
 * @category Reports
 * @example
 * ```ts
 * const summary: BatchSummary = summarizeBatch(results, { top: 5 });
 * summary.totals?.mean; // null for an empty batch
 * ```
 */
export interface BatchSummary {
  readonly stations: number;
  /** Every grade, best first, with how many stations got it and its label when one did. */
  readonly grades: ReadonlyArray<{ readonly id: GradeId; readonly count: number; readonly label: Localized | null }>;
  /**
   * Totals: mean and population standard deviation (from exact sums, to the nearest 10^-4), lowest
   * and highest (`null` for an empty batch).
   */
  readonly totals: {
    readonly mean: number;
    readonly standardDeviation: number;
    readonly min: number;
    readonly max: number;
  } | null;
  /** Every item in first-seen order. */
  readonly items: readonly ItemSummary[];
  /**
   * Items that lost points at one station or more, most often lost first (ties: more points lost,
   * then item order). Items merely awaiting assessment are not here: see `pending`.
   */
  readonly mostLost: readonly ItemSummary[];
  /** Items awaiting an expert assessment at one station or more, most stations first, then item order. */
  readonly pending: readonly ItemSummary[];
}

function totalsOf(results: readonly SummaryResult[]): BatchSummary['totals'] {
  const totals = results.map((r) => r.total);
  const mean = meanScore(totals);
  if (mean === null) return null;
  const standardDeviation = standardDeviationOfScores(totals) ?? 0;
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const total of totals) {
    if (total < min) min = total;
    if (total > max) max = total;
  }
  return { mean, standardDeviation, min, max };
}

interface ItemTally {
  readonly seq: string;
  readonly title: Localized;
  stations: number;
  passed: number;
  lostBy: number;
  pendingBy: number;
  /** Points lost at every station with the item, summed exactly (not kept one by one). */
  readonly losses: ScoreSum;
}

function itemsOf(results: readonly SummaryResult[]): ItemSummary[] {
  const byId = new Map<string, ItemTally>();
  for (const result of results) {
    for (const item of result.items) {
      let tally = byId.get(item.id);
      if (tally === undefined) {
        tally = {
          seq: item.seq,
          title: item.title,
          stations: 0,
          passed: 0,
          lostBy: 0,
          pendingBy: 0,
          losses: new ScoreSum(),
        };
        byId.set(item.id, tally);
      }
      const lost = lostPoints(item);
      tally.stations++;
      tally.losses.add(lost);
      if (item.score >= item.max) tally.passed++;
      if (lost > 0) tally.lostBy++;
      if (item.status === 'notAssessed') tally.pendingBy++;
    }
  }
  return [...byId].map(([id, t]) => ({
    id,
    seq: t.seq,
    title: t.title,
    stations: t.stations,
    passed: t.passed,
    passRate: t.passed / t.stations,
    lostBy: t.lostBy,
    meanLost: t.losses.mean(t.stations) ?? 0,
    pendingBy: t.pendingBy,
  }));
}

/**
 * Summarises a batch of results. Pure and order-independent except for item order (first seen).
 *
 * @category Reports
 * @example
 * ```ts
 * const summary = summarizeBatch(results, { top: 5 });
 * summary.grades; // [{ id: 'excellent', count: 3, … }, …]
 * summary.mostLost.map((i) => i.id); // ['monthly-liaison', …]
 * summary.pending.map((i) => [i.id, i.pendingBy]); // [['recognition', 3], ['innovation', 3]]
 * ```
 */
export function summarizeBatch(results: readonly SummaryResult[], options: { top?: number } = {}): BatchSummary {
  const grades = GRADE_IDS.map((id) => {
    const matching = results.filter((r) => r.grade === id);
    return { id, count: matching.length, label: matching[0]?.gradeLabel ?? null };
  });
  const items = itemsOf(results);
  const order = new Map(items.map((item, index) => [item.id, index]));
  const inOrder = (a: ItemSummary, b: ItemSummary) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0);
  const mostLost = items
    .filter((i) => i.lostBy > 0)
    .sort((a, b) => b.lostBy - a.lostBy || b.meanLost - a.meanLost || inOrder(a, b))
    .slice(0, options.top ?? 5);
  const pending = items.filter((i) => i.pendingBy > 0).sort((a, b) => b.pendingBy - a.pendingBy || inOrder(a, b));
  return { stations: results.length, grades, totals: totalsOf(results), items, mostLost, pending };
}
