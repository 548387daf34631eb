/**
 * The script a `batch --jobs N` worker thread runs: only what evaluating files needs (no command
 * line, no spreadsheet reader until a workbook comes), so that a worker starts quickly.
 */
import { isMainThread, workerData } from 'node:worker_threads';
import { isBatchWorkerData, runBatchWorker } from './batch-worker.js';

if (!isMainThread && isBatchWorkerData(workerData)) runBatchWorker(workerData);
