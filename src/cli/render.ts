/** Picks the renderer for a `--format`. */

import type { CountyRanking, CountyResult, CountySummary } from '../report/county.js';
import { countyCsvPieces, renderCountyCsv } from '../report/county-csv.js';
import { renderCountyHtml } from '../report/county-html.js';
import { renderCountyJson } from '../report/county-json.js';
import { renderCountyMarkdown } from '../report/county-markdown.js';
import { renderCsv } from '../report/csv.js';
import { renderHtml } from '../report/html.js';
import { renderJson } from '../report/json.js';
import { renderMarkdown } from '../report/markdown.js';
import type { ReportOptions } from '../report/options.js';
import { countyTablePieces, renderCountyTable, renderTable } from '../report/table.js';
import type { EvaluationResult } from '../result/schema.js';

/** The report formats of `evaluate` and `batch`. */
export const REPORT_FORMATS = ['table', 'json', 'md', 'html', 'csv'] as const;

/** A report format. */
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/**
 * Renders one result in a format.
 *
 * @example
 * ```ts
 * renderOne(result, 'md', { lang: 'en' });
 * ```
 */
export function renderOne(result: EvaluationResult, format: ReportFormat, options: ReportOptions): string {
  switch (format) {
    case 'json':
      return renderJson(result);
    case 'md':
      return renderMarkdown(result, options);
    case 'html':
      return renderHtml(result, options);
    case 'csv':
      return renderCsv([result], options);
    default:
      return renderTable(result, options);
  }
}

/**
 * Renders a county evaluation in a format: HTML, Markdown and the terminal table show the county
 * report (charts in HTML) then every station; CSV has one row per station and file; JSON is
 * `countyJson`.
 *
 * @example
 * ```ts
 * renderCounty(countySummary({ entries, skipped }), 'csv', { lang: 'zh' });
 * ```
 */
export function renderCounty(county: CountySummary, format: ReportFormat, options: ReportOptions): string {
  switch (format) {
    case 'json':
      return renderCountyJson(county, options);
    case 'md':
      return renderCountyMarkdown(county, options);
    case 'html':
      return renderCountyHtml(county, options);
    case 'csv':
      return renderCountyCsv(county, options);
    default:
      return renderCountyTable(county, options);
  }
}

/**
 * The text of a county evaluation whose results were kept as digests (`CountyResult`), in a
 * format that needs no more (CSV or the terminal table), in pieces made a few rows at a time:
 * from a `countyRanking`, the report of any number of stations is never held whole.
 *
 * @example
 * ```ts
 * await emit(ctx, countyDigestPieces(countyRanking({ entries: digests }), 'csv', { lang: 'zh' }), output);
 * ```
 */
export function countyDigestPieces(
  county: CountyRanking<CountyResult>,
  format: 'csv' | 'table',
  options: ReportOptions,
): Iterable<string> {
  return format === 'csv' ? countyCsvPieces(county, options) : countyTablePieces(county, options);
}
