/**
 * `batchWorkbook`: a county's results as an Excel workbook for evaluators: the stations ranked
 * (total, grade, points lost), a station × item matrix of scores with fills by how much of an
 * item was met (and a mark beside every lost score, so it reads without colour too), and every
 * lost item with its advice. Every cell from the results is a value: text stays text, whatever
 * it starts with (`=`, `+`, `-`, `@`), and no cell holds a formula.
 */
import ExcelJS from 'exceljs';
import { type Bilingual, reportMessages } from '../report/messages/index.js';
import type { ReportOptions } from '../report/options.js';
import { label, pick } from '../report/text.js';
import type { EvaluationResult } from '../result/schema.js';
import { sumScores } from '../scoring/exact.js';
import { columnLetter } from './layout.js';

const WORDS = {
  summary: { zh: '汇总 summary', en: 'summary' },
  matrix: { zh: '得分矩阵 matrix', en: 'matrix' },
  lost: { zh: '失分明细 lost', en: 'lost points' },
  rank: { zh: '排名', en: 'rank' },
  stationId: { zh: '供电所编号', en: 'station id' },
  station: { zh: '供电所', en: 'station' },
  period: { zh: '评价周期', en: 'period' },
  total: { zh: '总分', en: 'total' },
  base: { zh: '基础分', en: 'base' },
  bonus: { zh: '加分', en: 'bonus' },
  grade: { zh: '等级', en: 'grade' },
  lostPoints: { zh: '失分', en: 'points lost' },
  itemsLost: { zh: '失分项数', en: 'items lost' },
  max: { zh: '满分', en: 'max' },
  seq: { zh: '序号', en: 'no.' },
  item: { zh: '评价项', en: 'item' },
  score: { zh: '得分', en: 'score' },
  status: { zh: '状态', en: 'status' },
  advice: { zh: '整改建议', en: 'advice' },
  legend: {
    zh: '绿色：满分；黄色：部分失分；红色：未得分。失分的得分后标有 ▼。',
    en: 'Green: full points; yellow: some points lost; red: no points. A lost score is marked ▼.',
  },
} as const satisfies Record<string, Bilingual>;

const FILLS = {
  full: 'FFC6EFCE',
  partial: 'FFFFEB9C',
  none: 'FFFFC7CE',
  header: 'FFDDEBF7',
} as const;

/** A score that lost points shows a mark beside it, so the matrix reads without colour. */
const LOST_FORMAT = '0.####"▼"';
const FULL_FORMAT = '0.####';

const fill = (argb: string): ExcelJS.Fill => ({
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb },
  bgColor: { argb },
});

/** Points an item (or a station's base) lost: max − score, exactly. */
const lostOf = (max: number, score: number) => sumScores([max, -score]);

/**
 * Stations ranked by total, best first (ties share a rank and are ordered by station id), with
 * the points they lost on the base items.
 *
 * @example
 * ```ts
 * rankStations(results)[0]?.rank; // 1
 * ```
 */
export function rankStations(results: readonly EvaluationResult[]) {
  const sorted = [...results].sort(
    (a, b) => b.total - a.total || (a.station.id < b.station.id ? -1 : a.station.id > b.station.id ? 1 : 0),
  );
  let rank = 0;
  return sorted.map((result, i) => {
    if (i === 0 || result.total !== sorted[i - 1]?.total) rank = i + 1;
    return { rank, result, lost: lostOf(result.max.base, result.base) };
  });
}

/** Items in first-seen order across the results, with their seq, title and max. */
function itemColumns(results: readonly EvaluationResult[]) {
  const items = new Map<string, EvaluationResult['items'][number]>();
  for (const result of results) for (const item of result.items) if (!items.has(item.id)) items.set(item.id, item);
  return [...items.values()];
}

function styleHeader(row: ExcelJS.Row): void {
  row.font = { bold: true };
  row.alignment = { wrapText: true, vertical: 'middle' };
  row.eachCell((cell) => {
    cell.fill = fill(FILLS.header);
    cell.border = { bottom: { style: 'thin' } };
  });
}

/** Writes the workbook in one language. */
class BatchWriter {
  readonly workbook = new ExcelJS.Workbook();
  private readonly w: (word: Bilingual) => string;

  constructor(
    private readonly results: readonly EvaluationResult[],
    private readonly options: ReportOptions,
  ) {
    const lang = options.lang ?? 'zh';
    this.w = (word) => word[lang];
    this.workbook.creator = 'clean-station';
  }

  private get lang() {
    return this.options.lang ?? 'zh';
  }

