/**
 * The worker-thread side of `batch --jobs N`: a worker loads the ruleset once, then reads, tells
 * apart and evaluates the files it is sent, one at a time, exactly as the one-job batch does
 * (`evaluateBatchFile`), and answers with each file's outcome: for the JSON and CSV reports and
 * the terminal table a compact digest and, for JSON, the result's text as bytes moved to the main
 * thread rather than copied.
 */
import { basename } from 'node:path';
import { parentPort } from 'node:worker_threads';
import type { Ruleset } from '../ruleset/finalize.js';
import { type BatchFileContext, evaluateBatchFile, type FileOutcome, type ResultNeed } from './batch-file.js';
import { readOneReview } from './batch-inputs.js';
import { shapeSender } from './batch-shapes.js';
import type { CliContext } from './context.js';
import { loadRulesetFiles } from './ruleset.js';
import { SpoolWriter } from './spool.js';

/** What a batch worker is started with. */
export interface BatchWorkerData {
  readonly role: 'clean-station batch';
  readonly rulesetFiles: readonly string[];
  readonly need: ResultNeed;
  /**
   * The spool this worker writes the results' text to (for `json`; else `null`): the descriptor
   * the main thread opened, and the spool's place among the batch's spools.
   */
  readonly spool: { readonly fd: number; readonly index: number } | null;
  /** The review file of each station and period (`subjectKey`), read when a station needs it. */
  readonly reviews: ReadonlyArray<readonly [subject: string, file: string]>;
  readonly lang: CliContext['lang'];
  readonly stderrIsTerminal: boolean;
}

/** A file to evaluate, by its place in the batch. */
export interface BatchTask {
  readonly index: number;
  readonly file: string;
}

/**
 * A worker's answer: a file's outcome, or a failure that ends the batch. A digest whose items have
 * the same shape (ids, numbers, titles, maxima) as the one this worker sent before it comes
 * without them (`sameShape`), and is given them back on the main thread (`shapeReceiver` in
 * `batch-shapes.ts`): the results of one ruleset all share it, and copying it between threads
 * cost more than the rest of the digest.
 */
export type BatchReply =
  | { readonly index: number; readonly outcome: FileOutcome; readonly sameShape?: true }
  | { readonly index: number | null; readonly failure: string };

/** A worker's answer with a file's outcome. */
export type OutcomeReply = Extract<BatchReply, { readonly outcome: FileOutcome }>;

/**
 * Whether a worker thread was started as a batch worker.
 *
 * @example
 * ```ts
 * if (!isMainThread && isBatchWorkerData(workerData)) runBatchWorker(workerData);
 * ```
 */
export function isBatchWorkerData(data: unknown): data is BatchWorkerData {
  return typeof data === 'object' && data !== null && (data as BatchWorkerData).role === 'clean-station batch';
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The reviews of the batch, each read (again) when its station is evaluated. */
function reviewReader(reviews: BatchWorkerData['reviews']): BatchFileContext['reviewOf'] {
  const files = new Map(reviews);
  return (subject) => {
    const file = files.get(subject);
    if (file === undefined) return undefined;
    const read = readOneReview(file);
    if (!read.ok) throw new Error(`${file}: ${read.skipped.reasons.map((r) => r.message.en).join('; ')}`);
    return { file, review: read.review };
  };
}

/** Fails on the file of this name, for the tests of a failing worker only. */
function testFailure(file: string): void {
  if (basename(file) === process.env.CLEAN_STATION_TEST_WORKER_FAILS_ON) throw new Error('failed on purpose (test)');
}

/**
 * Runs in a worker thread: loads the ruleset, then answers every {@link BatchTask} it is sent, in
 * the order they come.
 *
 * @example
 * ```ts
 * if (!isMainThread && isBatchWorkerData(workerData)) runBatchWorker(workerData);
 * ```
 */
export function runBatchWorker(data: BatchWorkerData): void {
  const port = parentPort;
  if (port === null) throw new Error('a batch worker runs in a worker thread');
  let ruleset: Ruleset;
  try {
    ruleset = loadRulesetFiles(data.rulesetFiles).ruleset;
  } catch (error) {
    port.postMessage({ index: null, failure: messageOf(error) } satisfies BatchReply);
    return;
  }
  const { spool } = data;
  const context: BatchFileContext = {
    ruleset,
    need: data.need,
    spool: spool === null ? null : new SpoolWriter(spool.fd, spool.index),
    reviewOf: reviewReader(data.reviews),
    lang: data.lang,
    stderrIsTerminal: data.stderrIsTerminal,
  };
  const reply = shapeSender();
  let queue = Promise.resolve();
  port.on('message', (task: BatchTask) => {
    queue = queue.then(async () => {
      try {
        testFailure(task.file);
        const outcome = await evaluateBatchFile(task.file, context);
        port.postMessage(reply(task.index, outcome));
      } catch (error) {
        port.postMessage({ index: task.index, failure: messageOf(error) } satisfies BatchReply);
      }
    });
  });
}
