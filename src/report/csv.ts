/** The CSV summary of a batch: one row per station, every item's score in its own column. */
import { stringify } from 'csv-stringify/sync';
import type { EvaluationResult } from '../result/schema.js';
import { gradeBandsFor } from './grades.js';
import { reportMessages } from './messages/index.js';
import { pathToNextGrade } from './next-grade.js';
import type { ReportOptions } from './options.js';
import { pick } from './text.js';

function itemColumns(results: readonly EvaluationResult[]): string[] {
  const ids: string[] = [];
  const seen = new Set<string>();
  for (const result of results) {
    for (const item of result.items) {
      if (!seen.has(item.id)) {
        seen.add(item.id);
        ids.push(item.id);
      }
    }
  }
  return ids;
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

function nextGradeCell(result: EvaluationResult, options: ReportOptions): string {
  const grades = gradeBandsFor(result, options.grades);
  if (grades === null) return '';
  return pathToNextGrade(result, grades)
    .items.map((i) => i.id)
    .join(' ');
}

/**
 * Renders results as a wide CSV (UTF-8 with a byte-order mark so spreadsheet programs read the
 * Chinese correctly; CRLF line ends; quoting by csv-stringify). Item columns are headed by item
 * id, in the order first seen; a cell is empty when a station's ruleset has no such item. The
 * last column lists the items on the path to the next grade. Every text cell that a spreadsheet
 * would read as a formula starts with `'` (see `csvTextCell`); scores stay numbers.
 *
 * @category Reports
 * @example
 * ```ts
 * writeFileSync('county.csv', renderCsv(results, { lang: 'zh' }));
 * ```
 */
export function renderCsv(results: readonly EvaluationResult[], options: ReportOptions = {}): string {
  const lang = options.lang ?? 'zh';
  const c = reportMessages(lang).csv;
  const ids = itemColumns(results);
  const header = [
    c.stationId,
    c.stationName,
    c.periodStart,
    c.periodEnd,
    c.total,
    c.base,
    c.bonus,
    c.grade,
    ...ids,
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
      ...ids.map((id) => scores.get(id) ?? ''),
      nextGradeCell(r, options),
    ];
  });
  return stringify([header, ...rows], {
    bom: true,
    record_delimiter: 'windows',
    // A line break of either kind inside a cell is quoted (a lone `\r` would otherwise end the row).
    quoted_match: /[\r\n]/,
    cast: { string: csvTextCell },
  });
}
