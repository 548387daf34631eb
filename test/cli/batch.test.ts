import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, ensureBuilt, example, scratchDir } from './support.js';

beforeAll(ensureBuilt);

/** A folder with both examples, one invalid station and one broken JSON file. */
function county(): string {
  const dir = scratchDir('batch');
  copyFileSync(example('compliant-station'), join(dir, 'a-compliant.json'));
  copyFileSync(example('station-with-lapses'), join(dir, 'b-lapses.json'));
  writeFileSync(join(dir, 'c-invalid.json'), JSON.stringify({ station: { id: 'x', name: 'x' } }));
  writeFileSync(join(dir, 'd-broken.json'), '{');
  writeFileSync(join(dir, 'notes.txt'), 'not a station');
  return dir;
}

describe('clean-station batch', () => {
  it('evaluates a folder, keeps going past bad files and lists each with its problems', () => {
    const dir = county();
    const run = cli(['batch', dir, '--lang', 'en']);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain(`${join(dir, 'c-invalid.json')}: period: Required field is missing [missing-field]`);
    expect(run.stderr).toContain(`${join(dir, 'd-broken.json')}: (root): Invalid JSON`);
    expect(run.stderr).toContain('2 of 4 files could not be evaluated (see above)');
    expect(run.stdout).toContain(
      'Stations: 2   Mean total: 86.5   Standard deviation: 13.5   Lowest: 73   Highest: 100',
    );
    expect(run.stdout).toMatch(/Excellent \(model\) +1 +50%/);
    expect(run.stdout).toMatch(/Qualified \(standard\) +1 +50%/);
    expect(run.stdout).toContain('Items most often lost:');
    expect(run.stdout).toMatch(/ {2}9 {2}Monthly liaison with village and enterprise electricians +1 \/ 2 +50%/);
  });

  it('prints no progress bar when stderr is not a terminal', () => {
    const run = cli(['batch', example('compliant-station')]);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
  });

  it('exits 2 under --strict when a file could not be evaluated, still writing the report', () => {
    const dir = county();
    const out = join(dir, 'county.csv');
    const run = cli(['batch', dir, '--strict', '--format', 'csv', '-o', out]);
    expect(run.status).toBe(2);
    const csv = readFileSync(out, 'utf8');
    expect(csv.startsWith('\uFEFF状态,名次,周期开始,周期结束,站所编号,站所名称')).toBe(true);
    const rows = csv.trimEnd().split('\r\n').slice(1);
    expect(rows.map((row) => row.split(',')[0])).toEqual(['参加排名', '参加排名', '无法评价', '无法评价']);
  });

  it('writes a self-contained HTML report for the whole folder', () => {
    const dir = county();
    const out = join(dir, 'county.html');
    const run = cli([
      'batch',
      join(dir, 'a-compliant.json'),
      join(dir, 'b-lapses.json'),
      '--format',
      'html',
      '-o',
      out,
    ]);
    expect(run.status).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('清廉供电站所服务监督评价汇总（2 个站所）');
    expect(html.match(/class="badge /g)).toHaveLength(2);
    expect(html).not.toMatch(/(src|href)="https?:/);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('draws the same --sample for the same --seed and files, whatever order they are named in', () => {
    const dir = scratchDir('sample');
    for (let i = 0; i < 12; i++)
      copyFileSync(example('compliant-station'), join(dir, `station-${String(i).padStart(2, '0')}.json`));
    const files = readdirSync(dir).map((f) => join(dir, f));
    const sampled = (args: string[]) =>
      cli(['batch', ...args, '--sample', '4', '--seed', 'county-2024', '--lang', 'en']).stderr;
    const first = sampled([dir]);
    expect(first).toContain('sampled 4 of 12 files with seed county-2024');
    expect(sampled([...files].reverse())).toBe(first);
    const json = cli(['batch', dir, '--sample', '4', '--seed', 'county-2024', '--format', 'json']);
    expect(JSON.parse(json.stdout).sources).toBe(4);
  });

  it('refuses --sample without --seed (a sample must be reproducible)', () => {
    const run = cli(['batch', example('compliant-station'), '--sample', '1', '--lang', 'en']);
    expect(run.status).toBe(2);
    expect(run.stderr.trim()).toBe('batch: --sample needs --seed so that the sample can be reproduced');
  });

  it('exits 1 when a station is below --fail-under, naming it', () => {
    const run = cli([
      'batch',
      example('compliant-station'),
      example('station-with-lapses'),
      '--fail-under',
      '90',
      '--lang',
      'en',
    ]);
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe(`${example('station-with-lapses')}: total 73 is below --fail-under 90`);
  });

  it('exits 2 when nothing could be evaluated or no file was found', () => {
    const empty = scratchDir('empty');
    expect(cli(['batch', empty]).status).toBe(2);
    const bad = scratchDir('bad');
    writeFileSync(join(bad, 'x.json'), '[]');
    const run = cli(['batch', bad, '--lang', 'en']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('no file could be evaluated');
  });
});
