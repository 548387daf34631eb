/**
 * The HTML report of one station: one self-contained file (inline CSS, no network), printable on
 * A4, with a grade badge, totals by part, a coverage heatmap and expandable item details. Every
 * text is escaped, and a Content-Security-Policy allows nothing but the page's own stylesheet and
 * print script (by hash).
 */
import type { EvaluationResult } from '../result/schema.js';
import { gradeBandsFor } from './grades.js';
import { type CellState, type CoverageHeatmap, coverageHeatmap } from './heatmap.js';
import { definitions, escapeHtml, htmlPage, htmlTable } from './html-page.js';
import type { Lang, ReportMessages } from './messages/index.js';
import { type ReportModel, reportModel } from './model.js';
import { monthlyChart } from './monthly-chart.js';
import type { ReportOptions } from './options.js';
import { label, pick, points } from './text.js';

export { escapeHtml, REPORT_INLINE_SOURCES } from './html-page.js';

const e = escapeHtml;

/** The mark of a heatmap cell: read without colour (✓ met, ✗ missing, · not required). */
export const CELL_MARK: Record<CellState, string> = { met: '✓', missing: '✗', upcoming: '○', notRequired: '·' };

/** A bucket name (`2023-06`, `2023-Q2`) that never breaks across lines. */
export const bucketCode = (bucket: string) => `<code class="bucket">${e(bucket)}</code>`;

function head(model: ReportModel): string {
  const { m } = model;
  const facts: Array<[string, string]> = [
    [m.station, model.station],
    [m.period, model.period],
    [m.total, `${model.total} / ${model.totalMax}`],
    [m.base, `${model.base} / ${model.baseMax}`],
    [m.bonus, `${model.bonus} / ${model.bonusMax}`],
  ];
  if (model.generatedAt !== null) facts.push([m.generatedAt, model.generatedAt]);
  if (model.asOf) facts.push([m.asOf, model.asOf.date], [m.projected, model.asOf.projected]);
  return `<div class="head">
<div class="badge ${e(model.grade)}" data-grade="${e(model.grade)}" role="img" aria-label="${e(`${m.grade}: ${model.gradeLabel}, ${m.total} ${model.total}`)}">
<span class="total">${e(model.total)}<small>/${e(model.totalMax)}</small></span><span class="label">${e(model.gradeLabel)}</span></div>
${definitions(facts)}
</div>`;
}

function nextGrade(model: ReportModel): string {
  const { m } = model;
  const rows = model.nextGrade.items.map((i) => [e(i.seq), e(i.title), e(i.status), e(i.lost)]);
  const list = rows.length ? htmlTable([m.seq, m.item, m.status, m.pointsLost], rows, { numeric: [3] }) : '';
  return `<section class="next-grade"><h2>${e(m.nextGrade)}</h2><p>${e(model.nextGrade.text)}</p>${list}</section>`;
}

function parts(model: ReportModel): string {
  const { m } = model;
  const rows = model.parts.map((p) => {
    const share = p.max > 0 ? Math.max(0, Math.min(1, p.score / p.max)) : 0;
    return [
      `${e(p.id)} ${e(p.title)}`,
      `${e(points(p.score))} / ${e(points(p.max))}`,
      `<div class="bar" aria-hidden="true"><span class="w${Math.round(share * 100)}"></span></div>`,
    ];
  });
  return `<section class="parts"><h2>${e(m.parts)}</h2>${htmlTable([m.part, m.score, m.share], rows, { numeric: [1] })}</section>`;
}

/** One heatmap cell per bucket, spanning its months: a missed quarter is one cell, not three. */
function heatmapCells(row: CoverageHeatmap['rows'][number], m: ReportMessages): string {
  return row.spans
    .map((span) => {
      const what = `${span.bucket}: ${m.cell[span.state]}`;
      const colspan = span.months > 1 ? ` colspan="${span.months}"` : '';
      return `<td class="cell ${span.state}"${colspan} data-state="${span.state}" data-bucket="${e(span.bucket)}" title="${e(what)}"><span aria-hidden="true">${CELL_MARK[span.state]}</span><span class="sr">${e(what)}</span></td>`;
    })
    .join('');
}

function heatmap(map: CoverageHeatmap, m: ReportMessages, lang: Lang): string {
  if (map.rows.length === 0)
    return `<section class="coverage"><h2>${e(m.heatmap)}</h2><p>${e(m.heatmapEmpty)}</p></section>`;
  const cols = map.months.map((month) => `<th scope="col" class="num">${e(month.slice(5))}</th>`).join('');
  const rows = map.rows
    .map((row) => {
      const name = `${row.seq} ${pick(row.title, lang)}${row.oneOfSeveral ? ` (${label(m.per, row.per)})` : ''}`;
      return `<tr data-item="${e(row.itemId)}" data-per="${row.per}"><th scope="row" class="row">${e(name)}</th>${heatmapCells(row, m)}</tr>`;
    })
    .join('\n');
  const shown: readonly CellState[] = map.rows.some((row) => row.cells.includes('upcoming'))
    ? ['met', 'missing', 'upcoming', 'notRequired']
    : ['met', 'missing', 'notRequired'];
  const legend = shown
    .map((s) => `<span><span class="cell ${s}" aria-hidden="true">${CELL_MARK[s]}</span> ${e(m.cell[s])}</span>`)
    .join('');
  const year = map.months[0]?.slice(0, 4) ?? '';
  return `<section class="coverage"><h2>${e(m.heatmap)}</h2>
<table class="heatmap"><thead><tr><th scope="col" class="row">${e(year)}</th>${cols}</tr></thead><tbody>
${rows}
</tbody></table><div class="legend">${legend}</div></section>`;
}

