import { beforeAll, describe, expect, it } from 'vitest';
import { renderBatchTable } from '../../src/report/batch.js';
import { diffResults } from '../../src/report/diff.js';
import { renderDiffTable, renderTable } from '../../src/report/table.js';
import { terminalText } from '../../src/report/terminal.js';
import { displayWidth, textTable, textTableLines } from '../../src/report/width.js';
import type { EvaluationResult } from '../../src/result/schema.js';
import { HOSTILE_TEXT, hostileResult, rawControls } from '../support/hostile.js';
import { exampleResult } from './support.js';

let lapses: EvaluationResult;
let hostile: EvaluationResult;

beforeAll(async () => {
  lapses = await exampleResult('station-with-lapses');
  hostile = hostileResult(lapses);
});

describe('terminalText', () => {
  it.each([
    ['\u001b[2J', '\\x1b[2J'],
    ['bell\u0007', 'bell\\x07'],
    ['line\nbreak\r\ttab', 'line\\x0abreak\\x0d\\x09tab'],
    ['del\u007f', 'del\\x7f'],
    ['csi\u009b31m', 'csi\\x9b31m'],
    ['abc\u202efed', 'abc\\u202efed'],
    ['\u2066isolate\u2069', '\\u2066isolate\\u2069'],
    ['sep\u2028para\u2029', 'sep\\u2028para\\u2029'],
    ['mark\u200f\u061c', 'mark\\u200f\\u061c'],
  ])('shows %j as a visible escape', (raw, shown) => {
    expect(terminalText(raw)).toBe(shown);
  });

  it('keeps Chinese, other text and backslashes as they are, and is idempotent', () => {
    const plain = '柳桥供电所 C:\\stations (wy-1) – 73 / 110 ✓';
    expect(terminalText(plain)).toBe(plain);
    expect(terminalText(terminalText(HOSTILE_TEXT))).toBe(terminalText(HOSTILE_TEXT));
    expect(rawControls(terminalText(HOSTILE_TEXT), '')).toEqual([]);
  });
});

describe('terminal tables of hostile results', () => {
  it.each([
    ['renderTable', () => renderTable(hostile, { lang: 'en' })],
    ['renderTable (zh)', () => renderTable(hostile, { lang: 'zh' })],
    ['renderBatchTable', () => renderBatchTable([hostile, lapses], { lang: 'en' })],
    ['renderDiffTable', () => renderDiffTable(diffResults(lapses, hostile), { lang: 'en' })],
  ])('%s prints no control character but its own newlines', (_name, render) => {
    const text = render();
    expect(rawControls(text)).toEqual([]);
    expect(text).toContain('\\x1b[31mred');
    expect(text).toContain('abc\\u202efed');
  });

  it('keeps one line per item: a newline in a title is shown, not obeyed', () => {
    const lines = renderTable(hostile, { lang: 'en' }).split('\n');
    const rows = lines.filter((line) => / title /.test(line) && /\d+ \/ \d+/.test(line));
    expect(rows).toHaveLength(hostile.items.length);
  });

  it('lines columns up by what is shown: escapes count their visible width', () => {
    const rows = [
      ['\u001b[2Jwipe', '1'],
      ['柳桥\u202e站', '22'],
      ['e\u0301 combining', '333'],
      ['plain', '4444'],
    ];
    const lines = textTable(['name', 'n'], rows, [1]);
    const widths = lines.map(displayWidth);
    expect(new Set(widths).size).toBe(1);
    expect(lines.every((line) => rawControls(line, '').length === 0)).toBe(true);
  });
});

describe('textTableLines', () => {
  const rows = [
    ['柳桥\u202e站', '22'],
    ['plain', '4444'],
    ['e\u0301 combining', '1'],
  ];

  it('lays out rows made on demand exactly as textTable lays out a list, reading them twice', () => {
    let reads = 0;
    const onDemand = {
      *[Symbol.iterator]() {
        reads++;
        yield* rows;
      },
    };
    expect([...textTableLines(['name', 'n'], onDemand, [1])]).toEqual(textTable(['name', 'n'], rows, [1]));
    expect(reads).toBe(2);
  });
});
