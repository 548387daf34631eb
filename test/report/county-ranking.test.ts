/**
 * `countyRanking`: the county evaluation of `countySummary` with each period's stations made when
 * iterated, and the county reports written from it in pieces, a few rows at a time, exactly as
 * they are written whole.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  type CountyEntry,
  type CountyResult,
  countyRanking,
  countySummary,
  rankedStations,
  withStationsListed,
} from '../../src/report/county.js';
import { countyCsvPieces, renderCountyCsv } from '../../src/report/county-csv.js';
import { countyDigest, createDigestStore } from '../../src/report/county-digest.js';
import { countyJsonPieces, countyResultText, renderCountyJson } from '../../src/report/county-json.js';
import { countyTablePieces, renderCountyTable } from '../../src/report/table.js';
import type { EvaluationResult } from '../../src/result/schema.js';
import { exampleResult } from './support.js';

/**
 * More stations than several pieces of CSV hold (64 rows each), over two years, in two counties; 50
 * station ids come twice a year (duplicates).
 */
const STATIONS = 300;

let entries: CountyEntry[];

beforeAll(async () => {
  const lapses = await exampleResult('station-with-lapses');
  const compliant = await exampleResult('compliant-station');
  const lastYear = { ...lapses.period, start: '2022-01-01', end: '2022-12-31' };
  const as = (result: EvaluationResult, n: number, period: EvaluationResult['period'], total: number) => ({
    source: `${period.end}/st-${String(n).padStart(3, '0')}.json`,
    result: {
      ...result,
      station: { id: `st-${n % 250}`, name: `站 ${n}`, organisation: { county: n % 3 === 0 ? 'east' : 'west' } },
      period,
      total,
    },
  });
  entries = [];
  for (let n = 0; n < STATIONS; n++) {
    entries.push(as(n % 2 === 0 ? lapses : compliant, n, lapses.period, 50 + ((n * 7) % 50) / 2));
    if (n % 5 === 0) entries.push(as(lapses, n, lastYear, 60 + (n % 30)));
  }
});

const textOf = (pieces: Iterable<string | Uint8Array>) =>
  [...pieces].map((p) => (typeof p === 'string' ? p : new TextDecoder().decode(p))).join('');

describe('countyRanking', () => {
  it('lists, once its stations are made, exactly the county of countySummary', () => {
    const skipped = [{ source: 'broken.json', reasons: [] }];
    const county = countyRanking({ entries, skipped }, { groupBy: 'county' });
    expect(withStationsListed(county)).toEqual(countySummary({ entries, skipped }, { groupBy: 'county' }));
    expect(county.duplicates).toHaveLength(entries.length - county.ranked);
    expect(county.periods.map((p) => p.summary.stations)).toEqual([250, 50]);
  });

  it('makes each station anew every time a period is iterated, keeping none', () => {
    const [latest] = countyRanking({ entries }).periods;
    const first = [...(latest?.stations ?? [])];
    const again = [...(latest?.stations ?? [])];
    expect(again).toEqual(first);
    expect(again[0]).not.toBe(first[0]);
    expect(first.map((row) => row.rank)).toEqual([...first.map((row) => row.rank)].sort((a, b) => a - b));
  });

  it('gives every ranked station in report order: each period best first, the latest period first', () => {
    const county = countySummary({ entries });
    const order = [...rankedStations(countyRanking({ entries }))].map((row) => [row.period.end, row.rank, row.source]);
    expect(order).toEqual(
      county.periods.flatMap((p) => p.stations.map((row) => [row.period.end, row.rank, row.source])),
    );
  });
});

describe('the county reports in pieces', () => {
  /** The county of digests, as `batch` keeps it, beside the county of the full results. */
  function counties() {
    const store = createDigestStore();
    const digests: Array<CountyEntry<CountyResult>> = entries.map((e) => ({
      ...e,
      result: store.keep(countyDigest(e.result)),
    }));
    const skipped = [{ source: 'broken.json', reasons: [{ message: { zh: '坏', en: 'bad' }, code: 'bad' }] }];
    return {
      streamed: countyRanking({ entries: digests, skipped }, { groupBy: 'county' }),
      digests,
      full: countySummary({ entries, skipped }, { groupBy: 'county' }),
    };
  }

  it('writes the CSV of many stations in several pieces, joined exactly the CSV written whole', () => {
    const { streamed, full } = counties();
    for (const lang of ['zh', 'en'] as const) {
      const pieces = [...countyCsvPieces(streamed, { lang })];
      expect(pieces.length).toBeGreaterThan(1);
      expect(pieces.join('')).toBe(renderCountyCsv(full, { lang }));
    }
  });

  it('writes the terminal table a line at a time, joined exactly the table written whole', () => {
    const { streamed, full } = counties();
    for (const lang of ['zh', 'en'] as const) {
      const pieces = [...countyTablePieces(streamed, { lang, generatedAt: '2024-01-20' })];
      expect(pieces.every((piece) => piece.endsWith('\n') && piece.indexOf('\n') === piece.length - 1)).toBe(true);
      expect(pieces.join('')).toBe(renderCountyTable(full, { lang, generatedAt: '2024-01-20' }));
      expect(pieces.join('')).toContain('▲');
    }
  });

  it('writes the county JSON of a ranking exactly as the JSON of the summary', () => {
    const { streamed, digests, full } = counties();
    const fullOf = new Map(digests.map((d, index) => [d.result, entries[index]?.result]));
    const text = textOf(countyJsonPieces(streamed, {}, (row) => countyResultText(fullOf.get(row.result))));
    expect(text).toBe(renderCountyJson(full));
  });
});
