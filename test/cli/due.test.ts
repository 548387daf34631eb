/**
 * `clean-station due` and `evaluate --as-of / --monthly` as a user runs them on the examples.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { evaluationResultSchema } from '../../src/result/schema.js';
import { cli, ensureBuilt, example, scratchDir } from './support.js';

beforeAll(ensureBuilt);

const lapses = example('station-with-lapses');

describe('clean-station due', () => {
  it("lists the overdue refill first, then July's obligations, for the lapses example as of 30 June, with the scores", () => {
    const run = cli(['due', lapses, '--as-of', '2023-06-30', '--lang', 'en']);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    const lines = run.stdout.split('\n');
    expect(lines[1]).toBe('Score to date: 88 / 110   Projected (every open obligation met): 88 / 110');
    expect(lines[2]).toBe('Open obligations that can be met by 2023-07-30:');
    const rows = lines.filter((line) => /^\d{4}-\d{2}-\d{2} /.test(line));
    expect(rows[0]).toMatch(/^2023-06-30 OVERDUE +4 +A customer manager .+duty-shanxia-sup-1.+ 0 \(3 points lost\)$/);
    expect(rows[1]).toMatch(/^2023-06-30 OVERDUE +7 +Posts refilled within one month .+ 0 \(2 points lost\)$/);
    expect(rows[2]).toMatch(
      /^2023-07-31 +9 +Monthly liaison with village and enterprise electricians +Liaison for 2023-07 +4$/,
    );
    expect(rows.slice(2, 9).every((row) => row.includes('for 2023-07'))).toBe(true);
  });

  it('widens the window with --within', () => {
    const json = (within: string) =>
      JSON.parse(cli(['due', lapses, '--as-of', '2023-06-30', '--within', within, '--format', 'json']).stdout);
    expect(json('30').until).toBe('2023-07-30');
    expect(json('32').entries.length).toBeGreaterThan(json('30').entries.length);
  });

  it('writes Markdown in Chinese by default', () => {
    const run = cli(['due', lapses, '--as-of', '2023-06-30', '--format', 'md']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^# 应办事项: /);
    expect(run.stdout).toContain('| 2023-07-31 | 9 | 客户经理每月对接村电工、企业电工 |');
  });

  it('writes an iCalendar file of every open and overdue obligation that ical.js reads back', () => {
    const out = join(scratchDir('due'), 'due.ics');
    const run = cli(['due', lapses, '--as-of', '2023-06-30', '--format', 'ics', '-o', out]);
    expect(run.status).toBe(0);
    const calendar = new ICAL.Component(ICAL.parse(readFileSync(out, 'utf8')));
    expect(calendar.getAllSubcomponents('vevent')).toHaveLength(58);
  });

  it('refuses an impossible --as-of day with its code, and an unreadable --within', () => {
    const bad = cli(['due', lapses, '--as-of', '2023-02-30', '--lang', 'en']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--as-of');
    expect(bad.stderr).toContain('[invalid-date]');
    expect(cli(['due', lapses, '--within', 'soon']).status).not.toBe(0);
  });

  it('runs as of today (in the station’s zone) when no day is given', () => {
    const run = cli(['due', lapses, '--lang', 'en']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/As of \d{4}-\d{2}-\d{2} \(Asia\/Shanghai\)/);
  });
});

describe('clean-station evaluate --as-of --monthly', () => {
  it('gives the score to date, the projected score, the next deadline and the month ends up to the day', () => {
    const run = cli(['evaluate', lapses, '--as-of', '2023-06-30', '--monthly', '--format', 'json']);
    expect(run.status).toBe(0);
    const result = evaluationResultSchema.parse(JSON.parse(run.stdout));
    expect(result.asOf).toMatchObject({ date: '2023-06-30', nextDeadline: '2023-07-31' });
    expect(result.asOf?.projected.total).toBe(88);
    expect(result.monthly?.map((m) => m.month)).toEqual([
      '2023-01',
      '2023-02',
      '2023-03',
      '2023-04',
      '2023-05',
      '2023-06',
    ]);
    expect(result.monthly?.at(-1)?.total).toBe(result.total);
    const missing = result.items.flatMap((item) => item.missing);
    expect(missing.filter((bucket) => bucket > '2023-06')).toEqual([]);
  });

  it('draws the monthly chart and upcoming heatmap cells in the HTML report', () => {
    const run = cli(['evaluate', lapses, '--as-of', '2023-06-30', '--monthly', '--format', 'html', '--lang', 'en']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('<section class="monthly"><h2>Score at each month end</h2>');
    expect(run.stdout).toContain('<title id="monthly-title">');
    expect(run.stdout).toContain('class="cell upcoming"');
    expect(run.stdout).toContain('Evaluated as of 2023-06-30');
  });
});
