/**
 * The county evaluation as CSV: the same facts as the county report, one row per ranked station
 * (every period, in rank order), then one per duplicate and one per file that could not be
 * evaluated, each with its status and, for those two, the problem.
 */
import { type CountyRanking, type CountyResult, type RankedStation, rankedStations } from './county.js';
import { reasonLine, rowView, signed } from './county-view.js';
import { type CsvRow, columnsOfItems, csvDocumentPieces } from './csv.js';
import { reportMessages } from './messages/index.js';
import type { ReportOptions } from './options.js';
import type { ItemSummary } from './summary.js';

/** The items of every period's summary, latest period first: the items of the stations as first seen. */
function* summaryItems(county: CountyRanking<CountyResult>): Generator<ItemSummary> {
  for (const period of county.periods) yield* period.summary.items;
}

/**
 * The text of {@link renderCountyCsv} in pieces, made a few dozen rows at a time from the
 * stations as the county gives them: joined, exactly `renderCountyCsv`'s text. From a
 * `countyRanking`, the CSV of any number of stations is never held whole.
 *
 * @category Reports
 * @example
 * ```ts
 * for (const piece of countyCsvPieces(countyRanking({ entries, skipped }), { lang: 'zh' })) out.write(piece);
 * ```
 */
export function countyCsvPieces(county: CountyRanking<CountyResult>, options: ReportOptions = {}): Generator<string> {
  const lang = options.lang ?? 'zh';
  const m = reportMessages(lang);
  const c = m.csv;
  // A period's summary lists its stations' items in the order first seen: the columns of all.
  const columns = columnsOfItems(summaryItems(county), lang);
  const header = [
    c.status,
    c.rank,
    c.periodStart,
    c.periodEnd,
    c.stationId,
    c.stationName,
    c.city,
    c.county,
    c.total,
    c.base,
    c.bonus,
    c.grade,
    c.lost,
    c.pending,
    c.nextGrade,
    c.change,
    c.previousTotal,
    c.review,
    c.source,
    c.problem,
    ...columns.map((column) => column.header),
  ];
  const blank = (count: number) => Array<string>(count).fill('');
  const stationRow = (row: RankedStation<CountyResult>): CsvRow => {
    const v = rowView(row, m, lang);
    const scores = new Map(row.result.items.map((i) => [i.id, i.score]));
    return [
      m.county.status.ranked ?? 'ranked',
      row.rank,
      row.period.start,
      row.period.end,
      row.station.id,
      row.station.name,
      row.station.organisation?.city ?? '',
      row.station.organisation?.county ?? '',
      row.total,
      row.base,
      row.bonus,
      v.grade,
      row.lost,
      v.pending,
      v.nextGrade,
      row.previous === null ? '' : signed(row.previous.change),
      row.previous === null ? '' : row.previous.total,
      v.review,
      row.source,
      '',
      ...columns.map((column) => scores.get(column.id) ?? ''),
    ];
  };
  function* rows(): Generator<CsvRow> {
    yield header;
    for (const row of rankedStations(county)) yield stationRow(row);
    for (const d of county.duplicates) {
      yield [
        m.county.status.duplicate ?? 'duplicate',
        '',
        d.period.start,
        d.period.end,
        d.station.id,
        d.station.name,
        ...blank(12),
        d.source,
        `${m.county.counted}: ${d.counted}`,
        ...blank(columns.length),
      ];
    }
    for (const s of county.skipped) {
      yield [
        m.county.status.skipped ?? 'skipped',
        ...blank(17),
        s.source,
        s.reasons.map((r) => reasonLine(r, lang)).join('\n'),
        ...blank(columns.length),
      ];
    }
  }
  return csvDocumentPieces(rows());
}

/**
 * Renders a county evaluation as CSV (see the module comment; the format is that of `csvDocument`).
 * Headers follow the language, item columns are headed by item number and title.
 *
 * @category Reports
 * @example
 * ```ts
 * writeFileSync('county.csv', renderCountyCsv(countySummary({ entries, skipped }, { groupBy: 'county' }), { lang: 'zh' }));
 * ```
 */
export function renderCountyCsv(county: CountyRanking<CountyResult>, options: ReportOptions = {}): string {
  return [...countyCsvPieces(county, options)].join('');
}
