/**
 * The HTML report: one self-contained file (inline CSS, no network), printable on A4, with a grade
 * badge, totals by part, a coverage heatmap and expandable item details. Every text is escaped, and
 * a Content-Security-Policy allows nothing but the page's own stylesheet and print script (by hash).
 */
import type { EvaluationResult } from '../result/schema.js';
import { contentSecurityPolicy } from './csp.js';
import { escapeHtml } from './escape-html.js';
import { gradeBandsFor } from './grades.js';
import { type CellState, type CoverageHeatmap, coverageHeatmap } from './heatmap.js';
import { HTML_STYLE } from './html-style.js';
import { type Lang, type ReportMessages, reportMessages } from './messages/index.js';
import { type ReportModel, reportModel } from './model.js';
import { monthlyChart } from './monthly-chart.js';
import type { ReportOptions } from './options.js';
import { type BatchSummary, summarizeBatch } from './summary.js';
import { label, percent, pick, points } from './text.js';

export { escapeHtml };

const e = escapeHtml;
const CELL_MARK: Record<CellState, string> = { met: '✓', missing: '✗', upcoming: '○', notRequired: '·' };
/** Opens every item's details before printing. */
const PRINT_SCRIPT =
  "addEventListener('beforeprint',()=>{for(const d of document.querySelectorAll('details'))d.open=true});";

/**
 * The inline stylesheets and scripts of an HTML report, which its Content-Security-Policy allows by
 * hash (a page that shows a report inside itself allows them too).
 *
 * @example
 * ```ts
 * contentSecurityPolicy(REPORT_INLINE_SOURCES);
 * ```
 */
export const REPORT_INLINE_SOURCES = { styles: [HTML_STYLE], scripts: [PRINT_SCRIPT] } as const;

function table(
  headers: readonly string[],
  rows: ReadonlyArray<readonly string[]>,
  numeric: readonly number[] = [],
  cls = '',
): string {
  const th = headers.map((h, i) => `<th${numeric.includes(i) ? ' class="num"' : ''}>${h}</th>`).join('');
  const body = rows
    .map((r) => `<tr>${r.map((c, i) => `<td${numeric.includes(i) ? ' class="num"' : ''}>${c}</td>`).join('')}</tr>`)
    .join('\n');
  return `<table${cls ? ` class="${cls}"` : ''}><thead><tr>${th}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

function head(model: ReportModel): string {
  const { m } = model;
  const facts: Array<[string, string]> = [
    [m.station, model.station],
    [m.period, model.period],
    [m.total, `${model.total} / ${model.totalMax}`],
    [m.base, `${model.base} / ${model.baseMax}`],
    [m.bonus, `${model.bonus} / ${model.bonusMax}`],
  ];
  if (model.asOf) facts.push([m.asOf, model.asOf.date], [m.projected, model.asOf.projected]);
  return `<div class="head">
<div class="badge ${e(model.grade)}" data-grade="${e(model.grade)}" role="img" aria-label="${e(`${m.grade}: ${model.gradeLabel}, ${m.total} ${model.total}`)}">
<span class="total">${e(model.total)}<small>/${e(model.totalMax)}</small></span><span class="label">${e(model.gradeLabel)}</span></div>
<dl>${facts.map(([k, v]) => `<dt>${e(k)}</dt><dd>${e(v)}</dd>`).join('')}</dl>
</div>`;
}

function nextGrade(model: ReportModel): string {
  const { m } = model;
  const rows = model.nextGrade.items.map((i) => [e(i.seq), e(i.title), e(i.status), e(i.lost)]);
  const list = rows.length ? table([e(m.seq), e(m.item), e(m.status), e(m.pointsLost)], rows, [3]) : '';
  return `<section class="next-grade"><h2>${e(m.nextGrade)}</h2><p>${e(model.nextGrade.text)}</p>${list}</section>`;
}

function parts(model: ReportModel): string {
  const { m } = model;
  const rows = model.parts.map((p) => {
    const share = p.max > 0 ? Math.max(0, Math.min(1, p.score / p.max)) : 0;
    return [
      `${e(p.id)} ${e(p.title)}`,
      `${e(points(p.score))} / ${e(points(p.max))}`,
      `<div class="bar"><span class="w${Math.round(share * 100)}"></span></div>`,
    ];
  });
  return `<section class="parts"><h2>${e(m.parts)}</h2>${table([e(m.part), e(m.score), ''], rows, [1])}</section>`;
}

function heatmap(map: CoverageHeatmap, m: ReportMessages, lang: Lang): string {
  if (map.rows.length === 0)
    return `<section class="coverage"><h2>${e(m.heatmap)}</h2><p>${e(m.heatmapEmpty)}</p></section>`;
  const cols = map.months.map((month) => `<th class="num">${e(month.slice(5))}</th>`).join('');
  const rows = map.rows
    .map((row) => {
      const name = `${row.seq} ${pick(row.title, lang)}${row.oneOfSeveral ? ` (${label(m.per, row.per)})` : ''}`;
      const cells = row.cells
        .map((state, i) => {
          const tip = `${row.buckets[i] ?? ''}: ${m.cell[state]}`;
          return `<td class="cell ${state}" data-state="${state}" title="${e(tip)}">${CELL_MARK[state]}</td>`;
        })
        .join('');
      return `<tr data-item="${e(row.itemId)}"><th class="row">${e(name)}</th>${cells}</tr>`;
    })
    .join('\n');
  const shown = map.rows.some((row) => row.cells.includes('upcoming'))
    ? (['met', 'missing', 'upcoming', 'notRequired'] as const)
    : (['met', 'missing', 'notRequired'] as const);
  const legend = shown
    .map((s) => `<span><span class="cell ${s}">${CELL_MARK[s]}</span> ${e(m.cell[s])}</span>`)
    .join('');
  const year = map.months[0]?.slice(0, 4) ?? '';
  return `<section class="coverage"><h2>${e(m.heatmap)}</h2>
<table class="heatmap"><thead><tr><th class="row">${e(year)}</th>${cols}</tr></thead><tbody>
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
    i.missing.map((b) => `<code>${e(b)}</code>`).join(' '),
  ]);
  return `<section class="items"><h2>${e(m.items)}</h2>${table([e(m.seq), e(m.item), e(m.score), e(m.status), e(m.missing)], rows, [2])}</section>`;
}

