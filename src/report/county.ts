/**
 * The county evaluation (§6): every station of a batch ranked, each year apart, with its change
 * from the previous year, the files that could not be evaluated and why, duplicates counted once,
 * and the stations rolled up by city or county company. Pure data, computed once; the county
 * renderers (HTML, Markdown, CSV, JSON, terminal) only lay it out.
 */
import type { EvaluationResult } from '../result/schema.js';
import { GRADE_IDS, type GradeId, type Localized } from '../ruleset/schema.js';
import { meanScore, sumScores } from '../scoring/exact.js';
import { type GradeBands, gradeBandsFor } from './grades.js';
import { type PathToNextGrade, pathToNextGrade } from './next-grade.js';
import { type BatchSummary, type ItemSummary, lostPoints, type SummaryResult, summarizeBatch } from './summary.js';

/**
 * What the county evaluation reads of a result: the station, period, scores, grade and items. An
 * `EvaluationResult` is one; so is the compact digest a `batch` worker hands back
 * (`countyDigest`), which is all the ranking, the summaries, the groups and the JSON, CSV and
 * terminal county reports need.
 *
 * @category Reports
 * @example
 * ```ts
 * const digest: CountyResult = result; // any EvaluationResult
 * digest.items.map((item) => item.score);
 * ```
 */
export type CountyResult = SummaryResult &
  Pick<EvaluationResult, 'station' | 'period' | 'base' | 'bonus' | 'max'> & {
    readonly ruleset: Pick<EvaluationResult['ruleset'], 'hash'>;
  };

/**
 * How stations are rolled up: by the county company or the city company their facts name
 * (`station.organisation`).
 *
 * @category Reports
 * @example
 * ```ts
 * const groupBy: GroupBy = 'county';
 * ```
 */
export type GroupBy = 'city' | 'county';

/**
 * One result of a county evaluation and where it came from.
 *
 * @category Reports
 * @example
 * ```ts
 * const entry: CountyEntry = { source: 'stations/liuqiao.json', result, origin: 'evaluated', review: 'reviews/liuqiao.json' };
 * ```
 */
export interface CountyEntry<R extends CountyResult = EvaluationResult> {
  /** Where the result came from (a file, a database row): shown in the report. */
  readonly source: string;
  readonly result: R;
  /** `evaluated` from facts (the default), or `stored`: a result read back, not evaluated again. */
  readonly origin?: 'evaluated' | 'stored';
  /** The review applied when evaluating (its file), if any. */
  readonly review?: string | null;
}

/**
 * One reason a source could not be evaluated: where in it (a JSON path), what, and its code.
 *
 * @category Reports
 * @example
 * ```ts
 * const reason: SkipReason = { at: 'period', message: { zh: '缺少必填字段', en: 'Required field is missing' }, code: 'missing-field' };
 * ```
 */
export interface SkipReason {
  readonly at?: string;
  readonly message: Localized;
  readonly code?: string;
}

/**
 * A source that could not be evaluated (or used), with every reason.
 *
 * @category Reports
 * @example
 * ```ts
 * const skipped: SkippedSource = { source: 'stations/broken.json', reasons: [reason] };
 * ```
 */
export interface SkippedSource {
  readonly source: string;
  readonly reasons: readonly SkipReason[];
}

/**
 * The input of {@link countySummary}: the results, in the order of their sources (the first of two
 * results of one station and period is the one counted), and the sources that failed.
 *
 * @category Reports
 * @example
 * ```ts
 * const input: CountyInput = { entries: results.map((result, i) => ({ source: files[i], result })), skipped: [] };
 * ```
 */
export interface CountyInput<R extends CountyResult = EvaluationResult> {
  readonly entries: readonly CountyEntry<R>[];
  readonly skipped?: readonly SkippedSource[];
}

/**
 * Options of {@link countySummary}.
 *
 * @category Reports
 * @example
 * ```ts
 * const options: CountyOptions = { groupBy: 'county', grades: ruleset.grades };
 * ```
 */
export interface CountyOptions {
  readonly groupBy?: GroupBy;
  /** The grade bands of the ruleset (for the path to the next grade); see `ReportOptions.grades`. */
  readonly grades?: GradeBands;
}

