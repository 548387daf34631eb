/**
 * The frame every HTML report shares: escaping, tables, and the self-contained page (inline
 * stylesheet and print script allowed by hash in its Content-Security-Policy, nothing else).
 */
import { contentSecurityPolicy } from './csp.js';
import { escapeHtml } from './escape-html.js';
import { HTML_STYLE } from './html-style.js';
import type { Lang } from './messages/index.js';

export { escapeHtml };

const e = escapeHtml;

/** Opens every item's details before printing. */
export const PRINT_SCRIPT =
  "addEventListener('beforeprint',()=>{for(const d of document.querySelectorAll('details'))d.open=true});";

/**
 * The inline stylesheets and scripts of an HTML report, which its Content-Security-Policy allows by
 * hash (a page that shows a report inside itself allows them too).
 *
 * @category Reports
 * @example
 * ```ts
 * contentSecurityPolicy(REPORT_INLINE_SOURCES);
 * ```
 */
export const REPORT_INLINE_SOURCES = { styles: [HTML_STYLE], scripts: [PRINT_SCRIPT] } as const;

/**
 * A table of HTML cells (already escaped) under text headers (escaped here); the columns listed
 * in `numeric` are right-aligned.
 *
 * @category Reports
 * @example
 * ```ts
 * htmlTable(['Item', 'Score'], [['Liaison', '4']], { numeric: [1] });
 * ```
 */
export function htmlTable(
  headers: readonly string[],
  rows: ReadonlyArray<readonly string[]>,
  options: { readonly numeric?: readonly number[]; readonly className?: string; readonly caption?: string } = {},
): string {
  const numeric = options.numeric ?? [];
  const cls = (i: number) => (numeric.includes(i) ? ' class="num"' : '');
  const th = headers.map((h, i) => `<th scope="col"${cls(i)}>${e(h)}</th>`).join('');
  const body = rows.map((r) => `<tr>${r.map((c, i) => `<td${cls(i)}>${c}</td>`).join('')}</tr>`).join('\n');
  const caption = options.caption === undefined ? '' : `<caption>${e(options.caption)}</caption>`;
  const attr = options.className ? ` class="${options.className}"` : '';
  return `<table${attr}>${caption}<thead><tr>${th}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

/**
 * A definition list of label / value pairs (both escaped here), with an optional class.
 *
 * @category Reports
 * @example
 * ```ts
 * definitions([['Total', '73 / 110']]);
 * ```
 */
export function definitions(pairs: ReadonlyArray<readonly [string, string]>, className?: string): string {
  const attr = className === undefined ? '' : ` class="${className}"`;
  return `<dl${attr}>${pairs.map(([k, v]) => `<dt>${e(k)}</dt><dd>${e(v)}</dd>`).join('')}</dl>`;
}

/**
 * A whole self-contained page: `body` (HTML) in `<main>`, the shared stylesheet and print script,
 * and a policy that allows nothing else.
 *
 * @category Reports
 * @example
 * ```ts
 * htmlPage('zh', '评价报告', '<h1>…</h1>');
 * ```
 */
export function htmlPage(lang: Lang, title: string, body: string): string {
  const policy = contentSecurityPolicy(REPORT_INLINE_SOURCES);
  return `<!doctype html>
<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${e(policy)}">
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
