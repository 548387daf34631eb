/**
 * The command line loads exceljs (a large module that takes a noticeable part of a second to
 * load) only for the commands that read or write a workbook: evaluating JSON, a batch report in
 * CSV and `--version` start without it.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CLI, EXAMPLES, ensureBuilt, example, ROOT, scratchDir } from './support.js';

let probe: string;
let dir: string;

beforeAll(() => {
  ensureBuilt();
  dir = scratchDir('startup');
  probe = join(dir, 'loaded-exceljs.cjs');
  // Preloaded before the command line: says at exit whether any file of exceljs was loaded.
  writeFileSync(
    probe,
    "process.on('exit', () => process.stderr.write('\\nexceljs loaded: ' + Object.keys(require.cache).some((f) => /[\\\\/]exceljs[\\\\/]/.test(f)) + '\\n'));\n",
  );
}, 180_000);

/** Runs the command line with the probe; whether it loaded exceljs. */
function loadsExceljs(args: readonly string[]): boolean {
  const run = spawnSync(process.execPath, ['--require', probe, CLI, ...args], { cwd: ROOT, encoding: 'utf8' });
  const answer = /exceljs loaded: (true|false)/.exec(run.stderr)?.[1];
  if (answer === undefined) throw new Error(`no answer from the probe:\n${run.stderr}`);
  return answer === 'true';
}

describe('what the command line loads', () => {
  it('does not load exceljs for --version, evaluate on JSON or a CSV batch report', () => {
    expect(loadsExceljs(['--version'])).toBe(false);
    expect(loadsExceljs(['evaluate', example('compliant-station')])).toBe(false);
    expect(loadsExceljs(['batch', join(EXAMPLES, 'county'), '--format', 'csv', '-o', join(dir, 'county.csv')])).toBe(
      false,
    );
  });

  it('loads it when it writes or reads a workbook', () => {
    expect(loadsExceljs(['template', '-o', join(dir, 'station.xlsx')])).toBe(true);
    expect(loadsExceljs(['validate', join(dir, 'station.xlsx')])).toBe(true);
  });
});
