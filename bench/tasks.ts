/**
 * One measurement of the benchmark, run in a process of its own: `bench/run.ts` bundles this file
 * with the library (as the published package is built) and starts it once per task and pass, so
 * that no measurement is disturbed by another's garbage or by V8 tuning shared code for another
 * caller. Prints one JSON line.
 *
 * Tasks: `evaluate`, `jsonRulesEngine`, `handWritten`, `scaled`, `asOf` (as of the 181st day of
 * the period), `monthly` (`evaluateMonthly`: as of each month end) — timings of best rounds —
 * `stream` (peak RSS and CPU per quarter while streaming through `evaluateMany`), `loadCompile`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { evaluateMany } from '../src/engine/batch.js';
import { compileRuleset } from '../src/engine/compiled.js';
import { evaluate, evaluateSync } from '../src/engine/evaluate.js';
import { evaluateMonthly } from '../src/engine/monthly.js';
import { parseFacts, parseFactsJson, parseFactsOrThrow } from '../src/facts/parse.js';
import type { StationFacts } from '../src/facts/schema.js';
import { renderJson } from '../src/report/json.js';
import type { EvaluationResult } from '../src/result/schema.js';
import { baseRulesetDocument } from '../src/ruleset/base.js';
import { loadRuleset } from '../src/ruleset/load.js';
import { addDays } from '../src/time/local-day.js';
import { stationYears } from './generate.js';
import { handWrittenScores } from './hand-written.js';
import { bestOf, cpuMs, median, round } from './measure.js';

/** The measurements of evaluation alone, on parsed facts. */
const EVALUATION_TASKS = ['evaluate', 'jsonRulesEngine', 'handWritten', 'scaled', 'asOf', 'monthly'] as const;

/**
 * The measurements of the whole path, JSON text in → result JSON out, and of each of its steps:
 * `JSON.parse` of the text, `parseFacts` of the parsed value, `renderJson` (compact, and
 * indented as the command line writes files) and compact `JSON.stringify` of the result, the
 * whole path (`parseFactsJson` → `evaluateSync` → `renderJson`, compact and indented) and its
 * baseline (`JSON.parse` + the yardstick + compact `JSON.stringify` of the result).
 */
export const PIPELINE_TASKS = [
  'jsonParse',
  'parseFacts',
  'renderJson',
  'renderJsonIndented',
  'stringify',
  'endToEnd',
  'endToEndIndented',
  'baseline',
] as const;

/** A measurement the benchmark runs in a process of its own. */
export type TaskName = (typeof EVALUATION_TASKS)[number] | (typeof PIPELINE_TASKS)[number] | 'stream' | 'loadCompile';

/** What a task is asked to do (command-line flags of the child). */
export interface TaskOptions {
  readonly task: TaskName;
  /** Station-years to time (or to stream). */
  readonly n: number;
  readonly seed: number;
  readonly scale: number;
  readonly warmUpMs: number;
  readonly rounds: number;
  /** The repository root, where `examples/variants/` is. */
  readonly root: string;
}

/** Records per station-year on average (record lists, duties, outages, incidents), read from the facts as written. */
function countRecords(inputs: readonly unknown[]): number {
  const lengthOf = (list: unknown) => (Array.isArray(list) ? list.length : 0);
  let n = 0;
  for (const input of inputs) {
    const f = input as Record<string, unknown>;
    for (const list of Object.values((f.records ?? {}) as Record<string, unknown>)) n += lengthOf(list);
    n += lengthOf(f.duties) + lengthOf(f.outages) + lengthOf(f.incidents);
  }
  return n / inputs.length;
}

/** A number read from a parsed value, so that the parse cannot be optimised away. */
const keysOf = (value: unknown) => Object.keys(value as object).length;

/** Result JSON as an integrator sends it (one line); the baseline's `JSON.stringify` is compact too. */
const COMPACT = { compact: true } as const;

/** A value made the first time it is asked for. */
function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => {
    made ??= { value: make() };
    return made.value;
  };
}

/**
 * The whole path and its steps, on the generated station-years as JSON text (`PIPELINE_TASKS`):
 * for each task, what prepares its inputs, then the step it times. A task makes only the inputs it
 * reads: parsed facts or results kept alive while the parser and the evaluator warm up teach V8
 * that what they allocate lives long (allocation-site pretenuring), and the steps measured on
 * fresh input, as the whole path is, would then pay for it.
 */
