/** CSV cells a spreadsheet would run as formulas are neutralised; numbers stay numbers. */
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { csvDocument, csvDocumentPieces, renderCsv } from '../../src/report/csv.js';
import type { EvaluationResult } from '../../src/result/schema.js';
import { exampleResult } from './support.js';

const HOSTILE_CELLS = [
  '=HYPERLINK("http://evil.example","click")',
  "+1+cmd|' /C calc'!A0",
  '-2+3',
  '@SUM(A1:A9)',
  '\t=1+1',
  '\r=1+1',
  '-',
  '=',
];

let lapses: EvaluationResult;

beforeAll(async () => {
  lapses = await exampleResult('station-with-lapses');
});

/** One station per hostile cell: its id, name and grade label, and the first item's number, are the cell. */
function hostileStations(): EvaluationResult[] {
  return HOSTILE_CELLS.map((cell, n) => ({
    ...lapses,
    station: { id: `${cell}${n}`, name: cell },
    gradeLabel: { zh: cell, en: cell },
    items: lapses.items.map((item, i) => (i === 0 ? { ...item, id: `${cell}-item`, seq: cell } : item)),
  }));
}

/** The CSV read back as a spreadsheet would: BOM dropped, numbers as numbers. */
function readBack(csv: string): Array<Array<string | number>> {
  return parse(csv, {
    bom: true,
    cast: (value, context) => (context.quoting || value === '' || Number.isNaN(Number(value)) ? value : Number(value)),
  });
}

describe('renderCsv against formula injection', () => {
  it.each(HOSTILE_CELLS.map((cell, n) => [cell, n] as const))(
    'neutralises a text cell %j with a leading apostrophe',
    (cell, n) => {
      const rows = readBack(renderCsv(hostileStations(), { lang: 'en' }));
      const [header, ...stations] = rows;
      const row = stations[n] ?? [];
      expect(row[0]).toBe(`'${cell}${n}`);
      expect(row[1]).toBe(`'${cell}`);
      expect(row[7]).toBe(`'${cell}`);
      expect(header).toContain(`'${cell} ${lapses.items[0]?.title.en}`);
    },
  );

  it('keeps scores numeric, negative ones included, and leaves ordinary text alone', () => {
    const negative: EvaluationResult = {
      ...lapses,
      total: -2.5,
      base: -2.5,
      items: lapses.items.map((item, i) => (i === 0 ? { ...item, score: -3 } : item)),
    };
    const [header, row] = readBack(renderCsv([negative], { lang: 'en' }));
    expect(header?.[0]).toBe('station id');
    expect(row?.slice(0, 8)).toEqual([
      lapses.station.id,
      lapses.station.name,
      '2023-01-01',
      '2023-12-31',
      -2.5,
      -2.5,
      0,
      'Qualified (standard)',
    ]);
    expect(row?.[8]).toBe(-3);
    const csv = renderCsv([negative], { lang: 'en' });
    expect(csv).toContain(',-2.5,-2.5,0,');
    expect(csv).not.toContain("'-");
  });

  it('reads back every hostile cell and nothing else changed', () => {
    const stations = hostileStations();
    const rows = readBack(renderCsv(stations, { lang: 'en' }));
    expect(rows).toHaveLength(stations.length + 1);
    for (const row of rows) expect(row).toHaveLength(rows[0]?.length ?? 0);
    for (const [n, row] of rows.slice(1).entries()) {
      expect(row[4]).toBe(stations[n]?.total);
      for (const cell of row) if (typeof cell === 'string' && cell !== '') expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    }
  });
});

describe('csvDocumentPieces', () => {
  /** Rows of hostile and multi-line cells, counting how many have been taken. */
  function countedRows(count: number) {
    const taken = { rows: 0 };
    function* rows() {
      for (let n = 0; n < count; n++) {
        taken.rows++;
        yield [HOSTILE_CELLS[n % HOSTILE_CELLS.length] as string, `line\r\nbreak ${n}`, n / 4, -n];
      }
    }
    return { taken, rows };
  }

  it.each([0, 1, 63, 64, 65, 129, 600])('joins %i rows into exactly the csvDocument of all of them', (count) => {
    const { rows } = countedRows(count);
    expect([...csvDocumentPieces(rows())].join('')).toBe(csvDocument([...rows()]));
  });

  it('takes no more rows than it has written when it gives each piece', () => {
    const { taken, rows } = countedRows(600);
    let written = 0;
    for (const piece of csvDocumentPieces(rows())) {
      written += readBack(piece).length;
      expect(taken.rows).toBe(written);
    }
    expect(written).toBe(600);
  });
});
