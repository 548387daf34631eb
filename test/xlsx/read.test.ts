/**
 * Reading a filled workbook: cells of every kind mean what a person typed (Excel dates in any
 * machine time zone, date text, date-times in the station's zone, labels, yes/no), and every
 * problem is reported at once, each located by sheet, row and column as well as facts path.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import { zipSync } from 'fflate';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parseFactsOrThrow } from '../../src/facts/parse.js';
import type { StationFacts } from '../../src/facts/schema.js';
import { baseRuleset } from '../../src/ruleset/base.js';
import { formatLocation, type WorkbookIssue } from '../../src/xlsx/issues.js';
import { readWorkbook, type WorkbookRead } from '../../src/xlsx/read.js';
import { workbookTemplate } from '../../src/xlsx/write.js';
import { columnOf, edited, sheetOf } from './support.js';

const ruleset = baseRuleset();
const LAPSES = join(import.meta.dirname, '../../examples/station-with-lapses.json');
const facts = parseFactsOrThrow(JSON.parse(readFileSync(LAPSES, 'utf8')), { ruleset });
let filled: Uint8Array;

beforeAll(async () => {
  filled = await workbookTemplate(ruleset, { facts });
}, 60_000);

const readEdited = async (change: (workbook: ExcelJS.Workbook) => void) =>
  readWorkbook(await edited(filled, change), { ruleset });

/** Sets a cell of a list sheet: `row` counts data rows from 1 (the spreadsheet's row 2). */
function setCell(workbook: ExcelJS.Workbook, sheet: string, key: string, row: number, value: ExcelJS.CellValue) {
  const ws = sheetOf(workbook, sheet);
  ws.getCell(row + 1, columnOf(ws, key)).value = value;
}

const located = (issue: WorkbookIssue) => `${formatLocation(issue.location)} ${issue.path.join('.')} [${issue.code}]`;
const factsRead = (read: WorkbookRead): StationFacts => {
  if (!read.ok) throw new Error(read.issues.map(located).join('\n'));
  return read.value;
};

const originalZone = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalZone;
});

describe('a deliberately broken workbook', () => {
  it('reports a text in a date cell, an unknown staff id, a missing required column and a wrong label, each at its cell', async () => {
    const read = await readEdited((workbook) => {
      setCell(workbook, 'liaisons', 'date', 2, '下周一');
      setCell(workbook, 'ledgerHandovers', 'fromStaffId', 1, 'nobody');
      setCell(workbook, 'duties', 'role', 1, '所长');
      const disclosures = sheetOf(workbook, 'disclosures');
      disclosures.spliceColumns(columnOf(disclosures, 'frequency'), 1);
    });
    expect(read.ok).toBe(false);
    const lines = read.issues.map(located);
    expect(lines).toEqual([
      '岗位任职 duties!C2 (岗位 role) duties.0.role [xlsx-unknown-label]',
      '对接村电工、企业电工 liaisons!B3 (日期 date) records.liaisons.1.date [invalid-date-time]',
      '台账移交 ledgerHandovers!E2 (移交人 fromStaffId) records.ledgerHandovers.0.fromStaffId [unknown-reference]',
      '服务公开 disclosures!1:1 records.disclosures [xlsx-missing-column]',
    ]);
    const label = read.issues[0]!;
    expect(label.message.zh).toBe('“所长”不是可选值：驻村客户经理、站点廉政监督员');
    expect(read.issues[3]!.message.en).toBe('Required column "公开频次 frequency" is missing');
  }, 30_000);
});

