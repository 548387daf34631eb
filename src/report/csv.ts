/** The CSV summary of results: one row per station, every item's score in its own column. */
import { stringify } from 'csv-stringify/sync';
import type { EvaluationResult } from '../result/schema.js';
import { gradeBandsFor } from './grades.js';
import { type Lang, reportMessages } from './messages/index.js';
import { pathToNextGrade } from './next-grade.js';
import type { ReportOptions } from './options.js';
import type { SummaryItem, SummaryResult } from './summary.js';
import { pick } from './text.js';

/** An item column of a CSV: the item's id, and its header in the report's language. */
export interface ItemColumn {
  readonly id: string;
  readonly header: string;
}

/**
 * The item columns of items listed in any order: one per id, in the order first seen, headed by
 * the number and title of its first listing in the report's language.
 *
 * @example
 * ```ts
 * columnsOfItems(summary.items, 'zh')[0]; // { id: 'service-point-siting', header: '1 服务网点…' }
 * ```
 */
export function columnsOfItems(items: Iterable<Pick<SummaryItem, 'id' | 'seq' | 'title'>>, lang: Lang): ItemColumn[] {
  const columns: ItemColumn[] = [];
  const seen = new Set<string>();
  for (const item of items) {
    if (seen.has(item.id)) continue;
    seen.add(item.id);
    columns.push({ id: item.id, header: `${item.seq} ${pick(item.title, lang)}` });
  }
  return columns;
}

/**
 * The item columns of results: every item in the order first seen, headed by its number and
 * title in the report's language (`9 客户经理每月对接村电工、企业电工`).
 *
 * @example
 * ```ts
 * itemColumns(results, 'en')[0]; // { id: 'service-point-siting', header: '1 Service points sited …' }
 * ```
 */
export function itemColumns(results: readonly SummaryResult[], lang: Lang): ItemColumn[] {
  return columnsOfItems(
    (function* () {
      for (const result of results) yield* result.items;
    })(),
    lang,
  );
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

/** A row of a CSV document: text cells and numbers. */
export type CsvRow = ReadonlyArray<string | number>;

/**
 * Rows as CSV text, with a byte-order mark or without (see {@link csvDocument}). csv-stringify
 * writes each row as it is taken, so rows given one at a time are not held.
 */
function csvText(rows: Iterable<CsvRow>, bom: boolean): string {
  // csv-stringify reads its input with `for … of`, though it types it as an array.
  return stringify(rows as Iterable<Array<string | number>> as Array<Array<string | number>>, {
    bom,
    record_delimiter: 'windows',
    // A line break of either kind inside a cell is quoted (a lone `\r` would otherwise end the row).
    quoted_match: /[\r\n]/,
    cast: { string: csvTextCell },
  });
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
export function csvDocument(rows: readonly CsvRow[]): string {
  return csvText(rows, true);
}

/**
 * Rows written together in one piece of {@link csvDocumentPieces}: few enough that a piece's text
 * seldom outlives a young-generation collection, which would move it to the old generation and
 * leave it there as garbage until a full collection (a county of 100 000 stations grew its heap
 * by about 1 kB per station that way with 256 rows a piece).
 */
const ROWS_PER_PIECE = 64;

/**
 * The {@link csvDocument} of rows given one at a time, in pieces of a few dozen rows: joined,
 * the pieces are exactly `csvDocument` of all the rows. Each row is written as soon as it is
 * taken, so only one row, and the text of one piece, is held at a time.
 *
 * @example
 * ```ts
 * for (const piece of csvDocumentPieces(rowsOneByOne())) out.write(piece);
 * ```
 */
export function* csvDocumentPieces(rows: Iterable<CsvRow>): Generator<string> {
  const next = rows[Symbol.iterator]();
  let done = false;
  function* piece(): Generator<CsvRow> {
    for (let n = 0; n < ROWS_PER_PIECE; n++) {
      const row = next.next();
      if (row.done === true) {
        done = true;
        return;
      }
      yield row.value;
    }
  }
  // The first piece carries the byte-order mark, even when there are no rows at all.
  yield csvText(piece(), true);
  while (!done) {
    const text = csvText(piece(), false);
    if (text !== '') yield text;
  }
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
