import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { evaluationResultSchema } from '../../src/result/schema.js';
import { cli, ensureBuilt, example, scratchDir } from './support.js';

beforeAll(ensureBuilt);

describe('clean-station evaluate', () => {
  it('prints a readable table with the grade, every item and the path to the next grade', () => {
    const run = cli(['evaluate', example('station-with-lapses'), '--lang', 'en']);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('Grade: Qualified (standard)   Total: 73 / 110');
    expect(run.stdout).toMatch(
      / {2}9 {2}Monthly liaison with village and enterprise electricians +0 \/ 4 {2}fail +2023-08/,
    );
    expect(run.stdout).toContain('Path to the next grade: 17 more points reach Excellent (model)');
  });

  it('prints Chinese labels by default', () => {
    const run = cli(['evaluate', example('station-with-lapses')]);
    expect(run.stdout).toContain('等级: 合格（标准型）');
    expect(run.stdout).toContain('晋级路径');
  });

  it('writes the EvaluationResult as JSON to a file, atomically (no temporary file left)', () => {
    const dir = scratchDir('evaluate');
    const out = join(dir, 'result.json');
    const run = cli(['evaluate', example('compliant-station'), '--format', 'json', '-o', out]);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('');
    const result = evaluationResultSchema.parse(JSON.parse(readFileSync(out, 'utf8')));
    expect(result.total).toBe(100);
    expect(readdirSync(dir)).toEqual(['result.json']);
  });

  it.each([
    ['md', '# Clean power-supply station evaluation report'],
    ['html', '<!doctype html>'],
    ['csv', '\uFEFFstation id,station name'],
  ])('renders --format %s', (format, start) => {
    const run = cli(['evaluate', example('station-with-lapses'), '--format', format, '--lang', 'en']);
    expect(run.status).toBe(0);
    expect(run.stdout.startsWith(start)).toBe(true);
  });

  it('exits 1 when the total is below --fail-under, after printing the report', () => {
    const run = cli(['evaluate', example('station-with-lapses'), '--fail-under', '80', '--lang', 'en']);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('Total: 73');
    expect(run.stderr.trim()).toBe(`${example('station-with-lapses')}: total 73 is below --fail-under 80`);
  });

  it('exits 0 when the total reaches --fail-under exactly', () => {
    expect(cli(['evaluate', example('station-with-lapses'), '--fail-under', '73']).status).toBe(0);
  });

  it('exits 2 with one line per problem, located by JSON path, for invalid facts', () => {
    const dir = scratchDir('invalid');
    const file = join(dir, 'bad.json');
    writeFileSync(
      file,
      JSON.stringify({ station: { id: 's', name: 'n' }, period: { start: '2023-02-30', end: '2023-12-31' } }),
    );
    const run = cli(['evaluate', file, '--lang', 'en']);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toEqual([
      `${file}: period.start: Invalid date "2023-02-30": expected an existing date YYYY-MM-DD [invalid-date]`,
    ]);
  });

  it('exits 2 on a JSON syntax error with one line naming the file, and no stack trace', () => {
    const dir = scratchDir('syntax');
    const file = join(dir, 'broken.json');
    writeFileSync(file, '{\n  "station": ,\n}');
    const run = cli(['evaluate', file, '--lang', 'en']);
    expect(run.status).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/broken\.json: \(root\): Invalid JSON at line \d+, column \d+/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 2 for a missing file and for usage errors', () => {
    const missing = cli(['evaluate', 'no-such-file.json', '--lang', 'en']);
    expect(missing.status).toBe(2);
    expect(missing.stderr.trim()).toBe('no-such-file.json: cannot read (ENOENT)');
    const badFormat = cli(['evaluate', example('compliant-station'), '--format', 'pdf']);
    expect(badFormat.status).toBe(2);
    expect(badFormat.stderr).toContain("argument 'pdf' is invalid");
    expect(cli(['evaluate']).status).toBe(2);
    expect(cli(['no-such-command']).status).toBe(2);
    expect(cli(['evaluate', example('compliant-station'), '--fail-under', 'lots']).status).toBe(2);
  });

  it('refuses to write into a missing directory with exit 2 and leaves nothing behind', () => {
    const dir = scratchDir('nowhere');
    const out = join(dir, 'missing', 'report.html');
    const run = cli(['evaluate', example('compliant-station'), '--format', 'html', '-o', out, '--lang', 'en']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('cannot write');
    expect(existsSync(out)).toBe(false);
  });

  it('scores with a ruleset given by --ruleset', () => {
    const run = cli([
      'evaluate',
      example('compliant-station'),
      '--ruleset',
      'rules/base/zj-clean-station.json',
      '--format',
      'json',
    ]);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).ruleset.id).toBe('zj-clean-station');
  });

  it('reports an invalid --ruleset file by its path and exits 2', () => {
    const dir = scratchDir('ruleset');
    const file = join(dir, 'rules.json');
    writeFileSync(file, JSON.stringify({ id: 'x' }));
    const run = cli(['evaluate', example('compliant-station'), '--ruleset', file, '--lang', 'en']);
    expect(run.status).toBe(2);
    expect(
      run.stderr
        .split('\n')
        .filter(Boolean)
        .every((line) => line.startsWith(`${file}: `)),
    ).toBe(true);
  });
});

describe('clean-station --help', () => {
  it.each(['evaluate', 'validate', 'batch', 'rules', 'schema', 'init', 'diff'])(
    'shows an example for %s and exits 0',
    (command) => {
      const run = cli([command, '--help']);
      expect(run.status).toBe(0);
      expect(run.stdout).toMatch(new RegExp(`Examples?:\\n {2}\\$ clean-station ${command}`));
    },
  );

  it('lists every command at the top level', () => {
    const run = cli(['--help']);
    expect(run.status).toBe(0);
    for (const command of ['evaluate', 'validate', 'batch', 'rules', 'schema', 'init', 'diff']) {
      expect(run.stdout).toContain(`  ${command} `);
    }
  });
  it('applies a review file: assessments and rejected evidence show in the result', () => {
    const run = cli([
      'evaluate',
      example('station-with-lapses'),
      '--review',
      'examples/review.json',
      '--format',
      'json',
    ]);
    expect(run.status).toBe(0);
    const result = JSON.parse(run.stdout);
    const item = (id: string) => result.items.find((i: { id: string }) => i.id === id);
    expect(result.pending).toEqual([]);
    expect(result.rejectedEvidence.map((r: { id: string }) => r.id)).toEqual(['inspection-2023-04']);
    expect(item('monthly-special-inspection').missing).toEqual(['2023-04']);
    expect(item('outage-notice')).toMatchObject({ status: 'overridden', score: 2, computed: { score: 0 } });
    expect(item('innovation')).toMatchObject({ score: 2.5 });
  });

  it('reports a review that does not fit against the review file and exits 2', () => {
    const dir = scratchDir('bad-review');
    const file = join(dir, 'review.json');
    writeFileSync(
      file,
      JSON.stringify({
        assessments: [
          { itemId: 'no-such-item', verdict: 'pass', assessor: 'x', date: '2024-01-05', justification: 'j' },
        ],
      }),
    );
    const run = cli(['evaluate', example('station-with-lapses'), '--review', file, '--lang', 'en']);
    expect(run.status).toBe(2);
    expect(run.stderr.trim()).toBe(
      `${file}: assessments[0].itemId: Item "no-such-item" does not exist (or was removed) [unknown-item]`,
    );
  });
});
