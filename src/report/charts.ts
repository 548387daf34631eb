/**
 * The charts of the county report, as inline SVG: no script, no network, no style attribute (the
 * page's policy forbids them; colours come from classes of the stylesheet). Each chart has a title
 * and a description in words, and reads without colour: bars carry their numbers and grade names,
 * matrix cells carry marks (✓ ◐ ✗ ? –), grade thresholds are labelled lines. They scale to the
 * width of the page, so they print on A4.
 */
import type { GradeId } from '../ruleset/schema.js';
import type { GroupSummary, RankedStation } from './county.js';
import type { GradeBands } from './grades.js';
import { escapeHtml } from './html-page.js';
import type { Lang, ReportMessages } from './messages/index.js';
import type { BatchSummary } from './summary.js';
import { label, percent, pick, points } from './text.js';

const e = escapeHtml;

/** Coordinates rounded to one decimal: short and the same on every machine. */
const n = (value: number) => String(Math.round(value * 10) / 10);

function figure(id: string, title: string, description: string, width: number, height: number, body: string): string {
  return `<figure class="chart" id="${id}"><figcaption>${e(title)}</figcaption><svg role="img" aria-labelledby="${id}-t ${id}-d" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}"><title id="${id}-t">${e(title)}</title><desc id="${id}-d">${e(description)}</desc>${body}</svg></figure>`;
}

const text = (x: number, y: number, content: string, attrs = '') =>
  `<text x="${n(x)}" y="${n(y)}"${attrs}>${e(content)}</text>`;
const rect = (x: number, y: number, w: number, h: number, cls: string) =>
  `<rect class="${cls}" x="${n(x)}" y="${n(y)}" width="${n(Math.max(0, w))}" height="${n(h)}"/>`;
const line = (x1: number, y1: number, x2: number, y2: number, cls: string) =>
  `<line class="${cls}" x1="${n(x1)}" y1="${n(y1)}" x2="${n(x2)}" y2="${n(y2)}"/>`;

/** The grade a total falls in, by the bands (best first), or `null` when they are unknown. */
function gradeOfTotal(total: number, grades: GradeBands | null): GradeId | null {
  if (grades === null) return null;
  return grades.find((g) => g.min === null || total >= g.min)?.id ?? null;
}

/**
 * Grade distribution: one bar per grade, with its name, count and share.
 *
 * @example
 * ```ts
 * gradeChart('p0-grades', summary, reportMessages('zh'), 'zh');
 * ```
 */
export function gradeChart(id: string, summary: BatchSummary, m: ReportMessages, lang: Lang): string {
  const width = 340;
  const rowHeight = 30;
  const labelWidth = 120;
  const barSpace = width - labelWidth - 70;
  const most = Math.max(1, ...summary.grades.map((g) => g.count));
  const names = summary.grades.map((g) => (g.label ? pick(g.label, lang) : label(m.grades, g.id)));
  const bars = summary.grades.map((g, i) => {
    const y = 8 + i * rowHeight;
    const share = percent(summary.stations ? g.count / summary.stations : 0);
    const w = (g.count / most) * barSpace;
    return [
      text(0, y + 15, names[i] as string),
      rect(labelWidth, y + 2, w, 18, `fill-${g.id}`),
      text(labelWidth + w + 6, y + 15, `${g.count} (${share})`),
    ].join('');
  });
  const description = summary.grades.map((g, i) => `${names[i]} ${g.count}`).join(m.chart.separator);
  const height = 8 + summary.grades.length * rowHeight;
  return figure(id, m.chart.grades, description, width, height, bars.join(''));
}

/**
 * Score distribution: stations per 10 points of total, coloured by grade, grade thresholds as
 * labelled dashed lines.
 *
 * @example
 * ```ts
 * scoreChart('p0-scores', stations, ruleset.grades, reportMessages('en'), 'en');
 * ```
 */