describe('dates', () => {
  it.each(['Pacific/Kiritimati', 'America/Los_Angeles', 'UTC'])(
    'reads date cells as the calendar days they show on a machine in %s',
    async (zone) => {
      process.env.TZ = zone;
      const back = factsRead(await readWorkbook(filled, { ruleset }));
      expect(back.period).toEqual(facts.period);
      expect(back.duties).toEqual(facts.duties);
      expect(back.records.liaisons.map((l) => l.date)).toEqual(facts.records.liaisons.map((l) => l.date));
    },
    30_000,
  );

  it('reads date text in the usual forms, and a serial number that lost its date format', async () => {
    const back = factsRead(
      await readEdited((workbook) => {
        setCell(workbook, 'duties', 'start', 1, '2023/2/5');
        setCell(workbook, 'duties', 'start', 2, '2023年2月6日');
        setCell(workbook, 'duties', 'end', 1, ' 2023.12.7 ');
        setCell(workbook, 'reviews', 'date', 1, 45_000);
      }),
    );
    expect(back.duties[0]?.start).toBe('2023-02-05');
    expect(back.duties[1]?.start).toBe('2023-02-06');
    expect(back.duties[0]?.end).toBe('2023-12-07');
    expect(back.reviews[0]?.date).toBe('2023-03-15');
  }, 30_000);

  it('reads a date-time cell or text as the wall-clock time in the station’s zone, and keeps an offset as written', async () => {
    const change = (zone: string) => (workbook: ExcelJS.Workbook) => {
      const station = sheetOf(workbook, 'station');
      station.getCell(5, 2).value = zone;
      setCell(workbook, 'liaisons', 'date', 1, new Date(Date.UTC(2023, 2, 31, 20, 0)));
      setCell(workbook, 'liaisons', 'date', 2, '2023-07-01 08:30');
      setCell(workbook, 'liaisons', 'date', 3, '2023-07-01 08:30:00+02:00');
    };
    const shanghai = factsRead(await readEdited(change('Asia/Shanghai')));
    expect(shanghai.records.liaisons.slice(0, 3).map((l) => l.date)).toEqual([
      '2023-03-31T20:00:00+08:00',
      '2023-07-01T08:30:00+08:00',
      '2023-07-01T08:30:00+02:00',
    ]);
    const newYork = factsRead(await readEdited(change('America/New_York')));
    expect(newYork.records.liaisons.slice(0, 2).map((l) => l.date)).toEqual([
      '2023-03-31T20:00:00-04:00',
      '2023-07-01T08:30:00-04:00',
    ]);
  }, 30_000);

  it('refuses a time of day in a column that takes a date', async () => {
    const read = await readEdited((workbook) =>
      setCell(workbook, 'reviews', 'date', 1, new Date(Date.UTC(2023, 5, 1, 9, 30))),
    );
    expect(read.issues.map(located)).toEqual([
      '廉政监督员考评 reviews!C2 (考评日期 date) reviews.0.date [xlsx-time-in-date]',
    ]);
  }, 30_000);
});

describe('labels and yes/no', () => {
  it('accepts Chinese labels, English labels and raw values, and yes/no in both languages', async () => {
    const back = factsRead(
      await readEdited((workbook) => {
        setCell(workbook, 'duties', 'role', 1, 'supervisor');
        setCell(workbook, 'duties', 'role', 2, 'customer manager');
        setCell(workbook, 'duties', 'role', 3, '站点廉政监督员');
        setCell(workbook, 'appointments', 'eligibilityChecked', 1, 'TRUE');
        setCell(workbook, 'supervisionMeetings', 'minutes', 1, '否');
        setCell(workbook, 'supervisionMeetings', 'minutes', 2, true);
        setCell(workbook, 'supervisionMeetings', 'minutes', 3, 'no');
        setCell(workbook, 'jointMeetings', 'attendeeKinds', 1, '站所长、班组长, villager\nvillage-enterprise');
      }),
    );
    expect(back.duties.slice(0, 3).map((d) => d.role)).toEqual(['supervisor', 'customer-manager', 'supervisor']);
    expect(back.appointments[0]?.eligibilityChecked).toBe(true);
    expect(back.records.supervisionMeetings.slice(0, 3).map((m) => m.minutes)).toEqual([false, true, false]);
    expect(back.records.jointMeetings[0]?.attendeeKinds).toEqual([
      'station-head',
      'team-leader',
      'villager',
      'village-enterprise',
    ]);
  }, 30_000);

  it('refuses a word that is neither yes nor no, and a number that is not one', async () => {
    const read = await readEdited((workbook) => {
      setCell(workbook, 'supervisionMeetings', 'minutes', 1, 'maybe');
      setCell(workbook, 'appointments', 'termNumber', 1, 'two');
    });
    expect(read.issues.map((i) => i.code)).toEqual(['xlsx-not-a-number', 'xlsx-not-a-boolean']);
  }, 30_000);
});

