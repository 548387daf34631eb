/**
 * `workbookTemplate`: the workbook a station fills in, for a ruleset (its record kinds, built-in
 * and declared), empty or filled with existing facts. Written by exceljs: an instructions sheet
 * first, the station sheet, a sheet per list; frozen headers with the field name beside the
 * Chinese title, a hint on every header, drop-downs of Chinese labels, date and whole-number
 * validation, column widths. Values from the facts are written as values, never as formulas.
 */
import ExcelJS from 'exceljs';
import type { FactsKinds } from '../facts/for-ruleset.js';
import type { StationFacts } from '../facts/schema.js';
import { InvalidInputError, type Issue, type JsonPath } from '../issues/issue.js';
import type { Lang } from '../report/messages/index.js';
import { BOOLEAN_WORDS, cellValue, labelOf, unrepresentable } from './cells.js';
import { workbookCodeIssue } from './issues.js';
import {
  auxiliarySheetName,
  type Column,
  columnLetter,
  type FieldsSheet,
  type ListSheet,
  type WorkbookLayout,
  workbookLayout,
} from './layout.js';
import { columnHeader, columnHint, HEADERS, INSTRUCTIONS, inLang, targetSheet } from './texts.js';

/**
 * Options of {@link workbookTemplate}.
 *
 * @example
 * ```ts
 * const options: WorkbookTemplateOptions = { facts, lang: 'en' };
 * ```
 */
export interface WorkbookTemplateOptions {
  /** Facts to fill the workbook with (parsed for the same ruleset); an empty workbook when absent. */
  readonly facts?: StationFacts;
  /** Language of the instructions, hints, drop-down labels and yes/no words (`zh` by default). */
  readonly lang?: Lang;
}

/** Rows below the header that carry the drop-downs and checks, beyond the rows written. */
const SPARE_ROWS = 1000;
const DATE_FORMAT = 'yyyy-mm-dd';
const DATE_TIME_FORMAT = 'yyyy-mm-dd hh:mm';
const TEXT_FORMAT = '@';
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
const FIRST_PLAUSIBLE_DAY = new Date(Date.UTC(1990, 0, 1));
const LAST_PLAUSIBLE_DAY = new Date(Date.UTC(2100, 11, 31, 23, 59));

type Json = Record<string, unknown>;

/** Display width of a text: a CJK character takes two columns. */
function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += (char.codePointAt(0) ?? 0) > 0x2e80 ? 2 : 1;
  return width;
}

const TYPE_WIDTHS: Partial<Record<Column['type'], number>> = {
  date: 12,
  'date-time': 20,
  text: 18,
  refs: 18,
  texts: 30,
  enums: 24,
};

function columnWidth(column: Column): number {
  const typeWidth = column.key.endsWith('note') ? 30 : (TYPE_WIDTHS[column.type] ?? 12);
  return Math.min(40, Math.max(8, displayWidth(columnHeader(column)) + 2, typeWidth));
}

function getAt(value: unknown, path: readonly (string | number)[]): unknown {
  let node = value;
  for (const key of path) node = node === null || typeof node !== 'object' ? undefined : (node as Json)[key];
  return node;
}

/** The value of a column in an element: its field, or for a presence column whether the object is there. */
function valueIn(element: unknown, column: Column): unknown {
  const value = getAt(element, column.path);
  return column.type === 'presence' ? value !== undefined : value;
}

/** The lists of allowed labels, one column each on the hidden sheet, for the drop-downs. */
class LabelLists {
  private readonly columns = new Map<string, string>();
  constructor(
    private readonly sheet: ExcelJS.Worksheet,
    private readonly lang: Lang,
  ) {}

