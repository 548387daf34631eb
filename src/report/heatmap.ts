/**
 * The coverage heatmap: rows are the periodic (monthly, quarterly, half-yearly) obligations of a
 * result, columns are the months of its period, each cell met / missing / not required. Derived
 * from the `coverage` leaves of each item's trace.
 */
import type { EvaluationResult, ItemResult } from '../result/schema.js';
import type { Localized } from '../ruleset/schema.js';
import { bucketOf, bucketsOverlapping, PERIODS, type Per, requiredBuckets } from '../time/buckets.js';
import { type TraceLeaf, traceLeaves } from './trace.js';

/** The state of one month for one obligation. */
export type CellState = 'met' | 'missing' | 'notRequired';

/** One periodic obligation of an item. */
export interface HeatmapRow {
  readonly itemId: string;
  readonly seq: string;
  readonly title: Localized;
  readonly per: Per;
  /** Whether the item has more than one periodic obligation (then the row names its period). */
  readonly oneOfSeveral: boolean;
  /** One state per month of the period, aligned with {@link CoverageHeatmap.months}. */
  readonly cells: readonly CellState[];
  /** The bucket each cell belongs to (`2023-04`, `2023-Q2`, `2023-H1`). */
  readonly buckets: readonly string[];
}

/** The heatmap of a result. */
export interface CoverageHeatmap {
  /** Months of the period, `YYYY-MM`. */
  readonly months: readonly string[];
  readonly rows: readonly HeatmapRow[];
}

const stringList = (value: unknown): string[] | null =>
  Array.isArray(value) && value.every((v) => typeof v === 'string') ? value : null;

/** The bucket name without a service-point suffix (`2023-04@sp-1` → `2023-04`). */
const bucketBase = (bucket: string) => bucket.split('@')[0] as string;

/**
 * Required and missing buckets of a coverage leaf. The leaf's actual value is the whole coverage
 * fact (`required`, `met`, `missing`) or, when the rule reads `path: "missing"`, the missing list;
 * then the required buckets are those wholly inside the period.
 */
function bucketsOfLeaf(
  leaf: TraceLeaf,
  per: Per,
  period: EvaluationResult['period'],
): { required: Set<string>; missing: Set<string> } | null {
  const actual = leaf.actual;
  if (actual !== null && typeof actual === 'object' && !Array.isArray(actual)) {
    const record = actual as Record<string, unknown>;
    const required = stringList(record.required);
    const missing = stringList(record.missing);
    if (required && missing)
      return { required: new Set(required.map(bucketBase)), missing: new Set(missing.map(bucketBase)) };
    return null;
  }
  const missing = leaf.path === 'missing' ? stringList(actual) : null;
  if (!missing) return null;
  const required = new Set(requiredBuckets(per, period.start, period.end));
  for (const bucket of missing) required.add(bucketBase(bucket));
  return { required, missing: new Set(missing.map(bucketBase)) };
}

function perOf(leaf: TraceLeaf): Per | null {
  const params = leaf.params;
  if (params === null || typeof params !== 'object' || Array.isArray(params)) return null;
  const per = (params as Record<string, unknown>).per;
  return PERIODS.find((p) => p === per) ?? null;
}

function rowsOfItem(item: ItemResult, months: readonly string[], period: EvaluationResult['period']): HeatmapRow[] {
  const leaves = traceLeaves(item.conditions).filter((leaf) => leaf.fact === 'coverage');
  const rows: HeatmapRow[] = [];
  for (const leaf of leaves) {
    const per = perOf(leaf);
    if (per === null) continue;
    const known = bucketsOfLeaf(leaf, per, period);
    if (known === null) continue;
    const buckets = months.map((month) => bucketOf(`${month}-01`, per));
    const cells = buckets.map((bucket): CellState => {
      if (known.missing.has(bucket)) return 'missing';
      return known.required.has(bucket) ? 'met' : 'notRequired';
    });
    rows.push({ itemId: item.id, seq: item.seq, title: item.title, per, oneOfSeveral: false, cells, buckets });
  }
  return rows.length > 1 ? rows.map((row) => ({ ...row, oneOfSeveral: true })) : rows;
}

/**
 * Builds the coverage heatmap of a result.
 *
 * @example
 * ```ts
 * const map = coverageHeatmap(result);
 * map.months; // ['2023-01', …, '2023-12']
 * map.rows.find((r) => r.itemId === 'monthly-liaison')?.cells[7]; // 'missing' (August)
 * ```
 */
export function coverageHeatmap(result: EvaluationResult): CoverageHeatmap {
  const months = bucketsOverlapping('month', result.period.start, result.period.end);
  return { months, rows: result.items.flatMap((item) => rowsOfItem(item, months, result.period)) };
}
