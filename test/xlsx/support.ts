/** Workbooks for the spreadsheet tests: the rulesets, and a way to change cells of a workbook. */
import ExcelJS from 'exceljs';
import { baseRuleset } from '../../src/ruleset/base.js';
import type { Ruleset } from '../../src/ruleset/finalize.js';
import { loadRulesetOrThrow } from '../../src/ruleset/load.js';
import { readJson } from '../support/variants.js';

/** The standard's ruleset and the Jinhua variant (three declared record kinds). */
export const RULESETS: ReadonlyArray<readonly [string, Ruleset]> = [
  ['the base ruleset', baseRuleset()],
  ['the Jinhua variant', loadRulesetOrThrow([readJson('examples/variants/jinhua-city.json')])],
];

/** The Jinhua variant. */
export const jinhua = RULESETS[1]![1];

/** A workbook's bytes opened with exceljs. */
export async function opened(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

/** Opens a workbook's bytes with exceljs, lets `change` edit it, and returns the new bytes. */
export async function edited(bytes: Uint8Array, change: (workbook: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const workbook = await opened(bytes);
  change(workbook);
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

/** A sheet of a workbook by the key at the end of its name (`liaisons`, `station`). */
export function sheetOf(workbook: ExcelJS.Workbook, key: string): ExcelJS.Worksheet {
  const sheet = workbook.worksheets.find((ws) => ws.name.split(' ').pop() === key);
  if (!sheet) throw new Error(`no sheet ${key}`);
  return sheet;
}

/** The column number of a header's field name on a sheet's first row. */
export function columnOf(sheet: ExcelJS.Worksheet, key: string): number {
  let found = 0;
  sheet.getRow(1).eachCell((cell, column) => {
    if (String(cell.value).split(' ').pop() === key) found = column;
  });
  if (found === 0) throw new Error(`no column ${key} on ${sheet.name}`);
  return found;
}
