/** `init` writes only files that validate, and overwrites neither of its two files without --force. */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, ensureBuilt, scratchDir } from './support.js';

beforeAll(ensureBuilt);

describe('clean-station init', () => {
  it.each([
    [['--year', '99999'], 'period.start', 'date'],
    [['--year', '1'], 'period.start', 'date'],
    [['--id', ''], 'station.id', 'too-small'],
    [['--name', ''], 'station.name', 'too-small'],
    [['--id', 'x'.repeat(201)], 'station.id', 'too-big'],
  ])('refuses %j with the coded issue of the file it would write, exit 2, nothing written', (args, path, code) => {
    const dir = scratchDir('init-invalid');
    const run = cli(['init', 'facts.json', ...args, '--lang', 'en'], dir);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(
      new RegExp(`^facts\\.json: ${path.replace('.', '\\.')}: .*\\[[a-z-]*${code}[a-z-]*\\]$`, 'm'),
    );
    expect(readdirSync(dir)).toEqual([]);
  });

  it('refuses when the schema file exists, writing neither file', () => {
    const dir = scratchDir('init-schema-exists');
    writeFileSync(join(dir, 'facts.schema.json'), 'mine');
    const run = cli(['init', 'station.json', '--year', '2024', '--lang', 'en'], dir);
    expect(run.status).toBe(2);
    expect(run.stderr.trim()).toBe('facts.schema.json: already exists (use --force to overwrite)');
    expect(existsSync(join(dir, 'station.json'))).toBe(false);
    expect(readFileSync(join(dir, 'facts.schema.json'), 'utf8')).toBe('mine');
  });

  it('names both files when both exist, and overwrites both with --force', () => {
    const dir = scratchDir('init-both');
    writeFileSync(join(dir, 'facts.json'), 'old facts');
    writeFileSync(join(dir, 'facts.schema.json'), 'old schema');
    const run = cli(['init', '--year', '2024', '--lang', 'en'], dir);
    expect(run.stderr.trim().split('\n')).toEqual([
      'facts.json: already exists (use --force to overwrite)',
      'facts.schema.json: already exists (use --force to overwrite)',
    ]);
    expect(cli(['init', '--year', '2024', '--force'], dir).status).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'facts.json'), 'utf8')).period.start).toBe('2024-01-01');
    expect(JSON.parse(readFileSync(join(dir, 'facts.schema.json'), 'utf8')).type).toBe('object');
  });

  it('refuses a facts file named like its schema', () => {
    const dir = scratchDir('init-same');
    const run = cli(['init', 'facts.schema.json', '--year', '2024', '--lang', 'en'], dir);
    expect(run.status).toBe(2);
    expect(readdirSync(dir)).toEqual([]);
  });
});
