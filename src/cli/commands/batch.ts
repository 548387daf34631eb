/** `clean-station batch <dir|files…>`: evaluate many stations (or a reproducible sample) and summarise. */
import type { Command } from 'commander';
import { evaluateMany } from '../../engine/batch.js';
import { jsonArrayText, jsonElementText } from '../../report/json.js';
import type { Lang } from '../../report/messages/index.js';
import type { ReportOptions } from '../../report/options.js';
import { points } from '../../report/text.js';
import type { EvaluationResult } from '../../result/schema.js';
import type { Ruleset } from '../../ruleset/finalize.js';
import { batchWorkbook } from '../../xlsx/batch.js';
import { evaluateInWorkers } from '../batch-jobs.js';
import { type FileOutcome, problemsOf } from '../batch-worker.js';
import {
  type CliContext,
  CliError,
  EXIT,
  issueProblems,
  type Problem,
  reportNote,
  reportProblems,
} from '../context.js';
import { readJson } from '../files.js';
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
import { REPORT_FORMATS, type ReportFormat, renderMany } from '../render.js';
import { loadRulesetFiles } from '../ruleset.js';
import { refuseOutputOntoInputs } from '../same-file.js';
import { sampleOf } from '../sample.js';
import { isWorkbookFile, readWorkbookFile, workbookOutput } from '../workbook.js';
import { writeAtomic } from '../write.js';

/** The formats of `batch`: the report formats, and an Excel workbook. */
const BATCH_FORMATS = [...REPORT_FORMATS, 'xlsx'] as const;
type BatchFormat = ReportFormat | 'xlsx';

/** Writes the summary in its format: an Excel workbook to its file, any other format as text. */
async function writeSummary(ctx: CliContext, evaluated: readonly Evaluated[], options: BatchOptions, ruleset: Ruleset) {
  const reportOptions = { lang: options.lang, grades: ruleset.grades };
  if (options.format !== 'xlsx') return emit(ctx, render(evaluated, options.format, reportOptions), options.output);
  await writeAtomic(workbookOutput('batch', options.output), await batchWorkbook(resultsOf(evaluated), reportOptions));
}

interface BatchOptions {
  readonly ruleset: string[];
  readonly sample?: number;
  readonly seed?: string;
  readonly format: BatchFormat;
  readonly lang: Lang;
  readonly output?: string;
  readonly strict?: boolean;
  readonly failUnder?: number;
  readonly jobs?: number;
}

/** A file that was evaluated, with what the batch keeps of it. */
type Evaluated = { readonly file: string } & Extract<FileOutcome, { ok: true }>;

