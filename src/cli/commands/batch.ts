/**
 * `clean-station batch <dir|files…>`: the county evaluation (§6). Evaluates many stations (or a
 * reproducible sample) with their reviews, ranks stored results beside them, and reports on every
 * station and every file.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Command, Option } from 'commander';
import { evaluateMany } from '../../engine/batch.js';
import type { StationFacts } from '../../facts/schema.js';
import {
  type CountyEntry,
  type CountySummary,
  countySummary,
  type GroupBy,
  type RankedStation,
  type SkippedSource,
} from '../../report/county.js';
import { type LetterOptions, renderLetter } from '../../report/letter.js';
import type { Lang } from '../../report/messages/index.js';
import { points } from '../../report/text.js';
import type { Ruleset } from '../../ruleset/finalize.js';
import { batchWorkbook } from '../../xlsx/batch.js';
import {
  type BatchInput,
  type BatchReviews,
  factsSubject,
  readBatchInput,
  readBatchReviews,
  skippedOf,
  subjectKey,
  unusedReviews,
} from '../batch-inputs.js';
import { evaluateInWorkers, type WorkerBatchOptions } from '../batch-jobs.js';
import {
  type CliContext,
  CliError,
  EXIT,
  issueProblems,
  type Problem,
  reportNote,
  reportProblems,
} from '../context.js';
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
import { createProgress } from '../progress.js';
import { REPORT_FORMATS, renderCounty } from '../render.js';
import { loadRulesetFiles } from '../ruleset.js';
import { refuseOutputOntoInputs } from '../same-file.js';
import { sampleOf } from '../sample.js';
import { isWorkbookFile, readWorkbookFile, workbookOutput } from '../workbook.js';
import { writeAtomic } from '../write.js';

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

/** What the batch evaluated or read: the county's entries and every file not used, with why. */
interface BatchRun {
  readonly entries: CountyEntry[];
  readonly skipped: SkippedSource[];
}

/** A facts file among the inputs. */
type FactsInput = Extract<BatchInput, { kind: 'facts' }>;

/** The facts files evaluated and those that failed, by file, and the stations whose review was used. */
interface FactsOutcomes {
  readonly evaluated: ReadonlyMap<string, CountyEntry>;
  readonly failed: ReadonlyMap<string, SkippedSource>;
  readonly used: ReadonlySet<string>;
}

/**
 * Evaluates the facts in this thread through the streaming `evaluateMany` (the ruleset compiled
 * once) with the review that names each station and period, keeping going past a bad one.
 */
async function evaluateHere(
  facts: readonly FactsInput[],
  ruleset: Ruleset,
  reviews: BatchReviews,
): Promise<FactsOutcomes> {
  const reviewed = new Map<number, string>();
  const used = new Set<string>();
  const evaluated = new Map<string, CountyEntry>();
  const failed = new Map<string, SkippedSource>();
  const reviewOf = (station: StationFacts, index: number) => {
    const key = factsSubject(station);
    const match = reviews.bySubject.get(key);
    if (match === undefined) return undefined;
    used.add(key);
    reviewed.set(index, match.file);
    return match.review;
  };
  for await (const entry of evaluateMany(
    facts.map((f) => f.value),
    { ruleset, reviewOf },
  )) {
    const file = (facts[entry.index] as FactsInput).file;
    const review = reviewed.get(entry.index) ?? null;
    if (entry.ok) evaluated.set(file, { source: file, result: entry.result, origin: 'evaluated', review });
    // Facts are checked before their review is looked up: a station with a review that fails has a bad review.
    else failed.set(file, skippedOf(review ?? file, issueProblems(review ?? file, entry.issues)));
  }
  return { evaluated, failed, used };
}

/**
 * Evaluates the facts files in worker threads (`--jobs N`), each worker reading its file again:
 * the same outcomes as {@link evaluateHere} without reviews, handed on in the order of the files.
 */
async function evaluateInJobs(facts: readonly FactsInput[], workers: WorkerBatchOptions): Promise<FactsOutcomes> {
  const files = facts.map((f) => f.file);
  const evaluated = new Map<string, CountyEntry>();
  const failed = new Map<string, SkippedSource>();
  await evaluateInWorkers(files, workers, (index, outcome) => {
    const file = files[index] as string;
    if (outcome.ok) evaluated.set(file, { source: file, result: outcome.result, origin: 'evaluated', review: null });
    else failed.set(file, skippedOf(file, outcome.problems));
  });
  return { evaluated, failed, used: new Set() };
}

/**
 * The worker threads to evaluate in, or `undefined` for this thread: `--jobs 1` (the default), a
 * single file, reviews to match (`--reviews`) or workbooks among the inputs keep the batch in
 * this thread. One thread stays the default: on a two-core machine the workers measured no faster.
 */
function workersFor(ctx: CliContext, files: readonly string[], options: BatchOptions): WorkerBatchOptions | undefined {
  const jobs = options.jobs ?? 1;
  const entry = ctx.workerEntry;
  if (jobs < 2 || files.length < 2 || entry === undefined) return undefined;
  if (options.reviews !== undefined || files.some(isWorkbookFile)) return undefined;
  return { entry, jobs, rulesetFiles: options.ruleset };
}