describe('rows, sheets and columns', () => {
  it('skips empty rows and counts them', async () => {
    const read = await readEdited((workbook) => {
      const staff = sheetOf(workbook, 'staff');
      staff.spliceRows(3, 0, [], []);
    });
    expect(factsRead(read).staff).toEqual(facts.staff);
    expect(read.emptyRows).toBe(2);
  }, 30_000);

  it('reports an unknown sheet or column with data in it, and warns of an empty unknown column', async () => {
    const read = await readEdited((workbook) => {
      workbook.addWorksheet('我的备注').getCell('A1').value = 'notes';
      workbook.addWorksheet('Sheet2');
      const staff = sheetOf(workbook, 'staff');
      staff.getCell(1, 3).value = '电话 phone';
      staff.getCell(2, 3).value = '123';
      staff.getCell(1, 4).value = '部门 dept';
    });
    expect(read.issues.map(located)).toEqual([
      '人员 staff!C1 (电话 phone) staff [xlsx-unknown-column]',
      '我的备注  [xlsx-unknown-sheet]',
    ]);
    expect(read.warnings.map(located)).toEqual(['人员 staff!D1 (部门 dept) staff [xlsx-unknown-empty-column]']);
  }, 30_000);

  it('reads a missing record sheet as no records, with a warning, and refuses a workbook without its station sheet', async () => {
    const missingKind = await readEdited((workbook) => workbook.removeWorksheet(sheetOf(workbook, 'publicity').id));
    expect(factsRead(missingKind).records.publicity).toEqual([]);
    expect(missingKind.warnings.map((w) => w.code)).toEqual(['xlsx-sheet-read-as-empty']);
    const missingStation = await readEdited((workbook) => workbook.removeWorksheet(sheetOf(workbook, 'station').id));
    expect(missingStation.issues.map((i) => i.code)).toContain('xlsx-missing-sheet');
  }, 30_000);

  it('reports a nested entry whose parent id names no row, and an object marked absent whose fields are filled', async () => {
    const read = await readEdited((workbook) => {
      setCell(workbook, 'liaisons.demands', 'liaisons.id', 1, 'L-404');
      setCell(workbook, 'servicePoints', 'terminal', 1, '否');
    });
    expect(read.issues.map((i) => i.code)).toEqual(['xlsx-presence-conflict', 'xlsx-unknown-parent']);
    expect(read.issues[1]?.message.en).toBe('No row of sheet "对接村电工、企业电工 liaisons" has the id "L-404"');
  }, 30_000);

  it('takes a formula’s saved result, and refuses a formula saved without one or an error value', async () => {
    const read = await readEdited((workbook) => {
      setCell(workbook, 'staff', 'name', 1, { formula: 'UPPER("li")', result: 'LI' } as ExcelJS.CellValue);
      setCell(workbook, 'staff', 'name', 2, { formula: 'UPPER("x")' } as ExcelJS.CellValue);
      setCell(workbook, 'staff', 'name', 3, { error: '#N/A' } as ExcelJS.CellValue);
    });
    expect(read.issues.map((i) => i.code)).toEqual(['xlsx-formula-without-value', 'xlsx-cell-error']);
    expect((read.facts as StationFacts).staff[0]?.name).toBe('LI');
  }, 30_000);
});

describe('files that are not workbooks', () => {
  it('reports a file that is not a workbook, without throwing', async () => {
    const read = await readWorkbook(new TextEncoder().encode('{"station": {}}'), { ruleset });
    expect(read.issues.map((i) => i.code)).toEqual(['xlsx-unreadable']);
  });

  it('refuses a package that declares more unpacked data than the limit, before unpacking it', async () => {
    const zip = zipSync({ 'xl/workbook.xml': new Uint8Array(10) });
    // The central directory's uncompressed size (offset 24 of its entry) declared as almost 4 GiB.
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    for (let i = 0; i < zip.length - 4; i++) {
      if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 24, 0xfffffff0, true);
    }
    const read = await readWorkbook(zip, { ruleset });
    expect(read.issues.map((i) => i.code)).toEqual(['xlsx-too-large']);
  });
});
