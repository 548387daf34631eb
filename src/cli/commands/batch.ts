/**
 * `clean-station batch <dir|files…>`: the county evaluation (§6). Evaluates many stations (or a
 * reproducible sample) with their reviews, ranks stored results beside them, and reports on every
 * station and every file.
 */
import { mkdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { type Command, Option } from 'commander';
import {
  type CountyRanking,
  type CountyResult,
  type CountySummary,
  countyRanking,
  type GroupBy,
  type RankedStation,
  rankedStations,
  type SkippedSource,
  withStationsListed,
} from '../../report/county.js';
import { createDigestStore } from '../../report/county-digest.js';
import { type LetterOptions, renderLetter } from '../../report/letter.js';
import type { Lang } from '../../report/messages/index.js';
import { points } from '../../report/text.js';
import type { Ruleset } from '../../ruleset/finalize.js';
import type { KeptResult } from '../batch-file.js';
import { readBatchReviews, skippedOf } from '../batch-inputs.js';
import { spooledResults } from '../batch-json.js';
import { type BatchRun, fullResult, jobsFor, runBatch, workersFromFiles } from '../batch-run.js';
import { type CliContext, CliError, EXIT, type Problem, reportNote, reportProblems } from '../context.js';
import { generatedAtOption, reportTime } from '../generated-at.js';
import { listJsonFiles } from '../list.js';
import { cliMessages } from '../messages.js';
import {
  examples,
  formatOption,
  langOption,
  outputOption,
  parseNumber,
  parsePositiveInt,
  rulesetOption,
} from '../options.js';
import { emit } from '../output.js';
import { countyDigestPieces, REPORT_FORMATS, renderCounty } from '../render.js';
import { loadRulesetFiles } from '../ruleset.js';
import { refuseOutputOntoInputs } from '../same-file.js';
import { sampleOf } from '../sample.js';
import { Spool } from '../spool.js';
import { workbookOutput } from '../workbook.js';
import { testPause, writeAtomic } from '../write.js';

/** The formats of `batch`: the report formats, an Excel workbook and one feedback letter per station. */
const BATCH_FORMATS = [...REPORT_FORMATS, 'xlsx', 'letter'] as const;
const GROUP_BY = ['county', 'city'] as const;

interface BatchOptions {
  readonly ruleset: string[];
  readonly reviews?: string[];
  readonly groupBy?: GroupBy;
  readonly team?: string;
  readonly generatedAt?: string;
  readonly sample?: number;
  readonly seed?: string;
  readonly format: (typeof BATCH_FORMATS)[number];
  readonly lang: Lang;
  readonly output?: string;
  readonly strict?: boolean;
  readonly failUnder?: number;
  readonly jobs?: number;
}

/** The files to evaluate (all, or the sample), and the folder entries skipped with their reasons. */
function chooseFiles(
  ctx: CliContext,
  inputs: readonly string[],
  options: BatchOptions,
): { files: string[]; skipped: Problem[] } {
  if (options.sample !== undefined && options.seed === undefined) {
    throw new CliError(EXIT.invalid, [{ where: 'batch', message: cliMessages.sampleNeedsSeed() }]);
  }
  if (options.seed !== undefined && options.sample === undefined) {
    throw new CliError(EXIT.invalid, [{ where: 'batch', message: cliMessages.seedNeedsSample() }]);
  }
  const { files: all, skipped } = listJsonFiles(inputs, ['.json', '.xlsx']);
  refuseOutputOntoInputs(options.output, [...all, ...options.ruleset]);
  if (all.length === 0 && skipped.length === 0)
    throw new CliError(EXIT.invalid, [{ where: inputs.join(' '), message: cliMessages.noInputFiles() }]);
  if (options.sample === undefined || options.seed === undefined) return { files: all, skipped };
  const picked = sampleOf(all, options.sample, options.seed);
  reportNote(ctx, cliMessages.sampled({ n: picked.length, of: all.length, seed: options.seed }));
  return { files: picked, skipped };
}

/** A file's problems, reported on the terminal as before: one line each. */
function reportSkipped(ctx: CliContext, skipped: readonly SkippedSource[]): void {
  for (const s of skipped) {
    reportProblems(
      ctx,
      s.reasons.map((r) => ({
        where: r.at === undefined ? s.source : `${s.source}: ${r.at}`,
        message: r.message,
        ...(r.code === undefined ? {} : { code: r.code }),
      })),
    );
  }
}

/** Duplicates and stations without a group, said on the terminal too. */
function reportCountyNotes(ctx: CliContext, county: CountyRanking<CountyResult>, groupBy: GroupBy | undefined): void {
  reportProblems(
    ctx,
    county.duplicates.map((d) => ({
      where: d.source,
      message: cliMessages.duplicateStation({ station: d.station.id, counted: d.counted }),
      code: 'duplicate-station',
    })),
  );
  if (groupBy === undefined) return;
  let unnamed = 0;
  for (const period of county.periods) unnamed += period.groups.find((g) => g.name === '')?.stations ?? 0;
  if (unnamed > 0) reportNote(ctx, cliMessages.groupByNeedsOrganisation({ groupBy, count: unnamed }));
}

/** A file name from a station id and period: safe on every file system. */
function letterName(row: RankedStation): string {
  const safe = row.station.id.replace(/[^\p{L}\p{N}._-]/gu, '_').slice(0, 80);
  return `${safe}_${row.period.start}_${row.period.end}.html`;
}

/** Writes one feedback letter per ranked station into a folder. */
async function writeLetters(
  ctx: CliContext,
  county: CountySummary,
  dir: string,
  options: LetterOptions,
): Promise<void> {
  mkdirSync(dir, { recursive: true });
  const names = new Set<string>();
  let count = 0;
  for (const period of county.periods) {
    for (const row of period.stations) {
      let name = letterName(row);
      for (let n = 2; names.has(name); n++) name = letterName(row).replace(/\.html$/, `-${n}.html`);
      names.add(name);
      const rank = { rank: row.rank, of: period.stations.length };
      await writeAtomic(join(dir, name), renderLetter(row.result, { ...options, rank }));
      count++;
    }
  }
  reportNote(ctx, cliMessages.wroteLetters({ count, dir }));
}

/** What `countyOf` reads: the command's inputs, the files chosen and listed, and the run. */
interface CountyOfInput<R extends CountyResult> {
  readonly inputs: readonly string[];
  readonly files: readonly string[];
  readonly listed: readonly Problem[];
  readonly run: BatchRun<R>;
  readonly ruleset: Ruleset;
  readonly options: BatchOptions;
}

/**
 * The county evaluation of a run, with the skipped files, duplicates and stations without a group
 * said on the terminal; no station ranked ends the command.
 */
function countyOf<R extends CountyResult>(ctx: CliContext, input: CountyOfInput<R>): CountyRanking<R> {
  const { files, listed, run, options } = input;
  const skipped = [...listed.map((p) => skippedOf(p.where, [p])), ...run.skipped];
  reportSkipped(ctx, skipped);
  const notEvaluated = files.length + listed.length - run.entries.length;
  if (notEvaluated > 0) reportNote(ctx, cliMessages.skipped({ count: notEvaluated, of: files.length + listed.length }));
  if (run.entries.length === 0)
    throw new CliError(EXIT.invalid, [{ where: input.inputs.join(' '), message: cliMessages.noneEvaluated() }]);
  const county = countyRanking(
    { entries: run.entries, skipped },
    { grades: input.ruleset.grades, ...(options.groupBy === undefined ? {} : { groupBy: options.groupBy }) },
  );
  reportCountyNotes(ctx, county, options.groupBy);
  return county;
}

/**
 * Registers `batch`.
 *
 * @example
 * ```ts
 * registerBatch(program, ctx);
 * ```
 */
export function registerBatch(program: Command, ctx: CliContext): void {
  program
    .command('batch')
    .description(
      'evaluate a folder of facts files (or a reproducible sample), with their reviews and stored results, and report on the county',
    )
    .argument(
      '<inputs...>',
      'directories (their .json and .xlsx files), facts files, workbooks and stored result files',
    )
    .addOption(rulesetOption())
    .option('--reviews <paths...>', 'review files or folders, matched to stations by the station and period they name')
    .addOption(new Option('--group-by <level>', 'roll stations up by county or city company').choices(GROUP_BY))
    .option('--sample <n>', 'evaluate a reproducible sample of n files (needs --seed)', parsePositiveInt)
    .option('--seed <seed>', 'seed of the sample: the same seed and files give the same sample')
    .addOption(formatOption(BATCH_FORMATS, 'table'))
    .addOption(langOption())
    .addOption(outputOption())
    .option('--team <name>', 'the evaluation team that signs the letters (--format letter)')
    .addOption(generatedAtOption())
    .option('--strict', 'exit with 2 when any file could not be evaluated')
    .option('--fail-under <score>', 'exit with 1 when any station’s total is below this score', parseNumber)
    .option(
      '--jobs <n>',
      `evaluate in n worker threads (default: the machine's cores for ${workersFromFiles(availableParallelism())} files or more, else 1: this thread)`,
      parsePositiveInt,
    )
    .addHelpText(
      'after',
      examples([
        'clean-station batch stations/ --reviews reviews/ --group-by county --format html -o county.html',
        'clean-station batch stations/ --format csv -o county.csv',
        'clean-station batch stations/ --format xlsx -o county.xlsx',
        'clean-station batch stations/ --reviews reviews/ --format letter -o letters/ --team 县公司纪委评价组',
        'clean-station batch results-2023/ stations-2024/ --format md',
        'clean-station batch stations/ --sample 10 --seed 2024',
        'clean-station batch stations/ --format json --jobs 4 -o county.json',
      ]),
    )
    .action(async (inputs: string[], options: BatchOptions) => {
      if (options.format === 'xlsx') workbookOutput('batch', options.output);
      if (options.format === 'letter' && options.output === undefined)
        throw new CliError(EXIT.invalid, [{ where: '--format letter', message: cliMessages.letterNeedsDirectory() }]);
      const { ruleset } = loadRulesetFiles(options.ruleset);
      const { files, skipped: listed } = chooseFiles(ctx, inputs, options);
      const reviews = readBatchReviews(options.reviews ?? []);
      const batch = { ruleset, rulesetFiles: options.ruleset, reviews, jobs: jobsFor(options.jobs, files.length) };
      const reportOptions = { lang: options.lang, grades: ruleset.grades, ...reportTime(ctx, options.generatedAt) };
      const county = <R extends CountyResult>(run: BatchRun<R>) =>
        countyOf(ctx, { inputs, files, listed, run, ruleset, options });
      const format = options.format;
      let ranked: CountyRanking<CountyResult>;
      if (format === 'json') {
        const spools = Spool.createMany(batch.jobs);
        try {
          await testPause((spools[0] as Spool).file);
          const spooled = spooledResults(spools);
          ranked = county(await runBatch(ctx, files, { ...batch, need: 'json', spools, keep: spooled.keep }));
          await emit(ctx, spooled.chunks(ranked, reportOptions), options.output);
        } finally {
          for (const spool of spools) spool.close();
        }
      } else if (format === 'csv' || format === 'table') {
        const store = createDigestStore();
        const keep = (kept: KeptResult) => ('digest' in kept ? store.keep(kept.digest) : kept.result);
        ranked = county(await runBatch(ctx, files, { ...batch, need: 'digest', keep }));
        await emit(ctx, countyDigestPieces(ranked, format, reportOptions), options.output);
      } else {
        const full = withStationsListed(
          county(await runBatch(ctx, files, { ...batch, need: 'full', keep: fullResult })),
        );
        ranked = full;
        if (format === 'letter') {
          const team = options.team === undefined ? {} : { team: options.team };
          await writeLetters(ctx, full, options.output as string, { ...reportOptions, ...team });
        } else if (format === 'xlsx') {
          const results = full.periods.flatMap((p) => p.stations.map((row) => row.result));
          const { batchWorkbook } = await import('../../xlsx/batch.js');
          await writeAtomic(workbookOutput('batch', options.output), await batchWorkbook(results, reportOptions));
        } else await emit(ctx, renderCounty(full, format, reportOptions), options.output);
      }
      const threshold = options.failUnder;
      if (threshold !== undefined) {
        for (const row of rankedStations(ranked)) {
          if (row.total >= threshold) continue;
          const message = cliMessages.failUnder({ total: points(row.total), threshold: points(threshold) });
          reportProblems(ctx, [{ where: row.source, message }]);
          ctx.exitCode = EXIT.failUnder;
        }
      }
      // Every source is a result (ranked or a duplicate) or skipped.
      const results = ranked.sources - ranked.skipped.length;
      if (options.strict && files.length + listed.length > results) ctx.exitCode = EXIT.invalid;
    });
}