function details(model: ReportModel): string {
  const { m } = model;
  if (model.details.length === 0)
    return `<section class="details"><h2>${e(m.details)}</h2><p>${e(m.noLosses)}</p></section>`;
  const codes = (list: readonly string[]) => list.map((x) => `<code>${e(x)}</code>`).join(', ');
  const blocks = model.details.map((d) => {
    const li: string[] = [];
    if (d.missing.length) li.push(`<b>${e(m.missing)}</b>: ${codes(d.missing)}`);
    if (d.failures !== null) li.push(`<b>${e(m.failures)}</b>: ${e(String(d.failures))}`);
    for (const f of d.failed)
      li.push(
        `<b>${e(m.failedConditions)}</b>: <code>${e(f.condition)}</code> — ${e(m.actual)} <code>${e(f.actual)}</code>`,
      );
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

function stationSections(result: EvaluationResult, model: ReportModel, options: ReportOptions): string {
  const { m } = model;
  return [
    head(model),
    model.asOf ? `<p class="as-of">${e(model.asOf.line)}</p>` : '',
    nextGrade(model),
    parts(model),
    monthlyChart(result, m, model.lang, result.monthly ? gradeBandsFor(result, options.grades) : null),
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

function page(lang: Lang, title: string, body: string): string {
  return `<!doctype html>
<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${e(contentSecurityPolicy(REPORT_INLINE_SOURCES))}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(title)}</title>
<style>${HTML_STYLE}</style>
</head>
<body>
<main>
${body}
</main>
<script>${PRINT_SCRIPT}</script>
</body>
</html>
`;
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
  return page(
    model.lang,
    title,
    `<article>\n<h1>${e(model.m.reportTitle)}</h1>\n${stationSections(result, model, options)}\n</article>`,
  );
}

function summarySection(summary: BatchSummary, m: ReportMessages, lang: Lang): string {
  const t = summary.totals;
  const facts: Array<[string, string]> = [[m.stations, String(summary.stations)]];
  if (t) {
    facts.push(
      [m.mean, points(t.mean)],
      [m.standardDeviation, points(t.standardDeviation)],
      [`${m.min} / ${m.highest}`, `${points(t.min)} / ${points(t.max)}`],
    );
  }
  const grades = table(
    [e(m.grade), e(m.count), e(m.share)],
    summary.grades.map((g) => [
      `<span class="status-${g.id === 'unqualified' ? 'fail' : 'pass'}">${e(g.label ? pick(g.label, lang) : label(m.grades, g.id))}</span>`,
      e(String(g.count)),
      e(percent(summary.stations ? g.count / summary.stations : 0)),
    ]),
    [1, 2],
  );
  const lost = summary.mostLost.length
    ? table(
        [e(m.seq), e(m.item), e(m.lostBy), e(m.meanLost)],
        summary.mostLost.map((i) => [e(i.seq), e(pick(i.title, lang)), e(String(i.lostBy)), e(points(i.meanLost))]),
        [2, 3],
      )
    : `<p class="muted">${e(m.none)}</p>`;
  const rates = table(
    [e(m.seq), e(m.item), e(m.passed), e(m.passRate)],
    summary.items.map((i) => [
      e(i.seq),
      e(pick(i.title, lang)),
      e(`${i.passed} / ${i.stations}`),
      e(percent(i.passRate)),
    ]),
    [2, 3],
  );
  return `<section class="summary"><h2>${e(m.summary)}</h2>
<div class="head"><dl>${facts.map(([k, v]) => `<dt>${e(k)}</dt><dd>${e(v)}</dd>`).join('')}</dl></div>
<h3>${e(m.gradeDistribution)}</h3>${grades}
<h3>${e(m.mostLost)}</h3>${lost}
<h3>${e(m.passRate)}</h3>${rates}</section>`;
}

/**
 * Renders a batch as one self-contained HTML page: the summary, then every station's report
 * (each starting on a new printed page).
 *
 * @category Reports
 * @example
 * ```ts
 * writeFileSync('county.html', renderBatchHtml(results, { lang: 'zh', grades: ruleset.grades }));
 * ```
 */
export function renderBatchHtml(results: readonly EvaluationResult[], options: ReportOptions = {}): string {
  const lang = options.lang ?? 'zh';
  const m = reportMessages(lang);
  const title = m.batchTitle({ stations: results.length });
  const stations = results.map((r) => {
    const model = reportModel(r, options);
    return `<article>\n<h2>${e(model.station)}</h2>\n${stationSections(r, model, options)}\n</article>`;
  });
  return page(
    lang,
    title,
    `<article>\n<h1>${e(title)}</h1>\n${summarySection(summarizeBatch(results), m, lang)}\n</article>\n${stations.join('\n')}`,
  );
}