/**
 * The same station's result in the latest earlier period of the batch, and the change since.
 *
 * @category Reports
 * @example
 * ```ts
 * const previous: PreviousResult | null = row.previous;
 * previous?.change; // +4.5
 * ```
 */
export interface PreviousResult {
  readonly source: string;
  readonly period: EvaluationResult['period'];
  readonly total: number;
  readonly grade: GradeId;
  readonly gradeLabel: Localized;
  /** This period's total less the previous one (exact). */
  readonly change: number;
}

/**
 * One station in the ranking of its period.
 *
 * @category Reports
 * @example
 * ```ts
 * const row: RankedStation = summary.periods[0].stations[0];
 * `${row.rank}. ${row.station.name} ${row.total}`;
 * ```
 */
export interface RankedStation<R extends CountyResult = EvaluationResult> {
  /** 1 for the highest total; equal totals share a rank (1, 2, 2, 4). */
  readonly rank: number;
  readonly source: string;
  readonly origin: 'evaluated' | 'stored';
  readonly review: string | null;
  readonly station: EvaluationResult['station'];
  readonly period: EvaluationResult['period'];
  readonly total: number;
  readonly base: number;
  readonly bonus: number;
  readonly max: EvaluationResult['max'];
  readonly grade: GradeId;
  readonly gradeLabel: Localized;
  /** Points actually lost (items awaiting assessment are not lost). */
  readonly lost: number;
  /** Expert-judged items still awaiting an assessment (ids, in item order). */
  readonly pending: readonly string[];
  /** The path to the next grade, or `null` when the grade bands are unknown. */
  readonly nextGrade: PathToNextGrade | null;
  /** The group the station belongs to (`null` without `groupBy`); `''` when its facts name none. */
  readonly group: string | null;
  readonly previous: PreviousResult | null;
  readonly result: R;
}

/**
 * A group of stations (a county or city company) in one period.
 *
 * @category Reports
 * @example
 * ```ts
 * const group: GroupSummary = summary.periods[0].groups[0];
 * `${group.rank}. ${group.name} ${group.mean} (${group.stations})`;
 * ```
 */
export interface GroupSummary {
  /** 1 for the highest mean; equal means share a rank; `null` for the stations that name no group. */
  readonly rank: number | null;
  /** The group's name; `''` for the stations whose facts name none. */
  readonly name: string;
  /** For a county: its city company, when the stations name one. */
  readonly city: string | null;
  readonly stations: number;
  /** Mean total, from the exact sum, to the nearest 10^-4. */
  readonly mean: number;
  readonly min: number;
  readonly max: number;
  readonly grades: ReadonlyArray<{ readonly id: GradeId; readonly count: number }>;
  /** The items most often lost in the group (at most 3), as in `BatchSummary.mostLost`. */
  readonly weakest: readonly ItemSummary[];
  /** Stations of the group still awaiting an expert assessment. */
  readonly awaiting: number;
}

/**
 * One evaluation period of the batch: its stations ranked, its summary and its groups.
 *
 * @category Reports
 * @example
 * ```ts
 * const latest: PeriodRanking = summary.periods[0];
 * latest.stations.length; // stations ranked in that period
 * ```
 */
export interface PeriodRanking<R extends CountyResult = EvaluationResult> {
  readonly period: { readonly start: string; readonly end: string };
  readonly stations: readonly RankedStation<R>[];
  readonly summary: BatchSummary;
  /** Groups ranked by mean total (empty without `groupBy`). */
  readonly groups: readonly GroupSummary[];
}

/**
 * A second result of a station and period already counted: reported, not counted.
 *
 * @category Reports
 * @example
 * ```ts
 * const duplicate: DuplicateSource = { source: 'b/liuqiao.json', station, period, counted: 'a/liuqiao.json' };
 * ```
 */
export interface DuplicateSource {
  readonly source: string;
  readonly station: EvaluationResult['station'];
  readonly period: EvaluationResult['period'];
  /** The source of the result that is counted. */
  readonly counted: string;
}

/**
 * The county evaluation: every period (latest first) with its ranking, the duplicates and the
 * sources that could not be evaluated.
 *
 * @category Reports
 * @example
 * ```ts
 * const summary: CountySummary = countySummary({ entries, skipped }, { groupBy: 'county' });
 * summary.periods[0]?.stations.map((s) => `${s.rank} ${s.station.name}`);
 * ```
 */
