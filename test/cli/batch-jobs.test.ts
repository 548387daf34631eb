/**
 * `batch --jobs N` evaluates in worker threads and writes exactly what `--jobs 1` writes, in the
 * same order: the report in every format, the problems of bad files and the exit code. Each file
 * is told apart where it is evaluated; the JSON report's results wait in a spool file that is
 * removed however the batch ends.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { stationYears } from '../../bench/generate.js';
import { CLI, cli, EXAMPLES, ensureBuilt, example, scratchDir, startPausedAtTemporaryFile } from './support.js';

beforeAll(ensureBuilt);

/** Writes `count` generated station-years into `dir`, each a station of its own when `distinct`. */
function writeStations(dir: string, count: number, distinct = false): void {
  let n = 0;
  for (const facts of stationYears(count, 18)) {
    const name = String(n++).padStart(3, '0');
    if (distinct) (facts as { station: { id: string } }).station.id = `st-${name}`;
    writeFileSync(join(dir, `s-${name}.json`), JSON.stringify(facts));
  }
}

/**
 * 40 generated station-years, a copy of the last one listed first, the example with lapses, an
 * invalid station, broken JSON, a review and a stored result among the facts.
 */
function county(): string {
  const dir = scratchDir('batch-jobs');
  writeStations(dir, 40);
  copyFileSync(join(dir, 's-039.json'), join(dir, 's-00-copy.json'));
  copyFileSync(example('station-with-lapses'), join(dir, 's-020b-lapses.json'));
  writeFileSync(join(dir, 's-010b-invalid.json'), JSON.stringify({ station: { id: 'x', name: 'x' } }));
  writeFileSync(join(dir, 's-030b-broken.json'), '{');
  copyFileSync(join(EXAMPLES, 'review.json'), join(dir, 's-025b-review.json'));
  const stored = cli(['evaluate', example('compliant-station'), '--format', 'json']);
  writeFileSync(join(dir, 's-035b-stored.json'), stored.stdout);
  return dir;
}

let dir: string;
let out: string;
beforeAll(() => {
  dir = county();
  out = scratchDir('batch-jobs-out');
});

/**
 * Runs `batch` on the folder with `jobs` (the default when `undefined`), writing the report to a
 * file; returns what it wrote and printed.
 */
function batch(format: string, jobs: number | undefined, extra: readonly string[] = []) {
  const file = join(out, `${format}-${jobs ?? 'default'}-${extra.length}.out`);
  const run = cli([
    'batch',
    dir,
    '--format',
    format,
    '--lang',
    'en',
    '--fail-under',
    '80',
    '--generated-at',
    '2024-01-20',
    ...(jobs === undefined ? [] : ['--jobs', String(jobs)]),
    ...extra,
    '-o',
    file,
  ]);
  return { status: run.status, stderr: run.stderr, report: readFileSync(file) };
}

/** The spool files (`clean-station-….spool`) in a folder. */
const spools = (folder: string) => readdirSync(folder).filter((f) => f.endsWith('.spool'));

