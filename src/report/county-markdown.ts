/**
 * The county report as Markdown: for each period the summary, the ranking of every station, the
 * groups and the items most lost; every file that could not be evaluated with its reasons; every
 * duplicate; then each station's report.
 */
import type { CountySummary, PeriodRanking } from './county.js';
import { gradeCounts, groupColumns, groupName, rankingColumns, reasonLine, rowView } from './county-view.js';
import { cellCode, code, finish, md, stationBody, table } from './markdown.js';
import { type Lang, type ReportMessages, reportMessages } from './messages/index.js';
import { reportModel } from './model.js';
import type { ReportOptions } from './options.js';
import type { ItemSummary } from './summary.js';
import { label, percent, pick, points } from './text.js';

function rankingLines(period: PeriodRanking, county: CountySummary, m: ReportMessages, lang: Lang): string[] {
  const groupBy = county.groupBy;
  const { headers, withChange } = rankingColumns(period, groupBy, m, { review: true });
  const rows = period.stations.map((row) => {
    const v = rowView(row, m, lang);
    return [
      v.rank,
      `${md(v.name)} (${cellCode(v.id)})`,
      ...(groupBy === null ? [] : [md(v.group)]),
      `${v.total} (${v.parts})`,
      md(v.grade),
      v.lost,
      v.pending === '' ? '—' : md(v.pending),
      md(v.nextGrade),
      ...(withChange ? [v.change === '' ? '—' : md(v.change)] : []),
      cellCode(v.review),
    ];
  });
  return table(headers, rows, [0, groupBy === null ? 2 : 3, groupBy === null ? 4 : 5]);
}

function itemLines(items: readonly ItemSummary[], m: ReportMessages, lang: Lang, count: 'lost' | 'pending'): string[] {
  if (items.length === 0) return [m.none];
  return count === 'lost'
    ? table(
        [m.seq, m.item, m.lostBy, m.meanLost],
        items.map((i) => [md(i.seq), md(pick(i.title, lang)), String(i.lostBy), points(i.meanLost)]),
        [2, 3],
      )
    : table(
        [m.seq, m.item, m.county.pendingBy],
        items.map((i) => [md(i.seq), md(pick(i.title, lang)), String(i.pendingBy)]),
        [2],
      );
}

function groupLines(period: PeriodRanking, county: CountySummary, m: ReportMessages, lang: Lang): string[] {
  if (county.groupBy === null) return [];
  const columns = groupColumns(county.groupBy, m);
  const rows = period.groups.map((g) => [
    g.rank === null ? '—' : String(g.rank),
    md(groupName(g, m)),
    String(g.stations),
    points(g.mean),
    `${points(g.min)} – ${points(g.max)}`,
    md(gradeCounts(g, m)),
    md(g.weakest.map((i) => `${i.seq} ${pick(i.title, lang)}`).join(m.finding.listSeparator) || m.none),
    String(g.awaiting),
  ]);
  return [
    `### ${label(m.county.groupsTitle, county.groupBy)}`,
    '',
    ...table(columns.headers, rows, columns.numeric),
    '',
  ];
}

function periodLines(period: PeriodRanking, county: CountySummary, m: ReportMessages, lang: Lang): string[] {
  const s = period.summary;
  const t = s.totals;
  return [
    `## ${md(m.county.periodTitle(period.period))}`,
    '',
    `- **${m.stations}**: ${s.stations}`,
    ...(t
      ? [
          `- **${m.mean}**: ${points(t.mean)}`,
          `- **${m.standardDeviation}**: ${points(t.standardDeviation)}`,
          `- **${m.min}** / **${m.highest}**: ${points(t.min)} / ${points(t.max)}`,
        ]
      : []),
    '',
    `### ${m.gradeDistribution}`,
    '',
    ...table(
      [m.grade, m.count, m.share],
      s.grades.map((g) => [
        md(g.label ? pick(g.label, lang) : label(m.grades, g.id)),
        String(g.count),
        percent(s.stations ? g.count / s.stations : 0),
      ]),
      [1, 2],
    ),
    '',
    `### ${m.county.ranking}`,
    '',
    ...rankingLines(period, county, m, lang),
    '',
    ...groupLines(period, county, m, lang),
    `### ${m.mostLost}`,
    '',
    ...itemLines(s.mostLost, m, lang, 'lost'),
    '',
    `### ${m.county.pendingTitle}`,
    '',
    ...itemLines(s.pending, m, lang, 'pending'),
    '',
    `### ${m.passRate}`,
    '',
    ...table(
      [m.seq, m.item, m.passed, m.passRate],
      s.items.map((i) => [md(i.seq), md(pick(i.title, lang)), `${i.passed} / ${i.stations}`, percent(i.passRate)]),
      [2, 3],
    ),
    '',
  ];
}

function problemLines(county: CountySummary, m: ReportMessages, lang: Lang): string[] {
  const skipped =
    county.skipped.length === 0
      ? [m.county.skippedNone]
      : county.skipped.flatMap((s) => [
          `- ${code(s.source)}`,
          ...s.reasons.map((r) => `  - ${md(reasonLine(r, lang))}`),
        ]);
  const duplicates =
    county.duplicates.length === 0
      ? [m.county.duplicatesNone]
      : table(
          [m.station, m.period, m.county.duplicate, m.county.counted],
          county.duplicates.map((d) => [
            `${md(d.station.name)} (${cellCode(d.station.id)})`,
            `${d.period.start} – ${d.period.end}`,
            cellCode(d.source),
            cellCode(d.counted),
          ]),
        );
  return [`## ${m.county.skippedTitle}`, '', ...skipped, '', `## ${m.county.duplicatesTitle}`, '', ...duplicates];
}

/**
 * Renders a county evaluation as Markdown (see the module comment).
 *
 * @category Reports
 * @example
 * ```ts
 * writeFileSync('county.md', renderCountyMarkdown(countySummary({ entries, skipped }), { lang: 'en' }));
 * ```
 */
export function renderCountyMarkdown(county: CountySummary, options: ReportOptions = {}): string {
  const lang = options.lang ?? 'zh';
  const m = reportMessages(lang);
  const line = m.county.sources({
    sources: county.sources,
    ranked: county.ranked,
    skipped: county.skipped.length,
    duplicates: county.duplicates.length,
  });
  const stations = county.periods.flatMap((period) =>
    period.stations.map((row) => {
      const model = reportModel(row.result, options);
      return [`### ${row.rank}. ${md(model.station)} · ${md(model.period)}`, '', ...stationBody(model, '####'), ''];
    }),
  );
  return finish([
    `# ${m.batchTitle({ stations: county.ranked })}`,
    '',
    ...(options.generatedAt === undefined ? [] : [`- **${m.generatedAt}**: ${md(options.generatedAt)}`, '']),
    md(line),
    '',
    ...county.periods.flatMap((period) => periodLines(period, county, m, lang)),
    ...problemLines(county, m, lang),
    '',
    `## ${m.stationReports}`,
    '',
    ...stations.flat(),
  ]);
}