function pipeline(inputs: readonly unknown[]): Record<string, () => () => number> {
  const texts = inputs.map((input) => JSON.stringify(input));
  const values = once(() => texts.map((text) => JSON.parse(text) as unknown));
  const facts = once(() => values().map((value) => parseFactsOrThrow(value)));
  const results = once(() => facts().map((f) => evaluateSync(f)));
  const each = (step: (i: number) => number) => () => {
    let sum = 0;
    for (let i = 0; i < texts.length; i++) sum += step(i);
    return sum;
  };
  const wholePath = (render: { compact: boolean }) =>
    each((i) => {
      const parsed = parseFactsJson(texts[i] as string);
      return parsed.ok ? renderJson(evaluateSync(parsed.value), render).length : 0;
    });
  return {
    jsonParse: () => each((i) => keysOf(JSON.parse(texts[i] as string))),
    parseFacts: () => {
      const parsedValues = values();
      return each((i) => (parseFacts(parsedValues[i]).ok ? 1 : 0));
    },
    renderJson: () => {
      const all = results();
      return each((i) => renderJson(all[i] as EvaluationResult, COMPACT).length);
    },
    renderJsonIndented: () => {
      const all = results();
      return each((i) => renderJson(all[i] as EvaluationResult).length);
    },
    stringify: () => {
      const all = results();
      return each((i) => JSON.stringify(all[i]).length);
    },
    endToEnd: () => wholePath(COMPACT),
    endToEndIndented: () => wholePath({ compact: false }),
    baseline: () => {
      const [parsedFacts, all] = [facts(), results()];
      return each(
        (i) =>
          keysOf(JSON.parse(texts[i] as string)) +
          handWrittenScores(parsedFacts[i] as StationFacts).total +
          JSON.stringify(all[i]).length,
      );
    },
  };
}

async function timed(options: TaskOptions): Promise<object> {
  const inputs = [...stationYears(options.n, options.seed, { scale: options.scale })];
  const records = countRecords(inputs);
  let sink = 0;
  if ((PIPELINE_TASKS as readonly string[]).includes(options.task)) {
    const step = (pipeline(inputs)[options.task] as () => () => number)();
    const best = await bestOf(options.rounds, options.warmUpMs, () => {
      sink += step();
    });
    if (Number.isNaN(sink)) throw new Error('no timing');
    return { n: inputs.length, records, cpuMs: best.cpuMs, wallMs: best.wallMs };
  }
  const facts = inputs.map((input) => parseFactsOrThrow(input));
  const run: Record<string, () => unknown> = {
    evaluate: () => {
      for (const f of facts) sink += evaluateSync(f).total;
    },
    scaled: () => {
      for (const f of facts) sink += evaluateSync(f).total;
    },
    asOf: () => {
      for (const f of facts) sink += evaluateSync(f, { asOf: addDays(f.period.start, 180) }).total;
    },
    monthly: () => {
      for (const f of facts) sink += evaluateMonthly(f).length;
    },
    handWritten: () => {
      for (const f of facts) sink += handWrittenScores(f).total;
    },
    jsonRulesEngine: async () => {
      for (const f of facts) sink += (await evaluate(f, { engine: 'json-rules-engine' })).total;
    },
  };
  const task = run[options.task];
  if (!task) throw new Error(`unknown task ${options.task}`);
  const best = await bestOf(options.rounds, options.warmUpMs, task);
  if (Number.isNaN(sink)) throw new Error('no timing');
  return { n: facts.length, records, cpuMs: best.cpuMs, wallMs: best.wallMs };
}

async function stream(options: TaskOptions): Promise<object> {
  let peak = process.memoryUsage.rss();
  let invalid = 0;
  let sum = 0;
  const checkpoints: Array<{ count: number; cpuMs: number; rssMB: number }> = [];
  const cpu = process.cpuUsage();
  let i = 0;
  for await (const entry of evaluateMany(stationYears(options.n, options.seed))) {
    if (entry.ok) sum += entry.result.total;
    else invalid++;
    i++;
    if (i % 200 === 0) peak = Math.max(peak, process.memoryUsage.rss());
    if (i % (options.n / 4) === 0) {
      checkpoints.push({ count: i, cpuMs: round(cpuMs(cpu), 0), rssMB: round(process.memoryUsage.rss() / 1e6, 0) });
    }
  }
  peak = Math.max(peak, process.resourceUsage().maxRSS * 1024);
  return { count: options.n, invalid, meanTotal: round(sum / options.n), peakRssMB: round(peak / 1e6, 1), checkpoints };
}

/** Load + compile of the base ruleset, and of base + the first shipped variant the loader applies. */
function loadCompile(options: TaskOptions): object {
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
  for (const dir of ['examples/variants', 'rules/variants']) {
    const path = join(options.root, dir);
    if (!existsSync(path)) continue;
    for (const file of readdirSync(path).filter((f) => f.endsWith('.json') && !f.endsWith('.cases.json'))) {
      const variant = JSON.parse(readFileSync(join(path, file), 'utf8'));
      if (once([base, variant]).chain < 2) continue;
      const variantMs = median(Array.from({ length: 20 }, () => once([base, variant]).ms));
      return { baseColdMs, baseMs, variant: basename(file), variantMs };
    }
  }
  return { baseColdMs, baseMs, variant: null, variantMs: null };
}

function optionsFrom(args: readonly string[]): TaskOptions {
  const value = (name: string, fallback: string) => {
    const at = args.indexOf(`--${name}`);
    return at >= 0 ? (args[at + 1] ?? fallback) : fallback;
  };
  return {
    task: value('task', 'evaluate') as TaskOptions['task'],
    n: Number(value('n', '400')),
    seed: Number(value('seed', '20230101')),
    scale: Number(value('scale', '1')),
    warmUpMs: Number(value('warm-up-ms', '3000')),
    rounds: Number(value('rounds', '3')),
    root: value('root', process.cwd()),
  };
}

const options = optionsFrom(process.argv.slice(2));
const result =
  options.task === 'stream'
    ? await stream(options)
    : options.task === 'loadCompile'
      ? loadCompile(options)
      : await timed(options);
console.log(JSON.stringify(result));
