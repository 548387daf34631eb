/**
 * The monthly link (§7.2) as a small inline SVG chart for the HTML report: the score to date and
 * the projected score at each month end. Readable without colour: the two series differ by line
 * (solid, dashed) and marker (circle, square), every point is labelled with its value, the grade
 * thresholds are labelled lines, and the chart has a title and a description for screen readers.
 * Only presentation attributes, no style attribute (the page's Content-Security-Policy allows none).
 */
import type { EvaluationResult } from '../result/schema.js';
import { escapeHtml as e } from './escape-html.js';
import type { GradeBands } from './grades.js';
import type { Lang, ReportMessages } from './messages/index.js';
import { pick, points } from './text.js';

type Monthly = NonNullable<EvaluationResult['monthly']>;

const WIDTH = 640;
const HEIGHT = 220;
const LEFT = 36;
const RIGHT = 12;
const TOP = 18;
const BOTTOM = 28;

const fixed = (n: number) => String(Math.round(n * 10) / 10);

/** The chart's scales: month index to x, score to y. */
function scales(months: number, max: number): { x: (i: number) => number; y: (score: number) => number } {
  const span = WIDTH - LEFT - RIGHT;
  const x = (i: number) => LEFT + (months <= 1 ? span / 2 : (span * i) / (months - 1));
  const y = (score: number) => TOP + (HEIGHT - TOP - BOTTOM) * (1 - Math.max(0, Math.min(max, score)) / max);
  return { x, y };
}

/** One series: a line, a marker per month and its value (below the marker, or above; none where `labelled` says no). */
function series(
  values: readonly number[],
  at: ReturnType<typeof scales>,
  marker: 'circle' | 'square',
  dash: string | null,
  labelAbove: boolean,
  labelled: (i: number) => boolean = () => true,
): string {
  const path = values.map((v, i) => `${i === 0 ? 'M' : 'L'}${fixed(at.x(i))} ${fixed(at.y(v))}`).join(' ');
  const line = `<path d="${path}" fill="none" stroke="#1f2933" stroke-width="2"${dash ? ` stroke-dasharray="${dash}"` : ''}/>`;
  const marks = values
    .map((v, i) => {
      const cx = at.x(i);
      const cy = at.y(v);
      const shape =
        marker === 'circle'
          ? `<circle cx="${fixed(cx)}" cy="${fixed(cy)}" r="3" fill="#1f2933"/>`
          : `<rect x="${fixed(cx - 5)}" y="${fixed(cy - 5)}" width="10" height="10" fill="#fff" stroke="#1f2933" stroke-width="1.5"/>`;
      const ty = labelAbove ? cy - 7 : cy + 15;
      if (!labelled(i)) return shape;
      return `${shape}<text x="${fixed(cx)}" y="${fixed(ty)}" text-anchor="middle" font-size="10">${e(points(v))}</text>`;
    })
    .join('');
  return line + marks;
}

/**
 * The monthly chart of a result with `monthly` scores, as an inline `<figure>` with an SVG, or an
 * empty string when the result has none.
 *
 * @example
 * ```ts
 * monthlyChart({ ...result, monthly: evaluateMonthly(facts) }, reportMessages('en'), 'en', ruleset.grades);
 * ```
 */
export function monthlyChart(
  result: EvaluationResult,
  m: ReportMessages,
  lang: Lang,
  grades: GradeBands | null,
): string {
  const monthly: Monthly = result.monthly ?? [];
  if (monthly.length === 0) return '';
  const max = result.max.total > 0 ? result.max.total : 1;
  const at = scales(monthly.length, max);
  const title = m.monthlyChart({ station: result.station.name });
  const description = monthly
    .map(
      (month) => `${month.month}: ${m.scoreToDate} ${points(month.total)}, ${m.projected} ${points(month.projected)}`,
    )
    .join('; ');
  const thresholds = (grades ?? [])
    .filter((band) => band.min !== null && band.min > 0 && band.min < max)
    .map((band) => {
      const y = fixed(at.y(band.min as number));
      return `<line x1="${LEFT}" x2="${WIDTH - RIGHT}" y1="${y}" y2="${y}" stroke="#616e7c" stroke-width="1" stroke-dasharray="1 3"/><text x="${LEFT + 4}" y="${fixed(at.y(band.min as number) + 12)}" font-size="10" fill="#616e7c">${e(`${points(band.min as number)} ${pick(band.label, lang)}`)}</text>`;
    })
    .join('');
  const axis = monthly
    .map(
      (month, i) =>
        `<text x="${fixed(at.x(i))}" y="${HEIGHT - 8}" text-anchor="middle" font-size="10">${e(month.month.slice(5))}</text>`,
    )
    .join('');
  const yAxis = [0, max]
    .map(
      (v) => `<text x="${LEFT - 6}" y="${fixed(at.y(v) + 3)}" text-anchor="end" font-size="10">${e(points(v))}</text>`,
    )
    .join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="100%" role="img" aria-labelledby="monthly-title monthly-desc" font-family="system-ui, sans-serif">
<title id="monthly-title">${e(title)}</title><desc id="monthly-desc">${e(description)}</desc>
<line x1="${LEFT}" x2="${LEFT}" y1="${TOP}" y2="${HEIGHT - BOTTOM}" stroke="#d9e2ec"/><line x1="${LEFT}" x2="${WIDTH - RIGHT}" y1="${HEIGHT - BOTTOM}" y2="${HEIGHT - BOTTOM}" stroke="#d9e2ec"/>
${thresholds}${yAxis}${axis}
${series(
  monthly.map((month) => month.projected),
  at,
  'square',
  '6 4',
  false,
  (i) => monthly[i]?.projected !== monthly[i]?.total,
)}
${series(
  monthly.map((month) => month.total),
  at,
  'circle',
  null,
  true,
)}
</svg>`;
  const legend = `<div class="legend"><span>● — ${e(m.scoreToDate)}</span><span>□ - - ${e(m.projected)}</span></div>`;
  return `<section class="monthly"><h2>${e(m.monthly)}</h2><figure>${svg}<figcaption>${e(title)}</figcaption></figure>${legend}</section>`;
}