/**
 * Reads every input file (facts, stored results, files of the wrong kind), evaluates the facts
 * with their reviews, in this thread or in worker threads, keeping going past a bad one; stored
 * results are ranked as they are. Entries keep the order of the files.
 */
async function runBatch(
  ctx: CliContext,
  files: readonly string[],
  ruleset: Ruleset,
  reviews: BatchReviews,
  workers: WorkerBatchOptions | undefined,
): Promise<BatchRun> {
  const progress = createProgress(ctx, files.length);
  const inputs: BatchInput[] = [];
  for (const file of files) {
    progress.tick(file);
    inputs.push(isWorkbookFile(file) ? await readWorkbookInput(ctx, file, ruleset) : readBatchInput(file, ruleset));
  }
  const facts = inputs.flatMap((input) => (input.kind === 'facts' ? [input] : []));
  const { evaluated, failed, used } =
    workers === undefined || facts.length < 2
      ? await evaluateHere(facts, ruleset, reviews)
      : await evaluateInJobs(facts, workers);
  progress.done();
  const entries: CountyEntry[] = [];
  const skipped: SkippedSource[] = [...reviews.skipped];
  const stored = new Map<string, string>();
  for (const input of inputs) {
    if (input.kind === 'skipped') skipped.push(input.skipped);
    else if (input.kind === 'stored') {
      entries.push({ source: input.file, result: input.result, origin: 'stored' });
      stored.set(subjectKey(input.result.station.id, input.result.period), input.file);
    } else {
      const done = evaluated.get(input.file);
      if (done !== undefined) entries.push(done);
      const bad = failed.get(input.file);
      if (bad !== undefined) skipped.push(bad);
    }
  }
  skipped.push(...unusedReviews(reviews, used, stored));
  return { entries, skipped };
}

/** A workbook (`.xlsx`) among the inputs: a station's facts, or skipped with its problems. */
async function readWorkbookInput(ctx: CliContext, file: string, ruleset: Ruleset): Promise<BatchInput> {
  try {
    return { kind: 'facts', file, value: (await readWorkbookFile(ctx, file, ruleset)).value };
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    return { kind: 'skipped', skipped: skippedOf(file, error.problems) };
  }
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
function reportCountyNotes(ctx: CliContext, county: CountySummary, groupBy: GroupBy | undefined): void {
  reportProblems(
    ctx,
    county.duplicates.map((d) => ({
      where: d.source,
      message: cliMessages.duplicateStation({ station: d.station.id, counted: d.counted }),
      code: 'duplicate-station',
    })),
  );
  if (groupBy === undefined) return;
  const unnamed = county.periods.flatMap((p) => p.stations).filter((row) => row.group === '').length;
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
    .option('--jobs <n>', 'evaluate in n worker threads (default: 1, in this thread)', parsePositiveInt)
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
      const run = await runBatch(ctx, files, ruleset, reviews, workersFor(ctx, files, options));
      const skipped = [...listed.map((p) => skippedOf(p.where, [p])), ...run.skipped];
      reportSkipped(ctx, skipped);
      const notEvaluated = files.length + listed.length - run.entries.length;
      if (notEvaluated > 0)
        reportNote(ctx, cliMessages.skipped({ count: notEvaluated, of: files.length + listed.length }));
      if (run.entries.length === 0)
        throw new CliError(EXIT.invalid, [{ where: inputs.join(' '), message: cliMessages.noneEvaluated() }]);
      const county = countySummary(
        { entries: run.entries, skipped },
        { grades: ruleset.grades, ...(options.groupBy === undefined ? {} : { groupBy: options.groupBy }) },
      );
      reportCountyNotes(ctx, county, options.groupBy);
      const reportOptions = {
        lang: options.lang,
        grades: ruleset.grades,
        ...reportTime(ctx, options.generatedAt),
      };
      if (options.format === 'letter') {
        const team = options.team === undefined ? {} : { team: options.team };
        await writeLetters(ctx, county, options.output as string, { ...reportOptions, ...team });
      } else if (options.format === 'xlsx') {
        const results = county.periods.flatMap((p) => p.stations.map((row) => row.result));
        await writeAtomic(workbookOutput('batch', options.output), await batchWorkbook(results, reportOptions));
      } else await emit(ctx, renderCounty(county, options.format, reportOptions), options.output);
      const threshold = options.failUnder;
      if (threshold !== undefined) {
        for (const period of county.periods) {
          for (const row of period.stations) {
            if (row.total >= threshold) continue;
            const message = cliMessages.failUnder({ total: points(row.total), threshold: points(threshold) });
            reportProblems(ctx, [{ where: row.source, message }]);
            ctx.exitCode = EXIT.failUnder;
          }
        }
      }
      if (options.strict && notEvaluated > 0) ctx.exitCode = EXIT.invalid;
    });
}
