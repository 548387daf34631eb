/**
 * The content every report shows, in one language, computed once from a result; the Markdown,
 * HTML and terminal renderers only lay it out.
 */
import { dueList } from '../due/list.js';
import { dueMessages } from '../due/messages.js';
import type { EvaluationResult, ItemResult } from '../result/schema.js';
import { findingsOf } from './findings.js';
import { gradeBandsFor } from './grades.js';
import { type Lang, type ReportMessages, reportMessages } from './messages/index.js';
import { type PathToNextGrade, pathToNextGrade } from './next-grade.js';
import type { ReportOptions } from './options.js';
import { label, pick, points } from './text.js';

/** One row of the item table. */
export interface ItemRow {
  readonly id: string;
  readonly seq: string;
  readonly title: string;
  readonly score: string;
  readonly max: string;
  readonly status: ItemResult['status'];
  readonly statusLabel: string;
  readonly missing: readonly string[];
  readonly lost: boolean;
}

/** The details of an item that lost points (or was overridden). */
export interface ItemDetail extends ItemRow {
  readonly failures: number | null;
  /** What the item lacked, as sentences naming the records (see `findingsOf`). */
  readonly findings: readonly string[];
  readonly notCounted: readonly string[];
  readonly records: readonly string[];
  readonly advice: string | null;
  readonly assessment: string | null;
  readonly computed: string | null;
  readonly origin: string;
}

/** The next-grade section, ready to show. */
export interface NextGradeView {
  readonly text: string;
  readonly items: ReadonlyArray<{
    readonly seq: string;
    readonly title: string;
    readonly lost: string;
    readonly status: string;
  }>;
  readonly path: PathToNextGrade | null;
}

/** Everything a single-station report shows. */
export interface ReportModel {
  readonly lang: Lang;
  readonly m: ReportMessages;
  readonly station: string;
  readonly period: string;
  readonly grade: EvaluationResult['grade'];
  readonly gradeLabel: string;
  readonly total: string;
  readonly totalMax: string;
  readonly base: string;
  readonly baseMax: string;
  readonly bonus: string;
  readonly bonusMax: string;
  readonly parts: ReadonlyArray<{
    readonly id: string;
    readonly title: string;
    readonly score: number;
    readonly max: number;
  }>;
  readonly items: readonly ItemRow[];
  readonly details: readonly ItemDetail[];
  readonly nextGrade: NextGradeView;
  readonly warnings: readonly string[];
  readonly rejected: readonly string[];
  readonly pending: readonly string[];
  readonly chain: string;
  readonly hash: string;
  readonly library: string;
  /** When the report was made (`ReportOptions.generatedAt`), or `null`. */
  readonly generatedAt: string | null;
  /** Evaluated as of a day: the day, the projected total, and a sentence saying so. */
  readonly asOf: { readonly date: string; readonly projected: string; readonly line: string } | null;
  /**
   * Evaluated as of a day: the obligations past their deadline and still to be done, most overdue
   * first, each as a sentence (item, what arose when, deadline, days overdue, points lost).
   */
  readonly overdue: readonly string[];
  /** The score at each month end, when the result carries them. */
  readonly monthly: ReadonlyArray<{ readonly month: string; readonly total: string; readonly projected: string }>;
}

function asOfView(result: EvaluationResult, m: ReportMessages): ReportModel['asOf'] {
  const asOf = result.asOf;
  if (asOf === undefined) return null;
  const projected = `${points(asOf.projected.total)} / ${points(result.max.total)}`;
  return {
    date: asOf.date,
    projected,
    line: m.asOfLine({ date: asOf.date, projected, next: asOf.nextDeadline ?? m.none }),
  };
}

/** The overdue obligations of a result evaluated as of a day, as the due list orders them. */
function overdueLines(result: EvaluationResult, lang: Lang, m: ReportMessages): string[] {
  if (result.asOf === undefined) return [];
  const due = dueMessages(lang);
  return dueList(result)
    .entries.filter((entry) => entry.overdue)
    .map((entry) =>
      m.overdueLine({
        seq: entry.seq,
        title: pick(entry.title, lang),
        what: due.obligation({ id: entry.obligation ?? '', from: entry.from }),
        when: due.overdueSince({ deadline: entry.deadline, days: entry.daysOverdue ?? 0 }),
        lost: entry.lost ? due.lost({ lost: points(entry.lost) }) : null,
      }),
    );
}

