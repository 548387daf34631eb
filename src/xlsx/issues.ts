/**
 * Problems found in a workbook: issues of the facts (a code, the facts path, zh/en messages)
 * located by sheet, row and column, and the catalogue of the codes that only a workbook has.
 */
import { type Issue, type JsonPath, makeIssue } from '../issues/issue.js';
import { registerIssueTemplates } from '../issues/messages.js';

/** The messages of the workbook's own issue codes. */
const WORKBOOK_TEMPLATES = {
  'xlsx-unreadable': {
    zh: '不是可读取的 .xlsx 工作簿（{detail}）',
    en: 'Not a readable .xlsx workbook ({detail})',
  },
  'xlsx-too-large': {
    zh: '工作簿解压后过大（{size} 字节，上限 {limit}）',
    en: 'The workbook unpacks to too much data ({size} bytes; the limit is {limit})',
  },
  'xlsx-missing-sheet': { zh: '缺少工作表“{sheet}”', en: 'Sheet "{sheet}" is missing' },
  'xlsx-sheet-read-as-empty': {
    zh: '缺少工作表“{sheet}”，按没有记录读取',
    en: 'Sheet "{sheet}" is missing: read as no records',
  },
  'xlsx-unknown-sheet': {
    zh: '未知工作表“{sheet}”，其中填有内容（可用的工作表：{known}）',
    en: 'Unknown sheet "{sheet}" with data in it (known sheets: {known})',
  },
  'xlsx-unknown-column': {
    zh: '未知列“{header}”，其中填有内容（可用的列：{known}）',
    en: 'Unknown column "{header}" with data in it (known columns: {known})',
  },
  'xlsx-unknown-empty-column': {
    zh: '未知列“{header}”（该列为空，已忽略）',
    en: 'Unknown column "{header}" (empty, ignored)',
  },
  'xlsx-unnamed-column': {
    zh: '此列没有表头，但填有内容',
    en: 'A value in a column without a header',
  },
  'xlsx-duplicate-column': {
    zh: '列“{key}”重复（已在第 {first} 列）',
    en: 'Column "{key}" appears twice (already in column {first})',
  },
  'xlsx-missing-column': { zh: '缺少必填列“{header}”', en: 'Required column "{header}" is missing' },
  'xlsx-unknown-row': {
    zh: '未知项目“{label}”（可用的项目：{known}）',
    en: 'Unknown field "{label}" (known fields: {known})',
  },
  'xlsx-duplicate-row': {
    zh: '项目“{key}”重复（已在第 {first} 行）',
    en: 'Field "{key}" appears twice (already in row {first})',
  },
  'xlsx-not-a-number': { zh: '“{value}”不是数字', en: '"{value}" is not a number' },
  'xlsx-not-a-boolean': {
    zh: '“{value}”应为“是”或“否”',
    en: '"{value}" is not yes or no (是/否, true/false)',
  },
  'xlsx-unknown-label': { zh: '“{value}”不是可选值：{allowed}', en: '"{value}" is not one of: {allowed}' },
  'xlsx-time-in-date': {
    zh: '“{value}”带有时间：此列只填日期',
    en: '"{value}" has a time of day: this column takes a date',
  },
  'xlsx-not-text': { zh: '此列应填文字，实为{received}', en: 'Expected text, got {received}' },
  'xlsx-cell-error': { zh: '单元格为错误值 {value}', en: 'The cell holds the error {value}' },
  'xlsx-formula-without-value': {
    zh: '公式没有计算结果（请在表格软件中重新计算并保存）',
    en: 'A formula without a computed value (recalculate and save the workbook)',
  },
  'xlsx-unknown-parent': {
    zh: '工作表“{sheet}”中没有编号为“{ref}”的行',
    en: 'No row of sheet "{sheet}" has the id "{ref}"',
  },
  'xlsx-presence-conflict': {
    zh: '标为“否”，但其下各项已填写',
    en: 'Marked "no", but its fields are filled in',
  },
  'xlsx-not-representable': {
    zh: '无法写入表格：{reason}',
    en: 'Cannot be written to a workbook: {reason}',
  },
} as const;

let registered = false;

/**
 * An issue of one of the workbook's codes (its messages registered with the catalogue on first
 * use, so that importing this module has no side effect).
 *
 * @example
 * ```ts
 * workbookCodeIssue('xlsx-not-representable', ['records', 'disclosures', 0, 'eventIds'], { reason: '…' });
 * ```
 */
export function workbookCodeIssue(code: string, path: JsonPath, params: Record<string, string | number> = {}): Issue {
  if (!registered) {
    registerIssueTemplates(WORKBOOK_TEMPLATES);
    registered = true;
  }
  return makeIssue(code, path, params);
}

/**
 * A code of the workbook's own issues.
 *
 * @example
 * ```ts
 * const code: WorkbookIssueCode = 'xlsx-missing-column';
 * ```
 */
export type WorkbookIssueCode = keyof typeof WORKBOOK_TEMPLATES;

/**
 * The workbook's issue codes with their zh/en templates (for documentation and tests).
 *
 * @example
 * ```ts
 * workbookIssueTemplates['xlsx-missing-column'].en; // 'Required column "{header}" is missing'
 * ```
 */
export const workbookIssueTemplates: Readonly<Record<WorkbookIssueCode, { zh: string; en: string }>> =
  WORKBOOK_TEMPLATES;

/**
 * Where in a workbook a problem is: the sheet, and where known the row (1-based, as the
 * spreadsheet shows it) and the column (its letter and its header).
 *
 * @example
 * ```ts
 * const at: CellLocation = { sheet: '对接村电工、企业电工 liaisons', row: 5, column: 'B', header: '日期 date' };
 * ```
 */
export interface CellLocation {
  readonly sheet: string;
  readonly row?: number;
  readonly column?: string;
  readonly header?: string;
}

/**
 * An issue of a workbook: an issue of the facts (code, facts path, zh/en message) with the cell
 * it was found in.
 *
 * @example
 * ```ts
 * for (const issue of read.issues) console.log(formatLocation(issue.location), issue.message.zh);
 * ```
 */
export interface WorkbookIssue extends Issue {
  readonly location: CellLocation;
}

/**
 * A workbook issue: the issue of `code` at the facts path, located at a cell.
 *
 * @example
 * ```ts
 * workbookIssue('xlsx-missing-column', ['records', 'liaisons'], { header: '日期 date' }, { sheet: '…' });
 * ```
 */
export function workbookIssue(
  code: string,
  path: JsonPath,
  params: Record<string, string | number>,
  location: CellLocation,
): WorkbookIssue {
  return { ...workbookCodeIssue(code, path, params), location };
}

/**
 * A location as spreadsheets write references: a cell `sheet!B5 (日期 date)`, a row `sheet!5:5`, a
 * column `sheet!B:B (日期 date)`, or the sheet alone.
 *
 * @example
 * ```ts
 * formatLocation({ sheet: '人员 staff', row: 3, column: 'A', header: '编号 id' }); // '人员 staff!A3 (编号 id)'
 * ```
 */
export function formatLocation(location: CellLocation): string {
  const { sheet, row, column, header } = location;
  if (row === undefined) return column === undefined ? sheet : `${sheet}!${column}:${column} (${header ?? column})`;
  if (column === undefined) return `${sheet}!${row}:${row}`;
  return `${sheet}!${column}${row}${header === undefined ? '' : ` (${header})`}`;
}
