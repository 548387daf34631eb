#!/usr/bin/env node
/** The `clean-station` command line. */
import { isMainThread, workerData } from 'node:worker_threads';
import { isBatchWorkerData, runBatchWorker } from './batch-worker.js';
import { type CliContext, EXIT } from './context.js';
import { runCli } from './program.js';

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
    workerEntry: new URL(import.meta.url),
  };

  runCli(process.argv.slice(2), ctx).then((code) => {
    process.exitCode = code;
  });
}

// `batch --jobs N` starts this same script in worker threads, which evaluate files instead.
if (!isMainThread && isBatchWorkerData(workerData)) runBatchWorker(workerData);
else runCommandLine();
