import { beforeAll, describe, expect, it } from 'vitest';
import { countySummary } from '../../src/report/county.js';
import type { EvaluationResult } from '../../src/result/schema.js';
import { exampleResult } from './support.js';

let lapses: EvaluationResult;

beforeAll(async () => {
  lapses = await exampleResult('station-with-lapses');
});

/** A copy of the lapses result as another station, with a total and an organisation. */
function station(id: string, total: number, county?: string): EvaluationResult {
  return {
    ...lapses,
    station: { id, name: id, ...(county === undefined ? {} : { organisation: { county } }) },
    total,
  };
}

describe('countySummary', () => {
  it('ranks by total with shared ranks for equal totals (1, 2, 2, 4), ties listed by station id', () => {
    const entries = [station('d', 70), station('c', 80), station('b', 80), station('a', 90)].map((result) => ({
      source: `${result.station.id}.json`,
      result,
    }));
    const county = countySummary({ entries });
    expect(county.periods[0]?.stations.map((s) => [s.rank, s.station.id])).toEqual([
      [1, 'a'],
      [2, 'b'],
      [2, 'c'],
      [4, 'd'],
    ]);
  });

  it('counts a station and period once, the first source, and lists the other as a duplicate', () => {
    const county = countySummary({
      entries: [
        { source: 'a.json', result: station('x', 80) },
        { source: 'b.json', result: station('x', 90) },
      ],
    });
    expect(county.ranked).toBe(1);
    expect(county.periods[0]?.stations[0]?.source).toBe('a.json');
    expect(county.duplicates.map((d) => [d.source, d.counted])).toEqual([['b.json', 'a.json']]);
    expect(county.sources).toBe(2);
  });

  it('ranks groups by mean total and gathers stations that name no group last, unranked', () => {
    const entries = [
      station('a', 90, 'east'),
      station('b', 70, 'east'),
      station('c', 85, 'west'),
      station('d', 60),
    ].map((result) => ({ source: result.station.id, result }));
    const groups = countySummary({ entries }, { groupBy: 'county' }).periods[0]?.groups ?? [];
    expect(groups.map((g) => [g.rank, g.name, g.stations, g.mean, g.min, g.max])).toEqual([
      [1, 'west', 1, 85, 85, 85],
      [2, 'east', 2, 80, 70, 90],
      [null, '', 1, 60, 60, 60],
    ]);
  });

  it('ranks each period apart, latest first, with each station’s change from its previous period', () => {
    const before = { ...station('x', 70), period: { ...lapses.period, start: '2022-01-01', end: '2022-12-31' } };
    const county = countySummary({
      entries: [
        { source: 'x-2023', result: station('x', 73.5) },
        { source: 'x-2022', result: before },
      ],
    });
    expect(county.periods.map((p) => p.period.end)).toEqual(['2023-12-31', '2022-12-31']);
    expect(county.periods[0]?.stations[0]?.previous).toMatchObject({ source: 'x-2022', total: 70, change: 3.5 });
    expect(county.periods[1]?.stations[0]?.previous).toBeNull();
  });

  it('keeps expert items awaiting assessment apart from points lost', () => {
    const row = countySummary({ entries: [{ source: 'l', result: lapses }] }).periods[0]?.stations[0];
    expect(row?.pending).toEqual(['recognition', 'innovation']);
    expect(row?.lost).toBe(27);
  });
});
