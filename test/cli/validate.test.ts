import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, ensureBuilt, example, scratchDir } from './support.js';

beforeAll(ensureBuilt);

describe('clean-station validate', () => {
  it('detects a facts file and exits 0 when it is valid', () => {
    const run = cli(['validate', example('compliant-station'), '--lang', 'en']);
    expect(run.status).toBe(0);
    expect(run.stdout.trim()).toBe(
      `${example('compliant-station')}: valid facts file (wy-tongqin, 2023-01-01 – 2023-12-31)`,
    );
  });

  it('detects a ruleset file', () => {
    const run = cli(['validate', 'rules/base/zj-clean-station.json', '--lang', 'en']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/valid ruleset file \(zj-clean-station@1\.0\.0, sha256:[0-9a-f]{64}\)/);
  });

  it('detects a review file', () => {
    const run = cli(['validate', 'examples/review.json', '--lang', 'en']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('examples/review.json: valid review file');
  });

  it('detects a result file', () => {
    const dir = scratchDir('validate-result');
    const out = join(dir, 'r.json');
    cli(['evaluate', example('compliant-station'), '--format', 'json', '-o', out]);
    expect(cli(['validate', out]).status).toBe(0);
  });

  it('prints every problem with its JSON path, one line each, and exits 2', () => {
    const dir = scratchDir('validate');
    const file = join(dir, 'facts.json');
    writeFileSync(
      file,
      JSON.stringify({
        station: { id: 's', name: 'n', colour: 'red' },
        period: { start: '2023-01-01', end: '2023-13-01' },
      }),
    );
    const run = cli(['validate', file, '--lang', 'en']);
    expect(run.status).toBe(2);
    expect(run.stderr.trim().split('\n')).toEqual([
      `${file}: period.end: Invalid date "2023-13-01": expected an existing date YYYY-MM-DD [invalid-date]`,
      `${file}: station.colour: Unknown field "colour" (a typo?) [unknown-field]`,
      `${file}: 2 problems`,
    ]);
  });

  it('checks a file as the --kind given, and says so when the kind cannot be told', () => {
    const dir = scratchDir('kind');
    const file = join(dir, 'x.json');
    writeFileSync(file, JSON.stringify({ hello: 1 }));
    const unknown = cli(['validate', file, '--lang', 'en']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr.trim()).toBe(
      `${file}: cannot tell what kind of file this is; pass --kind (facts, ruleset, review, result)`,
    );
    const asRuleset = cli(['validate', file, '--kind', 'ruleset', '--lang', 'en']);
    expect(asRuleset.status).toBe(2);
    expect(asRuleset.stderr).toContain(`${file}: hello: Unknown field "hello"`);
  });

  it('prints messages in Chinese by default', () => {
    const run = cli(['validate', example('compliant-station')]);
    expect(run.stdout).toContain('有效的事实数据文件');
  });
});

describe('clean-station schema', () => {
  it.each(['facts', 'ruleset', 'result'])('prints the JSON Schema of %s', (kind) => {
    const run = cli(['schema', kind]);
    expect(run.status).toBe(0);
    const schema = JSON.parse(run.stdout);
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.type).toBe('object');
  });

  it('names the facts fields a station file needs', () => {
    const schema = JSON.parse(cli(['schema', 'facts']).stdout);
    expect(schema.required).toEqual(expect.arrayContaining(['station', 'period']));
  });

  it('rejects an unknown kind with exit 2', () => {
    expect(cli(['schema', 'everything']).status).toBe(2);
  });
});

describe('clean-station init', () => {
  it('writes a starting facts file that validates, its schema beside it, and tells what to do next', () => {
    const dir = scratchDir('init');
    const run = cli(
      ['init', 'liuqiao.json', '--id', 'wy-liuqiao', '--name', '柳桥供电所', '--year', '2024', '--lang', 'en'],
      dir,
    );
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Wrote liuqiao.json');
    expect(run.stdout).toContain('run clean-station validate');
    const facts = JSON.parse(readFileSync(join(dir, 'liuqiao.json'), 'utf8'));
    expect(facts.station).toMatchObject({ id: 'wy-liuqiao', name: '柳桥供电所' });
    expect(facts.period).toEqual({ start: '2024-01-01', end: '2024-12-31' });
    expect(facts.$schema).toBe('./facts.schema.json');
    expect(existsSync(join(dir, 'facts.schema.json'))).toBe(true);
    expect(cli(['validate', 'liuqiao.json'], dir).status).toBe(0);
  });

  it('refuses to overwrite an existing file unless --force', () => {
    const dir = scratchDir('init-twice');
    expect(cli(['init', '--year', '2024'], dir).status).toBe(0);
    const again = cli(['init', '--year', '2024', '--lang', 'en'], dir);
    expect(again.status).toBe(2);
    expect(again.stderr.trim().split('\n')).toEqual([
      'facts.json: already exists (use --force to overwrite)',
      'facts.schema.json: already exists (use --force to overwrite)',
    ]);
    expect(cli(['init', '--year', '2025', '--force'], dir).status).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'facts.json'), 'utf8')).period.start).toBe('2025-01-01');
  });
});
