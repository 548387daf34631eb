/**
 * The county evaluation made from digests (what a `batch` worker hands back) is the one made from
 * full results, and the county JSON written in pieces is the JSON of `countyJson`.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { countySummary } from '../../src/report/county.js';
import { renderCountyCsv } from '../../src/report/county-csv.js';
import { countyDigest, createDigestStore } from '../../src/report/county-digest.js';
import { countyJson, countyJsonPieces, countyResultText, renderCountyJson } from '../../src/report/county-json.js';
import { jsonText } from '../../src/report/json.js';
import { renderCountyTable } from '../../src/report/table.js';
import type { EvaluationResult } from '../../src/result/schema.js';
import { exampleResult } from './support.js';

let entries: Array<{ source: string; result: EvaluationResult }>;

beforeAll(async () => {
  const lapses = await exampleResult('station-with-lapses');
  const compliant = await exampleResult('compliant-station');
  const as = (result: EvaluationResult, id: string, name: string, county: string, total: number) => ({
    source: `${id}.json`,
    result: { ...result, station: { id, name, organisation: { county } }, total },
  });
  entries = [
    as(lapses, 'a', 'A\u202e所', 'east', 71.5),
    as(compliant, 'b', 'B', 'west', 98),
    as(lapses, 'c', 'C "quoted"', 'east', 71.5),
    as(compliant, 'a', 'A again', 'east', 90),
  ];
});

describe('the county evaluation from digests', () => {
  it('ranks, summarises and groups digests exactly as it does the full results', () => {
    const store = createDigestStore();
    const digests = entries.map((e) => ({ ...e, result: store.keep(countyDigest(e.result)) }));
    const full = countySummary({ entries }, { groupBy: 'county' });
    const digested = countySummary({ entries: digests }, { groupBy: 'county' });
    for (const lang of ['zh', 'en'] as const) {
      expect(renderCountyCsv(digested, { lang })).toBe(renderCountyCsv(full, { lang }));
      expect(renderCountyTable(digested, { lang })).toBe(renderCountyTable(full, { lang }));
    }
    const pieces = countyJsonPieces(digested, {}, (row) => {
      const index = digests.findIndex((d) => d.result === row.result);
      return new TextEncoder().encode(countyResultText(entries[index]?.result));
    });
    const text = [...pieces].map((p) => (typeof p === 'string' ? p : new TextDecoder().decode(p))).join('');
    expect(text).toBe(renderCountyJson(full));
  });

  it('shares what every digest of one ruleset has in common: the items’ titles are held once', () => {
    const store = createDigestStore();
    const [first, second] = entries.map((e) => store.keep(countyDigest(e.result)));
    expect(first?.items[0]?.title).toBe(second?.items[0]?.title);
    expect(first?.items.map((i) => i.score)).toEqual(entries[0]?.result.items.map((i) => i.score));
  });
});

describe('the county JSON in pieces', () => {
  it.each([
    ['with a report time', { generatedAt: '2024-01-20' }],
    ['without one', {}],
  ])('is the text of countyJson, invisible controls escaped, %s', (_name, options) => {
    const county = countySummary({ entries, skipped: [{ source: 'x.json', reasons: [] }] }, { groupBy: 'county' });
    const text = renderCountyJson(county, options);
    expect(text).toBe(jsonText(countyJson(county, options)));
    expect(text).toContain('A\\u202e所');
  });

  it('writes empty lists of a county as JSON.stringify does', () => {
    const county = countySummary({ entries: entries.slice(0, 1) });
    expect(renderCountyJson(county)).toBe(jsonText(countyJson(county)));
    expect(renderCountyJson(county)).toContain('"duplicates": []');
  });
});
