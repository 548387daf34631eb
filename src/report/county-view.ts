/** The texts of a county ranking row in one language, shared by every county renderer. */
import type { CountyResult, GroupBy, GroupSummary, RankedStation, SkipReason, StreamedPeriod } from './county.js';

/** A ranked station, whatever the county kept of its result. */
type Row = RankedStation<CountyResult>;

import type { Lang, ReportMessages } from './messages/index.js';
import { label, pick, points } from './text.js';

/**
 * A ranked station as the county reports show it.
 *
 * @example
 * ```ts
 * const view: RowView = rowView(row, reportMessages('zh'), 'zh');
 * view.change; // '▲ +4.5（2022-12-31：68.5）'
 * ```
 */
export interface RowView {
  readonly rank: string;
  readonly name: string;
  readonly id: string;
  readonly group: string;
  readonly total: string;
  readonly parts: string;
  readonly grade: string;
  readonly lost: string;
  /** The seq numbers of the items awaiting assessment, or '' when none. */
  readonly pending: string;
  readonly nextGrade: string;
  /** The change from the previous year with an arrow (readable without colour), or '' without one. */
  readonly change: string;
  readonly direction: 'up' | 'down' | 'same' | null;
  readonly review: string;
  readonly source: string;
}

/** A signed number of points: `+4.5`, `-3`, `0`. */
export const signed = (value: number) => (value > 0 ? `+${points(value)}` : points(value));

/** The seq numbers of items by id, joined. */
function seqs(row: Row, ids: readonly string[], separator: string): string {
  const seqOf = new Map(row.result.items.map((item) => [item.id, item.seq]));
  return ids.map((id) => seqOf.get(id) ?? id).join(separator);
}

function nextGradeText(row: Row, m: ReportMessages): string {
  const path = row.nextGrade;
  if (path === null) return '';
  if (path.next === null) return m.county.top;
  if (!path.reachable) return m.county.outOfReach;
  return m.county.recover({
    items: path.items.map((i) => i.seq).join(m.finding.listSeparator),
    points: points(path.recovered),
  });
}

function changeText(row: Row, m: ReportMessages): Pick<RowView, 'change' | 'direction'> {
  const before = row.previous;
  if (before === null) return { change: '', direction: null };
  const direction = before.change > 0 ? 'up' : before.change < 0 ? 'down' : 'same';
  const arrow = { up: '▲', down: '▼', same: '＝' }[direction];
  const was = m.county.was({ end: before.period.end, total: points(before.total) });
  return { change: `${arrow} ${signed(before.change)} ${was}`, direction };
}

function reviewText(row: Row, m: ReportMessages): string {
  if (row.origin === 'stored') return m.county.storedResult;
  return row.review ?? m.county.noReview;
}

/**
 * The texts of a ranked station.
 *
 * @example
 * ```ts
 * rowView(summary.periods[0].stations[0], reportMessages('en'), 'en').nextGrade; // '9, 13 (+8)'
 * ```
 */
export function rowView(row: Row, m: ReportMessages, lang: Lang): RowView {
  return {
    rank: String(row.rank),
    name: row.station.name,
    id: row.station.id,
    group: row.group === null ? '' : row.group === '' ? m.county.noGroup : row.group,
    total: points(row.total),
    parts: `${points(row.base)} + ${points(row.bonus)}`,
    grade: pick(row.gradeLabel, lang),
    lost: points(row.lost),
    pending: seqs(row, row.pending, m.finding.listSeparator),
    nextGrade: nextGradeText(row, m),
    ...changeText(row, m),
    review: reviewText(row, m),
    source: row.source,
  };
}

/**
 * The name of a group as reports show it: `(not stated)` for stations that name none.
 *
 * @example
 * ```ts
 * groupName(group, reportMessages('zh')); // '国网武义县供电公司'
 * ```
 */
export function groupName(group: GroupSummary, m: ReportMessages): string {
  return group.name === '' ? m.county.noGroup : group.name;
}

/**
 * The grade distribution of a group on one line: `优秀 2、合格 5`.
 *
 * @example
 * ```ts
 * gradeCounts(group, reportMessages('en')); // 'Excellent 2, Qualified 5'
 * ```
 */
export function gradeCounts(group: GroupSummary, m: ReportMessages): string {
  return group.grades
    .filter((g) => g.count > 0)
    .map((g) => `${label(m.grades, g.id)} ${g.count}`)
    .join(m.finding.listSeparator);
}

/**
 * A reason a file was skipped, on one line: `path: message [code]`.
 *
 * @example
 * ```ts
 * reasonLine({ at: 'period', message: { zh: '缺少必填字段', en: 'Required field is missing' }, code: 'missing-field' }, 'en');
 * // 'period: Required field is missing [missing-field]'
 * ```
 */
export function reasonLine(reason: SkipReason, lang: Lang): string {
  const at = reason.at === undefined || reason.at === '' ? '' : `${reason.at}: `;
  return `${at}${reason.message[lang]}${reason.code === undefined ? '' : ` [${reason.code}]`}`;
}

/**
 * The columns of a period's ranking, as every county renderer heads them: the group column with
 * `groupBy`, the change column when some station has a previous result, the review column when
 * asked (the terminal leaves it out).
 *
 * @example
 * ```ts
 * const { headers, withChange } = rankingColumns(period, 'county', reportMessages('zh'), { review: true });
 * ```
 */
export function rankingColumns(
  period: Pick<StreamedPeriod<CountyResult>, 'stations'>,
  groupBy: GroupBy | null,
  m: ReportMessages,
  options: { readonly review: boolean },
): { headers: string[]; withChange: boolean } {
  let withChange = false;
  for (const station of period.stations) {
    withChange = station.previous !== null;
    if (withChange) break;
  }
  const headers = [
    m.county.rank,
    m.station,
    ...(groupBy === null ? [] : [label(m.county.group, groupBy)]),
    m.total,
    m.grade,
    m.county.lost,
    m.county.pendingItems,
    m.county.nextGradeShort,
    ...(withChange ? [m.county.change] : []),
    ...(options.review ? [m.county.review] : []),
  ];
  return { headers, withChange };
}

/**
 * The columns of a period's group table, as the HTML and Markdown county reports head them, and
 * which of them are numbers (right-aligned).
 *
 * @example
 * ```ts
 * const { headers, numeric } = groupColumns('county', reportMessages('en'));
 * ```
 */
export function groupColumns(groupBy: GroupBy, m: ReportMessages): { headers: string[]; numeric: number[] } {
  return {
    headers: [
      m.county.rank,
      label(m.county.group, groupBy),
      m.stations,
      m.mean,
      `${m.min} – ${m.highest}`,
      m.gradeDistribution,
      m.county.weakest,
      m.county.awaiting,
    ],
    numeric: [0, 2, 3, 4, 7],
  };
}
