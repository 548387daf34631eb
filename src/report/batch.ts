/**
 * Reports of a plain list of results: the county renderers over a county evaluation in which each
 * result's source is its station id (no failed files). Two results of one station and period
 * count once (the first), as in any county evaluation.
 */
import type { EvaluationResult } from '../result/schema.js';
import { type CountySummary, countySummary } from './county.js';
import { renderCountyHtml } from './county-html.js';
import { renderCountyMarkdown } from './county-markdown.js';
import type { ReportOptions } from './options.js';
import { renderCountyTable } from './table.js';

/**
 * The county evaluation of a list of results, each named by its station id.
 *
 * @category Reports
 * @example
 * ```ts
 * countyOfResults(results, { grades: ruleset.grades }).periods[0]?.stations[0]?.rank; // 1
 * ```
 */
export function countyOfResults(results: readonly EvaluationResult[], options: ReportOptions = {}): CountySummary {
  const entries = results.map((result) => ({ source: result.station.id, result }));
  return countySummary({ entries }, options.grades === undefined ? {} : { grades: options.grades });
}

/**
 * Renders a batch of results as one self-contained HTML page: the county report (summary,
 * charts, ranking), then every station's report, each starting on a new printed page.
 *
 * @category Reports
 * @example
 * ```ts
 * writeFileSync('county.html', renderBatchHtml(results, { lang: 'zh', grades: ruleset.grades }));
 * ```
 */
export function renderBatchHtml(results: readonly EvaluationResult[], options: ReportOptions = {}): string {
  return renderCountyHtml(countyOfResults(results, options), options);
}

/**
 * Renders a batch of results as Markdown: the county report, then every station's report.
 *
 * @category Reports
 * @example
 * ```ts
 * writeFileSync('county.md', renderBatchMarkdown(results, { lang: 'en', grades: ruleset.grades }));
 * ```
 */
export function renderBatchMarkdown(results: readonly EvaluationResult[], options: ReportOptions = {}): string {
  return renderCountyMarkdown(countyOfResults(results, options), options);
}

/**
 * Renders the summary and ranking of a batch of results for a terminal.
 *
 * @category Reports
 * @example
 * ```ts
 * process.stdout.write(renderBatchTable(results, { lang: 'zh' }));
 * ```
 */
export function renderBatchTable(results: readonly EvaluationResult[], options: ReportOptions = {}): string {
  return renderCountyTable(countyOfResults(results, options), options);
}
