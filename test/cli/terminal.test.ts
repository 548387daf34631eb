/**
 * Everything the command line prints for people is safe for a terminal: error lines, notes,
 * tables and the `validate` line show control characters and bidirectional controls as visible
 * escapes, and an error line is built in linear time whatever the input.
 */
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { problemLine } from '../../src/cli/context.js';
import { emit } from '../../src/cli/output.js';
import { createProgress } from '../../src/cli/progress.js';
import { costGrowth } from '../support/cost.js';
import { HOSTILE_TEXT, rawControls } from '../support/hostile.js';
import { cli, ensureBuilt, example, scratchDir } from './support.js';

beforeAll(ensureBuilt);

/** The lapses example with hostile text in the station's id and name. */
function hostileFacts(dir: string, name = 'hostile.json'): string {
  const facts = JSON.parse(readFileSync(example('station-with-lapses'), 'utf8'));
  facts.station.id = `id ${HOSTILE_TEXT}`.slice(0, 200);
  facts.station.name = `name ${HOSTILE_TEXT}`;
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify(facts));
  return file;
}

describe('error lines', () => {
  it('show control characters and bidirectional controls of a problem as visible escapes', () => {
    const line = problemLine(
      { where: 'a\u001b[2J.json: station.timeZone', message: { zh: '…', en: `Unknown time zone "\u009b31m\u202e"` } },
      'en',
    );
    expect(line).toBe('a\\x1b[2J.json: station.timeZone: Unknown time zone "\\x9b31m\\u202e"');
  });

  it('keep a message on one line: line breaks and the blanks around them become one space', () => {
    const line = problemLine({ where: 'a.json', message: { zh: '', en: 'Invalid JSON:\n  {\r\n\n  "x": ,\n}' } }, 'en');
    expect(line).toBe('a.json: Invalid JSON: { "x": , }');
  });

  it('are built in linear time on a long run of blanks (no backtracking)', () => {
    const problem = (size: number) => ({ where: 'a.json', message: { zh: '', en: `x${' '.repeat(size)}y` } });
    // Quadratic work would cost about 8 times more per blank at the larger size.
    const growth = costGrowth(problem, (p) => problemLine(p, 'en'), 20_000, 160_000);
    expect(growth).toBeLessThan(4);
  });

  it('from the command line carry no raw control character, whatever the facts hold', () => {
    const dir = scratchDir('hostile-errors');
    const facts = JSON.parse(readFileSync(example('station-with-lapses'), 'utf8'));
    facts.station.timeZone = `Asia/\u001b[2J\u009b\u202eShanghai`;
    facts[`\u001b]0;title\u0007`] = 1;
    const file = join(dir, 'bad\u001b[31m.json');
    writeFileSync(file, JSON.stringify(facts));
    const run = cli(['evaluate', file, '--lang', 'en']);
    expect(run.status).toBe(2);
    expect(rawControls(run.stderr)).toEqual([]);
    expect(run.stderr).toContain('bad\\x1b[31m.json: station.timeZone: Unknown time zone');
    expect(run.stderr).toContain('\\x1b[2J\\x9b\\u202eShanghai');
  });
});

describe('printed output of hostile facts', () => {
  it('evaluate prints a table with visible escapes only', () => {
    const run = cli(['evaluate', hostileFacts(scratchDir('hostile-table')), '--lang', 'en']);
    expect(run.status).toBe(0);
    expect(rawControls(run.stdout)).toEqual([]);
    expect(run.stdout).toContain('name \\x1b[31mred\\x1b[0m\\x07bell');
  });

  it('validate prints its one line with visible escapes only', () => {
    const run = cli(['validate', hostileFacts(scratchDir('hostile-validate')), '--lang', 'en']);
    expect(run.status).toBe(0);
    expect(rawControls(run.stdout)).toEqual([]);
    expect(run.stdout.trim().split('\n')).toHaveLength(1);
  });

  it('batch and --fail-under notes name a hostile file with visible escapes only', () => {
    const dir = scratchDir('hostile-batch');
    hostileFacts(dir, 'a\u001b[2J\u202e.json');
    copyFileSync(example('compliant-station'), join(dir, 'b.json'));
    const run = cli(['batch', dir, '--fail-under', '90', '--lang', 'en']);
    expect(run.status).toBe(1);
    expect(rawControls(run.stdout)).toEqual([]);
    expect(rawControls(run.stderr)).toEqual([]);
    expect(run.stderr).toContain('a\\x1b[2J\\u202e.json: total 73 is below --fail-under 90');
  });

  it('a usage error echoing an argument shows it with visible escapes', () => {
    const run = cli(['evaluate', example('compliant-station'), '--format', '\u001b[2Jpdf']);
    expect(run.status).toBe(2);
    expect(rawControls(run.stderr)).toEqual([]);
    expect(run.stderr).toContain('\\x1b[2Jpdf');
  });

  it('the progress bar shows a hostile file name with visible escapes', () => {
    const written: string[] = [];
    const ctx = {
      lang: 'en' as const,
      exitCode: 0,
      out: () => {},
      err: (t: string) => written.push(t),
      stderrIsTerminal: true,
    };
    const progress = createProgress(ctx, 1);
    progress.tick('x\u001b]0;owned\u0007.json');
    expect(written[0]).toBe(`\r\u001b[2K[${'#'.repeat(24)}] 1/1 x\\x1b]0;owned\\x07.json`);
  });

  it('a document printed to a terminal shows its controls as escapes; to a pipe it is written byte for byte', async () => {
    const document = 'a,"x\u001b[2J\u202e"\r\nb,2\r\n';
    const shown: string[] = [];
    const piped: string[] = [];
    const base = { lang: 'en' as const, exitCode: 0, err: () => {}, stderrIsTerminal: false };
    await emit({ ...base, out: (t) => shown.push(t), stdoutIsTerminal: true }, document, undefined);
    await emit({ ...base, out: (t) => piped.push(t), stdoutIsTerminal: false }, document, undefined);
    expect(shown.join('')).toBe('a,"x\\x1b[2J\\u202e"\nb,2\n');
    expect(piped.join('')).toBe(document);
  });
});