export interface CountySummary<R extends CountyResult = EvaluationResult> {
  readonly periods: readonly PeriodRanking<R>[];
  readonly duplicates: readonly DuplicateSource[];
  readonly skipped: readonly SkippedSource[];
  readonly groupBy: GroupBy | null;
  /** Station-periods ranked (each counted once). */
  readonly ranked: number;
  /** Sources given: results (duplicates included) and skipped sources. */
  readonly sources: number;
}

/**
 * One period of a {@link CountyRanking}: a {@link PeriodRanking} whose stations are made one at a
 * time, again each time they are iterated, so that they are never all held at once.
 *
 * @category Reports
 * @example
 * ```ts
 * const [latest]: readonly StreamedPeriod[] = countyRanking({ entries }).periods;
 * for (const row of latest?.stations ?? []) console.log(row.rank, row.station.name);
 * ```
 */
export type StreamedPeriod<R extends CountyResult = EvaluationResult> = Omit<PeriodRanking<R>, 'stations'> & {
  readonly stations: Iterable<RankedStation<R>>;
};

/**
 * The county evaluation of {@link countyRanking}: a {@link CountySummary} whose ranked stations are
 * made on demand ({@link StreamedPeriod}). A `CountySummary` is one too, so whatever reads a
 * `CountyRanking` (the CSV, JSON and terminal county reports) reads either.
 *
 * @category Reports
 * @example
 * ```ts
 * const county: CountyRanking = countyRanking({ entries, skipped }, { groupBy: 'county' });
 * county.periods[0]?.summary.stations; // stations ranked in the latest period
 * ```
 */
export type CountyRanking<R extends CountyResult = EvaluationResult> = Omit<CountySummary<R>, 'periods'> & {
  readonly periods: readonly StreamedPeriod<R>[];
};

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const periodKey = (p: { start: string; end: string }) => `${p.start}/${p.end}`;
const stationPeriodKey = (r: CountyResult) => `${r.station.id}\u0000${periodKey(r.period)}`;

/** The group of a station, `''` when its facts name none. */
function groupOf(result: CountyResult, groupBy: GroupBy): string {
  return result.station.organisation?.[groupBy] ?? '';
}

/** Equal values share a rank: 1, 2, 2, 4 (values sorted best first). */
function competitionRanks(values: readonly number[]): number[] {
  const ranks: number[] = [];
  values.forEach((value, i) => {
    ranks.push(i > 0 && values[i - 1] === value ? (ranks[i - 1] as number) : i + 1);
  });
  return ranks;
}

/** The first result of each station and period counts; later ones are duplicates. */
function countedOnce<R extends CountyResult>(
  entries: readonly CountyEntry<R>[],
): { kept: CountyEntry<R>[]; duplicates: DuplicateSource[] } {
  const first = new Map<string, CountyEntry<R>>();
  const duplicates: DuplicateSource[] = [];
  for (const entry of entries) {
    const key = stationPeriodKey(entry.result);
    const counted = first.get(key);
    if (counted === undefined) first.set(key, entry);
    else {
      const { station, period } = entry.result;
      duplicates.push({ source: entry.source, station, period, counted: counted.source });
    }
  }
  return { kept: [...first.values()], duplicates };
}

/**
 * Each station's result in the latest period that ended before this one starts. Only the stations
 * with results of several periods are kept (most batches have one period: nothing is).
 */
function previousOf<R extends CountyResult>(
  kept: readonly CountyEntry<R>[],
): (result: CountyResult) => CountyEntry<R> | null {
  const periods = new Map<string, number>();
  for (const entry of kept) periods.set(entry.result.station.id, (periods.get(entry.result.station.id) ?? 0) + 1);
  const byStation = new Map<string, CountyEntry<R>[]>();
  for (const entry of kept) {
    const id = entry.result.station.id;
    if ((periods.get(id) as number) < 2) continue;
    const list = byStation.get(id);
    if (list === undefined) byStation.set(id, [entry]);
    else list.push(entry);
  }
  return (result) => {
    let best: CountyEntry<R> | null = null;
    for (const other of byStation.get(result.station.id) ?? []) {
      const p = other.result.period;
      if (p.end >= result.period.start) continue;
      if (best === null || p.end > best.result.period.end) best = other;
    }
    return best;
  };
}