describe('clean-station batch --jobs', () => {
  it.each(['json', 'csv', 'table', 'md', 'html'])(
    'writes the same %s report, problems and exit code with 3 worker threads and by default (one thread for 46 files) as with --jobs 1',
    (format) => {
      const one = batch(format, 1);
      expect(one.stderr).toContain('s-010b-invalid.json');
      expect(one.stderr).toContain('s-030b-broken.json');
      expect(one.status).toBe(1);
      for (const jobs of [3, undefined]) {
        const many = batch(format, jobs);
        expect({ status: many.status, stderr: many.stderr }).toEqual({ status: one.status, stderr: one.stderr });
        expect(Buffer.compare(many.report, one.report)).toBe(0);
      }
    },
  );

  it('writes a workbook with the same cells with 2 worker threads as with one thread', async () => {
    // A workbook is a zip archive dated when written: its cells are compared, not its bytes.
    const cells = async (report: Buffer) => {
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(report as unknown as ArrayBuffer);
      return book.worksheets.map((sheet) => [sheet.name, JSON.stringify(sheet.getSheetValues())]);
    };
    const one = batch('xlsx', 1);
    const two = batch('xlsx', 2);
    expect({ status: two.status, stderr: two.stderr }).toEqual({ status: one.status, stderr: one.stderr });
    expect(await cells(two.report)).toEqual(await cells(one.report));
  });

  it('writes the same letters with 2 worker threads as with one thread', () => {
    const letters = (jobs: number) => {
      const folder = join(out, `letters-${jobs}`);
      const run = cli([
        'batch',
        dir,
        '--format',
        'letter',
        '--generated-at',
        '2024-01-20',
        '--jobs',
        `${jobs}`,
        '-o',
        folder,
      ]);
      const names = readdirSync(folder).sort();
      const stderr = run.stderr.replaceAll(folder, '<letters>');
      return { stderr, letters: names.map((name) => [name, readFileSync(join(folder, name), 'utf8')]) };
    };
    const one = letters(1);
    expect(one.letters.length).toBeGreaterThan(30);
    expect(letters(2)).toEqual(one);
  });

  it('lists each station’s own result in the JSON report, read back from the spools in rank order', () => {
    interface County {
      periods: Array<{ stations: Array<{ station: { id: string }; total: number; grade: string }> }>;
      results: Array<{ station: { id: string }; total: number; grade: string }>;
    }
    for (const jobs of [1, 2]) {
      const county = JSON.parse(batch('json', jobs).report.toString('utf8')) as County;
      const rows = county.periods.flatMap((p) => p.stations);
      expect(rows.length).toBeGreaterThan(30);
      // The results' texts differ in length (stations of many sizes), and each is its row's.
      expect(new Set(county.results.map((r) => JSON.stringify(r).length)).size).toBeGreaterThan(10);
      expect(county.results.map((r) => [r.station.id, r.total, r.grade])).toEqual(
        rows.map((r) => [r.station.id, r.total, r.grade]),
      );
    }
  });

  it('tells a review and a stored result among the facts apart in the worker threads as in one thread', () => {
    interface County {
      periods: Array<{ stations: Array<{ source: string; origin: string }> }>;
      skipped: Array<{ source: string; reasons: Array<{ code?: string }> }>;
    }
    for (const jobs of [1, 2]) {
      const county = JSON.parse(batch('json', jobs).report.toString('utf8')) as County;
      const stations = county.periods.flatMap((p) => p.stations);
      expect(stations.find((s) => s.source.endsWith('s-035b-stored.json'))?.origin).toBe('stored');
      const review = county.skipped.find((s) => s.source.endsWith('s-025b-review.json'));
      expect(review?.reasons.map((r) => r.code)).toEqual(['wrong-kind']);
    }
  });

  it('applies the reviews of --reviews in the worker threads as in one thread', () => {
    const reviews = ['--reviews', join(EXAMPLES, 'review.json')];
    const folder = scratchDir('batch-jobs-reviews');
    copyFileSync(example('station-with-lapses'), join(folder, 'liuqiao.json'));
    writeStations(folder, 20);
    const run = (jobs: number) => {
      const file = join(out, `reviews-${jobs}.json`);
      const at = ['--generated-at', '2024-01-20'];
      const result = cli(['batch', folder, ...reviews, ...at, '--format', 'json', '--jobs', `${jobs}`, '-o', file]);
      return { stderr: result.stderr, report: readFileSync(file, 'utf8') };
    };
    const one = run(1);
    expect(one.report).toContain('"review": "');
    expect(run(2)).toEqual(one);
  });

  it('counts the first of two copies of a station in the order of the files, whichever worker finishes first', () => {
    interface County {
      results: Array<{ station: { id: string } }>;
      duplicates: Array<{ source: string; counted: string }>;
    }
    const two = JSON.parse(batch('json', 2).report.toString('utf8')) as County;
    const one = JSON.parse(batch('json', 1).report.toString('utf8')) as County;
    // 41 stations read and a stored result, of which the generator repeats three station-years: 39 counted once each.
    expect(two.results).toHaveLength(39);
    expect(two.results.map((r) => r.station.id)).toEqual(one.results.map((r) => r.station.id));
    expect(two.duplicates).toEqual(one.duplicates);
    expect(two.duplicates.map((d) => [basename(d.source), basename(d.counted)])).toContainEqual([
      's-039.json',
      's-00-copy.json',
    ]);
  });

  it('stops the batch with a message naming the file when a worker thread fails, and removes its spools', () => {
    const tmp = scratchDir('batch-jobs-tmp');
    const run = spawnSync(process.execPath, [CLI, 'batch', dir, '--format', 'json', '--jobs', '2', '--lang', 'en'], {
      encoding: 'utf8',
      env: { ...process.env, TMPDIR: tmp, CLEAN_STATION_TEST_WORKER_FAILS_ON: 's-020.json' },
    });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('a worker thread failed, the batch was stopped');
    expect(run.stderr).toContain('s-020.json: failed on purpose (test)');
    expect(spools(tmp)).toEqual([]);
  });

  it('removes the spools of the JSON report once the report is written', () => {
    const tmp = scratchDir('batch-jobs-tmp');
    for (const jobs of ['1', '2']) {
      const run = spawnSync(process.execPath, [CLI, 'batch', dir, '--format', 'json', '--jobs', jobs], {
        encoding: 'utf8',
        env: { ...process.env, TMPDIR: tmp },
        maxBuffer: 1 << 28,
      });
      expect(run.stdout).toContain('"results": [');
      expect(spools(tmp)).toEqual([]);
    }
  });

  it('removes the spools of the JSON report (one per worker) when interrupted', async () => {
    const tmp = scratchDir('batch-jobs-tmp');
    const child = await startPausedAtTemporaryFile(['batch', dir, '--format', 'json', '--jobs', '2'], { TMPDIR: tmp });
    expect(spools(tmp)).toHaveLength(2);
    child.kill('SIGINT');
    const signal = await new Promise((ended) => child.on('exit', (_code, sig) => ended(sig)));
    expect(signal).toBe('SIGINT');
    expect(spools(tmp)).toEqual([]);
  });

  it('keeps the memory of the JSON report bounded: 600 stations fit in a heap that cannot hold their results', () => {
    const folder = scratchDir('batch-jobs-many');
    writeStations(folder, 600, true);
    const file = join(out, 'many.json');
    // 600 full results take about 60 MB of heap; the digests and the report's text pieces far less.
    const run = spawnSync(
      process.execPath,
      ['--max-old-space-size=48', CLI, 'batch', folder, '--format', 'json', '--jobs', '1', '-o', file],
      {
        encoding: 'utf8',
      },
    );
    expect(run.stderr).not.toContain('heap out of memory');
    expect(run.status).toBe(0);
    const county = JSON.parse(readFileSync(file, 'utf8')) as { ranked: number; results: unknown[] };
    expect(county.ranked).toBe(600);
    expect(county.results).toHaveLength(600);
  });

  it('refuses a number of jobs that is not a whole number of at least 1', () => {
    const run = cli(['batch', dir, '--jobs', '0']);
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain('--jobs');
  });
});
