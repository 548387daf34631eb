import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, ensureBuilt, example, scratchDir } from './support.js';

beforeAll(ensureBuilt);

const JINHUA = 'examples/variants/jinhua-city.json';

/** Writes `value` as JSON to a file `name` in a fresh scratch directory and returns its path. */
function jsonFile(dir: string, name: string, value: unknown): string {
  const file = join(scratchDir(dir), name);
  writeFileSync(file, JSON.stringify(value));
  return file;
}

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
    const file = jsonFile('validate', 'facts.json', {
      station: { id: 's', name: 'n', colour: 'red' },
      period: { start: '2023-01-01', end: '2023-13-01' },
    });
    const run = cli(['validate', file, '--lang', 'en']);
    expect(run.status).toBe(2);
    expect(run.stderr.trim().split('\n')).toEqual([
      `${file}: period.end: Invalid date "2023-13-01": expected an existing date YYYY-MM-DD [invalid-date]`,
      `${file}: station.colour: Unknown field "colour" (a typo?) [unknown-field]`,
      `${file}: 2 problems`,
    ]);
  });

  it('checks a file as the --kind given, and says so when the kind cannot be told', () => {
    const file = jsonFile('kind', 'x.json', { hello: 1 });
    const unknown = cli(['validate', file, '--lang', 'en']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr.trim()).toBe(
      `${file}: cannot tell what kind of file this is; pass --kind (facts, ruleset, variant, review, result)`,
    );
    const asRuleset = cli(['validate', file, '--kind', 'ruleset', '--lang', 'en']);
    expect(asRuleset.status).toBe(2);
    expect(asRuleset.stderr).toContain(`${file}: hello: Unknown field "hello"`);
  });

  it('checks a review against the ruleset as evaluate does: unknown item ids and scores out of range', () => {
    const file = jsonFile('validate-review', 'review.json', {
      assessments: [
        { itemId: 'recognitoin', verdict: 'pass', assessor: '王工', date: '2024-01-05' },
        { itemId: 'innovation', score: 9, assessor: '王工', date: '2024-01-05' },
        { itemId: 'outage-notice', verdict: 'pass', assessor: '王工', date: '2024-01-05' },
      ],
    });
    const expected = [
      `${file}: assessments[0].itemId: Item "recognitoin" does not exist (or was removed) [unknown-item]`,
      `${file}: assessments[1].score: Score 9 for item "innovation" is outside 0..5 [score-out-of-range]`,
      `${file}: assessments[2].justification: Overriding the computed item "outage-notice" needs a justification [justification-required]`,
    ];
    const run = cli(['validate', file, '--lang', 'en']);
    expect(run.status).toBe(2);
    expect(run.stderr.trim().split('\n')).toEqual([...expected, `${file}: 3 problems`]);
    const evaluated = cli(['evaluate', example('compliant-station'), '--review', file, '--lang', 'en']);
    expect(evaluated.status).toBe(2);
    expect(evaluated.stderr.trim().split('\n')).toEqual(expected);
  });

  it("checks a review's item ids against the --ruleset given (a variant's added and removed items)", () => {
    const assessment = { assessor: '王工', date: '2024-01-05', justification: '培训记录缺签到表，现场核实已开展' };
    const file = jsonFile('validate-review-variant', 'review.json', {
      assessments: [
        { ...assessment, itemId: 'monthly-safety-training', verdict: 'pass' },
        { ...assessment, itemId: 'facilities', verdict: 'pass' },
      ],
    });
    const variant = cli(['validate', file, '--ruleset', JINHUA, '--lang', 'en']);
    expect(variant.status).toBe(2);
    expect(variant.stderr.trim().split('\n')).toEqual([
      `${file}: assessments[1].itemId: Item "facilities" does not exist (or was removed) [unknown-item]`,
      `${file}: 1 problem`,
    ]);
    const base = cli(['validate', file, '--lang', 'en']);
    expect(base.stderr).toContain(
      `${file}: assessments[0].itemId: Item "monthly-safety-training" does not exist (or was removed) [unknown-item]`,
    );
  });

  it('detects a variant and resolves it against the base ruleset, or the --ruleset files it extends', () => {
    const run = cli(['validate', JINHUA, '--lang', 'en']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(
      /valid variant file \(zj-clean-station@1\.0\.0 → jinhua-city@1\.0\.0, sha256:[0-9a-f]{64}\)/,
    );
    const file = jsonFile('validate-variant', 'child.json', {
      id: 'jinhua-wuyi',
      version: '1.0.0',
      extends: { id: 'jinhua-city', version: '^1.0.0' },
      params: { trainingMinAttendees: 6 },
    });
    const child = cli(['validate', file, '--kind', 'variant', '--ruleset', JINHUA, '--lang', 'en']);
    expect(child.stderr).toBe('');
    expect(child.stdout).toContain(
      'valid variant file (zj-clean-station@1.0.0 → jinhua-city@1.0.0 → jinhua-wuyi@1.0.0',
    );
  });

  it('reports every problem of a variant file with its JSON path', () => {
    const file = jsonFile('validate-bad-variant', 'variant.json', {
      id: 'jinhua-city',
      version: '1.0.0',
      extends: { id: 'zj-clean-station', version: '^1.0.0' },
      override: { 'monthly-liasion': { points: 3 } },
      colour: 'red',
    });
    const run = cli(['validate', file, '--kind', 'variant', '--lang', 'en']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`${file}: colour: Unknown field "colour"`);
  });

  it.each([
    ['review', 'examples/review.json', 'facts', 'this is a review file, not a facts file'],
    ['base ruleset', 'rules/base/zj-clean-station.json', 'variant', 'this is a ruleset file, not a variant file'],
    ['facts', 'examples/compliant-station.json', 'review', 'this is a facts file, not a review file'],
    ['variant', 'examples/variants/jinhua-city.json', 'result', 'this is a variant file, not a result file'],
  ])('names a %s file passed with the wrong --kind as what it is', (_name, file, kind, message) => {
    const run = cli(['validate', file, '--kind', kind, '--lang', 'en']);
    expect(run.status).toBe(2);
    expect(run.stderr.trim()).toBe(`${file}: ${message} (leave out --kind to have it detected)`);
  });

  it('accepts a variant where a ruleset is asked for (a variant is a ruleset that extends another)', () => {
    const run = cli(['validate', JINHUA, '--kind', 'ruleset', '--lang', 'en']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('valid ruleset file (zj-clean-station@1.0.0 → jinhua-city@1.0.0');
  });

  it('prints messages in Chinese by default', () => {
    const run = cli(['validate', example('compliant-station')]);
    expect(run.stdout).toContain('有效的 facts 文件');
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
