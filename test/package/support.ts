/**
 * What the package tests share: the repository root, running a command, and building the package
 * once when a checkout has not been built from its current sources (CI builds before testing).
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { buildOnce, builtFromCurrentSources, DIST_LOCK } from '../support/build-once.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** The files `npm run build` writes that the tests rely on. */
const BUILT = [
  'dist/index.js',
  'dist/index.cjs',
  'dist/index.d.ts',
  'dist/index.d.cts',
  'dist/cli.js',
  'dist/xlsx.js',
  'dist/self-check.js',
  'schemas/facts.json',
];

/** What a finished command printed. */
export interface Output {
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs a command to its end and returns what it printed; a non-zero exit throws with the output. */
export function runFully(command: string, args: readonly string[], cwd: string): Output {
  const done = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  if (done.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} exited ${done.status}\n${done.stdout}\n${done.stderr}`);
  }
  return { stdout: done.stdout, stderr: done.stderr };
}

/** Runs a command to its end and returns its standard output. */
export const run = (command: string, args: readonly string[], cwd: string): string =>
  runFully(command, args, cwd).stdout;

/**
 * Builds the package unless every built file is newer than the sources (test files that need it at
 * the same time build it once). A `dist/cli.js` built alone by the CLI tests does not count: the
 * other files are then older than the sources, and the whole package is built again.
 */
export const ensurePackageBuilt = () =>
  buildOnce(
    DIST_LOCK,
    () => builtFromCurrentSources(BUILT),
    () => run(NPM, ['run', 'build'], ROOT),
  );
