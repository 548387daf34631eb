/**
 * The county evaluation as CSV: the same facts as the county report, one row per ranked station
 * (every period, in rank order), then one per duplicate and one per file that could not be
 * evaluated, each with its status and, for those two, the problem.
 */
import type { CountyResult, CountySummary, RankedStation } from './county.js';
import { reasonLine, rowView, signed } from './county-view.js';
import { csvDocument, itemColumns } from './csv.js';
import { reportMessages } from './messages/index.js';
import type { ReportOptions } from './options.js';

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
export function renderCountyCsv(county: CountySummary<CountyResult>, options: ReportOptions = {}): string {
  const lang = options.lang ?? 'zh';
  const m = reportMessages(lang);
  const c = m.csv;
  const ranked: RankedStation<CountyResult>[] = county.periods.flatMap((p) => [...p.stations]);
  const columns = itemColumns(
    ranked.map((r) => r.result),
    lang,
  );
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
  const rows: Array<Array<string | number>> = ranked.map((row) => {
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
  });
  for (const d of county.duplicates) {
    rows.push([
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
    ]);
  }
  for (const s of county.skipped) {
    rows.push([
      m.county.status.skipped ?? 'skipped',
      ...blank(17),
      s.source,
      s.reasons.map((r) => reasonLine(r, lang)).join('\n'),
      ...blank(columns.length),
    ]);
  }
  return csvDocument([header, ...rows]);
}