export function scoreChart(
  id: string,
  stations: readonly RankedStation[],
  grades: GradeBands | null,
  m: ReportMessages,
  lang: Lang,
): string {
  const width = 340;
  const left = 26;
  const right = 14;
  const thresholds = (grades ?? []).filter((band) => band.min !== null);
  // Each threshold's label on a line of its own above the bars, so that none overlaps another.
  const top = 18 + thresholds.length * 13;
  const height = top + 150;
  const bottom = height - 22;
  const max = Math.max(...stations.map((s) => s.max.total), 10);
  const low = Math.min(0, Math.floor(Math.min(...stations.map((s) => s.total)) / 10) * 10);
  const high = Math.ceil(max / 10) * 10;
  const bins = Array.from({ length: (high - low) / 10 }, (_, i) => low + i * 10);
  const counts = bins.map(
    (from, i) =>
      stations.filter((s) => s.total >= from && (s.total < from + 10 || (i === bins.length - 1 && s.total <= high)))
        .length,
  );
  const most = Math.max(1, ...counts);
  const step = (width - left - right) / bins.length;
  const x = (value: number) => left + ((value - low) / (high - low)) * (width - left - right);
  const y = (count: number) => bottom - (count / most) * (bottom - top);
  const parts: string[] = [line(left, bottom, width - right, bottom, 'axis')];
  bins.forEach((from, i) => {
    const count = counts[i] as number;
    const grade = gradeOfTotal(from, grades);
    if (count > 0) {
      parts.push(rect(left + i * step + 1, y(count), step - 2, bottom - y(count), `fill-${grade ?? 'qualified'}`));
      parts.push(text(left + i * step + step / 2, y(count) - 3, String(count), ' text-anchor="middle"'));
    }
    parts.push(text(x(from), bottom + 14, String(from), ' text-anchor="middle" class="faint"'));
  });
  parts.push(text(x(high), bottom + 14, String(high), ' text-anchor="middle" class="faint"'));
  thresholds.forEach((band, i) => {
    const min = band.min as number;
    if (min <= low || min >= high) return;
    const labelY = 10 + i * 13;
    const end = x(min) > width / 2;
    parts.push(line(x(min), labelY - 9, x(min), bottom, 'threshold'));
    const at = end ? x(min) - 3 : x(min) + 3;
    parts.push(
      text(at, labelY, `${points(min)} ${pick(band.label, lang)}`, ` class="faint"${end ? ' text-anchor="end"' : ''}`),
    );
  });
  const description = bins
    .map((from, i) => (counts[i] ? `${from}–${from + 10}: ${counts[i]}` : ''))
    .filter((s) => s !== '')
    .join(m.chart.separator);
  return figure(id, m.chart.scores, description, width, height, parts.join(''));
}

/** The states of a matrix cell, each with the mark that tells it without colour. */
const MATRIX_MARKS = { pass: '✓', partial: '◐', fail: '✗', notAssessed: '?', notApplicable: '–' } as const;

type MatrixState = keyof typeof MATRIX_MARKS;

/** How an item of a station reads in the matrix. */
function matrixState(item: RankedStation['result']['items'][number]): MatrixState {
  if (item.status === 'notAssessed') return 'notAssessed';
  if (item.status === 'notApplicable') return 'notApplicable';
  if (item.score >= item.max) return 'pass';
  return item.score <= 0 ? 'fail' : 'partial';
}

/** A matrix cell (or legend swatch): its square and its mark, dark on the light state. */
function matrixSquare(x: number, y: number, size: number, state: MatrixState): string {
  const mark = text(
    x + size / 2,
    y + size - 4,
    MATRIX_MARKS[state],
    ` text-anchor="middle"${state === 'notApplicable' ? '' : ' class="on-fill"'}`,
  );
  return `${rect(x + 1, y + 1, size - 2, size - 2, `fill-${state}`)}${mark}`;
}

/**
 * The station × item matrix: one row per station (in rank order), one column per item, each cell
 * marked full (✓), partly lost (◐), lost (✗), awaiting assessment (?) or not applicable (–).
 *
 * @example
 * ```ts
 * matrixChart('p0-matrix', stations, reportMessages('zh'));
 * ```
 */
