/**
 * The offline self-check page: one self-contained HTML file with the library bundled in its only
 * script. A user drops a station workbook or a facts JSON file (and optionally a variant and a
 * review) and sees the same HTML report as the command line's, with the result JSON to download.
 * Nothing leaves the browser: a Content-Security-Policy allows no source of any kind (no request,
 * no form target), and only the page's own style and script, and the report's, by hash.
 */
import { contentSecurityPolicy } from '../report/csp.js';
import { escapeHtml, REPORT_INLINE_SOURCES } from '../report/html.js';
import type { Lang } from '../report/messages/index.js';

/** The page's stylesheet (the report inside it keeps its own). */
export const PAGE_STYLE = `
* { box-sizing: border-box; }
body { margin: 0; color: #1f2933; background: #f5f7fa;
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; }
main { max-width: 980px; margin: 0 auto; padding: 16px 20px 40px; }
header { display: flex; justify-content: space-between; align-items: baseline; gap: 12px; }
h1 { font-size: 22px; margin: 8px 0; }
h2 { font-size: 17px; margin: 20px 0 8px; }
html[data-lang="zh"] .en, html[data-lang="en"] .zh { display: none; }
.lang button { font: inherit; padding: 2px 10px; border: 1px solid #9aa5b1; background: #fff; border-radius: 4px; cursor: pointer; }
html[data-lang="zh"] .lang [data-set-lang="zh"], html[data-lang="en"] .lang [data-set-lang="en"] { background: #1971c2; color: #fff; border-color: #1971c2; }
.privacy { background: #e7f5ff; border-left: 4px solid #1971c2; padding: 8px 12px; margin: 8px 0 16px; }
.inputs { display: grid; grid-template-columns: 2fr 1fr 1fr; gap: 12px; }
.drop { display: block; border: 2px dashed #9aa5b1; border-radius: 8px; padding: 14px; background: #fff; cursor: pointer; }
.drop.over { border-color: #1971c2; background: #e7f5ff; }
.drop b { display: block; margin-bottom: 4px; }
.drop small { display: block; color: #616e7c; margin-bottom: 8px; }
.drop input { max-width: 100%; }
#status { margin: 12px 0; color: #616e7c; min-height: 1.5em; }
#problems { background: #fff5f5; border-left: 4px solid #c92a2a; padding: 4px 12px 8px; }
#problems li { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 13px; white-space: pre-wrap; }
#summary { font-size: 18px; margin: 12px 0; }
#summary .total { font-weight: 700; font-size: 26px; }
.downloads a { display: inline-block; margin-right: 12px; padding: 4px 12px; border: 1px solid #1971c2; border-radius: 4px; color: #1971c2; text-decoration: none; }
iframe { width: 100%; height: 1600px; border: 1px solid #d9e2ec; background: #fff; }
footer { margin-top: 16px; color: #616e7c; font-size: 13px; }
[hidden] { display: none !important; }
`;

/** A text in both languages: the page shows the one of its current language. */
const both = (zh: string, en: string) =>
  `<span class="zh">${escapeHtml(zh)}</span><span class="en">${escapeHtml(en)}</span>`;

function dropZone(
  id: string,
  title: [string, string],
  hint: [string, string],
  accept: string,
  multiple = false,
): string {
  return `<label class="drop" for="${id}"><b>${both(...title)}</b><small>${both(...hint)}</small>
<input type="file" id="${id}" accept="${accept}"${multiple ? ' multiple' : ''}></label>`;
}

const BODY = `<main>
<header><h1>${both('清廉供电站所 自查', 'Clean-station self-check')}</h1>
<div class="lang"><button type="button" data-set-lang="zh">中文</button> <button type="button" data-set-lang="en">English</button></div></header>
<p class="privacy" id="privacy">${both(
  '所有文件只在本浏览器中读取和评价，不会上传或发送到任何地方；本页面不联网，可以离线使用。',
  'Nothing leaves this browser: your files are read and evaluated on this computer, never uploaded or sent anywhere. The page makes no network request and works offline.',
)}</p>
<div class="inputs">
${dropZone('station', ['供电所台账', 'Station'], ['填好的工作簿（.xlsx）或事实数据（.json），拖放到这里或点击选择', 'a filled workbook (.xlsx) or a facts file (.json): drop it here or click'], '.xlsx,.json,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')}
${dropZone('variant', ['地区细则（可选）', 'Variant (optional)'], ['规则变体 .json', 'a ruleset variant .json'], '.json,application/json', true)}
${dropZone('review', ['专家评议（可选）', 'Review (optional)'], ['评议文件 .json', 'a review .json'], '.json,application/json')}
</div>
<p id="status" role="status" aria-live="polite"></p>
<section id="problems" hidden><h2>${both('发现的问题', 'Problems found')}</h2><ul></ul></section>
<section id="result" hidden>
<p id="summary"></p>
<p class="downloads"><a id="download-json" download="result.json" href="#">${both('下载结果 JSON', 'Download the result JSON')}</a><a id="download-html" download="report.html" href="#">${both('下载报告 HTML', 'Download the report HTML')}</a></p>
<iframe id="report" sandbox="allow-scripts" title="report"></iframe>
</section>
<footer id="footer"></footer>
</main>`;

/**
 * The self-check page around its bundled script, opening in `lang` (the page switches between
 * Chinese and English). The script is allowed by its hash; nothing else may run or load.
 *
 * @example
 * ```ts
 * writeFileSync('self-check.html', selfCheckPage(readFileSync('dist/self-check.js', 'utf8'), { lang: 'zh' }));
 * ```
 */
export function selfCheckPage(script: string, options: { readonly lang?: Lang } = {}): string {
  const lang = options.lang ?? 'zh';
  if (/<\/script/i.test(script)) throw new Error('The page script may not contain a closing script tag');
  const policy = contentSecurityPolicy({
    styles: [PAGE_STYLE, ...REPORT_INLINE_SOURCES.styles],
    scripts: [script, ...REPORT_INLINE_SOURCES.scripts],
  });
  return `<!doctype html>
<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}" data-lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(policy)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>清廉供电站所 自查 · Clean-station self-check</title>
<style>${PAGE_STYLE}</style>
</head>
<body>
${BODY}
<script>${script}</script>
</body>
</html>
`;
}
