/** The summary of a batch of results: grades, spread of totals, pass rate and losses per item. */
import type { EvaluationResult } from '../result/schema.js';
import { GRADE_IDS, type GradeId, type Localized } from '../ruleset/schema.js';

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
  /** Stations that lost points on it. */
  readonly lostBy: number;
  /** Mean points lost per station that has the item. */
  readonly meanLost: number;
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
  /** Totals: mean, population standard deviation, lowest and highest (`null` for an empty batch). */
  readonly totals: {
    readonly mean: number;
    readonly standardDeviation: number;
    readonly min: number;
    readonly max: number;
  } | null;
  /** Every item in first-seen order. */
  readonly items: readonly ItemSummary[];
  /** Items lost by at least one station, most often lost first (ties: more points lost, then order). */
  readonly mostLost: readonly ItemSummary[];
}

function totalsOf(results: readonly EvaluationResult[]): BatchSummary['totals'] {
  if (results.length === 0) return null;
  const totals = results.map((r) => r.total);
  const mean = totals.reduce((n, t) => n + t, 0) / totals.length;
  const variance = totals.reduce((n, t) => n + (t - mean) ** 2, 0) / totals.length;
  return { mean, standardDeviation: Math.sqrt(variance), min: Math.min(...totals), max: Math.max(...totals) };
}

function itemsOf(results: readonly EvaluationResult[]): ItemSummary[] {
  const byId = new Map<
    string,
    { seq: string; title: Localized; stations: number; passed: number; lost: number; points: number }
  >();
  for (const result of results) {
    for (const item of result.items) {
      const entry = byId.get(item.id) ?? {
        seq: item.seq,
        title: item.title,
        stations: 0,
        passed: 0,
        lost: 0,
        points: 0,
      };
      entry.stations++;
      if (item.score >= item.max) entry.passed++;
      else {
        entry.lost++;
        entry.points += item.max - item.score;
      }
      byId.set(item.id, entry);
    }
  }
  return [...byId].map(([id, e]) => ({
    id,
    seq: e.seq,
    title: e.title,
    stations: e.stations,
    passed: e.passed,
    passRate: e.passed / e.stations,
    lostBy: e.lost,
    meanLost: e.points / e.stations,
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
 * ```
 */
export function summarizeBatch(results: readonly EvaluationResult[], options: { top?: number } = {}): BatchSummary {
  const grades = GRADE_IDS.map((id) => {
    const matching = results.filter((r) => r.grade === id);
    return { id, count: matching.length, label: matching[0]?.gradeLabel ?? null };
  });
  const items = itemsOf(results);
  const order = new Map(items.map((item, index) => [item.id, index]));
  const mostLost = items
    .filter((i) => i.lostBy > 0)
    .sort((a, b) => b.lostBy - a.lostBy || b.meanLost - a.meanLost || (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0))
    .slice(0, options.top ?? 5);
  return { stations: results.length, grades, totals: totalsOf(results), items, mostLost };
}
