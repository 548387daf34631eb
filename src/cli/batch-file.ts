/**
 * One input file of `batch`, from its path to what the county evaluation keeps of it: the file is
 * read and told apart by its kind where it is evaluated (facts are evaluated with the review that
 * names their station and period, a stored result is checked, anything else is skipped with its
 * reason), and its result is handed back in the form the report needs. The same code runs in this
 * thread (`--jobs 1`) and in each worker thread (`--jobs N`), so both give the same outcomes.
 */
import type { Review } from '../assess/schema.js';
import { evaluateMany } from '../engine/batch.js';
import type { SkippedSource } from '../report/county.js';
import { type CountyDigest, countyDigest } from '../report/county-digest.js';
import { countyResultText } from '../report/county-json.js';
import type { EvaluationResult } from '../result/schema.js';
import type { Ruleset } from '../ruleset/finalize.js';
import { type BatchInput, factsSubject, readBatchInput, skippedOf } from './batch-inputs.js';
import { type CliContext, CliError, issueProblems } from './context.js';
import type { SpoolSlice, SpoolWriter } from './spool.js';
import { readWorkbookFile } from './workbook.js';
import { isWorkbookFile } from './workbook-file.js';

/**
 * What the report needs of each result: the result itself (`full`: HTML, Markdown, letters,
 * workbooks lay out every station), its digest and its JSON text (`json`), or its digest only
 * (`digest`: CSV and the terminal table).
 */
export type ResultNeed = 'full' | 'json' | 'digest';

/**
 * What the main thread keeps of a result: the result, or its digest with, for `json`, where the
 * result's text as it appears in the county JSON was written (in the spool of the thread that
 * evaluated it).
 */
export type KeptResult =
  | { readonly result: EvaluationResult }
  | { readonly digest: CountyDigest; readonly json?: SpoolSlice };

/** The outcome of one file: ranked (evaluated or stored), or skipped with its reasons. */
export type FileOutcome = (
  | {
      readonly ok: true;
      readonly origin: 'evaluated' | 'stored';
      /** The review file applied, if any. */
      readonly review: string | null;
      readonly kept: KeptResult;
    }
  | { readonly ok: false; readonly skipped: SkippedSource }
) & {
  /** The station and period of the review used (`subjectKey`), if one was looked up. */
  readonly reviewUsed: string | null;
  /** Lines written to stderr while reading the file (a workbook's warnings), in order. */
  readonly notes: readonly string[];
};

/** What evaluating a file needs besides its path. */
export interface BatchFileContext {
  readonly ruleset: Ruleset;
  readonly need: ResultNeed;
  /** Where this thread writes the results' JSON text (for `json`; else `null`). */
  readonly spool: SpoolWriter | null;
  /** The review of a station and period (`subjectKey`), and its file. */
  readonly reviewOf: (subject: string) => { readonly file: string; readonly review: Review } | undefined;
  /** The language and terminal of the command, for the lines a workbook's reading writes. */
  readonly lang: CliContext['lang'];
  readonly stderrIsTerminal: boolean;
}

/** What the main thread keeps of a result, for what the report needs. */
function keep(result: EvaluationResult, context: BatchFileContext): KeptResult {
  const { need, spool } = context;
  if (need === 'full') return { result };
  const digest = countyDigest(result);
  if (need === 'digest') return { digest };
  if (spool === null) throw new Error('a JSON batch has no spool to write its results to');
  return { digest, json: spool.append(countyResultText(result)) };
}

/**
 * A workbook among the inputs: a station's facts, or skipped with its problems (`readWorkbookFile`
 * loads the spreadsheet reader, and exceljs with it, only when a workbook is read).
 */
async function readWorkbookInput(ctx: CliContext, file: string, ruleset: Ruleset): Promise<BatchInput> {
  try {
    return { kind: 'facts', file, value: (await readWorkbookFile(ctx, file, ruleset)).value };
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    return { kind: 'skipped', skipped: skippedOf(file, error.problems) };
  }
}

/**
 * Reads, tells apart and (for facts) evaluates one input file of a batch.
 *
 * @example
 * ```ts
 * const outcome = await evaluateBatchFile('stations/liuqiao.json', { ruleset, need: 'json', reviewOf, lang: 'zh', stderrIsTerminal: false });
 * ```
 */
export async function evaluateBatchFile(file: string, context: BatchFileContext): Promise<FileOutcome> {
  const notes: string[] = [];
  const ctx: CliContext = {
    lang: context.lang,
    exitCode: 0,
    out: (text) => notes.push(text),
    err: (text) => notes.push(text),
    stderrIsTerminal: context.stderrIsTerminal,
  };
  const { ruleset } = context;
  const input = isWorkbookFile(file) ? await readWorkbookInput(ctx, file, ruleset) : readBatchInput(file, ruleset);
  if (input.kind === 'skipped') return { ok: false, skipped: input.skipped, reviewUsed: null, notes };
  if (input.kind === 'stored') {
    return { ok: true, origin: 'stored', review: null, kept: keep(input.result, context), reviewUsed: null, notes };
  }
  let review: { readonly file: string; readonly review: Review } | undefined;
  let reviewUsed: string | null = null;
  const reviewOf = (facts: Parameters<typeof factsSubject>[0]) => {
    const subject = factsSubject(facts);
    review = context.reviewOf(subject);
    if (review === undefined) return undefined;
    reviewUsed = subject;
    return review.review;
  };
  for await (const entry of evaluateMany([input.value], { ruleset, reviewOf })) {
    const reviewFile = review?.file ?? null;
    if (entry.ok) {
      return {
        ok: true,
        origin: 'evaluated',
        review: reviewFile,
        kept: keep(entry.result, context),
        reviewUsed,
        notes,
      };
    }
    // Facts are checked before their review is looked up: a station with a review that fails has a bad review.
    const where = reviewFile ?? file;
    return { ok: false, skipped: skippedOf(where, issueProblems(where, entry.issues)), reviewUsed, notes };
  }
  throw new Error(`no result for ${file}`);
}
