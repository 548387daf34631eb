/** The terminal report: a readable table of one result, of a batch summary, or of a comparison. */
import type { EvaluationResult } from '../result/schema.js';
import type { CountyRanking, CountyResult, RankedStation, StreamedPeriod } from './county.js';
import { gradeCounts, groupName, rankingColumns, reasonLine, rowView } from './county-view.js';
import type { ResultDiff } from './diff.js';
import { type Lang, reportMessages } from './messages/index.js';
import { reportModel } from './model.js';
import type { ReportOptions } from './options.js';
import type { BatchSummary } from './summary.js';
import { terminalLines, terminalText } from './terminal.js';
import { label, percent, pick, points } from './text.js';
import { textTable, textTableLines } from './width.js';

/**
 * Renders one result as plain-text tables for a terminal (Chinese characters counted as two
 * columns). Control characters and bidirectional controls from the result are shown as visible
 * escapes (`\x1b`, `\u202e`).
 *
 * @category Reports
 * @example
 * ```ts
 * process.stdout.write(renderTable(result, { lang: 'en' }));
 * ```
 */
export function renderTable(result: EvaluationResult, options: ReportOptions = {}): string {
  const model = reportModel(result, options);
  const { m } = model;
  const lines = [
    `${model.station}  ${model.period}`,
    `${m.grade}: ${model.gradeLabel}   ${m.total}: ${model.total} / ${model.totalMax}   ${m.base}: ${model.base} / ${model.baseMax}   ${m.bonus}: ${model.bonus} / ${model.bonusMax}`,
    ...(model.asOf ? [model.asOf.line] : []),
    ...(model.overdue.length === 0 ? [] : [`${m.overdue}:`, ...model.overdue.map((line) => `  ${line}`)]),
    '',
    ...textTable(
      [m.seq, m.item, m.score, m.status, m.missing],
      model.items.map((i) => [i.seq, i.title, `${i.score} / ${i.max}`, i.statusLabel, i.missing.join(' ')]),
      [0, 2],
    ),
    '',
    ...textTable(
      [m.part, m.score],
      model.parts.map((p) => [`${p.id} ${p.title}`, `${points(p.score)} / ${points(p.max)}`]),
      [1],
    ),
    '',
    ...(model.monthly.length === 0
      ? []
      : [
          ...textTable(
            [m.month, m.scoreToDate, m.projected],
            model.monthly.map((month) => [month.month, month.total, month.projected]),
            [1, 2],
          ),
          '',
        ]),
    `${m.nextGrade}: ${model.nextGrade.text}`,
    ...model.nextGrade.items.map((i) => `  ${i.seq.padStart(3)}  ${i.title}  (${i.lost})`),
  ];
  if (model.pending.length) lines.push('', `${m.pending}: ${model.pending.join('; ')}`);
  if (model.warnings.length) lines.push('', `${m.warnings}:`, ...model.warnings.map((w) => `  ${w}`));
  return terminalLines(lines);
}

function summaryTable(summary: BatchSummary, lang: Lang): string[] {
  const m = reportMessages(lang);
  const t = summary.totals;
  return [
    `${m.stations}: ${summary.stations}${t ? `   ${m.mean}: ${points(t.mean)}   ${m.standardDeviation}: ${points(t.standardDeviation)}   ${m.min}: ${points(t.min)}   ${m.highest}: ${points(t.max)}` : ''}`,
    '',
    ...textTable(
      [m.gradeDistribution, m.count, m.share],
      summary.grades.map((g) => [
        g.label ? pick(g.label, lang) : label(m.grades, g.id),
        String(g.count),
        percent(summary.stations ? g.count / summary.stations : 0),
      ]),
      [1, 2],
    ),
    '',
    `${m.mostLost}:`,
    ...(summary.mostLost.length === 0
      ? [`  ${m.none}`]
      : textTable(
          [m.seq, m.item, m.lostBy, m.meanLost],
          summary.mostLost.map((i) => [i.seq, pick(i.title, lang), String(i.lostBy), points(i.meanLost)]),
          [0, 2, 3],
        )),
    '',
    `${m.county.pendingTitle}:`,
    ...(summary.pending.length === 0
      ? [`  ${m.none}`]
      : textTable(
          [m.seq, m.item, m.county.pendingBy],
          summary.pending.map((i) => [i.seq, pick(i.title, lang), String(i.pendingBy)]),
          [0, 2],
        )),
    '',
    ...textTable(
      [m.seq, m.passRate, m.passed, m.share],
      summary.items.map((i) => [i.seq, pick(i.title, lang), `${i.passed} / ${i.stations}`, percent(i.passRate)]),
      [0, 2, 3],
    ),
  ];
}