function itemRow(item: ItemResult, lang: Lang, m: ReportMessages): ItemRow {
  return {
    id: item.id,
    seq: item.seq,
    title: pick(item.title, lang),
    score: points(item.score),
    max: points(item.max),
    status: item.status,
    statusLabel: label(m.statuses, item.status),
    missing: item.missing,
    lost: item.score < item.max,
  };
}

function itemDetail(item: ItemResult, lang: Lang, m: ReportMessages): ItemDetail {
  const a = item.assessment;
  return {
    ...itemRow(item, lang, m),
    failures: item.failures,
    findings: findingsOf(item, m.finding),
    notCounted: item.notCounted.map((n) => `${n.id} (${n.bucket}): ${label(m.reasons, n.reason)}`),
    records: item.records,
    advice: item.advice ? pick(item.advice, lang) : null,
    assessment: a
      ? `${points(a.score)} / ${points(item.max)}${a.verdict ? ` (${label(m.statuses, a.verdict)})` : ''}, ${m.assessedBy({ assessor: a.assessor, date: a.date })}: ${a.justification}`
      : null,
    computed: item.computed
      ? `${points(item.computed.score)} / ${points(item.max)} (${label(m.statuses, item.computed.status)})`
      : null,
    origin: item.origin,
  };
}

function nextGradeView(result: EvaluationResult, options: ReportOptions, lang: Lang, m: ReportMessages): NextGradeView {
  const grades = gradeBandsFor(result, options.grades);
  if (grades === null) return { text: m.nextGradeUnknown, items: [], path: null };
  const path = pathToNextGrade(result, grades);
  const items = path.items.map((i) => ({
    seq: i.seq,
    title: pick(i.title, lang),
    lost: points(i.lost),
    status: label(m.statuses, i.status),
  }));
  if (path.next === null) return { text: m.nextGradeTop({ grade: pick(result.gradeLabel, lang) }), items, path };
  const grade = pick(path.next.label, lang);
  const gap = points(path.gap);
  const text = path.reachable
    ? m.nextGradeNeeds({ gap, grade, count: path.items.length, points: points(path.recovered) })
    : m.nextGradeUnreachable({ gap, grade, points: points(path.lost) });
  return { text, items, path };
}

/**
 * Computes what a report shows for one result.
 *
 * @example
 * ```ts
 * const model = reportModel(result, { lang: 'en' });
 * model.nextGrade.text; // '17 more points reach Excellent (model): recover 4 items (17 points).'
 * ```
 */
export function reportModel(result: EvaluationResult, options: ReportOptions = {}): ReportModel {
  const lang = options.lang ?? 'zh';
  const m = reportMessages(lang);
  const titles = new Map(result.items.map((i) => [i.id, i]));
  return {
    lang,
    m,
    station: `${result.station.name} (${result.station.id})`,
    period: `${result.period.start} – ${result.period.end} (${result.period.timeZone})`,
    grade: result.grade,
    gradeLabel: pick(result.gradeLabel, lang),
    total: points(result.total),
    totalMax: points(result.max.total),
    base: points(result.base),
    baseMax: points(result.max.base),
    bonus: points(result.bonus),
    bonusMax: points(result.max.bonus),
    parts: result.parts.map((p) => ({ id: p.id, title: pick(p.title, lang), score: p.score, max: p.max })),
    items: result.items.map((i) => itemRow(i, lang, m)),
    details: result.items
      .filter((i) => i.score < i.max || i.status === 'overridden')
      .map((i) => itemDetail(i, lang, m)),
    nextGrade: nextGradeView(result, options, lang, m),
    warnings: result.warnings.map(
      (w) => `${pick(w.message, lang)}${w.records.length ? ` [${w.records.join(', ')}]` : ''}`,
    ),
    rejected: result.rejectedEvidence.map((r) => `${r.id}: ${r.reason} (${m.rejectedBy({ by: r.by, date: r.date })})`),
    pending: result.pending.map((id) => {
      const item = titles.get(id);
      return item ? `${item.seq} ${pick(item.title, lang)} (${id})` : id;
    }),
    chain: result.ruleset.chain.map((l) => `${l.id}@${l.version}`).join(' → '),
    hash: result.ruleset.hash,
    library: `${result.library.name} ${result.library.version}`,
    generatedAt: options.generatedAt ?? null,
    asOf: asOfView(result, m),
    overdue: overdueLines(result, lang, m),
    monthly: (result.monthly ?? []).map((month) => ({
      month: month.month,
      total: points(month.total),
      projected: points(month.projected),
    })),
  };
}