/** The files evaluated, in order, and the problems of the others. */
interface Evaluation {
  readonly evaluated: Evaluated[];
  readonly failed: Map<string, readonly Problem[]>;
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

/**
 * Evaluates every file in this thread through the streaming `evaluateMany` (the ruleset compiled
 * once, one station in memory at a time), keeping going past a bad one: its problems are
 * collected, not thrown.
 */
async function evaluateHere(ctx: CliContext, files: readonly string[], ruleset: Ruleset): Promise<Evaluation> {
  const evaluated: Evaluated[] = [];
  const failed = new Map<string, readonly Problem[]>();
  const progress = createProgress(ctx, files.length);
  const read: string[] = [];
  async function* documents(): AsyncGenerator<unknown> {
    for (const file of files) {
      progress.tick(file);
      try {
        const document = isWorkbookFile(file) ? (await readWorkbookFile(ctx, file, ruleset)).value : readJson(file);
        read.push(file);
        yield document;
      } catch (error) {
        failed.set(file, problemsOf(file, error));
      }
    }
  }
  for await (const entry of evaluateMany(documents(), { ruleset })) {
    const file = read[entry.index] as string;
    if (entry.ok) evaluated.push({ file, ok: true, total: entry.result.total, result: entry.result });
    else failed.set(file, issueProblems(file, entry.issues));
  }
  progress.done();
  return { evaluated, failed };
}

/** Evaluates the files in `jobs` worker threads; the outcomes come in the order of the files. */
async function evaluateInJobs(
  ctx: CliContext,
  files: readonly string[],
  options: BatchOptions & { readonly format: ReportFormat; readonly entry: URL; readonly jobs: number },
): Promise<Evaluation> {
  const evaluated: Evaluated[] = [];
  const failed = new Map<string, readonly Problem[]>();
  const progress = createProgress(ctx, files.length);
  const { entry, jobs, format } = options;
  await evaluateInWorkers(files, { entry, jobs, format, rulesetFiles: options.ruleset }, (index, outcome) => {
    const file = files[index] as string;
    progress.tick(file);
    if (outcome.ok) evaluated.push({ file, ...outcome });
    else failed.set(file, outcome.problems);
  });
  progress.done();
  return { evaluated, failed };
}

/**
 * Evaluates every file, in this thread (`--jobs 1`, the default, or a single file) or in worker
 * threads (`--jobs N`): the same outcomes in the same order either way. One thread stays the
 * default: on a two-core machine the workers measured no faster (docs/performance.md).
 */
function evaluateAll(ctx: CliContext, files: readonly string[], ruleset: Ruleset, options: BatchOptions) {
  const jobs = options.jobs ?? 1;
  const entry = ctx.workerEntry;
  const { format } = options;
  // Workbooks (read or written) stay in this thread: reading one reports notes through the command's context.
  if (jobs < 2 || files.length < 2 || entry === undefined || format === 'xlsx' || files.some(isWorkbookFile))
    return evaluateHere(ctx, files, ruleset);
  return evaluateInJobs(ctx, files, { ...options, format, entry, jobs });
}

/** The results kept of the evaluated files (all of them, except JSON text from workers). */
function resultsOf(evaluated: readonly Evaluated[]): EvaluationResult[] {
  return evaluated.map((e) => {
    if (!('result' in e)) throw new Error(`no result kept for ${e.file}`);
    return e.result;
  });
}

/** The report of the evaluated files; JSON from workers is put together from the texts they wrote. */
function render(evaluated: readonly Evaluated[], format: ReportFormat, options: ReportOptions): string {
  if (format === 'json' && evaluated.some((e) => 'json' in e))
    return jsonArrayText(evaluated.map((e) => ('json' in e ? e.json : jsonElementText(e.result))));
  return renderMany(resultsOf(evaluated), format, options);
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
    .description('evaluate a folder of facts files (or a reproducible sample) and summarise them')
    .argument('<inputs...>', 'directories (their .json and .xlsx files) and/or facts files and workbooks')
    .addOption(rulesetOption())
    .option('--sample <n>', 'evaluate a reproducible sample of n files (needs --seed)', parsePositiveInt)
    .option('--seed <seed>', 'seed of the sample: the same seed and files give the same sample')
    .addOption(formatOption(BATCH_FORMATS, 'table'))
    .addOption(langOption())
    .addOption(outputOption())
    .option('--strict', 'exit with 2 when any file could not be evaluated')
    .option('--fail-under <score>', 'exit with 1 when any station’s total is below this score', parseNumber)
    .option('--jobs <n>', 'evaluate in n worker threads (default: 1, in this thread)', parsePositiveInt)
    .addHelpText(
      'after',
      examples([
        'clean-station batch stations/ --format html -o county.html',
        'clean-station batch stations/ --format csv -o county.csv',
        'clean-station batch stations/ --format xlsx -o county.xlsx',
        'clean-station batch stations/ --sample 10 --seed 2024',
        'clean-station batch stations/ --format json --jobs 4 -o results.json',
      ]),
    )
    .action(async (inputs: string[], options: BatchOptions) => {
      if (options.format === 'xlsx') workbookOutput('batch', options.output);
      const { ruleset } = loadRulesetFiles(options.ruleset);
      const { files, skipped } = chooseFiles(ctx, inputs, options);
      const { evaluated, failed } = await evaluateAll(ctx, files, ruleset, options);
      reportProblems(ctx, skipped);
      for (const problems of failed.values()) reportProblems(ctx, problems);
      const notEvaluated = failed.size + skipped.length;
      if (notEvaluated > 0)
        reportNote(ctx, cliMessages.skipped({ count: notEvaluated, of: files.length + skipped.length }));
      if (evaluated.length === 0)
        throw new CliError(EXIT.invalid, [{ where: inputs.join(' '), message: cliMessages.noneEvaluated() }]);
      await writeSummary(ctx, evaluated, options, ruleset);
      const threshold = options.failUnder;
      if (threshold !== undefined) {
        for (const { file, total } of evaluated) {
          if (total >= threshold) continue;
          const message = cliMessages.failUnder({ total: points(total), threshold: points(threshold) });
          reportProblems(ctx, [{ where: file, message }]);
          ctx.exitCode = EXIT.failUnder;
        }
      }
      if (options.strict && notEvaluated > 0) ctx.exitCode = EXIT.invalid;
    });
}
