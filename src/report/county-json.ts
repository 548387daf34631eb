/**
 * The county evaluation as JSON: the same facts as the county report (every period with its
 * ranking, summary and groups; duplicates; files that could not be evaluated, with every reason in
 * both languages), and the full result of every ranked station.
 */
import type { CountyResult, CountySummary, RankedStation } from './county.js';
import { jsonText } from './json.js';
import type { ReportOptions } from './options.js';

/** A ranked station without its full result (that is listed apart), with its item scores. */
function rowJson(row: RankedStation<CountyResult>) {
  const { result, ...rest } = row;
  return {
    ...rest,
    items: result.items.map((i) => ({ id: i.id, seq: i.seq, score: i.score, max: i.max, status: i.status })),
  };
}

/**
 * The county evaluation as a JSON value without the full results: what {@link countyJson} holds
 * before its last field, `results`. It needs only what the county kept of each result, so a
 * writer can stream the results after it (`batch --format json` does).
 *
 * @category Reports
 * @example
 * ```ts
 * const head = countyJsonHead(summary, { generatedAt: '2024-01-20' });
 * head.periods[0]?.stations[0]?.items.length; // the item scores of the best station
 * ```
 */
export function countyJsonHead(county: CountySummary<CountyResult>, options: Pick<ReportOptions, 'generatedAt'> = {}) {
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
  };
}

/**
 * The county evaluation as a JSON value (what {@link renderCountyJson} writes): the
 * {@link countyJsonHead}, then `results`, the full result of every ranked station in rank order
 * (every period, latest first).
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
    ...countyJsonHead(county, options),
    results: county.periods.flatMap((p) => p.stations.map((s) => s.result)),
  };
}

/**
 * The text of {@link countyJson} in pieces: the head, each result as it appears inside `results`
 * (see {@link countyResultText}), and the end. Joined, they are exactly
 * {@link renderCountyJson}'s text; `batch` writes them one by one, reading each result's text
 * back from where it kept it.
 *
 * @category Reports
 * @example
 * ```ts
 * const { head, separator, end } = countyJsonFrame(summary, {}, summary.ranked);
 * const text = head + texts.join(separator) + end; // texts from countyResultText, in rank order
 * ```
 */
export function countyJsonFrame(
  county: CountySummary<CountyResult>,
  options: Pick<ReportOptions, 'generatedAt'>,
  results: number,
): { readonly head: string; readonly separator: string; readonly end: string } {
  const head = jsonText(countyJsonHead(county, options));
  // The head is an object with fields: its text ends with a line break, `}` and a line break.
  const open = `${head.slice(0, -3)},\n  "results": [`;
  if (results === 0) return { head: `${open}]`, separator: '', end: '\n}\n' };
  return { head: `${open}\n    `, separator: ',\n    ', end: '\n  ]\n}\n' };
}

/**
 * One result as it appears inside the `results` of {@link renderCountyJson}: its JSON text (as
 * `jsonText` writes it) indented two levels, without a final line break.
 *
 * @category Reports
 * @example
 * ```ts
 * countyResultText(result).startsWith('{\n      "schemaVersion"'); // true
 * ```
 */
export function countyResultText(result: unknown): string {
  return jsonText(result).slice(0, -1).replaceAll('\n', '\n    ');
}

/**
 * Renders a county evaluation as JSON (two-space indentation, final newline; see `jsonText`): the
 * text of {@link countyJson}, put together from the pieces of {@link countyJsonFrame}.
 *
 * @category Reports
 * @example
 * ```ts
 * writeFileSync('county.json', renderCountyJson(countySummary({ entries, skipped }), { generatedAt: '2024-01-20' }));
 * ```
 */
export function renderCountyJson(county: CountySummary, options: Pick<ReportOptions, 'generatedAt'> = {}): string {
  const results = county.periods.flatMap((p) => p.stations.map((s) => countyResultText(s.result)));
  const { head, separator, end } = countyJsonFrame(county, options, results.length);
  return `${head}${results.join(separator)}${end}`;
}
