/** The CSV summary of results: one row per station, every item's score in its own column. */
import { stringify } from 'csv-stringify/sync';
import type { EvaluationResult } from '../result/schema.js';
import { gradeBandsFor } from './grades.js';
import { type Lang, reportMessages } from './messages/index.js';
import { pathToNextGrade } from './next-grade.js';
import type { ReportOptions } from './options.js';
import type { SummaryResult } from './summary.js';
import { pick } from './text.js';

/**
 * The item columns of results: every item in the order first seen, headed by its number and
 * title in the report's language (`9 客户经理每月对接村电工、企业电工`).
 *
 * @example
 * ```ts
 * itemColumns(results, 'en')[0]; // { id: 'service-point-siting', header: '1 Service points sited …' }
 * ```
 */
export function itemColumns(
  results: readonly SummaryResult[],
  lang: Lang,
): Array<{ readonly id: string; readonly header: string }> {
  const columns: Array<{ id: string; header: string }> = [];
  const seen = new Set<string>();
  for (const result of results) {
    for (const item of result.items) {
      if (seen.has(item.id)) continue;
      seen.add(item.id);
      columns.push({ id: item.id, header: `${item.seq} ${pick(item.title, lang)}` });
    }
  }
  return columns;
}

/** The first characters that make a spreadsheet read a cell as a formula (OWASP CSV injection). */
const FORMULA_STARTS = new Set(['=', '+', '-', '@', '\t', '\r']);

/**
 * A text cell that a spreadsheet shows as text: one starting with `=`, `+`, `-`, `@`, a tab or a
 * carriage return gets a leading `'`. Numbers are not text cells: they are never changed.
 *
 * @example
 * ```ts
 * csvTextCell('=HYPERLINK("http://x")'); // '\'=HYPERLINK("http://x")'
 * csvTextCell('柳桥供电所'); // '柳桥供电所'
 * ```
 */
export function csvTextCell(text: string): string {
  return FORMULA_STARTS.has(text.charAt(0)) ? `'${text}` : text;
}

/**
 * Rows as a CSV document: UTF-8 with a byte-order mark (spreadsheet programs then read Chinese
 * correctly), CRLF line ends, quoting by csv-stringify, formula-like text cells neutralised.
 *
 * @example
 * ```ts
 * csvDocument([['站所', '总分'], ['柳桥', 73]]);
 * ```
 */
export function csvDocument(rows: ReadonlyArray<ReadonlyArray<string | number>>): string {
  return stringify(rows as Array<Array<string | number>>, {
    bom: true,
    record_delimiter: 'windows',
    // A line break of either kind inside a cell is quoted (a lone `\r` would otherwise end the row).
    quoted_match: /[\r\n]/,
    cast: { string: csvTextCell },
  });
}

function nextGradeCell(result: EvaluationResult, options: ReportOptions): string {
  const grades = gradeBandsFor(result, options.grades);
  if (grades === null) return '';
  return pathToNextGrade(result, grades)
    .items.map((i) => i.seq)
    .join(' ');
}

/**
 * Renders results as a wide CSV (see `csvDocument`). Headers follow the language: item columns
 * are headed by item number and title, in the order first seen; a cell is empty when a station's
 * ruleset has no such item. The last column lists the numbers of the items on the path to the
 * next grade. Every text cell that a spreadsheet would read as a formula starts with `'` (see
 * `csvTextCell`); scores stay numbers. For a county evaluation (ranks, groups, files that could
 * not be evaluated) see `renderCountyCsv`.
 *
 * @category Reports
 * @example
 * ```ts
 * writeFileSync('stations.csv', renderCsv(results, { lang: 'zh' }));
 * ```
 */
export function renderCsv(results: readonly EvaluationResult[], options: ReportOptions = {}): string {
  const lang = options.lang ?? 'zh';
  const c = reportMessages(lang).csv;
  const columns = itemColumns(results, lang);
  const header = [
    c.stationId,
    c.stationName,
    c.periodStart,
    c.periodEnd,
    c.total,
    c.base,
    c.bonus,
    c.grade,
    ...columns.map((column) => column.header),
    c.nextGrade,
  ];
  const rows = results.map((r) => {
    const scores = new Map(r.items.map((i) => [i.id, i.score]));
    return [
      r.station.id,
      r.station.name,
      r.period.start,
      r.period.end,
      r.total,
      r.base,
      r.bonus,
      pick(r.gradeLabel, lang),
      ...columns.map((column) => scores.get(column.id) ?? ''),
      nextGradeCell(r, options),
    ];
  });
  return csvDocument([header, ...rows]);
}
