/**
 * Workbooks on the command line: `template` and `import`, `evaluate` / `validate` / `batch` reading
 * `.xlsx`, `batch --format xlsx`, and `page`.
 */
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseFactsOrThrow } from '../../src/facts/parse.js';
import { ensurePackageBuilt } from '../package/support.js';
import { columnOf, edited, opened, sheetOf } from '../xlsx/support.js';
import { cli, ensureBuilt, example, scratchDir } from './support.js';

beforeAll(async () => {
  await ensurePackageBuilt();
  await ensureBuilt();
}, 300_000);

const openedFile = (file: string) => opened(readFileSync(file));

/** The lapses example written as a workbook by `template --from`, in a fresh folder. */
function lapsesWorkbook(): { dir: string; file: string } {
  const dir = scratchDir('xlsx');
  const file = join(dir, 'lapses.xlsx');
  const run = cli(['template', '-o', file, '--from', example('station-with-lapses')]);
  expect(run.stderr).toContain(file);
  expect(run.status).toBe(0);
  return { dir, file };
}

describe('clean-station template and import', () => {
  it('writes an empty template, and refuses to write a workbook to the terminal', async () => {
    const file = join(scratchDir('template'), 'station.xlsx');
    expect(cli(['template', '-o', file]).status).toBe(0);
    const workbook = await openedFile(file);
    expect(workbook.worksheets[0]?.name).toBe('填表说明 instructions');
    const refused = cli(['template', '--lang', 'en']);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('xlsx is a binary file: name the output file with -o');
  }, 60_000);

  it('imports the workbook template --from wrote as the same facts', () => {
    const { dir, file } = lapsesWorkbook();
    const json = join(dir, 'back.json');
    expect(cli(['import', file, '-o', json]).status).toBe(0);
    // A workbook has no cell for `$schema` (the editor hint of a JSON file): everything else comes back.
    const { $schema, ...original } = parseFactsOrThrow(
      JSON.parse(readFileSync(example('station-with-lapses'), 'utf8')),
    );
    expect($schema).toBeDefined();
    expect(parseFactsOrThrow(JSON.parse(readFileSync(json, 'utf8')))).toEqual(original);
  }, 60_000);

  it('evaluates and validates a workbook as it does the facts file it came from', () => {
    const { file } = lapsesWorkbook();
    const fromJson = cli(['evaluate', example('station-with-lapses'), '--format', 'json']);
    const fromWorkbook = cli(['evaluate', file, '--format', 'json']);
    expect(fromWorkbook.status).toBe(fromJson.status);
    expect(fromWorkbook.stdout).toBe(fromJson.stdout);
    const valid = cli(['validate', file, '--lang', 'en']);
    expect(valid.status).toBe(0);
    expect(valid.stdout).toContain(`${file}: valid facts`);
  }, 60_000);

  it('prints each problem of a broken workbook on one line with its sheet, row and column', async () => {
    const { dir, file } = lapsesWorkbook();
    const broken = join(dir, 'broken.xlsx');
    const set = (workbook: ExcelJS.Workbook, sheet: string, key: string, row: number, value: string) => {
      const ws = sheetOf(workbook, sheet);
      ws.getCell(row + 1, columnOf(ws, key)).value = value;
    };
    const bytes = await edited(readFileSync(file), (workbook) => {
      set(workbook, 'liaisons', 'date', 2, '下周一');
      set(workbook, 'ledgerHandovers', 'fromStaffId', 1, 'nobody');
      set(workbook, 'duties', 'role', 1, '所长');
      const disclosures = sheetOf(workbook, 'disclosures');
      disclosures.spliceColumns(columnOf(disclosures, 'frequency'), 1);
    });
    writeFileSync(broken, bytes);
    for (const command of ['validate', 'evaluate', 'import']) {
      const run = cli([command, broken, '--lang', 'en']);
      expect(run.status).toBe(2);
      const lines = run.stderr.trim().split('\n');
      expect(lines).toEqual([
        expect.stringMatching(
          /^.*broken\.xlsx: 岗位任职 duties!C2 \(岗位 role\) duties\[0\]\.role: .*所长.*\[xlsx-unknown-label\]$/,
        ),
        expect.stringMatching(
          /broken\.xlsx: 对接村电工、企业电工 liaisons!B3 \(日期 date\) records\.liaisons\[1\]\.date: .*\[invalid-date-time\]$/,
        ),
        expect.stringMatching(
          /broken\.xlsx: 台账移交 ledgerHandovers!E2 \(移交人 fromStaffId\) records\.ledgerHandovers\[0\]\.fromStaffId: .*\[unknown-reference\]$/,
        ),
        expect.stringMatching(
          /broken\.xlsx: 服务公开 disclosures!1:1 records\.disclosures: Required column "公开频次 frequency" is missing \[xlsx-missing-column\]$/,
        ),
        expect.stringMatching(/broken\.xlsx: 4 problems/),
      ]);
    }
  }, 120_000);
});

describe('clean-station batch with workbooks', () => {
  it('evaluates workbooks beside facts files and writes a ranked summary, a matrix and the lost points as xlsx', async () => {
    const { dir } = lapsesWorkbook();
    const hostile = JSON.parse(readFileSync(example('compliant-station'), 'utf8'));
    hostile.station.name = '=HYPERLINK("http://example.invalid","x")';
    writeFileSync(join(dir, 'compliant.json'), JSON.stringify(hostile));
    copyFileSync(join(dir, 'lapses.xlsx'), join(dir, '~$lapses.xlsx'));
    const out = join(scratchDir('batch-xlsx'), 'county.xlsx');
    const run = cli(['batch', dir, '--format', 'xlsx', '-o', out, '--lang', 'en']);
    expect(run.stderr).toContain('~$lapses.xlsx');
    expect(run.status).toBe(0);
    const workbook = await openedFile(out);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['summary', 'matrix', 'lost points']);
    const [summary, matrix, lost] = workbook.worksheets;
    expect(summary!.getRow(2).values).toEqual(
      expect.arrayContaining([1, '=HYPERLINK("http://example.invalid","x")', 100]),
    );
    expect(summary!.getRow(3).values).toEqual(expect.arrayContaining([2, 73]));
    expect(matrix!.getRow(3).getCell(2).value).toBe(100);
    expect(JSON.stringify((matrix as unknown as { conditionalFormattings: unknown }).conditionalFormattings)).toContain(
      'FFFFC7CE',
    );
    expect(lost!.rowCount).toBeGreaterThan(1);
    expect(lost!.getRow(2).getCell(8).value).not.toBe('');
    for (const sheet of workbook.worksheets)
      sheet.eachRow((row) =>
        row.eachCell((cell) =>
          expect(typeof cell.value === 'object' && cell.value !== null && 'formula' in cell.value).toBe(false),
        ),
      );
    const refused = cli(['batch', dir, '--format', 'xlsx', '--lang', 'en']);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toBe('batch: xlsx is a binary file: name the output file with -o\n');
  }, 120_000);
});

describe('clean-station page', () => {
  it('writes one self-contained HTML file that loads nothing from the network', () => {
    const file = join(scratchDir('page'), 'self-check.html');
    const run = cli(['page', '-o', file, '--lang', 'en']);
    expect(run.status).toBe(0);
    expect(existsSync(file)).toBe(true);
    const html = readFileSync(file, 'utf8');
    expect(html).toContain('Content-Security-Policy');
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href=/i);
  }, 60_000);
});