/** The parts of a ranked station that come from the whole batch rather than from its result. */
interface RowContext<R extends CountyResult> {
  readonly options: CountyOptions;
  readonly previous: (result: CountyResult) => CountyEntry<R> | null;
}

/** The ranked station of `entry`, placed `rank`. */
function rankedRow<R extends CountyResult>(
  entry: CountyEntry<R>,
  rank: number,
  context: RowContext<R>,
): RankedStation<R> {
  const { options } = context;
  const r = entry.result;
  const items = r.items;
  const grades = gradeBandsFor(r, options.grades);
  const before = context.previous(r);
  return {
    rank,
    source: entry.source,
    origin: entry.origin ?? 'evaluated',
    review: entry.review ?? null,
    station: r.station,
    period: r.period,
    total: r.total,
    base: r.base,
    bonus: r.bonus,
    max: r.max,
    grade: r.grade,
    gradeLabel: r.gradeLabel,
    lost: sumScores(items.map(lostPoints)),
    pending: items.filter((item) => item.status === 'notAssessed').map((item) => item.id),
    nextGrade: grades === null ? null : pathToNextGrade(r, grades),
    group: options.groupBy === undefined ? null : groupOf(r, options.groupBy),
    previous:
      before === null
        ? null
        : {
            source: before.source,
            period: before.result.period,
            total: before.result.total,
            grade: before.result.grade,
            gradeLabel: before.result.gradeLabel,
            change: sumScores([r.total, -before.result.total]),
          },
    result: r,
  };
}

/** The entries of one period, best first: by total, then station id, then source. */
function bestFirst<R extends CountyResult>(entries: readonly CountyEntry<R>[]): CountyEntry<R>[] {
  return [...entries].sort(
    (a, b) =>
      b.result.total - a.result.total || byText(a.result.station.id, b.result.station.id) || byText(a.source, b.source),
  );
}

/**
 * The stations of one period (its entries best first), made one at a time each time they are
 * iterated: only the order and the ranks are kept.
 */
function rankedRows<R extends CountyResult>(
  sorted: readonly CountyEntry<R>[],
  context: RowContext<R>,
): Iterable<RankedStation<R>> {
  const ranks = competitionRanks(sorted.map((e) => e.result.total));
  return {
    *[Symbol.iterator]() {
      for (let i = 0; i < sorted.length; i++) yield rankedRow(sorted[i] as CountyEntry<R>, ranks[i] as number, context);
    },
  };
}

const awaitsAssessment = (result: CountyResult) => result.items.some((item) => item.status === 'notAssessed');

/** The groups of one period's stations (given best first), ranked by mean total. */
function groupSummaries(sorted: readonly CountyEntry<CountyResult>[], groupBy: GroupBy): GroupSummary[] {
  const byName = new Map<string, CountyResult[]>();
  for (const { result } of sorted) {
    const name = groupOf(result, groupBy);
    const list = byName.get(name);
    if (list === undefined) byName.set(name, [result]);
    else list.push(result);
  }
  const groups = [...byName].map(([name, members]) => {
    const totals = members.map((m) => m.total);
    const cities = [...new Set(members.map((m) => m.station.organisation?.city).filter((c) => c !== undefined))];
    const summary = summarizeBatch(members, { top: 3 });
    return {
      name,
      city: cities.length === 1 ? (cities[0] as string) : null,
      stations: members.length,
      mean: meanScore(totals) as number,
      min: Math.min(...totals),
      max: Math.max(...totals),
      grades: GRADE_IDS.map((id) => ({ id, count: members.filter((m) => m.grade === id).length })),
      weakest: summary.mostLost,
      awaiting: members.filter(awaitsAssessment).length,
    };
  });
  const named = groups.filter((g) => g.name !== '').sort((a, b) => b.mean - a.mean || byText(a.name, b.name));
  const ranks = competitionRanks(named.map((g) => g.mean));
  const ranked: GroupSummary[] = named.map((g, i) => ({ rank: ranks[i] as number, ...g }));
  const unnamed = groups.find((g) => g.name === '');
  return unnamed === undefined ? ranked : [...ranked, { rank: null, ...unnamed }];
}

