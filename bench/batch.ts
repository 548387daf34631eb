/**
 * The batch measurement of `npm run bench`: `clean-station batch` over generated station-years
 * (each a station of its own), with `--jobs 1` and with a worker thread per core, for the JSON
 * report and CSV; wall time (CPU time cannot show threads working side by side), CPU time (every
 * thread of the process, so that CPU ÷ wall tells how many cores one thread's batch keeps busy:
 * V8 compiles and collects garbage on helper threads) and peak RSS of the whole process (its
 * worker threads included). Beside them, the yardstick for any parallel batch on this machine: the
 * same files cut into one piece per core, each piece a one-thread batch in a process of its own,
 * all started at once; nothing is shared and no message is sent, so no way of spreading the batch
 * over the cores can gain more than these processes do. The three run in turn, so that all meet
 * the same neighbours on the machine, and the fastest run of each is kept (with its own CPU time)
 * with the lowest peak RSS; the load average is recorded beside them. Then the peak RSS of the JSON report and of the CSV at a second, larger size, to
 * show how memory grows with the number of stations.
 *
 * The command line is bundled as the package builds it: its entry and the lean worker entry, the
 * code they share in chunks.
 */
import { spawn } from 'node:child_process';
import { linkSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
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

/** One run of `batch` (or several side by side): wall time, peak RSS and CPU time of its processes. */
interface BatchRun {
  readonly ms: number;
  /** The highest peak RSS among the processes. */
  readonly rssMB: number;
  /** CPU time (user + system) of the processes together, all their threads included. */
  readonly cpuMs: number;
}

/** A `batch` command: the folder it reads, the format, its `--jobs` and the file it writes. */
interface BatchCommand {
  readonly dir: string;
  readonly format: string;
  readonly jobs: number;
  readonly out: string;
}

/**
 * A module loaded before the command line that prints, as the process exits, its peak RSS and
 * its CPU time (every thread of the process: the workers and V8's helper threads included).
 */
function writeProbe(base: string): string {
  const probe = join(base, 'probe.mjs');
  writeFileSync(
    probe,
    [
      "import { writeSync } from 'node:fs';",
      "process.on('exit', () => {",
      '  const used = process.resourceUsage();',
      '  const cpuUs = used.userCPUTime + used.systemCPUTime;',
      "  writeSync(2, '\\npeak-rss-kb ' + used.maxRSS + ' cpu-us ' + cpuUs + '\\n');",
      '});',
      '',
    ].join('\n'),
  );
  return probe;
}

/** Runs one `batch` command to its end; its peak RSS (kB) and CPU time (µs) as its probe printed them. */
function runCommand(cli: string, probe: string, command: BatchCommand): Promise<{ rssKB: number; cpuUs: number }> {
  const { dir, format, jobs, out } = command;
  const args = ['--import', probe, cli, 'batch', dir, '--format', format, '--jobs', String(jobs), '-o', out];
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (text: string) => {
    stderr += text;
  });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (status) => {
      const probed = /peak-rss-kb (\d+) cpu-us (\d+)/.exec(stderr);
      if (status !== 0 || probed === null) reject(new Error(`batch failed:\n${stderr}`));
      else resolve({ rssKB: Number(probed[1]), cpuUs: Number(probed[2]) });
    });
  });
}

/** Runs `commands` side by side (one process each), timed from the first start to the last end. */
async function runSideBySide(cli: string, probe: string, commands: readonly BatchCommand[]): Promise<BatchRun> {
  const start = performance.now();
  const ends = await Promise.all(commands.map((command) => runCommand(cli, probe, command)));
  const ms = performance.now() - start;
  const rssKB = Math.max(...ends.map((end) => end.rssKB));
  const cpuUs = ends.reduce((sum, end) => sum + end.cpuUs, 0);
  return { ms, rssMB: round(rssKB / 1024, 0), cpuMs: round(cpuUs / 1000, 0) };
}

/**
 * Deals the files of `dir` into `parts` new folders of `base` (hard links, in order, as even as
 * can be): the batch cut into pieces for processes that run side by side.
 */
