/**
 * Builds something the tests run (the package, the CLI) once, however many test files need it at
 * the same time: the first takes a lock directory and builds, the others wait and reuse the result.
 * Every build into `dist/` takes the same lock, so that two builds never write it at once.
 */
import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const OUTPUT = join(ROOT, 'test-output');

/** The lock every build into `dist/` takes. */
export const DIST_LOCK = 'dist-build';

/** What a build reads: a built file older than any of them is stale. */
const SOURCES = ['src', 'rules', 'scripts', 'package.json', 'tsup.config.ts'];

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

/**
 * Whether every one of `files` (relative to the repository root) exists and was written after
 * the newest source: built, and built from the sources as they are.
 */
export function builtFromCurrentSources(files: readonly string[]): boolean {
  try {
    const newestSource = Math.max(...SOURCES.map((path) => newestMtime(join(ROOT, path))));
    return files.every((file) => statSync(join(ROOT, file)).mtimeMs > newestSource);
  } catch {
    return false;
  }
}
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** Runs `build` under the lock `name` until `isDone()` holds (a lock older than four minutes is broken). */
export async function buildOnce(name: string, isDone: () => boolean, build: () => void): Promise<void> {
  mkdirSync(OUTPUT, { recursive: true });
  const lock = join(OUTPUT, `.${name}.lock`);
  for (let waited = 0; !isDone(); waited += 250) {
    try {
      mkdirSync(lock);
    } catch {
      if (waited > 240_000) rmSync(lock, { recursive: true, force: true });
      await sleep(250);
      continue;
    }
    try {
      if (!isDone()) build();
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
}
