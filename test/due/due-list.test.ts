/**
 * The due list of a station as of a day: what is open, soonest first, overdue first and marked,
 * the window of `within`, and its renderings as a table, Markdown and JSON.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type DueEntry, dueList } from '../../src/due/list.js';
import { renderDueJson, renderDueMarkdown, renderDueTable } from '../../src/due/render.js';
import { evaluateSync } from '../../src/engine/evaluate.js';
import { parseFactsOrThrow } from '../../src/facts/parse.js';
import { compliantFacts, day, parsed } from '../support/station.js';

const lapses = parseFactsOrThrow(
  JSON.parse(readFileSync(new URL('../../examples/station-with-lapses.json', import.meta.url), 'utf8')),
);
const midYear = evaluateSync(lapses, { asOf: '2023-06-30' });

describe('the due list as of a day', () => {
  it("of the lapses example as of 30 June starts with July's obligations, soonest first", () => {
    const list = dueList(midYear, { within: 30 });
    expect(list.asOf).toBe('2023-06-30');
    expect(list.until).toBe('2023-07-30');
    expect(list.entries.length).toBeGreaterThan(0);
    // First the supervisor's post at Shanxia, empty since 31 May: overdue for items 4 and 7.
    const overdue = list.entries.filter((e) => e.overdue);
    expect(list.entries.slice(0, overdue.length)).toEqual(overdue);
    expect(overdue.map((e) => [e.seq, e.obligation, e.deadline, e.daysOverdue, e.lost])).toEqual([
      ['4', 'duty-shanxia-sup-1', '2023-06-30', 0, 3],
      ['7', 'duty-shanxia-sup-1', '2023-06-30', 0, 2],
    ]);
    const open = list.entries.slice(overdue.length);
    const firstDeadline = open[0]?.deadline;
    expect(firstDeadline).toBe('2023-07-31');
    expect(open.filter((e) => e.deadline === firstDeadline).map((e) => e.bucket)).toEqual(
      Array(open.filter((e) => e.deadline === firstDeadline).length).fill('2023-07'),
    );
    const deadlines = open.map((e) => e.deadline);
    expect(deadlines).toEqual(deadlines.slice().sort());
    expect(open.every((e) => e.from <= '2023-07-30')).toBe(true);
  });

  it('lists an obligation when it can be met within the window, and every open one without a window', () => {
    const within30 = dueList(midYear, { within: 30 });
    const all = dueList(midYear);
    expect(all.until).toBeNull();
    // August's liaison can only be met from 1 August on: outside a 30-day window, in the whole list.
    const august = (e: DueEntry) => e.itemId === 'monthly-liaison' && e.bucket === '2023-08';
    expect(within30.entries.some(august)).toBe(false);
    expect(all.entries.some(august)).toBe(true);
    expect(all.entries.length).toBeGreaterThan(within30.entries.length);
  });

  it('carries the score to date and the projected score of the result', () => {
    const list = dueList(midYear);
    expect(list.score).toEqual({
      total: midYear.total,
      projected: midYear.asOf?.projected.total,
      max: midYear.max.total,
    });
    expect(list.score.total).toBeLessThanOrEqual(list.score.projected);
  });

  it('puts an overdue obligation (its deadline after the period end, passed, not met) first, marked, at no stake', () => {
    const facts = compliantFacts();
    facts.records.problemFlags.push({ id: 'pf-late', date: day(12, 20) });
    const result = evaluateSync(parsed(facts), { asOf: '2024-01-25' });
    const list = dueList(result);
    expect(list.entries[0]).toMatchObject({
      itemId: 'correction-reminders',
      obligation: 'pf-late',
      from: '2023-12-20',
      deadline: '2024-01-19',
      stake: 0,
      overdue: true,
      daysOverdue: 6,
      lost: 0,
    });
    expect(renderDueTable(list, { lang: 'en' })).toContain('2024-01-19 OVERDUE 6 days');
    expect(renderDueMarkdown(list, { lang: 'en' })).toContain('| **2024-01-19 OVERDUE 6 days** |');
  });

  it('puts an obligation judged missed but still open first, marked, with the days overdue and the points lost', () => {
    const facts = compliantFacts();
    facts.records.problemFlags.push({ id: 'pf-open', date: day(5, 20) });
    const list = dueList(evaluateSync(parsed(facts), { asOf: day(6, 30) }), { within: 30 });
    expect(list.entries[0]).toEqual({
      itemId: 'correction-reminders',
      seq: '19',
      title: list.entries[0]?.title,
      obligation: 'pf-open',
      from: '2023-05-20',
      deadline: '2023-06-19',
      stake: 0,
      overdue: true,
      daysOverdue: 11,
      lost: 3,
    });
    expect(list.entries.filter((e) => e.overdue)).toHaveLength(1);
    const en = renderDueTable(list, { lang: 'en' });
    expect(en).toMatch(/2023-06-19 OVERDUE 11 days +19 +Reminders to self-correct .+ 0 \(3 points lost\)/);
    expect(renderDueTable(list)).toMatch(/2023-06-19 已逾期 11 天 +19 .+ 0（已失 3 分）/);
    expect(renderDueMarkdown(list, { lang: 'zh' })).toContain('| **2023-06-19 已逾期 11 天** | 19 |');
    expect(JSON.parse(renderDueJson(list)).entries[0]).toMatchObject({ daysOverdue: 11, lost: 3 });
  });

  it('does not list a missed bucket, which can no longer be met: it stays lost', () => {
    // The lapses example misses June's ledger handover (item 10) and May's supervision meeting (item 13).
    const list = dueList(midYear);
    expect(midYear.items.find((i) => i.seq === '10')?.missing).toEqual(['2023-06']);
    expect(list.entries.some((e) => e.bucket === '2023-06' || e.bucket === '2023-05')).toBe(false);
    expect(list.entries.filter((e) => e.overdue).map((e) => e.seq)).toEqual(['4', '7']);
  });

  it('refuses a result that was not evaluated as of a day', () => {
    expect(() => dueList(evaluateSync(lapses))).toThrow(/evaluated as of a day/);
  });

  it('renders as a table and Markdown in zh and en, and as JSON that reads back as the list', () => {
    const list = dueList(midYear, { within: 30 });
    const table = renderDueTable(list, { lang: 'en' });
    expect(table).toContain('As of 2023-06-30 (Asia/Shanghai)');
    expect(table).toMatch(
      /2023-07-31 +9 +Monthly liaison with village and enterprise electricians +liaisons for 2023-07 +4/,
    );
    expect(renderDueTable(list)).toContain('截至 2023-06-30');
    const markdown = renderDueMarkdown(list, { lang: 'zh' });
    expect(markdown.startsWith('# 应办事项: ')).toBe(true);
    expect(markdown).toContain('| 期限 | 序号 | 评价项 | 需要完成 | 涉及分值 |');
    expect(JSON.parse(renderDueJson(list))).toEqual(JSON.parse(JSON.stringify(list)));
  });

  it('shows control characters from the facts as escapes in the table and JSON, and escapes Markdown syntax', () => {
    const facts = compliantFacts();
    facts.station.name = 'Station | *bold* \u001b[31mred\u202e';
    const list = dueList(evaluateSync(parsed(facts), { asOf: day(6, 30) }), { within: 30 });
    const hidden = (text: string) => text.includes('\u001b') || text.includes('\u202e');
    expect(hidden(renderDueTable(list, { lang: 'en' }))).toBe(false);
    const markdown = renderDueMarkdown(list, { lang: 'en' });
    expect(markdown).toContain('Station \\| \\*bold\\*');
    expect(hidden(renderDueJson(list))).toBe(false);
  });
});
