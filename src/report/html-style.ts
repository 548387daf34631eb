/** Bar widths as classes (`w0` … `w100`): the page has no inline style attribute for its policy to allow. */
const BAR_WIDTHS = Array.from({ length: 101 }, (_, n) => `.bar .w${n} { width: ${n}%; }`).join('\n');

/**
 * The inline stylesheet of the HTML report: screen and A4 print, no external resources, no
 * style attribute needed.
 */
export const HTML_STYLE = `
:root { --ink: #1f2933; --muted: #616e7c; --line: #d9e2ec; --met: #2f9e44; --missing: #e03131; --off: #e9ecef;
  --excellent: #2b8a3e; --qualified: #1971c2; --unqualified: #c92a2a; }
* { box-sizing: border-box; }
body { margin: 0; color: var(--ink); background: #f5f7fa;
  font: 14px/1.5 system-ui, -apple-system, "Segoe UI", "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; }
main { max-width: 210mm; margin: 0 auto; padding: 16px 20px 40px; background: #fff; }
h1 { font-size: 22px; margin: 0 0 4px; }
h2 { font-size: 17px; margin: 24px 0 8px; padding-bottom: 4px; border-bottom: 2px solid var(--line); }
h3 { font-size: 15px; margin: 16px 0 6px; }
.head { display: flex; gap: 20px; align-items: center; }
.head dl { margin: 0; display: grid; grid-template-columns: auto 1fr; gap: 2px 12px; }
.head dt { color: var(--muted); }
.head dd { margin: 0; }
.badge { flex: none; width: 132px; height: 132px; border-radius: 50%; color: #fff; display: flex; flex-direction: column;
  align-items: center; justify-content: center; text-align: center; padding: 10px;
  -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.badge .total { font-size: 34px; font-weight: 700; line-height: 1.1; }
.badge .total small { font-size: 14px; font-weight: 400; opacity: .85; }
.badge .label { font-size: 13px; }
.badge.excellent { background: var(--excellent); }
.badge.qualified { background: var(--qualified); }
.badge.unqualified { background: var(--unqualified); }
table { border-collapse: collapse; width: 100%; }
th, td { border-bottom: 1px solid var(--line); padding: 4px 6px; text-align: left; vertical-align: top; }
th { color: var(--muted); font-weight: 600; }
td.num, th.num { text-align: right; white-space: nowrap; }
tr { break-inside: avoid; }
.bar { height: 8px; background: var(--off); border-radius: 4px; overflow: hidden; min-width: 80px;
  -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.bar span { display: block; height: 100%; background: var(--qualified); }
${BAR_WIDTHS}
.status-pass, .status-notApplicable { color: var(--met); }
.status-fail { color: var(--missing); }
.status-partial, .status-notAssessed, .status-overridden { color: #e8590c; }
.heatmap { table-layout: fixed; font-size: 12px; }
.heatmap th.row { width: 38%; font-weight: 400; color: var(--ink); }
.heatmap td.cell { text-align: center; border: 2px solid #fff; padding: 3px 0;
  -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.cell.met { background: var(--met); color: #fff; }
.cell.missing { background: var(--missing); color: #fff; font-weight: 700; }
.cell.notRequired { background: var(--off); color: var(--muted); }
.cell.upcoming { background: repeating-linear-gradient(135deg, #fff 0 3px, var(--off) 3px 6px); color: var(--ink);
  font-weight: 700; }
.as-of { border-left: 4px solid var(--qualified); padding: 4px 10px; background: #f1f3f5; }
.monthly figure { margin: 0; }
.monthly figcaption { font-size: 12px; color: var(--muted); }
.legend { display: flex; gap: 14px; font-size: 12px; margin-top: 6px; }
.legend span.cell { display: inline-block; width: 22px; text-align: center; border-radius: 3px; }
details { border: 1px solid var(--line); border-radius: 6px; padding: 6px 10px; margin: 6px 0; break-inside: avoid; }
summary { cursor: pointer; font-weight: 600; }
details ul { margin: 6px 0 2px; padding-left: 20px; }
code { font: 12px/1.4 ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; background: #f1f3f5; padding: 0 3px;
  border-radius: 3px; word-break: break-all; }
.muted { color: var(--muted); }
article + article { margin-top: 32px; }
@page { size: A4; margin: 14mm 12mm; }
@media print {
  body { background: #fff; font-size: 11pt; }
  main { max-width: none; padding: 0; }
  article + article { break-before: page; }
  h2 { break-after: avoid; }
  summary { list-style: none; }
}
`;
