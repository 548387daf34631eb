/**
 * The coverage heatmap: rows are the periodic (monthly, quarterly, half-yearly) checks of a result,
 * columns are the months of its period, each cell met / missing / not required, or, for a result
 * evaluated as of a day, upcoming (required, not met, its window still open). Read from the
 * `coverage` of each item result (the buckets the engine required, found met and found missing);
 * nothing is inferred from the period.
 */
import type { EvaluationResult, ItemResult } from '../result/schema.js';
import type { Localized } from '../ruleset/schema.js';
import { bucketOf, bucketsOverlapping, type Per } from '../time/buckets.js';

/**
 * The state of one month for one periodic check.
 *
 * @category Reports
 * @example
 * ```ts
 * const state: CellState = coverageHeatmap(result).rows[0]?.cells[0] ?? 'notRequired';
 * ```
 */
export type CellState = 'met' | 'missing' | 'upcoming' | 'notRequired';

/**
 * One periodic check of an item, one cell per month of the period.
 *
 * @category Reports
 * @example
 * ```ts
 * const row: HeatmapRow | undefined = coverageHeatmap(result).rows.find((r) => r.itemId === 'monthly-liaison');
 * row?.per; // 'month'
 * row?.cells[7]; // 'missing' (August)
 * ```
 */
export interface HeatmapRow {
  readonly itemId: string;
  readonly seq: string;
  readonly title: Localized;
  readonly per: Per;
  /** Whether the item has more than one periodic check (then the row names its period). */
  readonly oneOfSeveral: boolean;
  /** One state per month of the period, aligned with {@link CoverageHeatmap.months}. */
  readonly cells: readonly CellState[];
  /** The bucket each cell belongs to (`2023-04`, `2023-Q2`, `2023-H1`). */
  readonly buckets: readonly string[];
}

/**
 * The heatmap of a result: the months of its period and one row per periodic check.
 *
 * @category Reports
 * @example
 * ```ts
 * const map: CoverageHeatmap = coverageHeatmap(result);
 * map.months; // ['2023-01', …, '2023-12']
 * map.rows.length; // one row per periodic check
 * ```
 */
export interface CoverageHeatmap {
  /** Months of the period, `YYYY-MM`. */
  readonly months: readonly string[];
  readonly rows: readonly HeatmapRow[];
}

type Coverage = ItemResult['coverage'][number];

/** The bucket name without a service-point suffix (`2023-04@sp-1` → `2023-04`). */
const bucketBase = (bucket: string) => bucket.split('@')[0] as string;

const basesOf = (buckets: readonly string[]) => new Set(buckets.map(bucketBase));

/**
 * The state of each bucket of a periodic check, by bucket name without service-point suffix:
 * missing when any service point's bucket is missing, else upcoming when any is upcoming, met
 * when every required one is met.
 */
function bucketStates(coverage: Coverage): Map<string, CellState> {
  const missing = basesOf(coverage.missing);
  const met = new Set(coverage.met);
  const states = new Map<string, CellState>();
  for (const base of basesOf(coverage.met)) states.set(base, 'met');
  for (const bucket of coverage.required)
    if (!met.has(bucket) && states.get(bucketBase(bucket)) === 'met') states.delete(bucketBase(bucket));
  for (const base of basesOf(coverage.upcoming ?? [])) states.set(base, 'upcoming');
  for (const base of missing) states.set(base, 'missing');
  return states;
}

function rowsOfItem(item: ItemResult, months: readonly string[]): HeatmapRow[] {
  const oneOfSeveral = item.coverage.length > 1;
  return item.coverage.map((coverage) => {
    const states = bucketStates(coverage);
    const buckets = months.map((month) => bucketOf(`${month}-01`, coverage.per));
    const cells = buckets.map((bucket) => states.get(bucket) ?? 'notRequired');
    return { itemId: item.id, seq: item.seq, title: item.title, per: coverage.per, oneOfSeveral, cells, buckets };
  });
}

/**
 * Builds the coverage heatmap of a result from the `coverage` of its items.
 *
 * @category Reports
 * @example
 * ```ts
 * const map = coverageHeatmap(result);
 * map.months; // ['2023-01', …, '2023-12']
 * map.rows.find((r) => r.itemId === 'monthly-liaison')?.cells[7]; // 'missing' (August)
 * ```
 */
export function coverageHeatmap(result: EvaluationResult): CoverageHeatmap {
  const months = bucketsOverlapping('month', result.period.start, result.period.end);
  return { months, rows: result.items.flatMap((item) => rowsOfItem(item, months)) };
}
