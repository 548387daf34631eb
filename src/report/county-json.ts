/**
 * The county evaluation as JSON: the same facts as the county report (every period with its
 * ranking, summary and groups; duplicates; files that could not be evaluated, with every reason in
 * both languages), and the full result of every ranked station.
 */
import type { CountySummary, RankedStation } from './county.js';
import { jsonText } from './json.js';
import type { ReportOptions } from './options.js';

/** A ranked station without its full result (that is listed apart), with its item scores. */
function rowJson(row: RankedStation) {
  const { result, ...rest } = row;
  return {
    ...rest,
    items: result.items.map((i) => ({ id: i.id, seq: i.seq, score: i.score, max: i.max, status: i.status })),
  };
}

/**
 * The county evaluation as a JSON value (what {@link renderCountyJson} writes).
 *
 * @category Reports
 * @example
 * ```ts
 * const value = countyJson(summary, { generatedAt: '2024-01-20' });
 * value.periods[0]?.stations[0]?.rank; // 1
 * ```
 */
export function countyJson(county: CountySummary, options: Pick<ReportOptions, 'generatedAt'> = {}) {
  return {
    report: 'county' as const,
    version: 1 as const,
    ...(options.generatedAt === undefined ? {} : { generatedAt: options.generatedAt }),
    groupBy: county.groupBy,
    sources: county.sources,
    ranked: county.ranked,
    periods: county.periods.map((p) => ({
      period: p.period,
      summary: p.summary,
      groups: p.groups,
      stations: p.stations.map(rowJson),
    })),
    duplicates: county.duplicates,
    skipped: county.skipped,
    results: county.periods.flatMap((p) => p.stations.map((s) => s.result)),
  };
}

/**
 * Renders a county evaluation as JSON (two-space indentation, final newline; see `jsonText`).
 *
 * @category Reports
 * @example
 * ```ts
 * writeFileSync('county.json', renderCountyJson(countySummary({ entries, skipped }), { generatedAt: '2024-01-20' }));
 * ```
 */
export function renderCountyJson(county: CountySummary, options: Pick<ReportOptions, 'generatedAt'> = {}): string {
  return jsonText(countyJson(county, options));
}
