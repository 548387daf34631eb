#!/usr/bin/env node
/** The `clean-station` command line. */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isMainThread, workerData } from 'node:worker_threads';
import { isBatchWorkerData, runBatchWorker } from './batch-worker.js';
import { type CliContext, EXIT } from './context.js';
import { runCli } from './program.js';

/**
 * The script `batch --jobs N` starts in each worker thread: the lean worker entry built beside
 * this one, or this very script where it was bundled alone.
 */
function batchWorkerEntry(): URL {
  const lean = new URL('./batch-worker.js', import.meta.url);
  return existsSync(fileURLToPath(lean)) ? lean : new URL(import.meta.url);
}

function runCommandLine(): void {
  // A reader that stops early (`| head`) is not an error of ours.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? 0);
  });

  const ctx: CliContext = {
    lang: 'zh',
    exitCode: EXIT.ok,
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    stderrIsTerminal: process.stderr.isTTY === true,
    stdoutIsTerminal: process.stdout.isTTY === true,
    // The only place the command line reads the clock: to date the reports it writes.
    now: () => new Date(),
    workerEntry: batchWorkerEntry(),
  };

  runCli(process.argv.slice(2), ctx).then((code) => {
    process.exitCode = code;
  });
}

// Where no lean worker entry was built, `batch --jobs N` starts this same script in worker threads.
if (!isMainThread && isBatchWorkerData(workerData)) runBatchWorker(workerData);
else runCommandLine();
