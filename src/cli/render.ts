/** Picks the renderer for a `--format`. */

import { renderBatchHtml, renderBatchMarkdown, renderBatchTable } from '../report/batch.js';
import { renderCsv } from '../report/csv.js';
import { renderHtml } from '../report/html.js';
import { renderJson } from '../report/json.js';
import { renderMarkdown } from '../report/markdown.js';
import type { ReportOptions } from '../report/options.js';
import { renderTable } from '../report/table.js';
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
 * Renders a batch in a format.
 *
 * @example
 * ```ts
 * renderMany(results, 'csv', { lang: 'zh' });
 * ```
 */
export function renderMany(results: readonly EvaluationResult[], format: ReportFormat, options: ReportOptions): string {
  switch (format) {
    case 'json':
      return renderJson(results);
    case 'md':
      return renderBatchMarkdown(results, options);
    case 'html':
      return renderBatchHtml(results, options);
    case 'csv':
      return renderCsv(results, options);
    default:
      return renderBatchTable(results, options);
  }
}
