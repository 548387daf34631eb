/** Reports over `EvaluationResult`s: JSON, Markdown, HTML, CSV and terminal tables, in zh and en. */
export { countyOfResults, renderBatchHtml, renderBatchMarkdown, renderBatchTable } from './batch.js';
export {
  type CountyEntry,
  type CountyInput,
  type CountyOptions,
  type CountyRanking,
  type CountyResult,
  type CountySummary,
  countyRanking,
  countySummary,
  type DuplicateSource,
  type GroupBy,
  type GroupSummary,
  type PeriodRanking,
  type PreviousResult,
  type RankedStation,
  rankedStations,
  type SkippedSource,
  type SkipReason,
  type StreamedPeriod,
  withStationsListed,
} from './county.js';
export { countyCsvPieces, renderCountyCsv } from './county-csv.js';
export { renderCountyHtml } from './county-html.js';
export { countyJson, countyJsonPieces, countyResultText, type JsonPiece, renderCountyJson } from './county-json.js';
export { renderCountyMarkdown } from './county-markdown.js';
export { renderCsv } from './csv.js';
export { diffResults, type ItemChange, type ItemDiff, type ResultDiff } from './diff.js';
export { findingsOf } from './findings.js';
export { type GradeBands, gradeBandsFor } from './grades.js';
export {
  type CellState,
  type CoverageHeatmap,
  coverageHeatmap,
  type HeatmapRow,
  type HeatmapSpan,
} from './heatmap.js';
export { escapeHtml, renderHtml } from './html.js';
export { type RenderJsonOptions, renderJson } from './json.js';
export { type LetterOptions, renderLetter } from './letter.js';
export { renderMarkdown } from './markdown.js';
export { LANGS, type Lang, reportMessages } from './messages/index.js';
export { type NextGradeStep, type PathToNextGrade, pathToNextGrade } from './next-grade.js';
export type { ReportOptions } from './options.js';
export {
  type BatchSummary,
  type ItemSummary,
  lostPoints,
  type SummaryItem,
  type SummaryResult,
  summarizeBatch,
} from './summary.js';
export { countyTablePieces, renderCountyTable, renderDiffTable, renderTable } from './table.js';
