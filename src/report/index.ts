/** Reports over `EvaluationResult`s: JSON, Markdown, HTML, CSV and terminal tables, in zh and en. */
export { renderCsv } from './csv.js';
export { diffResults, type ItemChange, type ItemDiff, type ResultDiff } from './diff.js';
export { type GradeBands, gradeBandsFor } from './grades.js';
export { type CellState, type CoverageHeatmap, coverageHeatmap, type HeatmapRow } from './heatmap.js';
export { escapeHtml, renderBatchHtml, renderHtml } from './html.js';
export { renderJson } from './json.js';
export { renderBatchMarkdown, renderMarkdown } from './markdown.js';
export { LANGS, type Lang, reportMessages } from './messages/index.js';
export { type NextGradeStep, type PathToNextGrade, pathToNextGrade } from './next-grade.js';
export type { ReportOptions } from './options.js';
export { type BatchSummary, type ItemSummary, summarizeBatch } from './summary.js';
export { renderBatchTable, renderDiffTable, renderTable } from './table.js';