  /** The range of a column's labels on the hidden sheet (written once per set of labels). */
  rangeOf(column: Column): string {
    const labels = (column.values ?? []).map((v) => labelOf(v.value, column, this.lang));
    const key = labels.join('\n');
    let range = this.columns.get(key);
    if (range === undefined) {
      const index = this.columns.size + 1;
      const letter = columnLetter(index);
      this.sheet.getCell(1, index).value = column.key;
      labels.forEach((label, i) => {
        this.sheet.getCell(i + 2, index).value = label;
      });
      range = `'${this.sheet.name}'!$${letter}$2:$${letter}$${labels.length + 1}`;
      this.columns.set(key, range);
    }
    return range;
  }
}

/** The validations of a sheet by range (exceljs has them, its types do not show them). */
const rangeValidations = (sheet: ExcelJS.Worksheet) =>
  (sheet as unknown as { dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void } })
    .dataValidations;

/** Writes the workbook for one layout and language. */
class TemplateWriter {
  readonly workbook = new ExcelJS.Workbook();
  private readonly lists: LabelLists;
  private readonly problems: Issue[] = [];

  constructor(
    private readonly layout: WorkbookLayout,
    private readonly lang: Lang,
  ) {
    this.workbook.creator = 'clean-station';
    this.instructions();
    const listsSheet = this.workbook.addWorksheet(auxiliarySheetName('lists'), { state: 'hidden' });
    this.lists = new LabelLists(listsSheet, lang);
  }

  /** Facts values that would not read back the same, as issues; thrown once everything is written. */
  check(): void {
    if (this.problems.length > 0) throw new InvalidInputError('facts for a workbook', this.problems);
  }

  private instructions(): void {
    const sheet = this.workbook.addWorksheet(auxiliarySheetName('instructions'));
    sheet.getColumn(1).width = 28;
    sheet.getColumn(2).width = 34;
    sheet.getColumn(3).width = 8;
    sheet.getColumn(4).width = 90;
    const title = sheet.addRow([inLang(INSTRUCTIONS.title, this.lang)]);
    title.font = { bold: true, size: 14 };
    sheet.addRow([]);
    for (const paragraph of INSTRUCTIONS.paragraphs) {
      const row = sheet.addRow([this.lang === 'en' ? `${paragraph.zh}\n${paragraph.en}` : paragraph.zh]);
      sheet.mergeCells(row.number, 1, row.number, 4);
      row.getCell(1).alignment = { wrapText: true, vertical: 'top' };
      row.height = this.lang === 'en' ? 48 : 32;
    }
    sheet.addRow([]);
    const header = sheet.addRow(
      [HEADERS.sheet, HEADERS.column, HEADERS.required, HEADERS.hint].map((h) => inLang(h, this.lang)),
    );
    header.font = { bold: true };
    header.eachCell((cell) => {
      cell.fill = HEADER_FILL;
    });
    const yes = inLang(HEADERS.yes, this.lang);
    const columnsOf = (sheet: FieldsSheet | ListSheet) => ('rows' in sheet ? sheet.rows : sheet.columns);
    for (const data of [this.layout.fields, ...this.layout.lists]) {
      for (const column of columnsOf(data)) {
        const row = sheet.addRow([
          data.name,
          `${column.title.zh} ${column.key}`,
          column.required ? yes : '',
          columnHint(column, this.layout, this.lang),
        ]);
        row.getCell(4).alignment = { wrapText: true };
      }
    }
    sheet.views = [{ state: 'frozen', ySplit: header.number }];
  }

