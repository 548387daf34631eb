/**
 * Runs the built `clean-station` binary as a user would. The binary is built once per change:
 * the first test file to need it builds under a lock; the others wait and reuse `dist/cli.js`.
 * Only the CLI entries are built here (the command line and the worker entry of `batch --jobs`,
 * as `tsup.config.ts` builds them, without cleaning `dist/`), so a test never sees `dist/` half
 * cleaned.
 */
import { type ChildProcess, execFileSync, type SpawnOptions, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildOnce, builtFromCurrentSources, DIST_LOCK } from '../support/build-once.js';

export const ROOT = resolve(import.meta.dirname, '../..');
export const CLI = join(ROOT, 'dist', 'cli.js');
export const EXAMPLES = join(ROOT, 'examples');
const BUILD_CLI = [
  'tsup',
  '--no-config',
  '--entry.cli',
  'src/cli/main.ts',
  '--entry.batch-worker',
  'src/cli/batch-worker-main.ts',
  '--format',
  'esm',
  '--target',
  'node20',
  '--external',
  'json-rules-engine',
  '--out-dir',
  'dist',
];

/** Builds the CLI unless `dist/cli.js` and the worker entry are newer than every source. */
export const ensureBuilt = () =>
  buildOnce(
    DIST_LOCK,
    () => builtFromCurrentSources(['dist/cli.js', 'dist/batch-worker.js']),
    () => execFileSync('npx', BUILD_CLI, { cwd: ROOT, stdio: 'pipe' }),
  );

/** What a run of the binary printed and returned. */
export interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `clean-station …args` in `cwd` (the repository root by default), killed after `timeout` ms when given. */
export function cli(args: readonly string[], cwd: string = ROOT, timeout = 0): Run {
  const run = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    timeout,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** A fresh empty directory for files a test writes. */
export function scratchDir(name: string): string {
  const base = join(ROOT, 'test-output');
  mkdirSync(base, { recursive: true });
  return mkdtempSync(join(tmpdir(), `clean-station-${name}-`));
}

/** An example facts file. */
export const example = (name: 'compliant-station' | 'station-with-lapses') => join(EXAMPLES, `${name}.json`);

/**
 * Starts `clean-station …args` with writes paused after each temporary file is created
 * (`CLEAN_STATION_TEST_PAUSE_AFTER_TEMP_MS`), and resolves once the first one exists, so that a
 * test can interrupt it then.
 */
export async function startPausedAtTemporaryFile(
  args: readonly string[],
  env: NodeJS.ProcessEnv = {},
): Promise<ChildProcess> {
  const options: SpawnOptions = {
    env: { ...process.env, ...env, CLEAN_STATION_TEST_PAUSE_AFTER_TEMP_MS: '5000' },
    stdio: ['ignore', 'ignore', 'pipe'],
  };
  const child = spawn(process.execPath, [CLI, ...args], options);
  let stderr = '';
  await new Promise<void>((created, failed) => {
    child.stderr?.on('data', (data: Buffer) => {
      stderr += data.toString();
      if (stderr.includes('temporary file created')) created();
    });
    child.on('exit', () => failed(new Error(`ended before creating its temporary file: ${stderr}`)));
  });
  return child;
}
