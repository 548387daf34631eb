/**
 * Markdown reports of hostile results, read back by a real CommonMark parser (markdown-it, with
 * GFM tables and raw HTML enabled): texts from the input never open an HTML element, a link or
 * an image, never add a block, a list item or a table row, and show exactly as written.
 */
import MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderBatchMarkdown } from '../../src/report/batch.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import type { EvaluationResult } from '../../src/result/schema.js';
import { HOSTILE_TEXT, hostileResult } from '../support/hostile.js';
import { exampleResult } from './support.js';

const parser = new MarkdownIt({ html: true });

let lapses: EvaluationResult;
let hostile: EvaluationResult;
let benign: EvaluationResult;

beforeAll(async () => {
  lapses = await exampleResult('station-with-lapses');
  hostile = hostileResult(lapses);
  benign = hostileResult(lapses, 'plain words', ['start ']);
});

/** Every token, inline children included. */
function allTokens(markdown: string): Token[] {
  return parser.parse(markdown, {}).flatMap((token) => [token, ...(token.children ?? [])]);
}

/** The block structure: every block token's type and nesting, inline content left out. */
function blockStructure(markdown: string): string[] {
  return parser
    .parse(markdown, {})
    .filter((token) => token.type !== 'inline')
    .map((token) => `${token.type}@${token.level}`);
}

const renders = [
  ['renderMarkdown (en)', (r: EvaluationResult) => renderMarkdown(r, { lang: 'en' })],
  ['renderMarkdown (zh)', (r: EvaluationResult) => renderMarkdown(r, { lang: 'zh' })],
  ['renderBatchMarkdown', (r: EvaluationResult) => renderBatchMarkdown([r, lapses], { lang: 'en' })],
] as const;

describe.each(renders)('%s of a hostile result', (_name, render) => {
  it('has no raw HTML, link or image', () => {
    const tokens = allTokens(render(hostile));
    const kinds = new Set(tokens.map((t) => t.type));
    for (const forbidden of ['html_block', 'html_inline', 'link_open', 'image']) expect(kinds).not.toContain(forbidden);
    expect(parser.render(render(hostile))).not.toMatch(/<(script|img|a)\b/);
  });

  it('has exactly the blocks, list items and table rows of the same report with plain texts', () => {
    expect(blockStructure(render(hostile))).toEqual(blockStructure(render(benign)));
  });

  it('shows the station name as written, line breaks flattened to spaces', () => {
    const shown = allTokens(render(hostile))
      .filter((t) => t.type === 'text' || t.type === 'code_inline')
      .map((t) => t.content)
      .join('');
    const flat = hostile.station.name.replace(/\r\n|[\r\n\u2028\u2029]/g, ' ').trimStart();
    expect(shown).toContain(flat);
  });
});

describe('code spans', () => {
  it.each(['a `` <img src=x onerror=alert(1)> ``', '` <script>alert(2)</script> `', 'x ``` <b>bold</b> ``` y', '```'])(
    'keep %j inside one code span: no raw HTML after an early close',
    (record) => {
      const item = lapses.items.find((i) => i.score < i.max);
      const withRecord = {
        ...lapses,
        items: lapses.items.map((i) => (i === item ? { ...i, records: [record] } : i)),
      };
      const tokens = allTokens(renderMarkdown(withRecord, { lang: 'en' }));
      expect(tokens.filter((t) => t.type === 'html_inline' || t.type === 'html_block')).toEqual([]);
      expect(tokens.filter((t) => t.type === 'code_inline').map((t) => t.content)).toContain(record);
    },
  );

  it('show a record id with backtick runs exactly, without closing early', () => {
    const codes = allTokens(renderMarkdown(hostile, { lang: 'en' }))
      .filter((t) => t.type === 'code_inline')
      .map((t) => t.content);
    const record = hostile.items.find((i) => i.score < i.max)?.records.at(-1) ?? '';
    expect(codes).toContain(record.replace(/\r\n|[\r\n\u2028\u2029]/g, ' '));
    expect(HOSTILE_TEXT).toContain('````');
  });
});