/**
 * Builds the county evaluation of a batch. Each station and period counts once: the first result
 * in `entries` order (give them sorted by source) is counted, the others are listed as
 * duplicates. Each period (exact start and end) is ranked apart, latest first: by total, highest
 * first; equal totals share a rank (1, 2, 2, 4) and are listed by station id. A station's change
 * is measured from its result in the latest earlier period of the batch. Groups are ranked by
 * their mean total the same way (ties listed by name); stations that name no group are gathered
 * last, unranked. Pure: the same input gives the same summary.
 *
 * @category Reports
 * @example
 * ```ts
 * const summary = countySummary(
 *   { entries: results.map((result) => ({ source: result.station.id, result })), skipped: [] },
 *   { groupBy: 'county', grades: ruleset.grades },
 * );
 * summary.periods[0]?.groups.map((g) => `${g.rank}. ${g.name}: ${g.mean}`);
 * ```
 */
export function countySummary<R extends CountyResult = EvaluationResult>(
  input: CountyInput<R>,
  options: CountyOptions = {},
): CountySummary<R> {
  return withStationsListed(countyRanking(input, options));
}

/**
 * A {@link CountyRanking} with every period's stations made and listed: the
 * {@link countySummary} of the same input.
 *
 * @category Reports
 * @example
 * ```ts
 * const summary: CountySummary = withStationsListed(countyRanking({ entries }));
 * summary.periods[0]?.stations.length;
 * ```
 */
export function withStationsListed<R extends CountyResult>(county: CountyRanking<R>): CountySummary<R> {
  return {
    ...county,
    periods: county.periods.map(({ period, stations, summary, groups }) => ({
      period,
      stations: [...stations],
      summary,
      groups,
    })),
  };
}

/**
 * The county evaluation of {@link countySummary}, for any number of stations: the same periods,
 * summaries, groups, duplicates and skipped sources, but each period's stations are made one at a
 * time when iterated (see {@link StreamedPeriod}), in the same order and with the same fields. What
 * it keeps of each station is only its entry; a report written row by row from it
 * (`countyCsvPieces`, `countyJsonPieces`) never holds every ranked station. Pure.
 *
 * @category Reports
 * @example
 * ```ts
 * const county = countyRanking({ entries, skipped }, { groupBy: 'county', grades: ruleset.grades });
 * for (const piece of countyCsvPieces(county, { lang: 'zh' })) out.write(piece);
 * ```
 */
export function countyRanking<R extends CountyResult = EvaluationResult>(
  input: CountyInput<R>,
  options: CountyOptions = {},
): CountyRanking<R> {
  const { kept, duplicates } = countedOnce(input.entries);
  const context: RowContext<R> = { options, previous: previousOf(kept) };
  const byPeriod = new Map<string, CountyEntry<R>[]>();
  for (const entry of kept) {
    const key = periodKey(entry.result.period);
    const list = byPeriod.get(key);
    if (list === undefined) byPeriod.set(key, [entry]);
    else list.push(entry);
  }
  const periods = [...byPeriod.values()]
    .map((entries): StreamedPeriod<R> => {
      const { start, end } = (entries[0] as CountyEntry<R>).result.period;
      const sorted = bestFirst(entries);
      return {
        period: { start, end },
        stations: rankedRows(sorted, context),
        summary: summarizeBatch(sorted.map((e) => e.result)),
        groups: options.groupBy === undefined ? [] : groupSummaries(sorted, options.groupBy),
      };
    })
    .sort((a, b) => byText(b.period.end, a.period.end) || byText(b.period.start, a.period.start));
  const skipped = input.skipped ?? [];
  return {
    periods,
    duplicates,
    skipped,
    groupBy: options.groupBy ?? null,
    ranked: kept.length,
    sources: input.entries.length + skipped.length,
  };
}

/**
 * Every ranked station of a county evaluation in rank order: every period, latest first (the
 * order of the county reports).
 *
 * @category Reports
 * @example
 * ```ts
 * for (const row of rankedStations(countyRanking({ entries }))) console.log(row.rank, row.source);
 * ```
 */
export function* rankedStations<R extends CountyResult>(county: CountyRanking<R>): Generator<RankedStation<R>> {
  for (const period of county.periods) yield* period.stations;
}