  /** The drop-down or check of a column's cells. */
  private validation(column: Column): ExcelJS.DataValidation | null {
    const prompt = {
      showInputMessage: true,
      promptTitle: column.title.zh.slice(0, 32),
      prompt: columnHint(column, this.layout, this.lang).slice(0, 255),
      showErrorMessage: true,
      allowBlank: true,
    };
    const error = (style: 'stop' | 'warning') => ({
      errorStyle: style,
      errorTitle: column.title.zh.slice(0, 32),
      error: columnHint(column, this.layout, this.lang).slice(0, 255),
    });
    switch (column.type) {
      case 'enum':
        return { type: 'list', formulae: [this.lists.rangeOf(column)], ...prompt, ...error('stop') };
      case 'boolean':
      case 'presence':
        return { type: 'list', formulae: [`"${BOOLEAN_WORDS[this.lang].join(',')}"`], ...prompt, ...error('stop') };
      case 'date':
      case 'date-time':
        return {
          type: 'date',
          operator: 'between',
          formulae: [FIRST_PLAUSIBLE_DAY, LAST_PLAUSIBLE_DAY],
          ...prompt,
          // A date-time may be typed as text with an offset: a warning, not a refusal.
          ...error(column.type === 'date' ? 'stop' : 'warning'),
        };
      case 'count':
      case 'number': {
        const type = column.type === 'count' ? 'whole' : 'decimal';
        const min = column.min ?? -1e9;
        const max = column.max ?? 1e9;
        return { type, operator: 'between', formulae: [min, max], ...prompt, ...error('stop') };
      }
      case 'ref':
      case 'parent': {
        const target = column.type === 'parent' ? this.parentOf(column) : targetSheet(this.layout, column.to ?? '');
        const idColumn = target?.columns.findIndex((c) => c.key === 'id') ?? -1;
        if (target === undefined || idColumn < 0) return null;
        const letter = columnLetter(idColumn + 1);
        const range = `'${target.name}'!$${letter}$2:$${letter}$${SPARE_ROWS + 1}`;
        return { type: 'list', formulae: [range], ...prompt, ...error('warning') };
      }
      default:
        return null;
    }
  }

  private parentOf(column: Column): ListSheet | undefined {
    return this.layout.lists.find((sheet) => sheet.columns.includes(column))?.parent;
  }

  private styleColumn(sheet: ExcelJS.Worksheet, index: number, column: Column): void {
    const col = sheet.getColumn(index);
    col.width = columnWidth(column);
    if (column.type === 'date') col.numFmt = DATE_FORMAT;
    else if (column.type === 'date-time') col.numFmt = DATE_TIME_FORMAT;
    else if (column.type === 'text' || column.type === 'ref' || column.type === 'parent' || column.type === 'refs')
      col.numFmt = TEXT_FORMAT;
    if (column.type === 'texts' || column.type === 'refs' || column.type === 'enums' || column.key.endsWith('note'))
      col.alignment = { wrapText: true, vertical: 'top' };
  }

  /** A value as a cell, or a problem when it would not read back the same. */
  private write(cell: ExcelJS.Cell, value: unknown, column: Column, path: JsonPath): void {
    const why = unrepresentable(value, column);
    if (why) this.problems.push(workbookCodeIssue('xlsx-not-representable', path, { reason: why.en }));
    const written = cellValue(value, column, this.lang);
    if (written === null) return;
    cell.value = written;
    // A date-time written as text keeps its offset; a day of a date-time column shows as a day.
    if (written instanceof Date && column.type === 'date-time') cell.numFmt = DATE_FORMAT;
  }

  private header(sheet: ExcelJS.Worksheet, titles: readonly string[], notes: readonly string[]): void {
    const row = sheet.getRow(1);
    titles.forEach((title, i) => {
      const cell = row.getCell(i + 1);
      cell.value = title;
      cell.font = { bold: true };
      cell.fill = HEADER_FILL;
      cell.alignment = { wrapText: true, vertical: 'middle' };
      cell.border = { bottom: { style: 'thin' } };
      cell.numFmt = 'General';
      const note = notes[i];
      if (note) cell.note = note;
    });
    row.height = 30;
  }

