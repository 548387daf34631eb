/**
 * `npm run bench [-- --quick]`: throughput of the compiled evaluator (full trace), of
 * json-rules-engine used the ordinary way and of the hand-written yardstick on the same generated
 * station-years; evaluation as of a day and month by month (`evaluateMonthly`); cost on 10×-sized stations; load + compile time of the ruleset; peak RSS while
 * streaming station-years through `evaluateMany`. Prints a table, then one JSON line.
 *
 * The library and the yardstick are bundled together the way the published package is built
 * (tsup, no source transform at run time), and every measurement runs in a process of its own
 * (`bench/tasks.ts`), started in turn for each task and repeated in passes: measurements sharing
 * a process disturb one another (one task's garbage, V8 tuning shared helpers for another caller).
 * Times are CPU time of the child (user + system), the best of its rounds and of the passes: on a
 * shared machine this is far steadier than wall time, and all ratios come from the same run.
 */
import { spawnSync } from 'node:child_process';
import { arch, cpus, platform, totalmem } from 'node:os';
import { evaluateSync } from '../src/engine/evaluate.js';
import { parseFactsOrThrow } from '../src/facts/parse.js';
import { bundleEntries, root } from './bundle.js';
import { stationYears } from './generate.js';
import { handWrittenScores } from './hand-written.js';
import { round } from './measure.js';
import { PIPELINE_TASKS, type TaskOptions } from './tasks.js';

const SEED = 20230101;
const args = process.argv.slice(2);
const quick = args.includes('--quick');

/** How big each measurement is, in full and quick mode. */
const SIZE = quick
  ? {
      n: 400,
      jre: 100,
      scaled: 40,
      monthly: 40,
      pipeline: 200,
      batch: 400,
      rounds: 3,
      warmUpMs: 3_000,
      passes: 1,
      stream: 2_000,
    }
  : {
      n: 2_000,
      jre: 400,
      scaled: 200,
      monthly: 200,
      pipeline: 500,
      batch: 2_000,
      rounds: 5,
      warmUpMs: 3_000,
      passes: 3,
      stream: 100_000,
    };

/**
 * Bundles `bench/tasks.ts` with the library as tsup builds the package;
 * returns the files.
 */
async function bundle(): Promise<{ tasks: string }> {
  return { tasks: `${await bundleEntries('clean-station-bench', { tasks: 'bench/tasks.ts' })}/tasks.js` };
}