  /** A sheet whose first row heads its columns (title and width each), frozen. */
  private headedSheet(name: Bilingual, columns: ReadonlyArray<readonly [Bilingual, number]>): ExcelJS.Worksheet {
    const sheet = this.workbook.addWorksheet(this.w(name), { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = columns.map(([header, width]) => ({ header: this.w(header), width }));
    styleHeader(sheet.getRow(1));
    return sheet;
  }

  summary(): void {
    const sheet = this.headedSheet(WORDS.summary, [
      [WORDS.rank, 7],
      [WORDS.stationId, 16],
      [WORDS.station, 30],
      [WORDS.period, 24],
      [WORDS.total, 9],
      [WORDS.base, 9],
      [WORDS.bonus, 9],
      [WORDS.grade, 16],
      [WORDS.lostPoints, 9],
      [WORDS.itemsLost, 10],
    ]);
    for (const { rank, result, lost } of rankStations(this.results)) {
      const itemsLost = result.items.filter((item) => item.score < item.max).length;
      sheet.addRow([
        rank,
        result.station.id,
        result.station.name,
        `${result.period.start} – ${result.period.end}`,
        result.total,
        result.base,
        result.bonus,
        pick(result.gradeLabel, this.lang),
        lost,
        itemsLost,
      ]);
    }
  }

  matrix(): void {
    const w = this.w;
    const items = itemColumns(this.results);
    const sheet = this.workbook.addWorksheet(w(WORDS.matrix), { views: [{ state: 'frozen', ySplit: 2, xSplit: 2 }] });
    const header = sheet.addRow([
      w(WORDS.station),
      w(WORDS.total),
      ...items.map((i) => `${i.seq} ${pick(i.title, this.lang)}`),
    ]);
    styleHeader(header);
    header.height = 90;
    const maxRow = sheet.addRow([w(WORDS.max), null, ...items.map((i) => i.max)]);
    styleHeader(maxRow);
    sheet.getColumn(1).width = 28;
    sheet.getColumn(2).width = 8;
    for (let c = 3; c < items.length + 3; c++) sheet.getColumn(c).width = 9;
    for (const { result } of rankStations(this.results)) {
      const scores = new Map(result.items.map((item) => [item.id, item]));
      const row = sheet.addRow([
        result.station.name,
        result.total,
        ...items.map((i) => scores.get(i.id)?.score ?? null),
      ]);
      items.forEach((item, c) => {
        const own = scores.get(item.id);
        if (own) row.getCell(c + 3).numFmt = own.score < own.max ? LOST_FORMAT : FULL_FORMAT;
      });
    }
    this.conditionalFills(sheet, items.length);
    sheet.addRow([]);
    sheet.addRow([w(WORDS.legend)]);
  }

  /** Fills by share of the item's max (row 2): green full, yellow some lost, red none. */
  private conditionalFills(sheet: ExcelJS.Worksheet, items: number): void {
    if (items === 0 || this.results.length === 0) return;
    const first = columnLetter(3);
    const last = columnLetter(items + 2);
    const ref = `${first}3:${last}${this.results.length + 2}`;
    const cell = `${first}3`;
    const max = `${first}$2`;
    sheet.addConditionalFormatting({
      ref,
      rules: [
        {
          type: 'expression',
          priority: 1,
          formulae: [`AND(ISNUMBER(${cell}),${cell}>=${max})`],
          style: { fill: fill(FILLS.full) },
        },
        {
          type: 'expression',
          priority: 2,
          formulae: [`AND(ISNUMBER(${cell}),${cell}<=0,${max}>0)`],
          style: { fill: fill(FILLS.none) },
        },
        {
          type: 'expression',
          priority: 3,
          formulae: [`AND(ISNUMBER(${cell}),${cell}<${max})`],
          style: { fill: fill(FILLS.partial) },
        },
      ],
    });
  }

  lost(): void {
    const m = reportMessages(this.lang);
    const sheet = this.headedSheet(WORDS.lost, [
      [WORDS.station, 28],
      [WORDS.seq, 6],
      [WORDS.item, 40],
      [WORDS.max, 7],
      [WORDS.score, 7],
      [WORDS.lostPoints, 7],
      [WORDS.status, 12],
      [WORDS.advice, 70],
    ]);
    for (const { result } of rankStations(this.results)) {
      for (const item of result.items) {
        if (item.score >= item.max) continue;
        const row = sheet.addRow([
          result.station.name,
          item.seq,
          pick(item.title, this.lang),
          item.max,
          item.score,
          lostOf(item.max, item.score),
          label(m.statuses, item.status),
          item.advice ? pick(item.advice, this.lang) : '',
        ]);
        row.getCell(3).alignment = { wrapText: true, vertical: 'top' };
        row.getCell(8).alignment = { wrapText: true, vertical: 'top' };
      }
    }
  }
}

/**
 * A batch of results as an .xlsx workbook (its bytes): a summary sheet of the stations ranked
 * with total, grade and points lost; a station × item matrix of scores, filled green, yellow or
 * red by how much of each item was met, a lost score marked ▼; and a sheet of every lost item
 * with its advice. Text from the results is written as text, never as a formula.
 *
 * @example
 * ```ts
 * writeFileSync('county.xlsx', await batchWorkbook(results, { lang: 'zh' }));
 * ```
 */
export async function batchWorkbook(
  results: readonly EvaluationResult[],
  options: ReportOptions = {},
): Promise<Uint8Array> {
  const writer = new BatchWriter(results, options);
  writer.summary();
  writer.matrix();
  writer.lost();
  const buffer = await writer.workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
