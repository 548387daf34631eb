/**
 * Hostile text for the outputs other programs and people read: terminal escape sequences, C1
 * controls, bidirectional overrides, raw HTML, Markdown syntax of every kind, spreadsheet
 * formulas. `rawControls` finds what must never reach a terminal.
 */
import type { EvaluationResult } from '../../src/result/schema.js';

/** One text with every kind of hostile content in it. */
export const HOSTILE_TEXT = [
  '\u001b[31mred\u001b[0m\u0007bell\u001b]8;;https://evil.example\u001b\\link\u001b]8;;\u001b\\',
  '\u009b2J c1 \u007f del',
  'abc\u202efed\u2066iso\u2069\u200f',
  '<script>alert(1)</script><img src=x onerror=alert(2)>',
  '`tick` ``double`` ```` four',
  'a | pipe\n# heading\r> quote\u2028- item\u2029+ plus\r\n1. one',
  '[x](javascript:alert(3)) ![i](javascript:alert(4)) <javascript:alert(5)> [ref]: javascript:alert(6)',
  '*em* _em_ ~~del~~ \\ &amp; &lt;b&gt;',
].join(' ');

/** Texts that start like a spreadsheet formula, or like a Markdown block. */
export const HOSTILE_STARTS = [
  '=1+1 ',
  '+1 ',
  '-1 ',
  '@SUM(A1) ',
  '\t=1 ',
  '\r=1 ',
  '# h ',
  '> q ',
  '- l ',
  '1. n ',
  '--- ',
  '    code ',
  '```js ',
];

/** Invisible controls (C0 but `allowed`, DEL, C1, separators, bidirectional controls) found in a text. */
export function rawControls(text: string, allowed = '\n'): string[] {
  const found = new Set<string>();
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    const invisible =
      code < 0x20 ||
      (code >= 0x7f && code <= 0x9f) ||
      code === 0x061c ||
      code === 0x200e ||
      code === 0x200f ||
      code === 0x2028 ||
      code === 0x2029 ||
      (code >= 0x202a && code <= 0x202e) ||
      (code >= 0x2066 && code <= 0x2069);
    if (invisible && !allowed.includes(char)) found.add(`U+${code.toString(16).padStart(4, '0')}`);
  }
  return [...found];
}

/**
 * A result with hostile text in every field that comes from an input: the station, ids of
 * records, titles, advice, part titles and grade labels of a ruleset variant, warnings, review
 * justifications and rejections, the ruleset chain.
 */
export function hostileResult(
  result: EvaluationResult,
  body: string = HOSTILE_TEXT,
  starts: readonly string[] = HOSTILE_STARTS,
): EvaluationResult {
  const text = (label: string, i = 0) => `${starts[i % starts.length]}${label} ${body}`;
  const localized = (label: string, i = 0) => ({ zh: text(label, i), en: text(label, i + 1) });
  return {
    ...result,
    ruleset: { ...result.ruleset, chain: result.ruleset.chain.map((l, i) => ({ ...l, id: text('chain', i) })) },
    station: { id: text('id', 2), name: text('name', 0) },
    gradeLabel: localized('grade', 3),
    parts: result.parts.map((p, i) => ({ ...p, title: localized('part', i) })),
    items: result.items.map((item, i) => ({
      ...item,
      seq: i === 0 ? text('seq', 1) : item.seq,
      title: localized('title', i),
      advice: localized('advice', i + 1),
      origin: text('origin', i),
      records: [...item.records, text('record', i)],
      notCounted: [{ id: text('late', i), bucket: item.missing[0] ?? '2023-01', reason: text('reason', i) }],
      missing: item.score < item.max ? [...item.missing, text('bucket', i)] : item.missing,
      assessment:
        i === 3
          ? {
              assessor: text('assessor', i),
              date: '2024-01-05',
              justification: text('why', i),
              verdict: null,
              score: 0,
            }
          : item.assessment,
    })),
    pending: [text('pending', 4)],
    warnings: [{ code: 'x', records: [text('warned', 5)], params: {}, message: localized('warning', 6) }],
    rejectedEvidence: [{ id: text('rejected', 7), reason: text('because', 8), by: text('by', 9), date: '2024-01-05' }],
  };
}
