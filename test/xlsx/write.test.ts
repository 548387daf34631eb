/**
 * The template workbook (`workbookTemplate`): its sheets follow the ruleset's record kinds, its
 * headers carry the Chinese title and the field name, its cells carry drop-downs of labels and
 * date checks, its header rows are frozen, and values from facts are written as values.
 */
import { readFileSync } from 'node:fs';
import type ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parseFactsOrThrow } from '../../src/facts/parse.js';
import { workbookLayout } from '../../src/xlsx/layout.js';
import { workbookTemplate } from '../../src/xlsx/write.js';
import { columnOf, opened, RULESETS, sheetOf } from './support.js';

const base = RULESETS[0]![1];

/** The validation of a cell as the workbook stores it (exceljs keeps them by cell address). */
const validationAt = (sheet: ExcelJS.Worksheet, address: string) =>
  (
    sheet as unknown as { dataValidations: { find(address: string): ExcelJS.DataValidation | undefined } }
  ).dataValidations.find(address);

describe('the template workbook', () => {
  it.each(RULESETS)(
    'has an instructions sheet first and a sheet for every list and record kind of %s',
    async (_name, ruleset) => {
      const workbook = await opened(await workbookTemplate(ruleset));
      const names = workbook.worksheets.map((sheet) => sheet.name);
      expect(names[0]).toBe('填表说明 instructions');
      const layout = workbookLayout(ruleset);
      expect(names).toEqual(expect.arrayContaining([layout.fields.name, ...layout.lists.map((sheet) => sheet.name)]));
      for (const kind of ruleset.recordKinds) {
        expect(layout.lists.some((sheet) => sheet.path.join('.') === `records.${kind.name}`)).toBe(true);
      }
      expect(layout.fields.name).toBe('供电所 station');
      expect(layout.lists.map((sheet) => sheet.key)).toEqual(
        expect.arrayContaining([
          'servicePoints',
          'staff',
          'duties',
          'appointments',
          'reviews',
          'supervisionGroup.members',
        ]),
      );
      // The hidden sheet of drop-down labels comes after every data sheet.
      expect(workbook.worksheets.at(-1)?.state).toBe('hidden');
    },
    30_000,
  );

  it('heads every column with its Chinese title and field name, marks required ones and freezes the header row', async () => {
    const workbook = await opened(await workbookTemplate(base));
    const duties = sheetOf(workbook, 'duties');
    expect(duties.getRow(1).values).toEqual(
      expect.arrayContaining(['*人员 staffId', '*岗位 role', '*任职开始日期 start', '任职结束日期 end']),
    );
    expect(duties.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheetOf(workbook, 'station').views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  }, 30_000);

  it('offers Chinese labels in a drop-down for an enum, the staff ids for a reference, and checks date cells', async () => {
    const workbook = await opened(await workbookTemplate(base));
    const duties = sheetOf(workbook, 'duties');
    const cell = (key: string) => `${duties.getColumn(columnOf(duties, key)).letter}5`;
    const role = validationAt(duties, cell('role'));
    expect(role).toMatchObject({ type: 'list', errorStyle: 'stop' });
    const [, sheetName, column, first, last] =
      /^'(.+)'!\$([A-Z]+)\$(\d+):\$[A-Z]+\$(\d+)$/.exec(String(role?.formulae[0] ?? '')) ?? [];
    const labels = workbook.getWorksheet(sheetName);
    const shown: unknown[] = [];
    for (let row = Number(first); row <= Number(last); row++) shown.push(labels?.getCell(`${column}${row}`).value);
    expect(shown).toEqual(['驻村客户经理', '站点廉政监督员']);
    expect(validationAt(duties, cell('staffId'))).toMatchObject({
      type: 'list',
      formulae: ["'人员 staff'!$A$2:$A$1001"],
    });
    expect(validationAt(duties, cell('start'))).toMatchObject({ type: 'date', operator: 'between' });
    expect(duties.getColumn(columnOf(duties, 'start')).numFmt).toBe('yyyy-mm-dd');
  }, 30_000);

  it('writes English labels in English, the Chinese titles staying in the headers', async () => {
    const facts = parseFactsOrThrow(JSON.parse(readFileSync('examples/station-with-lapses.json', 'utf8')));
    const workbook = await opened(await workbookTemplate(base, { facts, lang: 'en' }));
    const duties = sheetOf(workbook, 'duties');
    const roles = new Set(duties.getColumn(columnOf(duties, 'role')).values.slice(2));
    expect(roles.size).toBeGreaterThan(0);
    expect([...roles].every((role) => role === 'customer manager' || role === 'supervisor')).toBe(true);
    expect(duties.getRow(1).values).toContain('*岗位 role');
  }, 30_000);

  it('writes text from the facts as text, never as a formula, whatever it starts with', async () => {
    const facts = parseFactsOrThrow({
      station: { id: 'st-1', name: '=HYPERLINK("http://example.invalid","x")' },
      period: { start: '2023-01-01', end: '2023-12-31' },
      staff: [{ id: '+1', name: '@SUM(A1)' }],
    });
    const workbook = await opened(await workbookTemplate(base, { facts }));
    const cells: ExcelJS.CellValue[] = [];
    for (const sheet of workbook.worksheets)
      sheet.eachRow((row) => row.eachCell((cell) => void cells.push(cell.value)));
    expect(cells.some((value) => typeof value === 'object' && value !== null && 'formula' in value)).toBe(false);
    expect(cells).toEqual(expect.arrayContaining(['=HYPERLINK("http://example.invalid","x")', '+1', '@SUM(A1)']));
  }, 30_000);
});
