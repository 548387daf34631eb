import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { starterFacts } from '../../src/cli/commands/init.js';
import { SCAFFOLD, scaffoldId, variantScaffold } from '../../src/cli/scaffold-variant.js';
import { loadRulesetOrThrow } from '../../src/ruleset/load.js';
import { cli, ensureBuilt, scratchDir } from './support.js';

beforeAll(ensureBuilt);

const FILES = [
  'cases.schema.json',
  'facts.schema.json',
  'lishui-city.cases.json',
  'lishui-city.json',
  'station.json',
  'variant.schema.json',
];

describe('clean-station init --variant', () => {
  it('writes a variant, a station and a cases file whose one case passes clean-station test right away', () => {
    const dir = join(scratchDir('init-variant'), 'lishui-city');
    const run = cli(['init', '--variant', dir, '--year', '2024', '--lang', 'en']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`Wrote the start of a regional variant in ${dir}/:`);
    expect(run.stdout).toContain(`clean-station test ${dir}`);
    expect(readdirSync(dir).sort()).toEqual(FILES);
    const test = cli(['test', dir, '--lang', 'en']);
    expect(test.status).toBe(0);
    expect(test.stdout.trim().split('\n')).toEqual([
      `${join(dir, 'lishui-city.cases.json')} (lishui-city@0.1.0)`,
      '  ✓ 每季度都有一次 12 人参加的应急演练：新增项得满分',
      '',
      '1 case: 1 passed, 0 failed',
    ]);
  });

  it('writes files that validate, with the facts schema of the variant’s record kinds', () => {
    const dir = join(scratchDir('init-variant-valid'), 'lishui-city');
    cli(['init', '--variant', dir, '--name', '丽水市供电公司清廉供电站所评价细则']);
    const variant = join(dir, 'lishui-city.json');
    expect(cli(['validate', variant]).status).toBe(0);
    expect(cli(['validate', join(dir, 'station.json'), '--ruleset', variant]).status).toBe(0);
    const schema = cli(['schema', 'facts', '--ruleset', variant]);
    expect(readFileSync(join(dir, 'facts.schema.json'), 'utf8')).toBe(schema.stdout);
    const doc = JSON.parse(readFileSync(variant, 'utf8'));
    expect(doc).toMatchObject({ id: 'lishui-city', title: { zh: '丽水市供电公司清廉供电站所评价细则' } });
    expect(Object.keys(doc.recordKinds)).toEqual([SCAFFOLD.kind]);
    const evaluated = cli(['evaluate', join(dir, 'station.json'), '--ruleset', variant, '--format', 'json']);
    const item = JSON.parse(evaluated.stdout).items.find((i: { id: string }) => i.id === SCAFFOLD.item);
    expect(item).toMatchObject({ score: 2, status: 'pass', origin: 'lishui-city' });
  });

  it('refuses to overwrite any existing file, naming each, unless --force', () => {
    const dir = join(scratchDir('init-variant-force'), 'lishui-city');
    cli(['init', '--variant', dir]);
    writeFileSync(join(dir, 'station.json'), '{"mine": true}\n');
    const again = cli(['init', '--variant', dir, '--lang', 'en']);
    expect(again.status).toBe(2);
    expect(again.stderr.trim().split('\n')).toEqual(
      [
        'lishui-city.json',
        'station.json',
        'lishui-city.cases.json',
        'facts.schema.json',
        'variant.schema.json',
        'cases.schema.json',
      ].map((name) => `${join(dir, name)}: already exists (use --force to overwrite)`),
    );
    expect(readFileSync(join(dir, 'station.json'), 'utf8')).toBe('{"mine": true}\n');
    expect(cli(['init', '--variant', dir, '--force']).status).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'station.json'), 'utf8')).station.id).toBe('station-1');
  });

  it('takes the directory as the argument too, and the id from --id', () => {
    const base = scratchDir('init-variant-arg');
    const dir = join(base, 'regional');
    expect(cli(['init', dir, '--variant', '--id', 'quzhou-city']).status).toBe(0);
    expect(readdirSync(dir)).toContain('quzhou-city.cases.json');
    expect(cli(['test', dir]).status).toBe(0);
    const bad = cli(['init', '--variant', join(base, 'x'), '--id', 'Quzhou City', '--lang', 'en']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('"Quzhou City" cannot be a variant id: use lowercase letters');
  });
});

describe('the variant scaffold', () => {
  it.each([2020, 2023, 2024, 2031])('loads and passes its own case for the year %d', (year) => {
    const files = variantScaffold({ id: 'x-city', title: 'X', starter: starterFacts({ id: 's', name: 's', year }) });
    const ruleset = loadRulesetOrThrow([JSON.parse(files.get('x-city.json') as string)]);
    expect(ruleset.items.find((i) => i.id === SCAFFOLD.item)?.origin).toBe('x-city');
    expect(JSON.parse(files.get('station.json') as string).period.start).toBe(`${year}-01-01`);
  });

  it('takes the variant id from the directory when it is a valid ruleset id', () => {
    expect(scaffoldId('regions/lishui-city', undefined)).toBe('lishui-city');
    expect(scaffoldId('regions/丽水', undefined)).toBe('my-variant');
    expect(scaffoldId('regions/丽水', 'lishui')).toBe('lishui');
  });
});