  fields(sheet: FieldsSheet, facts: StationFacts | undefined): void {
    const ws = this.workbook.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.getColumn(1).width = 34;
    ws.getColumn(2).width = 30;
    ws.getColumn(3).width = 60;
    this.header(
      ws,
      [HEADERS.field, HEADERS.value, HEADERS.hint].map((h) => inLang(h, this.lang)),
      [],
    );
    sheet.rows.forEach((column, i) => {
      const row = ws.getRow(i + 2);
      row.getCell(1).value = columnHeader(column);
      row.getCell(1).font = { bold: true };
      row.getCell(3).value = columnHint(column, this.layout, this.lang);
      const value = row.getCell(2);
      if (column.type === 'date') value.numFmt = DATE_FORMAT;
      else if (column.type !== 'presence' && column.type !== 'boolean') value.numFmt = TEXT_FORMAT;
      const validation = this.validation(column);
      if (validation) value.dataValidation = validation;
      if (facts) this.write(value, valueIn(facts, column), column, column.path);
    });
  }

  list(sheet: ListSheet, facts: StationFacts | undefined): void {
    const ws = this.workbook.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1, xSplit: 1 }] });
    sheet.columns.forEach((column, i) => this.styleColumn(ws, i + 1, column));
    const hints = sheet.columns.map((column) => columnHint(column, this.layout, this.lang));
    this.header(ws, sheet.columns.map(columnHeader), hints);
    const rows = facts ? rowsOf(sheet, facts) : [];
    rows.forEach(({ element, path, parentId }, i) => {
      const row = ws.getRow(i + 2);
      sheet.columns.forEach((column, c) => {
        const value = column.type === 'parent' ? parentId : valueIn(element, column);
        this.write(row.getCell(c + 1), value, column, [...path, ...column.path]);
      });
    });
    const last = rows.length + 1 + SPARE_ROWS;
    sheet.columns.forEach((column, c) => {
      const validation = this.validation(column);
      const letter = columnLetter(c + 1);
      if (validation) rangeValidations(ws).add(`${letter}2:${letter}${last}`, validation);
    });
  }
}

/** The rows of a list sheet from the facts: each element with its path (and its parent's id). */
function rowsOf(
  sheet: ListSheet,
  facts: StationFacts,
): Array<{ element: unknown; path: JsonPath; parentId?: unknown }> {
  if (sheet.parent === undefined) {
    const list = getAt(facts, sheet.path);
    return Array.isArray(list) ? list.map((element, i) => ({ element, path: [...sheet.path, i] })) : [];
  }
  const field = sheet.path[0] as string;
  return rowsOf(sheet.parent, facts).flatMap(({ element, path }) => {
    const entries = getAt(element, [field]);
    if (!Array.isArray(entries)) return [];
    return entries.map((entry, j) => ({ element: entry, path: [...path, field, j], parentId: getAt(element, ['id']) }));
  });
}

/**
 * The workbook a station fills in for a ruleset (the kinds it declares get sheets of their own),
 * as the bytes of an .xlsx file; filled with `facts` when given. Facts that would not read back
 * the same (a list entry holding a separator or a line break) are refused with an
 * `InvalidInputError` carrying an `xlsx-not-representable` issue per value.
 *
 * @example
 * ```ts
 * writeFileSync('station.xlsx', await workbookTemplate(ruleset, { lang: 'zh' }));
 * writeFileSync('filled.xlsx', await workbookTemplate(ruleset, { facts: parseFactsOrThrow(json, { ruleset }) }));
 * ```
 */
export async function workbookTemplate(
  ruleset: FactsKinds,
  options: WorkbookTemplateOptions = {},
): Promise<Uint8Array> {
  const layout = workbookLayout(ruleset);
  const writer = new TemplateWriter(layout, options.lang ?? 'zh');
  writer.fields(layout.fields, options.facts);
  for (const sheet of layout.lists) writer.list(sheet, options.facts);
  writer.check();
  // The hidden sheet of labels goes last, after the data sheets.
  const lists = writer.workbook.getWorksheet(auxiliarySheetName('lists'));
  if (lists) (lists as unknown as { orderNo: number }).orderNo = writer.workbook.worksheets.length + 1;
  const buffer = await writer.workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