function* rankingTable(
  period: StreamedPeriod<CountyResult>,
  county: CountyRanking<CountyResult>,
  lang: Lang,
): Generator<string> {
  const m = reportMessages(lang);
  const { headers, withChange } = rankingColumns(period, county.groupBy, m, { review: false });
  const grouped = county.groupBy !== null;
  const cells = (row: RankedStation<CountyResult>) => {
    const v = rowView(row, m, lang);
    return [
      v.rank,
      `${v.name} (${v.id})`,
      ...(grouped ? [v.group] : []),
      v.total,
      v.grade,
      v.lost,
      v.pending,
      v.nextGrade,
      ...(withChange ? [v.change] : []),
    ];
  };
  const rows = {
    *[Symbol.iterator]() {
      for (const row of period.stations) yield cells(row);
    },
  };
  yield* textTableLines(headers, rows, [0, grouped ? 3 : 2, grouped ? 5 : 4]);
}

function groupTable(period: StreamedPeriod<CountyResult>, county: CountyRanking<CountyResult>, lang: Lang): string[] {
  if (county.groupBy === null) return [];
  const m = reportMessages(lang);
  return [
    '',
    `${label(m.county.groupsTitle, county.groupBy)}:`,
    ...textTable(
      [m.county.rank, label(m.county.group, county.groupBy), m.stations, m.mean, m.gradeDistribution],
      period.groups.map((g) => [
        g.rank === null ? '—' : String(g.rank),
        groupName(g, m),
        String(g.stations),
        points(g.mean),
        gradeCounts(g, m),
      ]),
      [0, 2, 3],
    ),
  ];
}

/** The lines of {@link renderCountyTable}, not yet made safe for a terminal. */
function* countyTableLines(county: CountyRanking<CountyResult>, options: ReportOptions): Generator<string> {
  const lang = options.lang ?? 'zh';
  const m = reportMessages(lang);
  if (options.generatedAt !== undefined) yield* [`${m.generatedAt}: ${options.generatedAt}`, ''];
  for (const period of county.periods) {
    if (county.periods.length > 1) yield* [m.county.periodTitle(period.period), ''];
    yield* summaryTable(period.summary, lang);
    yield '';
    yield* rankingTable(period, county, lang);
    yield* groupTable(period, county, lang);
    yield '';
  }
  if (county.skipped.length > 0) {
    yield `${m.county.skippedTitle}:`;
    for (const s of county.skipped) {
      yield `  ${s.source}`;
      for (const r of s.reasons) yield `    ${reasonLine(r, lang)}`;
    }
    yield '';
  }
  if (county.duplicates.length > 0) {
    yield `${m.county.duplicatesTitle}:`;
    for (const d of county.duplicates) yield `  ${d.source} → ${m.county.counted}: ${d.counted}`;
    yield '';
  }
  yield m.county.sources({
    sources: county.sources,
    ranked: county.ranked,
    skipped: county.skipped.length,
    duplicates: county.duplicates.length,
  });
}

/**
 * The text of {@link renderCountyTable} in pieces, a line at a time: joined, exactly its text.
 * The ranking of each period is read twice (to measure its columns, then to lay them out), so
 * from a `countyRanking` the table of any number of stations is never held whole.
 *
 * @category Reports
 * @example
 * ```ts
 * for (const piece of countyTablePieces(countyRanking({ entries, skipped }), { lang: 'zh' })) process.stdout.write(piece);
 * ```
 */
export function* countyTablePieces(
  county: CountyRanking<CountyResult>,
  options: ReportOptions = {},
): Generator<string> {
  for (const line of countyTableLines(county, options)) yield `${terminalText(line)}\n`;
}

/**
 * Renders a county evaluation for a terminal: for each period the summary, the ranking of every
 * station and the groups; then the files that could not be evaluated and the duplicates.
 *
 * @category Reports
 * @example
 * ```ts
 * process.stdout.write(renderCountyTable(countySummary({ entries, skipped }, { groupBy: 'county' }), { lang: 'zh' }));
 * ```
 */
export function renderCountyTable(county: CountyRanking<CountyResult>, options: ReportOptions = {}): string {
  return [...countyTablePieces(county, options)].join('');
}

/**
 * Renders a year-over-year comparison for a terminal.
 *
 * @category Reports
 * @example
 * ```ts
 * process.stdout.write(renderDiffTable(diffResults(last, current), { lang: 'en' }));
 * ```
 */
export function renderDiffTable(diff: ResultDiff, options: Pick<ReportOptions, 'lang'> = {}): string {
  const lang = options.lang ?? 'zh';
  const m = reportMessages(lang);
  const show = (n: number | null) => (n === null ? '—' : points(n));
  const lines = [
    `${m.diffTitle}: ${diff.station.name} (${diff.station.id})`,
    `${m.before}: ${diff.before.period.start} – ${diff.before.period.end}  ${m.total} ${points(diff.before.total)}  ${pick(diff.before.grade, lang)}`,
    `${m.after}: ${diff.after.period.start} – ${diff.after.period.end}  ${m.total} ${points(diff.after.total)}  ${pick(diff.after.grade, lang)}`,
    '',
    ...textTable(
      [m.seq, m.item, m.before, m.after, m.change],
      diff.items.map((i) => [
        i.seq,
        pick(i.title, lang),
        show(i.before),
        show(i.after),
        `${label(m.changes, i.change)}${i.delta ? ` (${i.delta > 0 ? '+' : ''}${points(i.delta)})` : ''}`,
      ]),
      [0, 2, 3],
    ),
  ];
  return terminalLines(lines);
}
