/**
 * `npm run bench [-- --quick]`: throughput of the compiled evaluator (full trace), of
 * json-rules-engine used the ordinary way and of the hand-written yardstick on the same generated
 * station-years; cost on 10×-sized stations; load + compile time of the ruleset; peak RSS while
 * streaming station-years through `evaluateMany` (in a child process, so nothing else is counted).
 * Prints a table, then one JSON line.
 *
 * Times are CPU time of the process (user + system), best of interleaved rounds: on a shared
 * machine this is far steadier than wall time, and all ratios come from the same run.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { arch, cpus, platform, totalmem } from 'node:os';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { evaluateMany } from '../src/engine/batch.js';
import { compileRuleset } from '../src/engine/compiled.js';
import { evaluate, evaluateSync } from '../src/engine/evaluate.js';
import { parseFactsOrThrow } from '../src/facts/parse.js';
import type { StationFacts } from '../src/facts/schema.js';
import { baseRulesetDocument } from '../src/ruleset/base.js';
import { loadRuleset } from '../src/ruleset/load.js';
import { stationYears } from './generate.js';
import { handWrittenScores } from './hand-written.js';
import { bestOf, cpuMs, median, round } from './measure.js';

const SEED = 20230101;
const args = process.argv.slice(2);
const quick = args.includes('--quick');

/** How big each measurement is, in full and quick mode. */
const SIZE = quick
  ? { n: 400, jre: 100, scaled: 40, rounds: 3, warmUpMs: 800, stream: 2_000 }
  : { n: 2_000, jre: 400, scaled: 200, rounds: 5, warmUpMs: 3_000, stream: 100_000 };

/** Load + compile of the base ruleset (and of base + a variant when one is shipped and loadable). */
function loadCompile(): { baseColdMs: number; baseMs: number; variant: string | null; variantMs: number | null } {
  const base = baseRulesetDocument();
  const once = (documents: unknown) => {
    const cpu = process.cpuUsage();
    const loaded = loadRuleset(documents);
    if (!loaded.ok) throw new Error(loaded.issues.map((i) => i.message.en).join('\n'));
    compileRuleset(loaded.value);
    return { ms: cpuMs(cpu), chain: loaded.value.chain.length };
  };
  const baseColdMs = once(base).ms;
  const baseMs = median(Array.from({ length: 20 }, () => once(base).ms));
  const files: string[] = [];
  for (const dir of ['../examples/variants/', '../rules/variants/']) {
    const path = fileURLToPath(new URL(dir, import.meta.url));
    if (existsSync(path))
      files.push(
        ...readdirSync(path)
          .filter((f) => f.endsWith('.json'))
          .map((f) => path + f),
      );
  }
  for (const file of files) {
    const variant = JSON.parse(readFileSync(file, 'utf8'));
    try {
      if (once([base, variant]).chain < 2) continue; // this loader does not apply variants yet
      return {
        baseColdMs,
        baseMs,
        variant: basename(file),
        variantMs: median(Array.from({ length: 20 }, () => once([base, variant]).ms)),
      };
    } catch {}
  }
  return { baseColdMs, baseMs, variant: null, variantMs: null };
}

function countRecords(facts: readonly StationFacts[]): number {
  let n = 0;
  for (const f of facts) {
    for (const list of Object.values(f.records)) n += list.length;
    n += f.duties.length + f.outages.length + f.incidents.length;
  }
  return n / facts.length;
}

/** Child mode: stream `count` lazily generated (unparsed) station-years through `evaluateMany`. */
async function streamChild(count: number): Promise<void> {
  let peak = process.memoryUsage.rss();
  let invalid = 0;
  let sum = 0;
  const checkpoints: Array<{ count: number; cpuMs: number; rssMB: number }> = [];
  const cpu = process.cpuUsage();
  let i = 0;
  for await (const entry of evaluateMany(stationYears(count, SEED + 1))) {
    if (entry.ok) sum += entry.result.total;
    else invalid++;
    i++;
    if (i % 200 === 0) peak = Math.max(peak, process.memoryUsage.rss());
    if (i % (count / 4) === 0) {
      checkpoints.push({ count: i, cpuMs: round(cpuMs(cpu), 0), rssMB: round(process.memoryUsage.rss() / 1e6, 0) });
    }
  }
  peak = Math.max(peak, process.resourceUsage().maxRSS * 1024);
  console.log(
    JSON.stringify({ count, invalid, meanTotal: round(sum / count), peakRssMB: round(peak / 1e6, 1), checkpoints }),
  );
}

