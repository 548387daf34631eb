import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, ensureBuilt, example, scratchDir } from './support.js';

let dir: string;
let lapses: string;
let compliant: string;

beforeAll(async () => {
  await ensureBuilt();
  dir = scratchDir('diff');
  lapses = join(dir, 'lapses.json');
  compliant = join(dir, 'compliant.json');
  cli(['evaluate', example('station-with-lapses'), '--format', 'json', '-o', lapses]);
  cli(['evaluate', example('compliant-station'), '--format', 'json', '-o', compliant]);
});

/** The lapses result, as if the station had fixed everything a year later. */
function improved(): string {
  const result = JSON.parse(readFileSync(lapses, 'utf8'));
  const better = JSON.parse(readFileSync(compliant, 'utf8'));
  const file = join(dir, 'next-year.json');
  writeFileSync(
    file,
    JSON.stringify({
      ...better,
      station: result.station,
      period: { ...better.period, start: '2024-01-01', end: '2024-12-31' },
    }),
  );
  return file;
}

describe('clean-station rules', () => {
  it('lists every item with points, mode and origin, then the params', () => {
    const run = cli(['rules', '--lang', 'en']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('ruleset zj-clean-station@1.0.0 (sha256:');
    expect(run.stdout).toMatch(
      / {2}9 {2}monthly-liaison +A2\.1 +4 {2}all-or-nothing +Monthly liaison .* +zj-clean-station/,
    );
    expect(run.stdout).toMatch(/monthEndDays +5 +zj-clean-station/);
    expect(run.stdout.match(/^ *\d+[ab]? {2}[a-z-]+ +A\d|^ *\d+[ab]? {2}[a-z-]+ +B\d/gm)).toHaveLength(28);
  });

  it('shows one item by id or seq', () => {
    const byId = cli(['rules', 'show', 'monthly-liaison', '--lang', 'en']);
    expect(byId.status).toBe(0);
    expect(byId.stdout).toContain('9 monthly-liaison — Monthly liaison with village and enterprise electricians');
    expect(byId.stdout).toContain('"fact": "coverage"');
    expect(cli(['rules', 'show', '9', '--lang', 'en']).stdout).toBe(byId.stdout);
  });

  it('exits 2 for an unknown item', () => {
    const run = cli(['rules', 'show', 'no-such-item', '--lang', 'en']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^no-such-item: unknown item "no-such-item" \(known: service-point-siting, /);
  });
});

describe('clean-station diff', () => {
  it('shows which items rose, fell or stayed', () => {
    const run = cli(['diff', lapses, improved(), '--lang', 'en']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Before: 2023-01-01 – 2023-12-31  Total 73  Qualified (standard)');
    expect(run.stdout).toContain('After: 2024-01-01 – 2024-12-31  Total 100  Excellent (model)');
    expect(run.stdout).toMatch(/ {2}9 {2}Monthly liaison .* +0 +4 {2}rose \(\+4\)/);
    expect(run.stdout).toMatch(/ {2}1 {2}Village service points .* +4 +4 {2}unchanged/);
  });

  it('shows falls the other way round, and JSON on request', () => {
    const run = cli(['diff', improved(), lapses, '--format', 'json']);
    expect(run.status).toBe(0);
    const diff = JSON.parse(run.stdout);
    expect(diff.items.find((i: { id: string }) => i.id === 'monthly-liaison')).toMatchObject({
      change: 'fell',
      delta: -4,
    });
  });

  it('refuses results scored by different rules (scoring hashes differ) unless --force', () => {
    const other = join(dir, 'other-ruleset.json');
    const result = JSON.parse(readFileSync(improved(), 'utf8'));
    writeFileSync(other, JSON.stringify({ ...result, ruleset: { ...result.ruleset, scoringHash: 'sha256:0000' } }));
    const refused = cli(['diff', lapses, other, '--lang', 'en']);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('the results were scored by different rules (scoring hash sha256:');
    expect(refused.stdout).toBe('');
    expect(cli(['diff', lapses, other, '--force']).status).toBe(0);
  });

  it('compares results whose rulesets differ only in wording, and says so', () => {
    const reworded = join(dir, 'reworded-variant.json');
    writeFileSync(
      reworded,
      JSON.stringify({
        id: 'reworded',
        version: '1.0.0',
        extends: { id: 'zj-clean-station', version: '^1.0.0' },
        override: { 'monthly-liaison': { advice: { zh: '每月对接村电工并记录诉求。' } } },
      }),
    );
    const later = join(dir, 'reworded-result.json');
    cli(['evaluate', example('station-with-lapses'), '--ruleset', reworded, '--format', 'json', '-o', later]);
    const run = cli(['diff', lapses, later, '--lang', 'en']);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('differ only in wording');
    expect(run.stdout).toContain('unchanged');
  });

  it('refuses results of different stations unless --force', () => {
    const run = cli(['diff', lapses, compliant, '--lang', 'en']);
    expect(run.status).toBe(2);
    expect(run.stderr.trim()).toBe(
      `${compliant}: the results are of different stations (wy-liuqiao ≠ wy-tongqin); add --force to compare anyway`,
    );
  });

  it('says a facts file is not a result', () => {
    const run = cli(['diff', lapses, example('compliant-station'), '--lang', 'en']);
    expect(run.status).toBe(2);
    expect(run.stderr.trim()).toBe(
      `${example('compliant-station')}: expected a result file (the output of evaluate --format json), got a facts file`,
    );
  });
});
