/**
 * Running a batch: every input file read, told apart and evaluated in this thread or in worker
 * threads (`--jobs`), and its outcome kept in the order of the files, whichever worker finishes
 * first. Only what the report needs of each result is kept (see `ResultNeed`): with a digest,
 * the JSON text of a result goes to a spool on disk, written by the thread that evaluated it, and
 * is read back when the report is written.
 */
import { availableParallelism } from 'node:os';
import type { CountyEntry, CountyResult, SkippedSource } from '../report/county.js';
import type { EvaluationResult } from '../result/schema.js';
import type { Ruleset } from '../ruleset/finalize.js';
import { type BatchFileContext, evaluateBatchFile, type FileOutcome, type KeptResult } from './batch-file.js';
import { type BatchReviews, subjectKey, unusedReviews } from './batch-inputs.js';
import { evaluateInWorkers, type WorkerBatchOptions } from './batch-jobs.js';
import { type CliContext, CliError, EXIT } from './context.js';
import { cliMessages } from './messages.js';
import { createProgress } from './progress.js';
import { type Spool, SpoolWriter } from './spool.js';

/**
 * The smallest batch for which worker threads are the default on a machine with `cores` cores.
 * Before its first file, a worker takes about 0.45 s of CPU to start and about 1.4 s more to
 * compile the code it runs (V8 compiles on helper threads, in every worker again), against about
 * 1 ms a file. On two cores, where one thread already keeps more than one core busy, workers were
 * measured to gain only from about 20 000 files (`docs/performance.md`). With more cores, the
 * same costs let them gain from a few thousand files: estimated from those costs (no machine with
 * more cores was measured), with 5 000 kept to be safe.
 *
 * @example
 * ```ts
 * workersFromFiles(2); // 20_000
 * workersFromFiles(8); // 5_000
 * ```
 */
export function workersFromFiles(cores: number): number {
  return cores <= 2 ? 20_000 : 5_000;
}

/**
 * How many threads evaluate a batch: `--jobs` when given, else the machine's cores for a batch of
 * {@link workersFromFiles} files or more and one thread below; never more threads than files.
 *
 * @example
 * ```ts
 * jobsFor(undefined, 2_000); // 1
 * jobsFor(undefined, 50_000); // os.availableParallelism()
 * jobsFor(4, 2_000); // 4
 * ```
 */
export function jobsFor(jobs: number | undefined, files: number, cores = availableParallelism()): number {
  const wanted = jobs ?? (files >= workersFromFiles(cores) ? cores : 1);
  return Math.max(1, Math.min(wanted, files));
}

/** What a batch evaluated or read: the county's entries and every file not used, with why. */
export interface BatchRun<R extends CountyResult> {
  readonly entries: CountyEntry<R>[];
  readonly skipped: SkippedSource[];
}

/** How to run a batch. */
export interface BatchRunOptions<R extends CountyResult> {
  readonly ruleset: Ruleset;
  readonly rulesetFiles: readonly string[];
  readonly reviews: BatchReviews;
  readonly jobs: number;
  /** What the report needs of each result, and how it keeps it. */
  readonly need: BatchFileContext['need'];
  /**
   * For `json`: where the results' text is written, one spool per thread that evaluates (the
   * first for this thread, else one per worker).
   */
  readonly spools?: readonly Spool[];
  readonly keep: (kept: KeptResult) => R;
}

/**
 * The result itself, for the formats that need every full result: their outcomes carry it.
 *
 * @example
 * ```ts
 * await runBatch(ctx, files, { ...options, need: 'full', keep: fullResult });
 * ```
 */
export function fullResult(kept: KeptResult): EvaluationResult {
  if ('result' in kept) return kept.result;
  throw new Error('a batch asked for full results received a digest');
}

/** An outcome with its result kept as the report needs it, and nothing else of what it came in. */
type Settled<R> = Pick<FileOutcome, 'notes' | 'reviewUsed'> &
  (
    | { readonly ok: true; readonly origin: 'evaluated' | 'stored'; readonly review: string | null; readonly result: R }
    | { readonly ok: false; readonly skipped: SkippedSource }
  );

/**
 * Where a result came from, one string for every outcome (a worker's reply brings its own copy,
 * and a batch of 100 000 files would keep as many).
 */
const ORIGINS = { evaluated: 'evaluated', stored: 'stored' } as const;

/** The settled form of an outcome: its result kept by `keep`. */
function settledOutcome<R>(outcome: FileOutcome, keep: (kept: KeptResult) => R): Settled<R> {
  const { notes, reviewUsed } = outcome;
  if (!outcome.ok) return { ok: false, skipped: outcome.skipped, notes, reviewUsed };
  const origin = ORIGINS[outcome.origin];
  return { ok: true, origin, review: outcome.review, result: keep(outcome.kept), notes, reviewUsed };
}

/**
 * Evaluates every file of a batch (see the module comment); stored results are ranked as they
 * are, bad files are skipped with their reasons. A worker that fails ends the batch with a
 * problem naming the file.
 *
 * @example
 * ```ts
 * const run = await runBatch(ctx, files, { ruleset, rulesetFiles, reviews, jobs: 2, need: 'digest', keep });
 * ```
 */
export async function runBatch<R extends CountyResult>(
  ctx: CliContext,
  files: readonly string[],
  options: BatchRunOptions<R>,
): Promise<BatchRun<R>> {
  const { reviews } = options;
  const progress = createProgress(ctx, files.length);
  const entries: CountyEntry<R>[] = [];
  const skipped: SkippedSource[] = [...reviews.skipped];
  const used = new Set<string>();
  const stored = new Map<string, string>();
  const take = (file: string, settled: Settled<R>) => {
    progress.tick(file);
    for (const note of settled.notes) ctx.err(note);
    if (settled.reviewUsed !== null) used.add(settled.reviewUsed);
    if (!settled.ok) {
      skipped.push(settled.skipped);
      return;
    }
    const { result } = settled;
    entries.push({ source: file, result, origin: settled.origin, review: settled.review });
    if (settled.origin === 'stored') stored.set(subjectKey(result.station.id, result.period), file);
  };
  const settle = (outcome: FileOutcome) => settledOutcome(outcome, options.keep);
  const workers = ctx.workerEntry === undefined || options.jobs < 2 ? undefined : ctx.workerEntry;
  if (workers === undefined) {
    const spool = options.spools?.[0];
    const context: BatchFileContext = {
      ruleset: options.ruleset,
      need: options.need,
      spool: spool === undefined ? null : new SpoolWriter(spool.fd, 0),
      reviewOf: (subject) => reviews.bySubject.get(subject),
      lang: ctx.lang,
      stderrIsTerminal: ctx.stderrIsTerminal,
    };
    for (const file of files) take(file, settle(await evaluateBatchFile(file, context)));
  } else {
    const jobs: WorkerBatchOptions = {
      entry: workers,
      jobs: options.jobs,
      spools: (options.spools ?? []).map((spool) => spool.fd),
      data: {
        rulesetFiles: options.rulesetFiles,
        need: options.need,
        reviews: [...reviews.bySubject].map(([subject, { file }]) => [subject, file] as const),
        lang: ctx.lang,
        stderrIsTerminal: ctx.stderrIsTerminal,
      },
    };
    try {
      await evaluateInWorkers(files, jobs, settle, (index, settled) => take(files[index] as string, settled));
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      throw new CliError(EXIT.invalid, [{ where: 'batch --jobs', message: cliMessages.workerFailed({ detail }) }]);
    }
  }
  progress.done();
  skipped.push(...unusedReviews(reviews, used, stored));
  return { entries, skipped };
}
