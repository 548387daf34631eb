/**
 * `clean-station/xlsx`: station workbooks for integrators. Write the workbook a station fills in
 * (for a ruleset, with its declared record kinds; empty or filled with facts), read a filled
 * workbook back into facts with every problem located by sheet, row and column, and write a
 * batch of results as a workbook for evaluators. Kept apart from the main entry, so that an
 * application that does not use spreadsheets never loads exceljs.
 *
 * @example
 * ```ts
 * import { baseRuleset, evaluate } from 'clean-station';
 * import { readWorkbook, workbookTemplate } from 'clean-station/xlsx';
 *
 * const ruleset = baseRuleset();
 * const template = await workbookTemplate(ruleset, { lang: 'zh' });
 * const read = await readWorkbook(filledBytes, { ruleset });
 * if (read.ok) console.log((await evaluate(read.value, { ruleset })).total);
 * ```
 *
 * @packageDocumentation
 * @module clean-station/xlsx
 */
export { batchWorkbook, rankStations } from './batch.js';
export { WORKBOOK_LIMITS } from './grid.js';
export {
  type CellLocation,
  formatLocation,
  type WorkbookIssue,
  type WorkbookIssueCode,
  workbookIssueTemplates,
} from './issues.js';
export {
  type Column,
  type ColumnType,
  columnLetter,
  type FieldsSheet,
  type ListSheet,
  type WorkbookLayout,
  workbookLayout,
} from './layout.js';
export { type ReadWorkbookOptions, readWorkbook, type WorkbookRead } from './read.js';
export { type WorkbookTemplateOptions, workbookTemplate } from './write.js';