/** Runs one task in a child process and returns its JSON line. */
function runTask<T>(file: string, options: Omit<TaskOptions, 'root'>): T {
  const flags = Object.entries({ ...options, root }).flatMap(([k, v]) => [
    `--${k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`,
    String(v),
  ]);
  const child = spawnSync(process.execPath, ['--expose-gc', file, ...flags], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (child.status !== 0) throw new Error(`bench task ${options.task} failed:\n${child.stderr}`);
  return JSON.parse(child.stdout.trim().split('\n').at(-1) as string) as T;
}

interface Timing {
  readonly n: number;
  readonly records: number;
  readonly cpuMs: number;
  readonly wallMs: number;
}

interface Stream {
  readonly count: number;
  readonly invalid: number;
  readonly peakRssMB: number;
  readonly checkpoints: Array<{ count: number; cpuMs: number; rssMB: number }>;
}

interface LoadCompile {
  readonly baseColdMs: number;
  readonly baseMs: number;
  readonly variant: string | null;
  readonly variantMs: number | null;
}

/** The yardstick must agree with the library, or the comparison means nothing. */
function checkAgreement(): void {
  const sets = [stationYears(SIZE.n, SEED), stationYears(SIZE.scaled, SEED + 2, { scale: 10 })];
  for (const set of sets) {
    for (const input of set) {
      const f = parseFactsOrThrow(input);
      if (evaluateSync(f).total !== handWrittenScores(f).total)
        throw new Error(`hand-written total differs: ${f.station.id}`);
    }
  }
}

function table(rows: ReadonlyArray<readonly string[]>): string {
  const widths = (rows[0] as readonly string[]).map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  return rows.map((r) => r.map((cell, c) => cell.padEnd(widths[c] as number)).join('  ')).join('\n');
}

async function main(): Promise<void> {
  checkAgreement();
  const { tasks: file } = await bundle();
  const common = { seed: SEED, scale: 1, warmUpMs: SIZE.warmUpMs, rounds: SIZE.rounds };
  const tasks = {
    compiled: { ...common, task: 'evaluate', n: SIZE.n },
    handWritten: { ...common, task: 'handWritten', n: SIZE.n },
    reference: { ...common, task: 'jsonRulesEngine', n: SIZE.jre },
    compiledScaled: { ...common, task: 'scaled', n: SIZE.scaled, seed: SEED + 2, scale: 10 },
    asOf: { ...common, task: 'asOf', n: SIZE.n },
    monthly: { ...common, task: 'monthly', n: SIZE.monthly },
    ...Object.fromEntries(PIPELINE_TASKS.map((task) => [task, { ...common, task, n: SIZE.pipeline }])),
  } as Record<string, Omit<TaskOptions, 'root'>>;
  const best: Partial<Record<string, Timing>> = {};
  for (let pass = 0; pass < SIZE.passes; pass++) {
    for (const [name, options] of Object.entries(tasks)) {
      const t = runTask<Timing>(file, options);
      const b = best[name];
      best[name] = b === undefined || t.cpuMs < b.cpuMs ? t : b;
    }
  }
  const { compiled, handWritten, reference, compiledScaled, asOf, monthly } = best;
  if (!compiled || !reference || !handWritten || !compiledScaled || !asOf || !monthly) throw new Error('no timing');
  const usPer = (t: Timing | undefined) => {
    if (!t) throw new Error('no timing');
    return (t.cpuMs * 1000) / t.n;
  };
  const steps = {
    jsonParse: usPer(best.jsonParse),
    parseFacts: usPer(best.parseFacts),
    evaluate: usPer(compiled),
    handWritten: usPer(handWritten),
    renderJson: usPer(best.renderJson),
    renderJsonIndented: usPer(best.renderJsonIndented),
    stringify: usPer(best.stringify),
    endToEnd: usPer(best.endToEnd),
    endToEndIndented: usPer(best.endToEndIndented),
    baseline: usPer(best.baseline),
  };
  const load = runTask<LoadCompile>(file, { ...common, task: 'loadCompile', n: 0 });
  const streamed = runTask<Stream>(file, { ...common, task: 'stream', n: SIZE.stream, seed: SEED + 1 });
  if (streamed.invalid !== 0) throw new Error(`${streamed.invalid} generated station-years were invalid`);
  const batch = await (await import('./batch.js')).batchBench(SIZE.batch, SIZE.passes);

  const perSec = (count: number, ms: number) => (count / ms) * 1000;
  const rates = {
    evaluate: perSec(compiled.n, compiled.cpuMs),
    jsonRulesEngine: perSec(reference.n, reference.cpuMs),
    handWritten: perSec(handWritten.n, handWritten.cpuMs),
    asOf: perSec(asOf.n, asOf.cpuMs),
    monthly: perSec(monthly.n, monthly.cpuMs),
  };
  const records = compiled.records;
  const scaledRecords = compiledScaled.records;
  const usPerRecord = (compiled.cpuMs * 1000) / compiled.n / records;
  const usPerRecordScaled = (compiledScaled.cpuMs * 1000) / compiledScaled.n / scaledRecords;
  // CPU time of each quarter of the stream; the first one also pays for start-up and warm-up.
  const quarters = streamed.checkpoints.map(
    (c, i) => c.cpuMs - (i === 0 ? 0 : (streamed.checkpoints[i - 1]?.cpuMs ?? 0)),
  );
  const linearity = (quarters[3] ?? Number.NaN) / (quarters[1] ?? Number.NaN);

  const ratios = {
    vsHandWritten: round(rates.evaluate / rates.handWritten, 3),
    vsJsonRulesEngine: round(rates.evaluate / rates.jsonRulesEngine, 2),
    endToEndVsBaseline: round(steps.baseline / steps.endToEnd, 3),
    endToEndIndentedVsBaseline: round(steps.baseline / steps.endToEndIndented, 3),
    parseFactsVsJsonParse: round(steps.parseFacts / steps.jsonParse, 3),
    renderJsonVsStringify: round(steps.renderJson / steps.stringify, 3),
  };
  console.log(
    `clean-station benchmark${quick ? ' (quick)' : ''} — node ${process.version}, ${platform()} ${arch()}, ${cpus()[0]?.model ?? '?'} × ${cpus().length}, ${round(totalmem() / 2 ** 30, 0)} GiB`,
  );
  console.log(
    `station-years: ${compiled.n} generated (seed ${SEED}), ${round(records, 0)} records each on average; each measurement in its own process, best of ${SIZE.passes} passes × ${SIZE.rounds} rounds\n`,
  );
  console.log(
    table([
      ['measurement', 'station-years', 'CPU ms (best)', 'wall ms (best)', 'station-years/s', 'vs hand-written'],
      ...(
        [
          ['(a) evaluateSync, compiled, full trace', compiled.n, compiled],
          ['(b) json-rules-engine, new Engine each', reference.n, reference],
          ['(c) hand-written one-pass (scores only)', handWritten.n, handWritten],
        ] as const
      ).map(([name, n, t]) => [
        name,
        String(n),
        String(round(t.cpuMs, 1)),
        String(round(t.wallMs, 1)),
        String(round(perSec(n, t.cpuMs), 0)),
        `${round(perSec(n, t.cpuMs) / rates.handWritten, 3)}×`,
      ]),
    ]),
  );
  console.log('');
  console.log(
    table([
      ['other measurement', 'value'],
      ['(d) stream through evaluateMany (parse + evaluate)', `${streamed.count} station-years`],
      ['    peak RSS', `${streamed.peakRssMB} MB`],
      ['    RSS at ¼ ½ ¾ 1 of the stream', `${streamed.checkpoints.map((c) => c.rssMB).join(' / ')} MB`],
      [
        '    CPU ms of each quarter of the stream',
        `${quarters.map((q) => round(q, 0)).join(' / ')} (4th ÷ 2nd: ${round(linearity, 2)}, linear = 1)`,
      ],
      [
        '    station-years/s streamed (2nd–4th quarter)',
        `${round((streamed.count * 0.75 * 1000) / (quarters[1]! + quarters[2]! + quarters[3]!), 0)}`,
      ],
      ['(e) 10×-sized stations: records each', `${round(scaledRecords, 0)} (vs ${round(records, 0)})`],
      [
        '    µs per record, 10× vs 1×',
        `${round(usPerRecordScaled, 3)} vs ${round(usPerRecord, 3)} (ratio ${round(usPerRecordScaled / usPerRecord, 2)}, linear = 1)`,
      ],
      ['(f) load + compile base ruleset, first call', `${round(load.baseColdMs, 2)} ms`],
      ['    load + compile base ruleset, median of 20', `${round(load.baseMs, 2)} ms`],
      [
        '    with a variant',
        load.variant === null
          ? 'not measured: no variant the loader applies'
          : `${round(load.variantMs ?? 0, 2)} ms (${load.variant})`,
      ],
      ['(a) ÷ (b)', `${ratios.vsJsonRulesEngine}×`],
      [
        '(g) evaluateSync as of the 181st day',
        `${round(rates.asOf, 0)} station-years/s (${round(rates.asOf / rates.evaluate, 2)}× the full year)`,
      ],
      [
        '(h) evaluateMonthly (12 month ends)',
        `${round(rates.monthly, 0)} station-years/s (${round(rates.evaluate / rates.monthly, 1)}× the cost of one full-year evaluation)`,
      ],
    ]),
  );
  console.log('');
  const us = (value: number) => String(round(value, 1));
  console.log(
    table([
      ['JSON text in → result JSON out', 'µs per station-year', ''],
      ['(i) JSON.parse of the facts text', us(steps.jsonParse), ''],
      ['(j) parseFacts of the parsed value', us(steps.parseFacts), `${ratios.parseFactsVsJsonParse}× (i)`],
      ['(a) evaluateSync', us(steps.evaluate), ''],
      ['(c) the yardstick', us(steps.handWritten), ''],
      ['(k) renderJson of the result, compact', us(steps.renderJson), `${ratios.renderJsonVsStringify}× (l)`],
      ['    renderJson of the result, indented', us(steps.renderJsonIndented), ''],
      ['(l) JSON.stringify of the result (compact)', us(steps.stringify), ''],
      ['(m) whole path: parseFactsJson → evaluateSync → renderJson, compact', us(steps.endToEnd), ''],
      ['    the same with the result indented (as files are written)', us(steps.endToEndIndented), ''],
      ['(n) baseline: JSON.parse + yardstick + JSON.stringify', us(steps.baseline), ''],
      ['(n) ÷ (m): throughput of the whole path vs the baseline', `${ratios.endToEndVsBaseline}×`, ''],
      ['    the same, result indented', `${ratios.endToEndIndentedVsBaseline}×`, ''],
    ]),
  );
  console.log('');
  console.log(
    table([
      [
        `(o) batch of ${batch.files} files, wall ms (best of ${SIZE.passes})`,
        '--jobs 1',
        `--jobs ${batch.jobs}`,
        'ratio',
      ],
      ...Object.entries(batch.wallMs).map(([format, t]) => [
        `    --format ${format}`,
        String(t.one),
        String(t.many),
        `${t.ratio}×`,
      ]),
      ...Object.entries(batch.sideBySide).map(([format, t]) => [
        `    --format ${format}, --jobs 1 on 1/${t.processes} of the files in ${t.processes} processes at once`,
        '',
        String(t.ms),
        `${t.ratio}×`,
      ]),
      ...Object.entries(batch.cpuMs).map(([format, t]) => [
        `    --format ${format}, CPU ms (all threads); --jobs 1 keeps ${t.oneCoresUsed} cores busy`,
        String(t.one),
        String(t.many),
        '',
      ]),
    ]),
  );
  console.log(
    JSON.stringify({
      n: compiled.n,
      stationYearsPerSec: {
        evaluate: round(rates.evaluate, 0),
        jsonRulesEngine: round(rates.jsonRulesEngine, 0),
        handWritten: round(rates.handWritten, 0),
        asOf: round(rates.asOf, 0),
        monthly: round(rates.monthly, 0),
      },
      ratios,
      pipelineUsPerStationYear: Object.fromEntries(Object.entries(steps).map(([k, v]) => [k, round(v, 1)])),
      batch,
      streamRssMB: streamed.peakRssMB,
      streamCount: streamed.count,
      streamLinearity: round(linearity, 3),
      scaled10x: {
        recordsPerStation: round(scaledRecords, 0),
        perRecordCostRatio: round(usPerRecordScaled / usPerRecord, 3),
      },
      loadCompileMs: {
        baseFirst: round(load.baseColdMs, 2),
        base: round(load.baseMs, 2),
        withVariant: load.variantMs === null ? null : round(load.variantMs, 2),
      },
      timing: 'cpu',
      quick,
    }),
  );
}

await main();
