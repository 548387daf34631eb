/**
 * Builds something the tests run (the package, the CLI) once, however many test files need it at
 * the same time: the first takes a lock directory and builds, the others wait and reuse the result.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const OUTPUT = resolve(import.meta.dirname, '../../test-output');
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
