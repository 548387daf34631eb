/**
 * The county evaluation as JSON: the same facts as the county report (every period with its
 * ranking, summary and groups; duplicates; files that could not be evaluated, with every reason in
 * both languages), and the full result of every ranked station.
 */
import {
  type CountyRanking,
  type CountyResult,
  type CountySummary,
  type RankedStation,
  rankedStations,
  type StreamedPeriod,
} from './county.js';
import { jsonText } from './json.js';
import type { ReportOptions } from './options.js';

/** A ranked station without its full result (that is listed apart), with its item scores. */
function rowJson(row: RankedStation<CountyResult>) {
  const { result, ...rest } = row;
  return {
    ...rest,
    items: result.items.map((i) => ({ id: i.id, seq: i.seq, score: i.score, max: i.max, status: i.status })),
  };
}

/**
 * The county evaluation as a JSON value without the full results: what {@link countyJson} holds
 * before its last field, `results`. It needs only what the county kept of each result, so a
 * writer can stream the results after it (`batch --format json` does).
 *
 * @category Reports
 * @example
 * ```ts
 * const head = countyJsonHead(summary, { generatedAt: '2024-01-20' });
 * head.periods[0]?.stations[0]?.items.length; // the item scores of the best station
 * ```
 */
export function countyJsonHead(county: CountySummary<CountyResult>, options: Pick<ReportOptions, 'generatedAt'> = {}) {
  return {
    report: 'county' as const,
    version: 1 as const,
    ...(options.generatedAt === undefined ? {} : { generatedAt: options.generatedAt }),
    groupBy: county.groupBy,
    sources: county.sources,
    ranked: county.ranked,
    periods: county.periods.map((p) => ({
      period: p.period,
      summary: p.summary,
      groups: p.groups,
      stations: p.stations.map(rowJson),
    })),
    duplicates: county.duplicates,
    skipped: county.skipped,
  };
}

/**
 * The county evaluation as a JSON value (what {@link renderCountyJson} writes): the
 * `countyJsonHead`, then `results`, the full result of every ranked station in rank order
 * (every period, latest first).
 *
 * @category Reports
 * @example
 * ```ts
 * const value = countyJson(summary, { generatedAt: '2024-01-20' });
 * value.periods[0]?.stations[0]?.rank; // 1
 * ```
 */
export function countyJson(county: CountySummary, options: Pick<ReportOptions, 'generatedAt'> = {}) {
  return {
    ...countyJsonHead(county, options),
    results: Array.from(rankedStations(county), (s) => s.result),
  };
}

/**
 * One result as it appears inside the `results` of {@link renderCountyJson}: its JSON text (as
 * `jsonText` writes it) indented two levels, without a final line break.
 *
 * @category Reports
 * @example
 * ```ts
 * countyResultText(result).startsWith('{\n      "schemaVersion"'); // true
 * ```
 */
export function countyResultText(result: unknown): string {
  return jsonText(result).slice(0, -1).replaceAll('\n', '\n    ');
}

/**
 * A piece of JSON text: text, or UTF-8 bytes of whole characters.
 *
 * @category Reports
 * @example
 * ```ts
 * const piece: JsonPiece = new TextEncoder().encode(countyResultText(result));
 * ```
 */
export type JsonPiece = string | Uint8Array;

/** A value as it appears at `indent` in JSON text written by `jsonText` (no final line break). */
function leaf(value: unknown, indent: string): string {
  return jsonText(value).slice(0, -1).replaceAll('\n', `\n${indent}`);
}

/** An array at `indent`, its elements written by `element` at the next indent, one at a time. */
function* arrayPieces<T>(
  items: Iterable<T>,
  indent: string,
  element: (item: T, indent: string) => Iterable<JsonPiece>,
): Generator<JsonPiece> {
  const inner = `${indent}  `;
  let first = true;
  for (const item of items) {
    yield `${first ? '[' : ','}\n${inner}`;
    first = false;
    yield* element(item, inner);
  }
  yield first ? '[]' : `\n${indent}]`;
}

/** An object with fields at `indent`: each field's value written by its function, in order. */
function* objectPieces(
  fields: ReadonlyArray<readonly [string, (indent: string) => Iterable<JsonPiece>]>,
  indent: string,
): Generator<JsonPiece> {
  const inner = `${indent}  `;
  let first = true;
  for (const [key, value] of fields) {
    yield `${first ? '{' : ','}\n${inner}${JSON.stringify(key)}: `;
    first = false;
    yield* value(inner);
  }
  yield first ? '{}' : `\n${indent}}`;
}

/** A value written whole (`jsonText`), as a field or element. */
const whole = (value: unknown) => (indent: string) => [leaf(value, indent)];

/**
 * The text of {@link countyJson} in pieces, made one station at a time: the county's fields,
 * each period's ranking row by row, then every result in rank order as `resultText` gives it
 * (the text {@link countyResultText} makes of it, or those bytes). Joined, the pieces are exactly
 * {@link renderCountyJson}'s text; `batch` writes them one by one, so that the report of any
 * number of stations is never held whole.
 *
 * @category Reports
 * @example
 * ```ts
 * for (const piece of countyJsonPieces(summary, {}, (row) => countyResultText(row.result))) out.write(piece);
 * ```
 */
export function countyJsonPieces<R extends CountyResult>(
  county: CountyRanking<R>,
  options: Pick<ReportOptions, 'generatedAt'>,
  resultText: (row: RankedStation<R>) => JsonPiece,
): Generator<JsonPiece> {
  const period = (p: StreamedPeriod<R>, indent: string) =>
    objectPieces(
      [
        ['period', whole(p.period)],
        ['summary', whole(p.summary)],
        ['groups', whole(p.groups)],
        ['stations', (inner) => arrayPieces(p.stations, inner, (row, at) => [leaf(rowJson(row), at)])],
      ],
      indent,
    );
  const fields: Array<readonly [string, (indent: string) => Iterable<JsonPiece>]> = [
    ['report', whole('county')],
    ['version', whole(1)],
    ...(options.generatedAt === undefined ? [] : [['generatedAt', whole(options.generatedAt)] as const]),
    ['groupBy', whole(county.groupBy)],
    ['sources', whole(county.sources)],
    ['ranked', whole(county.ranked)],
    ['periods', (indent) => arrayPieces(county.periods, indent, period)],
    ['duplicates', (indent) => arrayPieces(county.duplicates, indent, (d, at) => [leaf(d, at)])],
    ['skipped', (indent) => arrayPieces(county.skipped, indent, (s, at) => [leaf(s, at)])],
    ['results', (indent) => arrayPieces(rankedStations(county), indent, (row) => [resultText(row)])],
  ];
  return (function* () {
    yield* objectPieces(fields, '');
    yield '\n';
  })();
}

/**
 * Renders a county evaluation as JSON (two-space indentation, final newline; see `jsonText`): the
 * text of {@link countyJson}, put together from the pieces of `countyJsonPieces`.
 *
 * @category Reports
 * @example
 * ```ts
 * writeFileSync('county.json', renderCountyJson(countySummary({ entries, skipped }), { generatedAt: '2024-01-20' }));
 * ```
 */
export function renderCountyJson(county: CountySummary, options: Pick<ReportOptions, 'generatedAt'> = {}): string {
  return [...countyJsonPieces(county, options, (row) => countyResultText(row.result))].join('');
}
