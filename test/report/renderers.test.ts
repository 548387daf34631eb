import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { renderBatchHtml, renderBatchMarkdown } from '../../src/report/batch.js';
import { isInvisibleControl, replaceCodeUnits } from '../../src/report/controls.js';
import { renderCsv } from '../../src/report/csv.js';
import { escapeHtml, renderHtml } from '../../src/report/html.js';
import { jsonArrayText, jsonElementText, jsonText, renderJson } from '../../src/report/json.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderTable } from '../../src/report/table.js';
import { displayWidth, textTable } from '../../src/report/width.js';
import type { EvaluationResult } from '../../src/result/schema.js';
import { compliantFacts, evaluateInput } from '../support/station.js';
import { exampleResult } from './support.js';

let lapses: EvaluationResult;
let hostile: EvaluationResult;

beforeAll(async () => {
  lapses = await exampleResult('station-with-lapses');
  hostile = {
    ...lapses,
    station: { id: 'x"><img src=x onerror=alert(1)>', name: '<script>alert("站")</script> & Co | *bold*' },
    items: lapses.items.map((i, n) =>
      n === 8 ? { ...i, title: { zh: '</td><b>标题</b>', en: '</td><b>title</b>' } } : i,
    ),
  };
});

describe('renderHtml', () => {
  it('escapes every text taken from the result', () => {
    const html = renderHtml(hostile, { lang: 'en' });
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b>title</b>');
    expect(html).toContain('&lt;script&gt;alert(&quot;站&quot;)&lt;/script&gt; &amp; Co');
  });

  it('is self-contained: no external stylesheet, script, image or font; links only within the page', () => {
    const html = renderBatchHtml([lapses, lapses], { lang: 'zh' });
    expect(html).not.toMatch(/<link|<img|@import|url\(|src=|href="[^#]/);
    expect(html).toContain('<a href="#station-0-0">');
    expect(html).toContain('<style>');
  });

  it('shows the grade badge, part totals, heatmap and expandable details', () => {
    const html = renderHtml(lapses, { lang: 'en' });
    expect(html).toContain('<div class="badge qualified" data-grade="qualified"');
    expect(html).toMatch(/A4 Risk control<\/td><td class="num">10 \/ 15/);
    expect(html).toContain('<tr data-item="monthly-liaison" data-per="month">');
    expect(html).toContain(
      'title="2023-08: missing"><span aria-hidden="true">✗</span><span class="sr">2023-08: missing</span></td>',
    );
    expect(html).toContain('<details data-item="monthly-liaison">');
    expect(html).toContain('<html lang="en">');
  });

  it('renders the months before a mid-year establishment as not required', () => {
    const facts = compliantFacts();
    facts.station.established = '2023-04-10';
    const html = renderHtml(evaluateInput(facts), { lang: 'en' });
    const row = html.split('\n').find((line) => line.startsWith('<tr data-item="monthly-liaison"')) ?? '';
    expect(row.match(/data-state="\w+"/g)).toEqual([
      ...Array(4).fill('data-state="notRequired"'),
      ...Array(8).fill('data-state="met"'),
    ]);
    expect(row).toContain('title="2023-01: not required"><span aria-hidden="true">·</span>');
  });

  it('labels in Chinese with lang zh', () => {
    const html = renderHtml(lapses, { lang: 'zh' });
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain('周期性工作完成情况');
    expect(html).toContain('客户经理每月对接村电工、企业电工');
  });

  it.each([
    ['renderHtml', () => renderHtml(hostile, { lang: 'en' })],
    ['renderBatchHtml', () => renderBatchHtml([hostile, lapses], { lang: 'zh' })],
  ])('%s declares a Content-Security-Policy allowing only its own style and script, by hash', (_name, render) => {
    const html = render();
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)?.[1] ?? '';
    const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
    const inner = (tag: string) =>
      [...html.matchAll(new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`, 'g'))].map((m) => m[1] ?? '');
    expect(inner('style')).toHaveLength(1);
    expect(inner('script')).toHaveLength(1);
    expect(policy.replaceAll('&#39;', "'").split('; ')).toEqual([
      "default-src 'none'",
      `style-src ${hash(inner('style')[0] ?? '')}`,
      `script-src ${hash(inner('script')[0] ?? '')}`,
      "base-uri 'none'",
      "form-action 'none'",
    ]);
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<style>'));
    const tags = html.match(/<[a-z][^>]*>/g) ?? [];
    expect(tags.filter((tag) => /\s(style|on[a-z]+)=/.test(tag))).toEqual([]);
  });

  it('escapes text for attributes and content', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});

describe('renderMarkdown', () => {
  it('escapes Markdown in texts from the result so tables stay intact', () => {
    const md = renderMarkdown(hostile, { lang: 'en' });
    expect(md).toContain('\\<script\\>alert("站")\\</script\\> \\& Co \\| \\*bold\\*');
    const itemRow = md.split('\n').find((l) => l.startsWith('| 9 |') && l.endsWith('| 2023-08 |'));
    expect(itemRow?.split(/(?<!\\)\|/)).toHaveLength(8);
  });

  it('shows the path to the next grade without grade bands for a base-ruleset result', () => {
    expect(renderMarkdown(lapses, { lang: 'en' })).toContain('17 more points reach Excellent (model)');
  });

  it('says the path is unknown for a result of another ruleset when no grade bands are given', () => {
    const other = { ...lapses, ruleset: { ...lapses.ruleset, hash: 'sha256:other' } };
    expect(renderMarkdown(other, { lang: 'en' })).toContain('Grade bands unknown for this ruleset');
  });

  it('puts the summary before the station reports in a batch', () => {
    const md = renderBatchMarkdown([lapses], { lang: 'en' });
    expect(md.indexOf('## Summary')).toBeLessThan(md.indexOf('## Station reports'));
  });
});

describe('renderCsv', () => {
  it('starts with a BOM, quotes fields that need it and ends rows with CRLF', () => {
    const csv = renderCsv([hostile], { lang: 'en' });
    expect(csv.startsWith('\uFEFFstation id,station name,')).toBe(true);
    expect(csv).toContain('"x""><img src=x onerror=alert(1)>"');
    expect(csv.endsWith('\r\n')).toBe(true);
  });
});

/**
 * `jsonText` of a copy of its module loaded while there is no global `Buffer`, as in a browser:
 * it then looks for invisible controls with its regular expression instead of in bytes.
 */
async function jsonTextWithoutBuffer(): Promise<typeof jsonText> {
  vi.resetModules();
  vi.stubGlobal('Buffer', undefined);
  try {
    return (await import('../../src/report/json.js')).jsonText;
  } finally {
    vi.unstubAllGlobals();
  }
}

describe('renderJson', () => {
  it('is the result itself', () => {
    expect(JSON.parse(renderJson(lapses))).toEqual(lapses);
  });

  it('compact is the same value on one line, with the same escapes and a final newline', () => {
    const controls = { ...lapses, station: { ...lapses.station, name: 'a\u202e\nb\u2028' } };
    const compact = renderJson(controls, { compact: true });
    expect(compact).toBe(`${JSON.stringify(controls).replace('\u202e', '\\u202e').replace('\u2028', '\\u2028')}\n`);
    expect(compact.indexOf('\n')).toBe(compact.length - 1);
    expect(JSON.parse(compact)).toEqual(JSON.parse(renderJson(controls)));
  });

  it.each([
    ['searching the bytes, as in Node', async () => jsonText],
    ['with the regular expression, as where there is no Buffer (a browser)', jsonTextWithoutBuffer],
  ])(
    'escapes exactly the invisible controls JSON.stringify leaves raw, for every UTF-16 code unit, %s',
    async (_, load) => {
      const render = await load();
      const wrong: number[] = [];
      for (let code = 0; code <= 0xffff; code++) {
        const char = String.fromCharCode(code);
        const plain = `${JSON.stringify({ t: `a${char}b` }, null, 2)}\n`;
        const escaped = plain.replace(char, `\\u${code.toString(16).padStart(4, '0')}`);
        const expected = code >= 0x7f && isInvisibleControl(code) ? escaped : plain;
        if (render({ t: `a${char}b` }) !== expected) wrong.push(code);
      }
      expect(wrong).toEqual([]);
    },
  );

  it('of a batch is the same text when put together from elements written one by one', () => {
    const controls = { ...lapses, station: { ...lapses.station, name: 'a\u202e\nb\u2028' } };
    for (const batch of [[], [lapses], [lapses, hostile, controls]]) {
      expect(jsonArrayText(batch.map((result) => jsonElementText(result)))).toBe(renderJson(batch));
    }
  });

  it('escapes the invisible controls of any text, with surrogates, astral and CJK characters around them', () => {
    // The reference: every code unit JSON.stringify leaves raw that is a control, escaped one by one.
    const reference = (value: unknown) =>
      `${replaceCodeUnits(
        JSON.stringify(value),
        (code) => code >= 0x7f && isInvisibleControl(code),
        (code) => `\\u${code.toString(16).padStart(4, '0')}`,
      )}\n`;
    const unit = fc.oneof(
      fc.constantFrom('\u007f', '\u0085', '\u009f', '\u00a0', '\u061b', '\u061c', '\u200d', '\u200e', '\u2027'),
      fc.constantFrom('\u2028', '\u202e', '\u202f', '\u2066', '\u2069', '\u206a', '\ud800', '\udc00', '“', '站', '𠮷'),
      fc.string({ unit: 'binary', maxLength: 3 }),
      fc.string({ maxLength: 8 }),
    );
    fc.assert(
      fc.property(
        fc.array(
          fc.array(unit, { maxLength: 12 }).map((units) => units.join('')),
          { maxLength: 6 },
        ),
        (texts) => {
          expect(jsonText(texts, { compact: true })).toBe(reference(texts));
        },
      ),
      { numRuns: 3000, seed: 20240120 },
    );
  });

  it('escapes the invisible controls of a text longer than a million characters as of a short one', () => {
    const long = '站'.repeat(1_100_000);
    expect(jsonText(`${long}\u202e`, { compact: true })).toBe(`"${long}\\u202e"\n`);
    expect(jsonText(long, { compact: true })).toBe(`"${long}"\n`);
  });

  it('escapes every invisible control of a text, wherever it is', () => {
    expect(jsonText(['\u202e', 'x\u0085y\u2066', { k: '\u007f' }])).toBe(
      '[\n  "\\u202e",\n  "x\\u0085y\\u2066",\n  {\n    "k": "\\u007f"\n  }\n]\n',
    );
  });
});

describe('terminal tables', () => {
  it('counts Chinese characters as two columns', () => {
    expect(displayWidth('合格（标准型）')).toBe(14);
    expect(displayWidth('A1 组织')).toBe(7);
  });

  it('aligns columns holding Chinese text', () => {
    const [head, , first, second] = textTable(
      ['名称', 'n'],
      [
        ['柳桥', '1'],
        ['abcd', '22'],
      ],
      [1],
    );
    expect(head).toBe('名称   n');
    expect(first).toBe('柳桥   1');
    expect(second).toBe('abcd  22');
  });

  it('shows every item of a result', () => {
    const table = renderTable(lapses, { lang: 'en' });
    for (const item of lapses.items) expect(table).toContain(item.title.en);
  });
});
