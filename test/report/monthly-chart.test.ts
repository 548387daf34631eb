/**
 * The monthly chart of the HTML report (§7.2's monthly link): drawn from `result.monthly` only,
 * readable without colour, escaped, and allowed by the page's Content-Security-Policy.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluateSync } from '../../src/engine/evaluate.js';
import { evaluateMonthly } from '../../src/engine/monthly.js';
import { parseFactsOrThrow } from '../../src/facts/parse.js';
import { renderHtml } from '../../src/report/html.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderTable } from '../../src/report/table.js';
import { baseRuleset } from '../../src/ruleset/base.js';

const facts = parseFactsOrThrow(
  JSON.parse(readFileSync(new URL('../../examples/station-with-lapses.json', import.meta.url), 'utf8')),
);
const asOf = '2023-06-30';
const midYear = { ...evaluateSync(facts, { asOf }), monthly: evaluateMonthly(facts, { asOf }) };
const grades = baseRuleset().grades;

const chartOf = (html: string) =>
  html.slice(
    html.indexOf('<section class="monthly">'),
    html.indexOf('</section>', html.indexOf('<section class="monthly">')),
  );

describe('the monthly chart', () => {
  it('draws both series, one marker per month, with the month labels, and names the chart for screen readers', () => {
    const chart = chartOf(renderHtml(midYear, { lang: 'en', grades }));
    expect(chart.match(/<circle /g)).toHaveLength(6);
    expect(chart.match(/<rect /g)).toHaveLength(6);
    expect(chart).toContain('stroke-dasharray="6 4"');
    for (const month of ['01', '02', '03', '04', '05', '06']) expect(chart).toContain(`>${month}</text>`);
    expect(chart).toContain('role="img" aria-labelledby="monthly-title monthly-desc"');
    expect(chart).toContain('2023-05: Score to date 97, Projected 97; 2023-06: Score to date 88, Projected 88');
  });

  it('draws the grade thresholds as labelled lines', () => {
    const chart = chartOf(renderHtml(midYear, { lang: 'en', grades }));
    expect(chart).toMatch(/>90 Excellent[^<]*<\/text>/);
  });

  it('escapes the station name and uses no style attribute (the page allows none)', () => {
    const hostile = { ...midYear, station: { ...midYear.station, name: '<script>x</script>"' } };
    const chart = chartOf(renderHtml(hostile, { lang: 'zh', grades }));
    expect(chart).not.toContain('<script>');
    expect(chart).toContain('&lt;script&gt;x&lt;/script&gt;&quot;');
    expect(chart).not.toMatch(/\sstyle=/);
  });

  it('is absent without monthly scores, and the table and Markdown list the month ends when present', () => {
    expect(renderHtml(evaluateSync(facts, { asOf }), { lang: 'en' })).not.toContain('class="monthly"');
    expect(renderTable(midYear, { lang: 'en' })).toMatch(/2023-06 +88 +88/);
    expect(renderMarkdown(midYear, { lang: 'en' })).toContain('| 2023-06 | 88 | 88 |');
  });
});
