/**
 * A report of a result evaluated as of a day names the obligations past their deadline and still
 * to be done (`items[].overdue`, and pending ones whose deadline has come), as the due list orders
 * them: in the terminal table, Markdown and HTML, in Chinese and English. A full-year report has
 * no such section.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dueList } from '../../src/due/list.js';
import { evaluateSync } from '../../src/engine/evaluate.js';
import { parseFactsOrThrow } from '../../src/facts/parse.js';
import { renderHtml } from '../../src/report/html.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { reportModel } from '../../src/report/model.js';
import { renderTable } from '../../src/report/table.js';

const facts = parseFactsOrThrow(
  JSON.parse(readFileSync(new URL('../../examples/station-with-lapses.json', import.meta.url), 'utf8')),
);
const midYear = evaluateSync(facts, { asOf: '2023-06-30' });
const fullYear = evaluateSync(facts);

describe('overdue obligations in reports', () => {
  it('lists every overdue obligation of the due list, in its order, with its deadline and the points lost', () => {
    const overdue = dueList(midYear).entries.filter((entry) => entry.overdue);
    expect(overdue.map((entry) => [entry.seq, entry.obligation])).toEqual([
      ['4', 'duty-shanxia-sup-1'],
      ['7', 'duty-shanxia-sup-1'],
    ]);
    expect(reportModel(midYear, { lang: 'en' }).overdue).toEqual([
      '4 A customer manager and a supervisor at every point: follow up duty-shanxia-sup-1 (arose 2023-05-31). Deadline 2023-06-30, overdue: still to be done; 3 points lost',
      '7 Posts refilled within one month: follow up duty-shanxia-sup-1 (arose 2023-05-31). Deadline 2023-06-30, overdue: still to be done; 2 points lost',
    ]);
    expect(reportModel(midYear, { lang: 'zh' }).overdue[0]).toBe(
      '4 每个站点配置客户经理和廉政监督员：跟进 duty-shanxia-sup-1（2023-05-31 产生），期限 2023-06-30，已逾期，仍须办理；已失 3 分',
    );
  });

  it('shows them in the terminal table, Markdown and HTML, right after the as-of line', () => {
    const [first] = reportModel(midYear, { lang: 'en' }).overdue;
    const table = renderTable(midYear, { lang: 'en' });
    expect(table.indexOf('Overdue obligations, still to be done:')).toBeGreaterThan(table.indexOf('Evaluated as of'));
    expect(table).toContain(`  ${first}`);
    const markdown = renderMarkdown(midYear, { lang: 'en' });
    expect(markdown).toMatch(/## Overdue obligations, still to be done\n\n- 4 A customer manager/);
    const html = renderHtml(midYear, { lang: 'zh' });
    expect(html).toContain('<h2>已逾期、仍须办理的义务</h2>');
    expect(html).toContain('跟进 duty-shanxia-sup-1（2023-05-31 产生）');
  });

  it('has no overdue section in a full-year report', () => {
    expect(reportModel(fullYear, { lang: 'en' }).overdue).toEqual([]);
    expect(renderTable(fullYear, { lang: 'en' })).not.toContain('Overdue');
    expect(renderMarkdown(fullYear, { lang: 'en' })).not.toContain('Overdue');
    expect(renderHtml(fullYear, { lang: 'zh' })).not.toContain('已逾期、仍须办理');
  });
});
