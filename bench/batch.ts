/**
 * The batch measurement of `npm run bench`: `clean-station batch` over generated station-years
 * (each a station of its own), with `--jobs 1` and with a worker thread per core, for the JSON
 * report and CSV; wall time (CPU time cannot show threads working side by side) and peak RSS of
 * the whole process (its worker threads included), the two run alternately and the best of each
 * kept, so that both meet the same neighbours on the machine; the load average is recorded beside
 * them. Then the peak RSS of the JSON report and of the CSV at a second, larger size, to show how
 * memory grows with the number of stations.
 *
 * The command line is bundled as the package builds it: its entry and the lean worker entry, the
 * code they share in chunks.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleEntries } from './bundle.js';
import { stationYears } from './generate.js';
import { round } from './measure.js';

const SEED = 20230104;

/** Bundles the command line and its worker entry; returns the command line's file. */
async function bundleCli(): Promise<string> {
  const entries = { cli: 'src/cli/main.ts', 'batch-worker': 'src/cli/batch-worker-main.ts' };
  return `${await bundleEntries('clean-station-bench-batch', entries, true)}/cli.js`;
}

/** Writes `count` station-years, each a station of its own, into a new folder of `base`. */
function writeStations(base: string, count: number): string {
  const dir = join(base, `stations-${count}`);
  mkdirSync(dir);
  let n = 0;
  for (const facts of stationYears(count, SEED)) {
    const name = String(n++).padStart(6, '0');
    (facts as { station: { id: string } }).station.id = `st-${name}`;
    writeFileSync(join(dir, `${name}.json`), JSON.stringify(facts));
  }
  return dir;
}

/** One run of `batch`: its wall time and the peak RSS of its process. */
interface BatchRun {
  readonly ms: number;
  readonly rssMB: number;
}

/**
 * Runs `batch` over `dir` with `jobs` threads, the report written to a file; a module loaded
 * before the command line prints the process's peak RSS as it exits.
 */
function runBatch(cli: string, base: string, dir: string, format: string, jobs: number): BatchRun {
  const probe = join(base, 'peak-rss.mjs');
  writeFileSync(
    probe,
    "import { writeSync } from 'node:fs';\nprocess.on('exit', () => writeSync(2, '\\npeak-rss-kb ' + process.resourceUsage().maxRSS + '\\n'));\n",
  );
  const out = join(base, `report-${format}-${jobs}.out`);
  const start = performance.now();
  const args = ['--import', probe, cli, 'batch', dir, '--format', format, '--jobs', String(jobs), '-o', out];
  const child = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 26 });
  const ms = performance.now() - start;
  if (child.status !== 0) throw new Error(`batch failed:\n${child.stderr}`);
  const kb = Number(/peak-rss-kb (\d+)/.exec(child.stderr)?.[1]);
  return { ms, rssMB: round(kb / 1024, 0) };
}

/** The best wall time and the lowest peak RSS of `passes` runs. */
function best(runs: readonly BatchRun[]): BatchRun {
  return { ms: Math.min(...runs.map((r) => r.ms)), rssMB: Math.min(...runs.map((r) => r.rssMB)) };
}

const loads = () => loadavg().map((l) => round(l, 2));

/**
 * Measures `batch` on `count` files (see the module comment): for JSON and CSV, wall ms and peak
 * RSS with one thread and with a worker per core, and their ratios; the peak RSS of the JSON
 * report and of the CSV with a worker per core on `count` and on 4 × `count` files.
 *
 * @example
 * ```ts
 * const batch = await batchBench(2_000, 3);
 * batch.wallMs.json.ratio; // one-thread wall time ÷ worker-threads wall time
 * ```
 */
export async function batchBench(count: number, passes: number) {
  const cli = await bundleCli();
  const base = mkdtempSync(join(tmpdir(), 'clean-station-bench-batch-'));
  try {
    const dir = writeStations(base, count);
    const jobs = availableParallelism();
    const loadBefore = loads();
    const wallMs: Record<string, { one: number; many: number; ratio: number }> = {};
    const peakRssMB: Record<string, { one: number; many: number; ratio: number }> = {};
    for (const format of ['json', 'csv']) {
      const one: BatchRun[] = [];
      const many: BatchRun[] = [];
      for (let pass = 0; pass < passes; pass++) {
        one.push(runBatch(cli, base, dir, format, 1));
        many.push(runBatch(cli, base, dir, format, jobs));
      }
      const [a, b] = [best(one), best(many)];
      wallMs[format] = { one: round(a.ms, 0), many: round(b.ms, 0), ratio: round(a.ms / b.ms, 3) };
      peakRssMB[format] = { one: a.rssMB, many: b.rssMB, ratio: round(b.rssMB / a.rssMB, 3) };
    }
    const loadAfter = loads();
    const larger = writeStations(base, count * 4);
    /** How the peak RSS of a format's report grows from `count` to 4 × `count` files. */
    const rssGrowth = (format: string) => {
      const small = peakRssMB[format]?.many ?? Number.NaN;
      const big = runBatch(cli, base, larger, format, jobs).rssMB;
      return {
        files: [count, count * 4],
        peakRssMB: [small, big],
        ratio: round(big / small, 3),
        kBPerStation: round(((big - small) * 1024) / (count * 3), 2),
      };
    };
    return {
      files: count,
      jobs,
      passes,
      loadAverage: { before: loadBefore, after: loadAfter },
      wallMs,
      peakRssMB,
      jsonRssGrowth: rssGrowth('json'),
      csvRssGrowth: rssGrowth('csv'),
    };
  } finally {
    rmSync(base, { recursive: true, force: true });
  }
}

/** `npx tsx bench/batch.ts [count] [passes]`: the batch measurement alone, as one JSON line. */
if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const [count = '2000', passes = '3'] = process.argv.slice(2);
  console.log(JSON.stringify(await batchBench(Number(count), Number(passes))));
}
