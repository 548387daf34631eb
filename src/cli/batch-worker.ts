/**
 * The worker-thread side of `batch --jobs N`: a worker loads the ruleset once, then evaluates the
 * files it is sent, one at a time, exactly as the one-job batch does (`evaluateMany` on the file's
 * JSON), and answers with each file's result or its problems.
 */
import { parentPort } from 'node:worker_threads';
import { evaluateMany } from '../engine/batch.js';
import type { EvaluationResult } from '../result/schema.js';
import type { Ruleset } from '../ruleset/finalize.js';
import { issueProblems, type Problem, problemsOf } from './context.js';
import { readJson } from './files.js';
import { loadRulesetFiles } from './ruleset.js';

/** What a batch keeps of one file: its result or its problems. */
export type FileOutcome =
  | { readonly ok: true; readonly result: EvaluationResult }
  | { readonly ok: false; readonly problems: readonly Problem[] };

/** What a batch worker is started with. */
export interface BatchWorkerData {
  readonly role: 'clean-station batch';
  readonly rulesetFiles: readonly string[];
}

/** A file to evaluate, by its place in the batch. */
export interface BatchTask {
  readonly index: number;
  readonly file: string;
}

/** A worker's answer: a file's outcome, or a failure that ends the batch. */
export type BatchReply =
  | { readonly index: number; readonly outcome: FileOutcome }
  | { readonly index: number | null; readonly failure: string };

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

async function evaluateFile(file: string, ruleset: Ruleset): Promise<FileOutcome> {
  let document: unknown;
  try {
    document = readJson(file);
  } catch (error) {
    return { ok: false, problems: problemsOf(file, error) };
  }
  for await (const entry of evaluateMany([document], { ruleset })) {
    return entry.ok ? { ok: true, result: entry.result } : { ok: false, problems: issueProblems(file, entry.issues) };
  }
  throw new Error(`no result for ${file}`);
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

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
  let queue = Promise.resolve();
  port.on('message', (task: BatchTask) => {
    queue = queue.then(async () => {
      let reply: BatchReply;
      try {
        reply = { index: task.index, outcome: await evaluateFile(task.file, ruleset) };
      } catch (error) {
        reply = { index: task.index, failure: messageOf(error) };
      }
      port.postMessage(reply);
    });
  });
}