function splitStations(base: string, dir: string, parts: number): string[] {
  const files = readdirSync(dir).sort();
  const per = Math.ceil(files.length / parts);
  return Array.from({ length: parts }, (_, part) => {
    const folder = join(base, `part-${part}`);
    mkdirSync(folder);
    for (const file of files.slice(part * per, (part + 1) * per)) linkSync(join(dir, file), join(folder, file));
    return folder;
  });
}

/**
 * The fastest of several runs, with its own CPU time (so that CPU ÷ wall is one run's), and the
 * lowest peak RSS of them all.
 */
function best(runs: readonly BatchRun[]): BatchRun {
  const fastest = runs.reduce((a, b) => (b.ms < a.ms ? b : a));
  return { ...fastest, rssMB: Math.min(...runs.map((run) => run.rssMB)) };
}

const loads = () => loadavg().map((l) => round(l, 2));

/**
 * Measures `batch` on `count` files (see the module comment): for JSON and CSV, wall ms, CPU ms
 * and peak RSS with one thread and with a worker per core, and their ratios; the same files cut
 * into as many pieces as cores, each given to a one-thread process of its own, all side by side
 * (what this machine gives any way of spreading the batch over its cores, with nothing shared and
 * no message sent); the peak RSS of the JSON report and of the CSV with a worker per core on
 * `count` and on 4 × `count` files.
 *
 * @example
 * ```ts
 * const batch = await batchBench(2_000, 3);
 * batch.wallMs.json.ratio; // one-thread wall time ÷ worker-threads wall time
 * batch.sideBySide.json.ratio; // one-thread wall time ÷ wall time of the pieces side by side
 * ```
 */
export async function batchBench(count: number, passes: number) {
  const cli = await bundleCli();
  const base = mkdtempSync(join(tmpdir(), 'clean-station-bench-batch-'));
  try {
    const probe = writeProbe(base);
    const dir = writeStations(base, count);
    const jobs = availableParallelism();
    const pieces = splitStations(base, dir, jobs);
    const out = (format: string, name: string) => join(base, `report-${format}-${name}.out`);
    const loadBefore = loads();
    const wallMs: Record<string, { one: number; many: number; ratio: number }> = {};
    const cpuMs: Record<string, { one: number; many: number; oneCoresUsed: number }> = {};
    const peakRssMB: Record<string, { one: number; many: number; ratio: number }> = {};
    const sideBySide: Record<string, { processes: number; ms: number; cpuMs: number; ratio: number }> = {};
    for (const format of ['json', 'csv']) {
      const one: BatchRun[] = [];
      const many: BatchRun[] = [];
      const split: BatchRun[] = [];
      for (let pass = 0; pass < passes; pass++) {
        one.push(await runSideBySide(cli, probe, [{ dir, format, jobs: 1, out: out(format, 'one') }]));
        many.push(await runSideBySide(cli, probe, [{ dir, format, jobs, out: out(format, 'many') }]));
        const commands = pieces.map((piece, i) => ({ dir: piece, format, jobs: 1, out: out(format, `piece-${i}`) }));
        split.push(await runSideBySide(cli, probe, commands));
      }
      const [a, b, c] = [best(one), best(many), best(split)];
      wallMs[format] = { one: round(a.ms, 0), many: round(b.ms, 0), ratio: round(a.ms / b.ms, 3) };
      cpuMs[format] = { one: a.cpuMs, many: b.cpuMs, oneCoresUsed: round(a.cpuMs / a.ms, 2) };
      peakRssMB[format] = { one: a.rssMB, many: b.rssMB, ratio: round(b.rssMB / a.rssMB, 3) };
      sideBySide[format] = { processes: jobs, ms: round(c.ms, 0), cpuMs: c.cpuMs, ratio: round(a.ms / c.ms, 3) };
    }
    const loadAfter = loads();
    const larger = writeStations(base, count * 4);
    /** How the peak RSS of a format's report grows from `count` to 4 × `count` files. */
    const rssGrowth = async (format: string) => {
      const small = peakRssMB[format]?.many ?? Number.NaN;
      const big = (await runSideBySide(cli, probe, [{ dir: larger, format, jobs, out: out(format, 'larger') }])).rssMB;
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
      cpuMs,
      sideBySide,
      peakRssMB,
      jsonRssGrowth: await rssGrowth('json'),
      csvRssGrowth: await rssGrowth('csv'),
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
