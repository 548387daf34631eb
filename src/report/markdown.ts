/** The Markdown report: grade, totals, every item, then the details of every item that lost points. */
import type { EvaluationResult } from '../result/schema.js';
import { type ReportModel, reportModel } from './model.js';
import type { ReportOptions } from './options.js';
import { points } from './text.js';

/** Line breaks of every kind, flattened so that a text never starts a new line, block or row. */
const LINE_BREAK = /\r\n|[\r\n\u0085\u2028\u2029]/g;

/** Characters with a meaning anywhere inline: emphasis, code, links, raw HTML, entities, tables. */
const INLINE_SYNTAX = /[\\`*_[\]<>|#&~!]/g;

/** A start that would open a block when the text begins a line: list, setext or ordered-list marker. */
const BLOCK_START = /^([-+=]|\d{1,9}[.)])/;

/**
 * Text safe in Markdown prose and table cells: on one line; every character with an inline
 * meaning (emphasis, code, links and images, raw HTML, entities, table pipes, strikethrough) is
 * backslash-escaped; a start that would open a list, a setext heading or an ordered list is
 * escaped too. What a renderer shows is the text as it was written.
 */
export function md(text: string): string {
  const flat = text.replace(LINE_BREAK, ' ').trimStart();
  return flat
    .replace(INLINE_SYNTAX, '\\$&')
    .replace(BLOCK_START, (start) => `${start.slice(0, -1)}\\${start.slice(-1)}`);
}

/** The longest run of backticks in a text. */
function longestBacktickRun(text: string): number {
  let longest = 0;
  let run = 0;
  for (const char of text) {
    run = char === '`' ? run + 1 : 0;
    if (run > longest) longest = run;
  }
  return longest;
}

/**
 * A code span that shows its text exactly: on one line, fenced by more backticks than the
 * longest run inside, padded with a space when the text starts or ends with a backtick or a
 * space (CommonMark strips one space on each side).
 */
export function code(text: string): string {
  const flat = text.replace(LINE_BREAK, ' ');
  const fence = '`'.repeat(longestBacktickRun(flat) + 1);
  const pad = /^[ `]|[ `]$/.test(flat) || flat === '' ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

/**
 * A code span safe in a table cell: as `code`, with every pipe escaped (a table reads `\|` as a
 * pipe inside the cell, code spans included; a bare pipe would end the cell and the span).
 */
export function cellCode(text: string): string {
  return code(text).replaceAll('|', '\\|');
}

/** The score at each month end, when the result carries them. */
function monthlyLines(model: ReportModel, level: string): string[] {
  const { m } = model;
  if (model.monthly.length === 0) return [];
  const rows = model.monthly.map((month) => [md(month.month), month.total, month.projected]);
  return [`${level} ${m.monthly}`, '', ...table([m.month, m.scoreToDate, m.projected], rows, [1, 2]), ''];
}

/** A Markdown table of cells already made safe; the columns in `right` are right-aligned. */
export function table(
  headers: readonly string[],
  rows: ReadonlyArray<readonly string[]>,
  right: readonly number[] = [],
): string[] {
  const align = headers.map((_, i) => (right.includes(i) ? '---:' : '---'));
  return [`| ${headers.join(' | ')} |`, `| ${align.join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)];
}

function list(lines: readonly string[], none: string): string[] {
  return lines.length === 0 ? [none] : lines.map((l) => `- ${md(l)}`);
}

function nextGradeSection(model: ReportModel, level: string): string[] {
  const { m } = model;
  const out = [`${level} ${m.nextGrade}`, '', md(model.nextGrade.text)];
  if (model.nextGrade.items.length > 0) {
    out.push(
      '',
      ...table(
        [m.seq, m.item, m.status, m.pointsLost],
        model.nextGrade.items.map((i) => [md(i.seq), md(i.title), md(i.status), i.lost]),
        [3],
      ),
    );
  }
  return out;
}

function detailLines(model: ReportModel, level: string): string[] {
  const { m } = model;
  if (model.details.length === 0) return [m.noLosses];
  const out: string[] = [];
  for (const d of model.details) {
    out.push(`${level} ${md(d.seq)} ${md(d.title)} — ${d.score} / ${d.max} (${md(d.statusLabel)})`, '');
    if (d.missing.length) out.push(`- **${m.missing}**: ${d.missing.map(code).join(', ')}`);
    if (d.failures !== null) out.push(`- **${m.failures}**: ${d.failures}`);
    for (const finding of d.findings) out.push(`- **${m.finding.label}**: ${md(finding)}`);
    for (const n of d.notCounted) out.push(`- **${m.notCounted}**: ${md(n)}`);
    if (d.computed) out.push(`- **${m.computed}**: ${md(d.computed)}`);
    if (d.assessment) out.push(`- **${m.assessment}**: ${md(d.assessment)}`);
    if (d.records.length) out.push(`- **${m.records}**: ${d.records.map(code).join(', ')}`);
    if (d.advice) out.push(`- **${m.advice}**: ${md(d.advice)}`);
    out.push('');
  }
  return out;
}

/** The body of one station's report, its headings at `level` (`##`, `####`). */
export function stationBody(model: ReportModel, level: string): string[] {
  const { m } = model;
  const sub = `${level}#`;
  return [
    `- **${m.station}**: ${md(model.station)}`,
    `- **${m.period}**: ${md(model.period)}`,
    `- **${m.grade}**: ${md(model.gradeLabel)}`,
    `- **${m.total}**: ${model.total} / ${model.totalMax} (${m.base} ${model.base} / ${model.baseMax}, ${m.bonus} ${model.bonus} / ${model.bonusMax})`,
    ...(model.asOf ? ['', md(model.asOf.line), '', `${level} ${m.overdue}`, '', ...list(model.overdue, m.none)] : []),
    '',
    ...nextGradeSection(model, level),
    '',
    `${level} ${m.parts}`,
    '',
    ...table(
      [m.part, m.score, m.max],
      model.parts.map((p) => [`${md(p.id)} ${md(p.title)}`, points(p.score), points(p.max)]),
      [1, 2],
    ),
    '',
    ...monthlyLines(model, level),
    `${level} ${m.items}`,
    '',
    ...table(
      [m.seq, m.item, m.score, m.max, m.status, m.missing],
      model.items.map((i) => [md(i.seq), md(i.title), i.score, i.max, md(i.statusLabel), i.missing.map(md).join(', ')]),
      [2, 3],
    ),
    '',
    `${level} ${m.details}`,
    '',
    ...detailLines(model, sub),
    '',
    `${level} ${m.warnings}`,
    '',
    ...list(model.warnings, m.none),
    '',
    `${level} ${m.rejectedEvidence}`,
    '',
    ...list(model.rejected, m.none),
    '',
    `${level} ${m.pending}`,
    '',
    ...list(model.pending, m.none),
    '',
    `${level} ${m.ruleset}`,
    '',
    `- **${m.rulesetChain}**: ${md(model.chain)}`,
    `- **${m.hash}**: ${code(model.hash)}`,
    `- **${m.library}**: ${md(model.library)}`,
  ];
}

/** The lines as one document: at most one blank line in a row, one final newline. */
export function finish(lines: readonly string[]): string {
  return `${lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}

/**
 * Renders one result as Markdown.
 *
 * @category Reports
 * @example
 * ```ts
 * writeFileSync('report.md', renderMarkdown(result, { lang: 'zh' }));
 * ```
 */
export function renderMarkdown(result: EvaluationResult, options: ReportOptions = {}): string {
  const model = reportModel(result, options);
  return finish([`# ${model.m.reportTitle}`, '', ...stationBody(model, '##')]);
}
