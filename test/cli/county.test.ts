import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, EXAMPLES, ensureBuilt, example, scratchDir } from './support.js';

beforeAll(ensureBuilt);

const REVIEW = join(EXAMPLES, 'review.json');
const COUNTY = join(EXAMPLES, 'county');
const WHEN = '2024-01-20T09:30+08:00';

/** The county JSON of a batch run. */
type CountyJson = {
  generatedAt?: string;
  sources: number;
  ranked: number;
  periods: Array<{
    stations: Array<{
      rank: number;
      source: string;
      origin: string;
      review: string | null;
      station: { id: string };
      total: number;
      pending: string[];
      group: string | null;
      previous: { total: number; change: number } | null;
    }>;
    groups: Array<{ rank: number | null; name: string; stations: number; mean: number }>;
  }>;
  duplicates: Array<{ source: string; counted: string }>;
  skipped: Array<{
    source: string;
    reasons: Array<{ at?: string; message: { zh: string; en: string }; code?: string }>;
  }>;
};

/** Runs a batch writing county JSON to a file (it can be larger than a pipe's buffer). */
const countyJson = (args: readonly string[]) => {
  const out = join(scratchDir('county-json'), 'county.json');
  const run = cli(['batch', ...args, '--format', 'json', '--lang', 'en', '-o', out]);
  return { run, county: JSON.parse(readFileSync(out, 'utf8')) as CountyJson };
};

/** A stored result of a facts file, written by `evaluate --format json`. */
function storedResult(dir: string, name: string, facts: string, change?: (result: Record<string, unknown>) => void) {
  const file = join(dir, name);
  const run = cli(['evaluate', facts, '--format', 'json']);
  const result = JSON.parse(run.stdout);
  change?.(result);
  writeFileSync(file, JSON.stringify(result));
  return file;
}

describe('batch with reviews', () => {
  it('applies the review that names a station and period, and lists stations without one as awaiting assessment', () => {
    const { run, county } = countyJson([
      example('compliant-station'),
      example('station-with-lapses'),
      '--reviews',
      REVIEW,
    ]);
    expect(run.status).toBe(0);
    const [tongqin, liuqiao] = county.periods[0]?.stations ?? [];
    expect(liuqiao).toMatchObject({ station: { id: 'wy-liuqiao' }, total: 77.5, review: REVIEW, pending: [] });
    expect(tongqin).toMatchObject({
      station: { id: 'wy-tongqin' },
      review: null,
      pending: ['recognition', 'innovation'],
    });
  });

  it('lists a review of a station that is not in the batch as not used, with why', () => {
    const { run, county } = countyJson([example('compliant-station'), '--reviews', REVIEW]);
    expect(run.status).toBe(0);
    expect(county.skipped).toEqual([
      {
        source: REVIEW,
        reasons: [
          {
            message: expect.objectContaining({
              en: 'no facts of station "wy-liuqiao" for 2023-01-01 – 2023-12-31 in this batch; the review was not used',
            }),
            code: 'review-unused',
          },
        ],
      },
    ]);
  });

  it('says in one line what a file of the wrong kind looks like, among facts and among reviews', () => {
    const dir = scratchDir('kinds');
    copyFileSync(REVIEW, join(dir, 'a-review.json'));
    copyFileSync(example('station-with-lapses'), join(dir, 'b-lapses.json'));
    const run = cli(['batch', dir, '--reviews', example('compliant-station'), '--lang', 'en']);
    expect(run.status).toBe(0);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toContain(
      `${join(dir, 'a-review.json')}: this is a review file, not a station's facts or result: put reviews in the folder given with --reviews [wrong-kind]`,
    );
    expect(lines).toContain(
      `${example('compliant-station')}: this is a facts file, not a review: give stations' files as inputs [wrong-kind]`,
    );
    expect(lines.filter((line) => line.includes('unknown-field'))).toEqual([]);
  });
});

describe('batch with stored results', () => {
  it('ranks a stored result beside evaluated facts without evaluating it again', () => {
    const dir = scratchDir('stored');
    const stored = storedResult(dir, 'liuqiao-result.json', example('station-with-lapses'));
    const { run, county } = countyJson([stored, example('compliant-station')]);
    expect(run.status).toBe(0);
    expect(county.periods[0]?.stations.map((s) => [s.station.id, s.origin, s.total])).toEqual([
      ['wy-tongqin', 'evaluated', 100],
      ['wy-liuqiao', 'stored', 73],
    ]);
  });

  it('skips a stored result scored by other rules, or one that does not match the result schema', () => {
    const dir = scratchDir('stored-bad');
    const other = storedResult(dir, 'other.json', example('station-with-lapses'), (r) => {
      (r.ruleset as { scoringHash: string }).scoringHash = 'sha256:other';
    });
    const broken = storedResult(dir, 'broken.json', example('station-with-lapses'), (r) => {
      r.total = 'seventy-three';
    });
    const { run, county } = countyJson([other, broken, example('compliant-station')]);
    expect(run.status).toBe(0);
    expect(county.ranked).toBe(1);
    expect(county.skipped.map((s) => [s.source, s.reasons.map((r) => r.code)])).toEqual([
      [broken, ['invalid-type']],
      [other, ['result-other-scoring']],
    ]);
    expect(county.skipped[0]?.reasons[0]?.at).toBe('total');
  });

  it('shows each station’s change from its result of the previous year', () => {
    const dir = scratchDir('years');
    const lastYear = storedResult(dir, 'liuqiao-2022.json', example('station-with-lapses'), (r) => {
      r.period = { start: '2022-01-01', end: '2022-12-31', timeZone: 'Asia/Shanghai' };
      r.total = 70;
    });
    const { county } = countyJson([lastYear, example('station-with-lapses')]);
    expect(county.periods).toHaveLength(2);
    expect(county.periods[0]?.stations[0]?.previous).toMatchObject({ total: 70, change: 3 });
    expect(county.periods[1]?.stations[0]?.previous).toBeNull();
  });
});

