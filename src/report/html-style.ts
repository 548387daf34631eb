/** Bar widths as classes (`w0` … `w100`): the page has no inline style attribute for its policy to allow. */
const BAR_WIDTHS = Array.from({ length: 101 }, (_, n) => `.bar .w${n} { width: ${n}%; }`).join('\n');

/**
 * The inline stylesheet of every HTML report (station, county, feedback letter): screen and A4
 * print, no external resources, no style attribute needed. Every text colour has a contrast of at
 * least 4.5:1 with its background (WCAG 2 AA), and nothing is told by colour alone: statuses are
 * words, heatmap and matrix cells carry marks, chart bars carry their numbers.
 */
export const HTML_STYLE = `
:root { --ink: #1f2933; --muted: #52606d; --line: #d9e2ec; --met: #237032; --missing: #b02525; --partial: #a34100;
  --off: #e9ecef; --pending: #52606d; --excellent: #237032; --qualified: #1864ab; --unqualified: #b02525; }
* { box-sizing: border-box; }
body { margin: 0; color: var(--ink); background: #f5f7fa;
  font: 14px/1.5 system-ui, -apple-system, "Segoe UI", "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; }
main { max-width: 210mm; margin: 0 auto; padding: 16px 20px 40px; background: #fff; }
h1 { font-size: 22px; margin: 0 0 4px; }
h2 { font-size: 17px; margin: 24px 0 8px; padding-bottom: 4px; border-bottom: 2px solid var(--line); }
h3 { font-size: 15px; margin: 16px 0 6px; }
.sr { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0);
  white-space: nowrap; border: 0; }
.head { display: flex; gap: 20px; align-items: center; }
.head dl, dl.facts { margin: 0; display: grid; grid-template-columns: auto 1fr; gap: 2px 12px; }
.head dt, dl.facts dt { color: var(--muted); }
.head dd, dl.facts dd { margin: 0; }
.badge { flex: none; width: 132px; height: 132px; border-radius: 50%; color: #fff; display: flex; flex-direction: column;
  align-items: center; justify-content: center; text-align: center; padding: 10px;
  -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.badge .total { font-size: 34px; font-weight: 700; line-height: 1.1; }
.badge .total small { font-size: 14px; font-weight: 400; }
.badge .label { font-size: 13px; }
.badge.excellent { background: var(--excellent); }
.badge.qualified { background: var(--qualified); }
.badge.unqualified { background: var(--unqualified); }
table { border-collapse: collapse; width: 100%; }
caption { text-align: left; font-weight: 600; padding: 4px 0; }
th, td { border-bottom: 1px solid var(--line); padding: 4px 6px; text-align: left; vertical-align: top; }
th { color: var(--muted); font-weight: 600; }
td.num, th.num { text-align: right; white-space: nowrap; }
tr { break-inside: avoid; }
.bar { height: 8px; background: var(--off); border-radius: 4px; overflow: hidden; min-width: 80px;
  -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.bar span { display: block; height: 100%; background: var(--qualified); }
${BAR_WIDTHS}
.status-pass, .status-notApplicable, .grade-excellent { color: var(--met); }
.status-fail, .grade-unqualified { color: var(--missing); }
.status-partial, .status-overridden { color: var(--partial); }
.status-notAssessed { color: var(--pending); }
.grade-qualified { color: var(--qualified); }
.heatmap { table-layout: fixed; font-size: 12px; }
.heatmap th.row { width: 38%; font-weight: 400; color: var(--ink); }
.heatmap td.cell { text-align: center; border: 2px solid #fff; padding: 3px 0;
  -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.cell.met { background: var(--met); color: #fff; }
.cell.missing { background: var(--missing); color: #fff; font-weight: 700; }
.cell.notRequired { background: var(--off); color: var(--muted); }
.legend { display: flex; flex-wrap: wrap; gap: 14px; font-size: 12px; margin-top: 6px; }
.legend span.cell { display: inline-block; width: 22px; text-align: center; border-radius: 3px;
  -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.cell.upcoming { background: repeating-linear-gradient(135deg, #fff 0 3px, var(--off) 3px 6px); color: var(--ink);
  font-weight: 700; }
.as-of { border-left: 4px solid var(--qualified); padding: 4px 10px; background: #f1f3f5; }
.monthly figure { margin: 0; }
.monthly figcaption { font-size: 12px; color: var(--muted); }
details { border: 1px solid var(--line); border-radius: 6px; padding: 6px 10px; margin: 6px 0; break-inside: avoid; }
summary { cursor: pointer; font-weight: 600; }
details ul { margin: 6px 0 2px; padding-left: 20px; }
code { font: 12px/1.4 ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; background: #f1f3f5; padding: 0 3px;
  border-radius: 3px; overflow-wrap: anywhere; }
code.bucket, .nowrap { white-space: nowrap; overflow-wrap: normal; }
.muted { color: var(--muted); }
.change-up { color: var(--met); }
.change-down { color: var(--missing); }
.problem { color: var(--missing); }
article + article { margin-top: 32px; }
.ranking td, .ranking th { font-size: 13px; }
.charts { display: grid; grid-template-columns: 1fr 1fr; gap: 12px 20px; }
.charts .wide { grid-column: 1 / -1; }
table.ranking td:nth-child(2) { min-width: 10em; }
figure.chart { margin: 8px 0; break-inside: avoid; }
figure.chart figcaption { font-weight: 600; font-size: 13px; margin-bottom: 4px; }
figure.chart svg { display: block; width: 100%; height: auto; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.chart text { font-size: 11px; fill: var(--ink); }
.chart text.on-fill { fill: #fff; font-weight: 700; }
.chart text.faint { fill: var(--muted); }
.chart .axis { stroke: var(--muted); stroke-width: 1; }
.chart .grid { stroke: var(--line); stroke-width: 1; }
.chart .threshold { stroke: var(--ink); stroke-width: 1; stroke-dasharray: 4 3; }
.chart .whisker { stroke: var(--ink); stroke-width: 1.5; }
.fill-excellent, .fill-pass { fill: var(--excellent); }
.fill-qualified { fill: var(--qualified); }
.fill-unqualified, .fill-fail { fill: var(--missing); }
.fill-partial, .fill-overridden { fill: var(--partial); }
.fill-notAssessed { fill: var(--pending); }
.fill-notApplicable { fill: var(--off); }
.fill-none { fill: #fff; stroke: var(--line); }
.letter { font-size: 15px; line-height: 1.7; }
.letter .letterhead { display: flex; justify-content: space-between; align-items: baseline; border-bottom: 2px solid var(--ink);
  padding-bottom: 6px; margin-bottom: 12px; }
.letter .letterhead h1 { font-size: 20px; }
.letter ol.findings > li { margin-bottom: 6px; }
.letter .signoff { margin-top: 36px; display: grid; grid-template-columns: 1fr 1fr; gap: 8px 24px; break-inside: avoid; }
.letter .signoff .line { border-bottom: 1px solid var(--ink); min-height: 2em; }
@page { size: A4; margin: 14mm 12mm; }
@media print {
  body { background: #fff; font-size: 11pt; }
  main { max-width: none; padding: 0; }
  article + article, .page-break { break-before: page; }
  h2 { break-after: avoid; }
  summary { list-style: none; }
}
`;