export function matrixChart(id: string, stations: readonly RankedStation[], m: ReportMessages): string {
  const first = stations[0]?.result.items ?? [];
  const columns = first.map((item) => ({ id: item.id, seq: item.seq }));
  const cell = 18;
  const labelWidth = 190;
  // Numbers longer than two characters (12a) would touch their neighbours: headers then take two rows.
  const stagger = columns.some((col) => col.seq.length > 2);
  const top = stagger ? 36 : 26;
  const width = labelWidth + columns.length * cell + 4;
  const legendTop = top + stations.length * cell + 10;
  const height = legendTop + 22;
  const parts: string[] = [];
  columns.forEach((col, c) => {
    const y = stagger && c % 2 === 1 ? top - 20 : top - 8;
    parts.push(text(labelWidth + c * cell + cell / 2, y, col.seq, ' text-anchor="middle" class="faint"'));
  });
  stations.forEach((station, r) => {
    const y = top + r * cell;
    const name = `${station.rank}. ${station.station.name}`;
    const shown = name.length > 16 ? `${name.slice(0, 15)}…` : name;
    parts.push(text(0, y + 13, shown));
    const byId = new Map(station.result.items.map((item) => [item.id, item]));
    columns.forEach((col, c) => {
      const item = byId.get(col.id);
      const x = labelWidth + c * cell;
      parts.push(
        item === undefined
          ? rect(x + 1, y + 1, cell - 2, cell - 2, 'fill-none')
          : matrixSquare(x, y, cell, matrixState(item)),
      );
    });
  });
  (Object.keys(MATRIX_MARKS) as MatrixState[]).forEach((state, i) => {
    const x = i * 130;
    parts.push(
      matrixSquare(x - 1, legendTop - 1, 16, state),
      text(x + 18, legendTop + 11, label(m.chart.cells, state)),
    );
  });
  const description = m.chart.matrixDescription({ stations: stations.length, items: columns.length });
  return figure(id, m.chart.matrix, description, width, height, parts.join(''));
}

/**
 * Group comparison: one bar per group at its mean total, a whisker from its lowest to its highest
 * station, grade thresholds as labelled lines.
 *
 * @example
 * ```ts
 * groupChart('p0-groups', groups, 110, ruleset.grades, reportMessages('zh'), 'zh');
 * ```
 */
export function groupChart(
  id: string,
  groups: readonly GroupSummary[],
  maxTotal: number,
  grades: GradeBands | null,
  m: ReportMessages,
  lang: Lang,
): string {
  const width = 680;
  const rowHeight = 30;
  const labelWidth = 200;
  const right = 130;
  const top = 20;
  const scale = (value: number) => labelWidth + (Math.max(0, value) / maxTotal) * (width - labelWidth - right);
  const parts: string[] = [];
  groups.forEach((group, i) => {
    const y = top + i * rowHeight;
    const name = group.name === '' ? m.county.noGroup : group.name;
    const shown = name.length > 18 ? `${name.slice(0, 17)}…` : name;
    const grade = gradeOfTotal(group.mean, grades) ?? 'qualified';
    parts.push(text(0, y + 15, `${group.rank === null ? '–' : group.rank}. ${shown}`));
    parts.push(rect(labelWidth, y + 3, scale(group.mean) - labelWidth, 16, `fill-${grade}`));
    parts.push(line(scale(group.min), y + 11, scale(group.max), y + 11, 'whisker'));
    parts.push(line(scale(group.min), y + 5, scale(group.min), y + 17, 'whisker'));
    parts.push(line(scale(group.max), y + 5, scale(group.max), y + 17, 'whisker'));
    parts.push(
      text(width - right + 6, y + 15, m.chart.groupValue({ mean: points(group.mean), stations: group.stations })),
    );
  });
  const bottom = top + groups.length * rowHeight;
  parts.push(line(labelWidth, bottom, width - right, bottom, 'axis'));
  for (const tick of [0, maxTotal / 2, maxTotal]) {
    parts.push(text(scale(tick), bottom + 14, points(tick), ' text-anchor="middle" class="faint"'));
  }
  for (const band of grades ?? []) {
    if (band.min === null || band.min <= 0 || band.min >= maxTotal) continue;
    parts.push(line(scale(band.min), top - 6, scale(band.min), bottom, 'threshold'));
    parts.push(text(scale(band.min) + 3, top - 8, `${points(band.min)} ${pick(band.label, lang)}`, ' class="faint"'));
  }
  const description = groups
    .map((g) => `${g.name === '' ? m.county.noGroup : g.name} ${points(g.mean)} (${points(g.min)}–${points(g.max)})`)
    .join(m.chart.separator);
  return figure(id, m.chart.groups, description, width, bottom + 22, parts.join(''));
}
