/**
 * `batch --jobs N` evaluates in worker threads and writes exactly what `--jobs 1` writes, in the
 * same order: the report in every format, the problems of bad files and the exit code.
 */
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { stationYears } from '../../bench/generate.js';
import { cli, ensureBuilt, example, scratchDir } from './support.js';

beforeAll(ensureBuilt);

/** 40 generated station-years, the example with lapses, an invalid station and broken JSON. */
function county(): string {
  const dir = scratchDir('batch-jobs');
  let n = 0;
  for (const facts of stationYears(40, 18)) {
    writeFileSync(join(dir, `s-${String(n++).padStart(3, '0')}.json`), JSON.stringify(facts));
  }
  copyFileSync(example('station-with-lapses'), join(dir, 's-020b-lapses.json'));
  writeFileSync(join(dir, 's-010b-invalid.json'), JSON.stringify({ station: { id: 'x', name: 'x' } }));
  writeFileSync(join(dir, 's-030b-broken.json'), '{');
  return dir;
}

let dir: string;
let out: string;
beforeAll(() => {
  dir = county();
  out = scratchDir('batch-jobs-out');
});

/** Runs `batch` on the folder with `jobs`, writing the report to a file; returns what it wrote and printed. */
function batch(format: string, jobs: number) {
  const file = join(out, `${format}-${jobs}.out`);
  const run = cli([
    'batch',
    dir,
    '--format',
    format,
    '--lang',
    'en',
    '--fail-under',
    '80',
    '--jobs',
    String(jobs),
    '-o',
    file,
  ]);
  return { status: run.status, stderr: run.stderr, report: readFileSync(file, 'utf8') };
}

describe('clean-station batch --jobs', () => {
  it.each(['json', 'csv', 'table', 'md', 'html'])(
    'writes the same %s report, problems and exit code with 3 worker threads as with one thread',
    (format) => {
      const one = batch(format, 1);
      const three = batch(format, 3);
      expect(one.stderr).toContain('s-010b-invalid.json');
      expect(one.stderr).toContain('s-030b-broken.json');
      expect(one.status).toBe(1);
      expect({ status: three.status, stderr: three.stderr }).toEqual({ status: one.status, stderr: one.stderr });
      expect(three.report === one.report).toBe(true);
    },
  );

  it('keeps the stations in the order of the files, whichever worker finishes first', () => {
    const ids = (text: string) => (JSON.parse(text) as Array<{ station: { id: string } }>).map((r) => r.station.id);
    const two = ids(batch('json', 2).report);
    expect(two).toHaveLength(41);
    expect(two).toEqual(ids(batch('json', 1).report));
    // s-000 … s-020 (s-010b is invalid), then s-020b: the example with lapses.
    expect(two.indexOf('wy-liuqiao')).toBe(21);
  });

  it('refuses a number of jobs that is not a whole number of at least 1', () => {
    const run = cli(['batch', dir, '--jobs', '0']);
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain('--jobs');
  });
});
