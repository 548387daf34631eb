import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, ensureBuilt, ROOT, scratchDir } from './support.js';

beforeAll(ensureBuilt);

/** A copy of the Jinhua example (variant, facts) in a scratch directory, with a cases file of the given cases. */
function jinhuaDir(name: string, cases: unknown[]): { dir: string; file: string } {
  const dir = scratchDir(name);
  cpSync(join(ROOT, 'examples/variants/jinhua-city.json'), join(dir, 'jinhua-city.json'));
  cpSync(join(ROOT, 'examples/variants/jinhua-city'), join(dir, 'jinhua-city'), { recursive: true });
  const file = join(dir, 'jinhua-city.cases.json');
  writeFileSync(file, JSON.stringify({ ruleset: 'jinhua-city.json', facts: 'jinhua-city/station.json', cases }));
  return { dir, file };
}

const training = (expected: Record<string, unknown>) => ({ items: { 'monthly-safety-training': expected } });

describe('clean-station test', () => {
  it('runs the cases files of a directory: one line per case, a summary, exit 0 when all pass', () => {
    const run = cli(['test', 'examples/variants', '--lang', 'en']);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    const lines = run.stdout.trimEnd().split('\n');
    const cases = JSON.parse(readFileSync(join(ROOT, 'examples/variants/jinhua-city.cases.json'), 'utf8')).cases;
    expect(lines[0]).toBe('examples/variants/jinhua-city.cases.json (jinhua-city@1.0.0)');
    expect(lines.slice(1, -2)).toEqual(cases.map((c: { name: string }) => `  ✓ ${c.name}`));
    expect(lines.at(-1)).toBe(`${cases.length} cases: ${cases.length} passed, 0 failed`);
  });

  it('prints a diff for each failing case (item, field, expected, actual) and exits 1', () => {
    const { dir, file } = jinhuaDir('test-fail', [
      { name: 'passes', expect: { total: 100 } },
      {
        name: 'April without a training',
        patch: [{ op: 'remove', path: '/records/safetyTrainings/3' }],
        expect: { total: 100, ...training({ score: 0, missing: ['2023-05'] }) },
      },
      {
        name: 'a training without attendees',
        patch: [{ op: 'remove', path: '/records/safetyTrainings/0/attendees' }],
        expect: { total: 100 },
      },
    ]);
    const run = cli(['test', dir, '--lang', 'en']);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe(
      [
        `${file} (jinhua-city@1.0.0)`,
        '  ✓ passes',
        '  ✗ April without a training',
        '  ✗ a training without attendees',
        '',
        `✗ ${file} › April without a training`,
        '    total: expected 100, actual 98',
        '    monthly-safety-training missing: expected ["2023-05"], actual ["2023-04"]',
        '',
        `✗ ${file} › a training without attendees`,
        '    the facts (or the review) were refused:',
        `      ${join(dir, 'jinhua-city/station.json')} (as patched by the case): records.safetyTrainings[0].attendees: Required field is missing [missing-field]`,
        '',
        '3 cases: 1 passed, 2 failed',
        '',
      ].join('\n'),
    );
    const zh = cli(['test', file]);
    expect(zh.stdout).toContain('    total：期望 100，实际 98');
    expect(zh.stdout).toContain('共 3 个用例：1 个通过，2 个失败');
  });

  it('writes the report as JSON for CI, without the results, and still exits 1 on a failure', () => {
    const { file } = jinhuaDir('test-json', [
      { name: 'passes', expect: training({ score: 2, status: 'pass' }) },
      { name: 'fails', expect: training({ status: 'fail' }) },
    ]);
    const run = cli(['test', file, '--format', 'json']);
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report).toMatchObject({ passed: 1, failed: 1, files: [{ file, ruleset: { id: 'jinhua-city' } }] });
    expect(report.files[0].cases[1]).toEqual({
      name: 'fails',
      passed: false,
      facts: 'jinhua-city/station.json',
      patched: false,
      differences: [{ item: 'monthly-safety-training', field: 'status', expected: 'fail', actual: 'pass' }],
      issues: [],
    });
  });

  it('exits 2 without running anything when a cases file names an unknown item, with a did-you-mean', () => {
    const { file } = jinhuaDir('test-typo', [
      { name: 'typo', expect: { items: { 'monthly-safety-trainin': { score: 2 } } } },
    ]);
    const run = cli(['test', file, '--lang', 'en']);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim()).toBe(
      `${file}: cases[0].expect.items.monthly-safety-trainin: Item "monthly-safety-trainin" does not exist (or was removed). Did you mean "monthly-safety-training"? [unknown-item]`,
    );
  });

  it('exits 2 with every problem of a malformed cases file and of the files it names', () => {
    const { dir, file } = jinhuaDir('test-malformed', []);
    writeFileSync(
      file,
      JSON.stringify({
        ruleset: 'jinhua-city.json',
        cases: [
          { name: 'no such facts', facts: 'missing.json', expect: { total: 100 } },
          { name: 'bad json', facts: 'broken.json', expect: { total: 100 } },
        ],
      }),
    );
    writeFileSync(join(dir, 'broken.json'), '{"station": ');
    const run = cli(['test', file, '--lang', 'en']);
    expect(run.status).toBe(2);
    expect(run.stderr.trim().split('\n')).toEqual([
      `${file}: cases[0].facts: cannot read ${join(dir, 'missing.json')} (ENOENT)`,
      expect.stringMatching(
        new RegExp(
          `^${join(dir, 'broken.json')}: \\(root\\): Invalid JSON at line 1, column 13: .* \\[invalid-json\\]$`,
        ),
      ),
    ]);
    writeFileSync(file, JSON.stringify({ cases: [] }));
    expect(cli(['test', file, '--lang', 'en']).stderr.trim()).toBe(
      `${file}: cases: Too small: must be at least 1 [too-small]`,
    );
  });

  it('exits 2 when a directory has no cases files', () => {
    const run = cli(['test', join(ROOT, 'examples/integration'), '--lang', 'en']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('no test case files (*.cases.json) found');
  });
});