describe('the county example', () => {
  const args = [join(COUNTY, 'stations'), '--reviews', join(COUNTY, 'reviews'), '--group-by', 'county'];

  it('ranks every station, names every skipped file and counts the duplicate once', () => {
    const { run, county } = countyJson([...args, '--generated-at', WHEN]);
    expect(run.status).toBe(0);
    expect(county.generatedAt).toBe('2024-01-20 09:30 +08:00');
    expect(county.sources).toBe(30);
    const stations = county.periods[0]?.stations ?? [];
    expect(stations).toHaveLength(26);
    expect(stations.map((s) => s.rank)).toEqual([...stations.map((s) => s.rank)].sort((a, b) => a - b));
    expect(new Set(stations.map((s) => s.station.id)).size).toBe(26);
    expect(stations.filter((s) => s.review !== null)).toHaveLength(9);
    expect(county.duplicates.map((d) => [d.source, d.counted])).toEqual([
      [join(COUNTY, 'stations', 'wy-liuqiao_resent.json'), join(COUNTY, 'stations', 'wy-liuqiao.json')],
    ]);
    expect(county.skipped.map((s) => s.source.slice(COUNTY.length + 1)).sort()).toEqual([
      'stations/review-wy-liuqiao.json',
      'stations/wy-luoxi.json',
      'stations/yk-lishan.json',
    ]);
    expect(county.periods[0]?.groups.map((g) => [g.rank, g.name, g.stations])).toEqual([
      [1, '国网永康市供电公司', 13],
      [2, '国网武义县供电公司', 13],
    ]);
  });

  it('writes the same stations and skipped files to CSV as to JSON', () => {
    const { county } = countyJson(args);
    const run = cli(['batch', ...args, '--format', 'csv', '--lang', 'en']);
    const [header, ...rows] = parse(run.stdout, { bom: true }) as string[][];
    const column = (name: string) => (header ?? []).indexOf(name);
    const ranked = rows.filter((row) => row[column('status')] === 'ranked');
    expect(
      ranked.map((row) => [Number(row[column('rank')]), row[column('station id')], Number(row[column('total')])]),
    ).toEqual((county.periods[0]?.stations ?? []).map((s) => [s.rank, s.station.id, s.total]));
    const files = rows.filter((row) => row[column('status')] !== 'ranked').map((row) => row[column('source')]);
    expect(files).toEqual([...county.duplicates.map((d) => d.source), ...county.skipped.map((s) => s.source)]);
  });

  it('writes a county HTML report naming every station and every skipped file', () => {
    const dir = scratchDir('county-html');
    const out = join(dir, 'county.html');
    expect(cli(['batch', ...args, '--format', 'html', '-o', out, '--generated-at', WHEN]).status).toBe(0);
    const html = readFileSync(out, 'utf8');
    const { county } = countyJson(args);
    for (const row of county.periods[0]?.stations ?? []) expect(html).toContain(row.station.id);
    for (const skipped of county.skipped) expect(html).toContain(skipped.source);
    expect(html).toContain('2024-01-20 09:30 +08:00');
    expect(html.match(/<svg role="img"/g)).toHaveLength(4);
  });

  it('writes one feedback letter per station into the -o folder', () => {
    const dir = scratchDir('letters');
    const run = cli([
      ...['batch', ...args],
      '--format',
      'letter',
      '-o',
      join(dir, 'letters'),
      '--team',
      '县公司纪委评价组',
    ]);
    expect(run.status).toBe(0);
    const letters = readdirSync(join(dir, 'letters'));
    expect(letters).toHaveLength(26);
    expect(letters).toContain('wy-liuqiao_2023-01-01_2023-12-31.html');
    const letter = readFileSync(join(dir, 'letters', 'wy-liuqiao_2023-01-01_2023-12-31.html'), 'utf8');
    expect(letter).toContain('县公司纪委评价组');
    expect(letter).toContain('在 26 个参评站所中排第 25 名');
  });

  it('refuses --format letter without an output folder', () => {
    const run = cli(['batch', example('compliant-station'), '--format', 'letter', '--lang', 'en']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--format letter writes one letter per station: give the output folder with -o');
  });
});
