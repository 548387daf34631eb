/**
 * The county report as one self-contained HTML page: for each period the summary, the charts, the
 * ranking of every station, the groups and the items most lost; then every file that could not be
 * evaluated with its reasons and every duplicate; then each station's own report, each on a new
 * printed page.
 */
import { gradeChart, groupChart, matrixChart, scoreChart } from './charts.js';
import type { CountySummary, GroupBy, PeriodRanking } from './county.js';
import { gradeCounts, groupColumns, groupName, rankingColumns, reasonLine, rowView } from './county-view.js';
import type { GradeBands } from './grades.js';
import { bucketCode, stationSections } from './html.js';
import { definitions, escapeHtml, htmlPage, htmlTable } from './html-page.js';
import { type Lang, type ReportMessages, reportMessages } from './messages/index.js';
import { reportModel } from './model.js';
import type { ReportOptions } from './options.js';
import type { ItemSummary } from './summary.js';
import { label, percent, pick, points } from './text.js';

const e = escapeHtml;

/** The anchor of a station's report in the page: by period and rank order, safe whatever the ids. */
const stationAnchor = (period: number, row: number) => `station-${period}-${row}`;

function rankingTable(
  period: PeriodRanking,
  index: number,
  groupBy: GroupBy | null,
  m: ReportMessages,
  lang: Lang,
): string {
  const { headers, withChange } = rankingColumns(period, groupBy, m, { review: true });
  const rows = period.stations.map((row, r) => {
    const v = rowView(row, m, lang);
    const change = v.direction === null ? '—' : `<span class="nowrap change-${v.direction}">${e(v.change)}</span>`;
    return [
      e(v.rank),
      `<a href="#${stationAnchor(index, r)}">${e(v.name)}</a><br><span class="muted">${e(v.id)}</span>`,
      ...(groupBy === null ? [] : [e(v.group)]),
      `<b>${e(v.total)}</b><br><span class="muted nowrap">${e(v.parts)}</span>`,
      `<span class="grade-${row.grade}">${e(v.grade)}</span>`,
      e(v.lost),
      v.pending === '' ? '—' : `<span class="status-notAssessed">${e(v.pending)}</span>`,
      e(v.nextGrade),
      ...(withChange ? [change] : []),
      row.review === null ? e(v.review) : `<code title="${e(row.review)}">${e(fileName(row.review))}</code>`,
    ];
  });
  const numeric = [0, groupBy === null ? 2 : 3, groupBy === null ? 4 : 5];
  return htmlTable(headers, rows, { numeric, className: 'ranking' });
}

/** The last segment of a path (the review's file name; the full path is in its tooltip). */
const fileName = (path: string) => path.split(/[\\/]/).pop() ?? path;

function itemTable(items: readonly ItemSummary[], m: ReportMessages, lang: Lang, count: 'lost' | 'pending'): string {
  if (items.length === 0) return `<p class="muted">${e(m.none)}</p>`;
  return count === 'lost'
    ? htmlTable(
        [m.seq, m.item, m.lostBy, m.meanLost],
        items.map((i) => [e(i.seq), e(pick(i.title, lang)), e(String(i.lostBy)), e(points(i.meanLost))]),
        { numeric: [2, 3] },
      )
    : htmlTable(
        [m.seq, m.item, m.county.pendingBy],
        items.map((i) => [e(i.seq), e(pick(i.title, lang)), e(String(i.pendingBy))]),
        { numeric: [2] },
      );
}

function groupsSection(period: PeriodRanking, groupBy: GroupBy, m: ReportMessages, lang: Lang): string {
  const rows = period.groups.map((g) => [
    g.rank === null ? '—' : e(String(g.rank)),
    `${e(groupName(g, m))}${g.city && groupBy === 'county' ? `<br><span class="muted">${e(g.city)}</span>` : ''}`,
    e(String(g.stations)),
    `<b>${e(points(g.mean))}</b>`,
    e(`${points(g.min)} – ${points(g.max)}`),
    e(gradeCounts(g, m)),
    e(g.weakest.map((i) => `${i.seq} ${pick(i.title, lang)}`).join(m.finding.listSeparator) || m.none),
    e(String(g.awaiting)),
  ]);
  const { headers, numeric } = groupColumns(groupBy, m);
  const table = htmlTable(headers, rows, { numeric });
  return `<h3>${e(label(m.county.groupsTitle, groupBy))}</h3>${table}`;
}

function charts(period: PeriodRanking, index: number, grades: GradeBands | null, m: ReportMessages, lang: Lang) {
  const id = `p${index}`;
  const maxTotal = period.stations.reduce((max, s) => Math.max(max, s.max.total), 0);
  const group =
    period.groups.length > 0
      ? `<div class="wide">${groupChart(`${id}-groups`, period.groups, maxTotal, grades, m, lang)}</div>`
      : '';
  return `<div class="charts">
${gradeChart(`${id}-grades`, period.summary, m, lang)}
${scoreChart(`${id}-scores`, period.stations, grades, m, lang)}
${group}
<div class="wide">${matrixChart(`${id}-matrix`, period.stations, m)}</div>
</div>`;
}

