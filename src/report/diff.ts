/** Year-over-year comparison of two results, item by item. */
import type { EvaluationResult } from '../result/schema.js';
import type { Localized } from '../ruleset/schema.js';

/**
 * How an item moved between two results.
 *
 * @category Reports
 * @example
 * ```ts
 * const change: ItemChange = diffResults(lastYear, thisYear).items[0]?.change ?? 'unchanged';
 * ```
 */
export type ItemChange = 'rose' | 'fell' | 'unchanged' | 'added' | 'removed';

/**
 * One item of a comparison: its score before and after, and how it moved.
 *
 * @category Reports
 * @example
 * ```ts
 * const fell: ItemDiff[] = diffResults(lastYear, thisYear).items.filter((i) => i.change === 'fell');
 * fell.map((i) => `${i.seq} ${i.title.en}: ${i.delta}`);
 * ```
 */
export interface ItemDiff {
  readonly id: string;
  readonly seq: string;
  readonly title: Localized;
  readonly before: number | null;
  readonly after: number | null;
  readonly change: ItemChange;
  /** `after − before` (0 when the item is in only one result). */
  readonly delta: number;
}

/**
 * The comparison of two results: both totals and grades, and every item.
 *
 * @category Reports
 * @example
 * ```ts
 * const diff: ResultDiff = diffResults(lastYear, thisYear);
 * if (diff.sameRuleset) console.log(diff.after.total - diff.before.total);
 * ```
 */
export interface ResultDiff {
  /** Whether both were scored with the same resolved ruleset (same content hash, wording included). */
  readonly sameRuleset: boolean;
  /**
   * Whether both were scored by the same rules (same scoring hash): their scores are comparable.
   * True with `sameRuleset` false means only the wording changed (titles, advice, texts).
   */
  readonly sameScoring: boolean;
  readonly before: {
    readonly period: EvaluationResult['period'];
    readonly total: number;
    readonly grade: Localized;
    readonly hash: string;
  };
  readonly after: {
    readonly period: EvaluationResult['period'];
    readonly total: number;
    readonly grade: Localized;
    readonly hash: string;
  };
  readonly station: EvaluationResult['station'];
  readonly items: readonly ItemDiff[];
}

function changeOf(before: number | null, after: number | null): ItemChange {
  if (before === null) return 'added';
  if (after === null) return 'removed';
  return after > before ? 'rose' : after < before ? 'fell' : 'unchanged';
}

const side = (r: EvaluationResult) => ({ period: r.period, total: r.total, grade: r.gradeLabel, hash: r.ruleset.hash });

/**
 * Compares two results item by item (items of the later result first, in its order, then items
 * only the earlier one had). Callers should refuse to compare when `sameScoring` is false unless
 * told otherwise: scores from rulesets that score differently do not mean the same thing.
 *
 * @category Reports
 * @example
 * ```ts
 * const diff = diffResults(lastYear, thisYear);
 * diff.items.filter((i) => i.change === 'fell').map((i) => i.id);
 * ```
 */
export function diffResults(before: EvaluationResult, after: EvaluationResult): ResultDiff {
  const earlier = new Map(before.items.map((i) => [i.id, i]));
  const later = new Set(after.items.map((i) => i.id));
  const items: ItemDiff[] = after.items.map((item) => {
    const old = earlier.get(item.id);
    const was = old ? old.score : null;
    return {
      id: item.id,
      seq: item.seq,
      title: item.title,
      before: was,
      after: item.score,
      change: changeOf(was, item.score),
      delta: was === null ? 0 : item.score - was,
    };
  });
  for (const item of before.items) {
    if (!later.has(item.id)) {
      items.push({
        id: item.id,
        seq: item.seq,
        title: item.title,
        before: item.score,
        after: null,
        change: 'removed',
        delta: 0,
      });
    }
  }
  return {
    sameRuleset: before.ruleset.hash === after.ruleset.hash,
    sameScoring: before.ruleset.scoringHash === after.ruleset.scoringHash,
    before: side(before),
    after: side(after),
    station: after.station,
    items,
  };
}