function stream(count: number): {
  count: number;
  peakRssMB: number;
  checkpoints: Array<{ count: number; cpuMs: number; rssMB: number }>;
} {
  const script = fileURLToPath(import.meta.url);
  const child = spawnSync(process.execPath, [...process.execArgv, script, '--stream', String(count)], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  if (child.status !== 0) throw new Error(`stream child failed:\n${child.stderr}`);
  const line = child.stdout.trim().split('\n').at(-1) as string;
  const out = JSON.parse(line);
  if (out.invalid !== 0) throw new Error(`${out.invalid} generated station-years were invalid`);
  return out;
}

function table(rows: ReadonlyArray<readonly string[]>): string {
  const widths = (rows[0] as readonly string[]).map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  return rows.map((r) => r.map((cell, c) => cell.padEnd(widths[c] as number)).join('  ')).join('\n');
}

async function main(): Promise<void> {
  const load = loadCompile();
  const facts = [...stationYears(SIZE.n, SEED)].map(parseFactsOrThrow);
  const jreFacts = facts.slice(0, SIZE.jre);
  const scaled = [...stationYears(SIZE.scaled, SEED + 2, { scale: 10 })].map(parseFactsOrThrow);

  // The yardstick must agree with the library, or the comparison means nothing.
  for (const f of [...facts, ...scaled]) {
    if (evaluateSync(f).total !== handWrittenScores(f).total)
      throw new Error(`hand-written total differs: ${f.station.id}`);
  }

  let sink = 0;
  const [compiled, reference, handWritten, compiledScaled] = await bestOf(SIZE.rounds, SIZE.warmUpMs, [
    () => {
      for (const f of facts) sink += evaluateSync(f).total;
    },
    async () => {
      for (const f of jreFacts) sink += (await evaluate(f, { engine: 'json-rules-engine' })).total;
    },
    () => {
      for (const f of facts) sink += handWrittenScores(f).total;
    },
    () => {
      for (const f of scaled) sink += evaluateSync(f).total;
    },
  ]);
  if (!compiled || !reference || !handWritten || !compiledScaled || Number.isNaN(sink)) throw new Error('no timing');

  const perSec = (count: number, ms: number) => (count / ms) * 1000;
  const rates = {
    evaluate: perSec(facts.length, compiled.cpuMs),
    jsonRulesEngine: perSec(jreFacts.length, reference.cpuMs),
    handWritten: perSec(facts.length, handWritten.cpuMs),
  };
  const records = countRecords(facts);
  const scaledRecords = countRecords(scaled);
  const usPerRecord = (compiled.cpuMs * 1000) / facts.length / records;
  const usPerRecordScaled = (compiledScaled.cpuMs * 1000) / scaled.length / scaledRecords;
  const streamed = stream(SIZE.stream);
  // CPU time of each quarter of the stream; the first one also pays for start-up and warm-up.
  const quarters = streamed.checkpoints.map(
    (c, i) => c.cpuMs - (i === 0 ? 0 : (streamed.checkpoints[i - 1]?.cpuMs ?? 0)),
  );
  const linearity = (quarters[3] ?? Number.NaN) / (quarters[1] ?? Number.NaN);

  const ratios = {
    vsHandWritten: round(rates.evaluate / rates.handWritten, 3),
    vsJsonRulesEngine: round(rates.evaluate / rates.jsonRulesEngine, 2),
  };
  console.log(
    `clean-station benchmark${quick ? ' (quick)' : ''} — node ${process.version}, ${platform()} ${arch()}, ${cpus()[0]?.model ?? '?'} × ${cpus().length}, ${round(totalmem() / 2 ** 30, 0)} GiB`,
  );
  console.log(
    `station-years: ${facts.length} generated (seed ${SEED}), ${round(records, 0)} records each on average\n`,
  );
  console.log(
    table([
      ['measurement', 'station-years', 'CPU ms (best)', 'wall ms (best)', 'station-years/s', 'vs hand-written'],
      ...(
        [
          ['(a) evaluateSync, compiled, full trace', facts.length, compiled],
          ['(b) json-rules-engine, new Engine each', jreFacts.length, reference],
          ['(c) hand-written one-pass (scores only)', facts.length, handWritten],
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
    ]),
  );
  console.log(
    JSON.stringify({
      n: facts.length,
      stationYearsPerSec: {
        evaluate: round(rates.evaluate, 0),
        jsonRulesEngine: round(rates.jsonRulesEngine, 0),
        handWritten: round(rates.handWritten, 0),
      },
      ratios,
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

const streamAt = args.indexOf('--stream');
if (streamAt >= 0) await streamChild(Number(args[streamAt + 1]));
else await main();
