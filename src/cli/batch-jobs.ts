/**
 * `batch --jobs N`: the files of a batch evaluated in N worker threads (`batch-worker.ts`), their
 * outcomes handed on in the order of the files, whichever worker finishes first. Memory stays
 * bounded: a file is sent to a worker only while fewer than a window of files (8 per worker) are
 * sent and not yet handed on, so a slow file holds back the others instead of letting finished
 * outcomes pile up.
 */
import { Worker } from 'node:worker_threads';
import type { FileOutcome } from './batch-file.js';
import { shapeReceiver } from './batch-shapes.js';
import type { BatchReply, BatchTask, BatchWorkerData } from './batch-worker.js';

/** Files sent to one worker and not yet answered. */
const QUEUED_PER_WORKER = 2;
/** Files sent and not yet handed on, per worker. */
const WINDOW_PER_WORKER = 8;
/**
 * The young generation of a worker, in MB. A worker holds one station at a time (its facts and
 * result, well under 1 MB), so a small young generation suffices; with V8's default, each worker
 * held tens of MB of garbage, and with a very small one, what a station's evaluation makes outlives
 * collections and fills the old generation instead. A CSV batch of 100 000 files with two workers
 * peaked at 308–318 MB RSS with the default, 268–272 MB with 16 MB, 252–253 MB with 8 MB and
 * 242–332 MB with 4 MB.
 */
const WORKER_YOUNG_GENERATION_MB = 8;

/** How to run the workers. */
export interface WorkerBatchOptions {
  /** The script a worker runs (the command line's entry, which becomes a batch worker). */
  readonly entry: URL;
  readonly jobs: number;
  /** The descriptors of the spools the workers write (for `json`), one per worker, in order. */
  readonly spools: readonly number[];
  /** What every worker is started with (besides its spool). */
  readonly data: Omit<BatchWorkerData, 'role' | 'spool'>;
}

/**
 * Evaluates `files` in worker threads and calls `onOutcome` for each, in the order of `files`,
 * with what `settle` made of its outcome as soon as it came: an outcome that waits for the files
 * before it waits settled (compact), and what it came in is let go at once. Rejects when a worker
 * fails. Either way it settles once every worker has stopped, so that nothing a worker was given
 * (a spool's descriptor) is used after it.
 *
 * @example
 * ```ts
 * await evaluateInWorkers(files, { entry, jobs: 2, spools: [], data }, compact, (i, settled) => keep(i, settled));
 * ```
 */
export function evaluateInWorkers<T>(
  files: readonly string[],
  options: WorkerBatchOptions,
  settle: (outcome: FileOutcome) => T,
  onOutcome: (index: number, settled: T) => void,
): Promise<void> {
  if (files.length === 0) return Promise.resolve();
  const count = Math.min(options.jobs, files.length);
  const window = count * WINDOW_PER_WORKER;
  const spoolOf = (worker: number): BatchWorkerData['spool'] => {
    const fd = options.spools[worker];
    return fd === undefined ? null : { fd, index: worker };
  };
  return new Promise<void>((resolve, reject) => {
    const workers = Array.from(
      { length: count },
      (_, worker) =>
        new Worker(options.entry, {
          workerData: {
            role: 'clean-station batch',
            ...options.data,
            spool: spoolOf(worker),
          } satisfies BatchWorkerData,
          resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB },
        }),
    );
    const queued = new Map<Worker, number>(workers.map((worker) => [worker, 0]));
    const outcomeOf = new Map(workers.map((worker) => [worker, shapeReceiver()]));
    const ready = new Map<number, T>();
    let sent = 0;
    let handedOn = 0;
    let settled = false;

    const stopped = () => {
      settled = true;
      return Promise.allSettled(workers.map((worker) => worker.terminate()));
    };
    const fail = (error: Error) => {
      if (settled) return;
      void stopped().then(() => reject(error));
    };
    const feed = (worker: Worker) => {
      while ((queued.get(worker) ?? 0) < QUEUED_PER_WORKER && sent < files.length && sent < handedOn + window) {
        worker.postMessage({ index: sent, file: files[sent] as string } satisfies BatchTask);
        queued.set(worker, (queued.get(worker) ?? 0) + 1);
        sent++;
      }
    };
    const receive = (worker: Worker, reply: BatchReply) => {
      if (settled) return;
      if ('failure' in reply) {
        const where = reply.index === null ? '' : `${files[reply.index]}: `;
        fail(new Error(`${where}${reply.failure}`));
        return;
      }
      queued.set(worker, (queued.get(worker) ?? 1) - 1);
      ready.set(reply.index, settle((outcomeOf.get(worker) as ReturnType<typeof shapeReceiver>)(reply)));
      for (let outcome = ready.get(handedOn); outcome !== undefined; outcome = ready.get(handedOn)) {
        ready.delete(handedOn);
        onOutcome(handedOn, outcome);
        handedOn++;
      }
      if (handedOn === files.length) void stopped().then(() => resolve());
      else for (const each of workers) feed(each);
    };

    for (const worker of workers) {
      worker.on('message', (reply: BatchReply) => {
        try {
          receive(worker, reply);
        } catch (error) {
          fail(error instanceof Error ? error : new Error(String(error)));
        }
      });
      worker.on('error', fail);
      worker.on('exit', (code) => fail(new Error(`a batch worker stopped (exit code ${code})`)));
      feed(worker);
    }
  });
}