function items(model: ReportModel): string {
  const { m } = model;
  const rows = model.items.map((i) => [
    e(i.seq),
    e(i.title),
    `${e(i.score)} / ${e(i.max)}`,
    `<span class="status-${e(i.status)}">${e(i.statusLabel)}</span>`,
    i.missing.map(bucketCode).join(' '),
  ]);
  return `<section class="items"><h2>${e(m.items)}</h2>${htmlTable([m.seq, m.item, m.score, m.status, m.missing], rows, { numeric: [2] })}</section>`;
}

function details(model: ReportModel): string {
  const { m } = model;
  if (model.details.length === 0)
    return `<section class="details"><h2>${e(m.details)}</h2><p>${e(m.noLosses)}</p></section>`;
  const codes = (list: readonly string[]) => list.map((x) => `<code>${e(x)}</code>`).join(', ');
  const blocks = model.details.map((d) => {
    const li: string[] = [];
    if (d.missing.length) li.push(`<b>${e(m.missing)}</b>: ${d.missing.map(bucketCode).join(', ')}`);
    if (d.failures !== null) li.push(`<b>${e(m.failures)}</b>: ${e(String(d.failures))}`);
    for (const finding of d.findings) li.push(`<b>${e(m.finding.label)}</b>: ${e(finding)}`);
    for (const n of d.notCounted) li.push(`<b>${e(m.notCounted)}</b>: ${e(n)}`);
    if (d.computed) li.push(`<b>${e(m.computed)}</b>: ${e(d.computed)}`);
    if (d.assessment) li.push(`<b>${e(m.assessment)}</b>: ${e(d.assessment)}`);
    if (d.records.length) li.push(`<b>${e(m.records)}</b>: ${codes(d.records)}`);
    if (d.advice) li.push(`<b>${e(m.advice)}</b>: ${e(d.advice)}`);
    li.push(`<span class="muted">${e(m.origin)}: ${e(d.origin)}</span>`);
    return `<details data-item="${e(d.id)}"><summary>${e(d.seq)} ${e(d.title)} — ${e(d.score)} / ${e(d.max)} <span class="status-${e(d.status)}">(${e(d.statusLabel)})</span></summary><ul>${li.map((x) => `<li>${x}</li>`).join('')}</ul></details>`;
  });
  return `<section class="details"><h2>${e(m.details)}</h2>\n${blocks.join('\n')}\n</section>`;
}

function simpleList(title: string, lines: readonly string[], none: string): string {
  const body = lines.length
    ? `<ul>${lines.map((l) => `<li>${e(l)}</li>`).join('')}</ul>`
    : `<p class="muted">${e(none)}</p>`;
  return `<section><h2>${e(title)}</h2>${body}</section>`;
}

/**
 * The sections of one station's report (badge and totals, path to the next grade, parts,
 * heatmap, items, details, warnings, rejected evidence, pending assessments, ruleset): the body
 * of the station report, and of each station in a county report.
 *
 * @example
 * ```ts
 * const body = stationSections(result, reportModel(result, { lang: 'zh' }), { lang: 'zh' });
 * ```
 */
export function stationSections(result: EvaluationResult, model: ReportModel, options: ReportOptions): string {
  const { m } = model;
  return [
    head(model),
    model.asOf ? `<p class="as-of">${e(model.asOf.line)}</p>` : '',
    model.asOf ? simpleList(m.overdue, model.overdue, m.none) : '',
    monthlyChart(result, m, model.lang, result.monthly ? gradeBandsFor(result, options.grades) : null),
    nextGrade(model),
    parts(model),
    heatmap(coverageHeatmap(result), m, model.lang),
    items(model),
    details(model),
    simpleList(m.warnings, model.warnings, m.none),
    simpleList(m.rejectedEvidence, model.rejected, m.none),
    simpleList(m.pending, model.pending, m.none),
    `<section class="ruleset"><h2>${e(m.ruleset)}</h2><ul><li>${e(m.rulesetChain)}: ${e(model.chain)}</li><li>${e(m.hash)}: <code>${e(model.hash)}</code></li><li>${e(m.library)}: ${e(model.library)}</li></ul></section>`,
  ]
    .filter((section) => section !== '')
    .join('\n');
}

/**
 * Renders one result as a self-contained HTML page.
 *
 * @category Reports
 * @example
 * ```ts
 * writeFileSync('report.html', renderHtml(result, { lang: 'zh', grades: ruleset.grades }));
 * ```
 */
export function renderHtml(result: EvaluationResult, options: ReportOptions = {}): string {
  const model = reportModel(result, options);
  const title = `${model.m.reportTitle} — ${result.station.name}`;
  return htmlPage(
    model.lang,
    title,
    `<article>\n<h1>${e(model.m.reportTitle)}</h1>\n${stationSections(result, model, options)}\n</article>`,
  );
}