function periodSection(
  period: PeriodRanking,
  index: number,
  county: CountySummary,
  grades: GradeBands | null,
  m: ReportMessages,
  lang: Lang,
): string {
  const t = period.summary.totals;
  const facts: Array<[string, string]> = [[m.stations, String(period.summary.stations)]];
  if (t) {
    facts.push(
      [m.mean, points(t.mean)],
      [m.standardDeviation, points(t.standardDeviation)],
      [`${m.min} / ${m.highest}`, `${points(t.min)} / ${points(t.max)}`],
    );
  }
  const rates = htmlTable(
    [m.seq, m.item, m.passed, m.passRate],
    period.summary.items.map((i) => [
      e(i.seq),
      e(pick(i.title, lang)),
      e(`${i.passed} / ${i.stations}`),
      e(percent(i.passRate)),
    ]),
    { numeric: [2, 3] },
  );
  return `<section class="period" data-period="${e(period.period.start)}/${e(period.period.end)}">
<h2>${e(m.county.periodTitle(period.period))}</h2>
${definitions(facts, 'facts')}
${charts(period, index, grades, m, lang)}
<h3>${e(m.county.ranking)}</h3>
${rankingTable(period, index, county.groupBy, m, lang)}
${county.groupBy === null ? '' : groupsSection(period, county.groupBy, m, lang)}
<h3>${e(m.mostLost)}</h3>${itemTable(period.summary.mostLost, m, lang, 'lost')}
<h3>${e(m.county.pendingTitle)}</h3>${itemTable(period.summary.pending, m, lang, 'pending')}
<h3>${e(m.passRate)}</h3>${rates}
</section>`;
}

function skippedSection(county: CountySummary, m: ReportMessages, lang: Lang): string {
  const body =
    county.skipped.length === 0
      ? `<p class="muted">${e(m.county.skippedNone)}</p>`
      : htmlTable(
          [m.county.source, m.county.reasons],
          county.skipped.map((s) => [
            `<code>${e(s.source)}</code>`,
            `<ul>${s.reasons.map((r) => `<li class="problem">${e(reasonLine(r, lang))}</li>`).join('')}</ul>`,
          ]),
          { className: 'skipped' },
        );
  return `<section class="skipped"><h2>${e(m.county.skippedTitle)}</h2>${body}</section>`;
}

function duplicatesSection(county: CountySummary, m: ReportMessages): string {
  const body =
    county.duplicates.length === 0
      ? `<p class="muted">${e(m.county.duplicatesNone)}</p>`
      : htmlTable(
          [m.station, m.period, m.county.duplicate, m.county.counted],
          county.duplicates.map((d) => [
            `${e(d.station.name)}<br><span class="muted">${e(d.station.id)}</span>`,
            `${bucketCode(d.period.start)} – ${bucketCode(d.period.end)}`,
            `<code>${e(d.source)}</code>`,
            `<code>${e(d.counted)}</code>`,
          ]),
        );
  return `<section class="duplicates"><h2>${e(m.county.duplicatesTitle)}</h2>${body}</section>`;
}

/**
 * Renders a county evaluation as one self-contained HTML page (see the module comment).
 *
 * @category Reports
 * @example
 * ```ts
 * const summary = countySummary({ entries, skipped }, { groupBy: 'county', grades: ruleset.grades });
 * writeFileSync('county.html', renderCountyHtml(summary, { lang: 'zh', grades: ruleset.grades, generatedAt: '2024-01-20' }));
 * ```
 */
export function renderCountyHtml(county: CountySummary, options: ReportOptions = {}): string {
  const lang = options.lang ?? 'zh';
  const m = reportMessages(lang);
  const grades = options.grades ?? null;
  const facts: Array<[string, string]> = [];
  if (options.generatedAt !== undefined) facts.push([m.generatedAt, options.generatedAt]);
  const line = m.county.sources({
    sources: county.sources,
    ranked: county.ranked,
    skipped: county.skipped.length,
    duplicates: county.duplicates.length,
  });
  const title = m.batchTitle({ stations: county.ranked });
  const summary = `<article class="county">
<h1>${e(title)}</h1>
${facts.length > 0 ? definitions(facts, 'facts') : ''}
<p>${e(line)}</p>
${county.periods.map((p, i) => periodSection(p, i, county, grades, m, lang)).join('\n')}
${skippedSection(county, m, lang)}
${duplicatesSection(county, m)}
</article>`;
  const several = county.periods.length > 1;
  const stations = county.periods.flatMap((period, p) =>
    period.stations.map((row, r) => {
      const model = reportModel(row.result, options);
      const when = several ? ` · ${row.period.start} – ${row.period.end}` : '';
      return `<article id="${stationAnchor(p, r)}">\n<h2>${e(`${row.rank}. ${model.station}${when}`)}</h2>\n${stationSections(row.result, model, options)}\n</article>`;
    }),
  );
  return htmlPage(lang, title, [summary, ...stations].join('\n'));
}
