/**
 * Cell values of a station's workbook, both ways: what a field's value is written as (a date cell
 * for a calendar day, a label for an enum, 是/否 for a boolean, one line per entry of a list) and
 * what a cell read back means for a field (Excel date serials, date text in the usual forms,
 * date-times in the station's time zone, Chinese labels or raw values, yes/no in both languages).
 *
 * A date cell holds a calendar day, not an instant: its day is read from the serial number as it
 * is, never moved through the time zone of the machine or of UTC.
 */
import { TZDate, tzOffset } from '@date-fns/tz';
import type { Label } from '../facts/fields.js';
import type { Lang } from '../report/messages/index.js';
import { DEFAULT_TIME_ZONE, isTimeZone } from '../time/local-day.js';
import type { Column } from './layout.js';

/**
 * A cell as read, whatever the spreadsheet program wrote: empty, text, a number, a boolean, a
 * date (its UTC fields are the wall-clock fields the cell shows), an error value, or a formula
 * saved without its result.
 *
 * @example
 * ```ts
 * const cell: CellRead = { kind: 'date', date: new Date(Date.UTC(2023, 0, 31)) };
 * ```
 */
export type CellRead =
  | { readonly kind: 'empty' }
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'boolean'; readonly value: boolean }
  | { readonly kind: 'date'; readonly date: Date }
  | { readonly kind: 'error'; readonly text: string }
  | { readonly kind: 'formula-without-value' };

/** A value for the facts, a problem with the cell (an issue code and params), or nothing. */
export type CellMeaning =
  | { readonly value: unknown }
  | { readonly problem: { readonly code: string; readonly params: Record<string, string | number> } }
  | { readonly empty: true };

/** What reading a cell needs beyond its column: the station's time zone, the workbook's date system. */
export interface CellContext {
  readonly timeZone: string;
  /** Whether serial numbers count from 1904 (old Mac workbooks) rather than 1900. */
  readonly date1904: boolean;
}

const EMPTY: CellMeaning = { empty: true };
const problem = (code: string, params: Record<string, string | number> = {}): CellMeaning => ({
  problem: { code, params },
});

/** Words read as yes and no (lower-cased), and what each language writes. */
const YES = new Set(['是', 'true', 'yes', 'y', '√', '✓']);
const NO = new Set(['否', 'false', 'no', 'n', '×', '✗']);
/**
 * The words a workbook writes for yes and no, in each language.
 *
 * @example
 * ```ts
 * BOOLEAN_WORDS.zh; // ['是', '否']
 * ```
 */
export const BOOLEAN_WORDS: Readonly<Record<Lang, readonly [string, string]>> = {
  zh: ['是', '否'],
  en: ['true', 'false'],
};

/** Separators between the entries of a list of ids or options (a list of texts: line breaks only). */
const LINE_BREAKS = /\r\n|[\r\n]/;
const ID_SEPARATORS = /\r\n|[\r\n,，、;；]/;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `YYYY-MM-DD` of a date's UTC fields (the fields a date cell shows). */
function dayText(date: Date): string {
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

const hasTime = (date: Date) =>
  date.getUTCHours() !== 0 || date.getUTCMinutes() !== 0 || date.getUTCSeconds() !== 0 || date.getUTCMilliseconds();

/** Milliseconds per day, and the serial number of 1970-01-01 in the 1900 date system. */
const DAY_MS = 86_400_000;
const UNIX_EPOCH_SERIAL = 25_569;
const DATE_1904_OFFSET = 1_462;

/** The date a serial number shows (UTC fields), in the workbook's date system. */
function serialDate(serial: number, date1904: boolean): Date {
  const days = serial + (date1904 ? DATE_1904_OFFSET : 0) - UNIX_EPOCH_SERIAL;
  return new Date(Math.round(days * DAY_MS));
}

/** Serial numbers of plausible days (1990-01-01 to 2100-12-31), as the facts accept them. */
const PLAUSIBLE_SERIALS = { min: 32_874, max: 73_415 } as const;

/**
 * The wall-clock time `fields` (UTC fields of a date) in `timeZone`, as an ISO date-time with the
 * zone's offset then: `2023-03-31T20:00:00+08:00`.
 */
function zonedDateTime(fields: Date, timeZone: string): string {
  const zone = isTimeZone(timeZone) ? timeZone : DEFAULT_TIME_ZONE;
  const local = new TZDate(
    fields.getUTCFullYear(),
    fields.getUTCMonth(),
    fields.getUTCDate(),
    fields.getUTCHours(),
    fields.getUTCMinutes(),
    fields.getUTCSeconds(),
    zone,
  );
  const offset = tzOffset(zone, local);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  const day = `${pad(local.getFullYear(), 4)}-${pad(local.getMonth() + 1)}-${pad(local.getDate())}`;
  const time = `${pad(local.getHours())}:${pad(local.getMinutes())}:${pad(local.getSeconds())}`;
  return `${day}T${time}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** `2023-1-5`, `2023/01/05`, `2023.1.5`, `2023年1月5日` → `2023-01-05` (the calendar is checked later). */
const DAY_TEXT = /^(\d{4})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})\s*日?$/;
/** A day, then a time without an offset: a wall-clock time in the station's zone. */
const LOCAL_DATE_TIME = /^(\d{4}-\d{2}-\d{2})[ T](\d{1,2}):(\d{2})(?::(\d{2}))?$/;
/** A day, then a time with an offset (`Z`, `+08:00`): an instant, kept as written (`T` between). */
const OFFSET_DATE_TIME = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2}))$/;

function normalisedDay(text: string): string | null {
  const match = DAY_TEXT.exec(text);
  if (!match) return null;
  return `${match[1]}-${pad(Number(match[2]))}-${pad(Number(match[3]))}`;
}

function dateFromText(text: string, column: Column, context: CellContext): CellMeaning {
  const trimmed = text.trim();
  const day = normalisedDay(trimmed);
  if (day !== null) return { value: day };
  if (column.type === 'date-time') {
    const offset = OFFSET_DATE_TIME.exec(trimmed);
    if (offset) return { value: `${offset[1]}T${offset[2]}` };
    const local = LOCAL_DATE_TIME.exec(trimmed);
    if (local) {
      const [y, m, d] = (local[1] as string).split('-').map(Number) as [number, number, number];
      const fields = new Date(Date.UTC(y, m - 1, d, Number(local[2]), Number(local[3]), Number(local[4] ?? 0)));
      // An hour past 23 or a minute past 59 is not a time: left as written, the facts check reports it.
      if (fields.getUTCDate() === d && Number(local[2]) < 24) return { value: zonedDateTime(fields, context.timeZone) };
    }
  }
  // Anything else is passed on as written: the facts check says why it is not a date.
  return { value: trimmed };
}

function dateFromDate(date: Date, raw: string, column: Column, context: CellContext): CellMeaning {
  if (!hasTime(date)) return { value: dayText(date) };
  if (column.type === 'date') return problem('xlsx-time-in-date', { value: raw });
  return { value: zonedDateTime(date, context.timeZone) };
}

function readDate(cell: CellRead, column: Column, context: CellContext): CellMeaning {
  switch (cell.kind) {
    case 'date':
      return dateFromDate(cell.date, cell.date.toISOString().slice(0, 19).replace('T', ' '), column, context);
    case 'number': {
      // A serial number whose cell lost its date format.
      if (cell.value < PLAUSIBLE_SERIALS.min || cell.value > PLAUSIBLE_SERIALS.max)
        return { value: String(cell.value) };
      return dateFromDate(serialDate(cell.value, context.date1904), String(cell.value), column, context);
    }
    case 'text':
      return dateFromText(cell.text, column, context);
    default:
      return notText(cell);
  }
}

function readNumber(cell: CellRead): CellMeaning {
  if (cell.kind === 'number') return { value: cell.value };
  if (cell.kind === 'text') {
    const trimmed = cell.text.trim();
    const value = Number(trimmed);
    return trimmed !== '' && Number.isFinite(value) ? { value } : problem('xlsx-not-a-number', { value: cell.text });
  }
  if (cell.kind === 'boolean' || cell.kind === 'date') return problem('xlsx-not-a-number', { value: shown(cell) });
  return notText(cell);
}

function readBoolean(cell: CellRead): CellMeaning {
  if (cell.kind === 'boolean') return { value: cell.value };
  if (cell.kind === 'number' && (cell.value === 0 || cell.value === 1)) return { value: cell.value === 1 };
  if (cell.kind === 'text') {
    const word = cell.text.trim().toLowerCase();
    if (YES.has(word)) return { value: true };
    if (NO.has(word)) return { value: false };
  }
  if (cell.kind === 'error' || cell.kind === 'formula-without-value') return notText(cell);
  return problem('xlsx-not-a-boolean', { value: shown(cell) });
}

/** The value an enum label or raw value stands for: the raw value first, then the labels. */
function enumValue(text: string, column: Column): string | undefined {
  const values = column.values ?? [];
  const word = text.trim();
  const exact = values.find((v) => v.value === word);
  if (exact) return exact.value;
  const byLabel = values.find((v) => v.label.zh === word || v.label.en === word);
  if (byLabel) return byLabel.value;
  const lower = word.toLowerCase();
  return values.find((v) => v.value.toLowerCase() === lower || v.label.en?.toLowerCase() === lower)?.value;
}

function allowedLabels(column: Column): string {
  return (column.values ?? []).map((v) => v.label.zh).join('、');
}

function readEnum(cell: CellRead, column: Column): CellMeaning {
  const text = textOf(cell);
  if (text === null) return notText(cell);
  const value = enumValue(text, column);
  return value === undefined
    ? problem('xlsx-unknown-label', { value: text, allowed: allowedLabels(column) })
    : { value };
}

/** The text of a cell that may stand for text: text, a number (an id typed as a number), a day. */
function textOf(cell: CellRead): string | null {
  if (cell.kind === 'text') return cell.text;
  if (cell.kind === 'number') return String(cell.value);
  if (cell.kind === 'date') return hasTime(cell.date) ? cell.date.toISOString().slice(0, 19) : dayText(cell.date);
  return null;
}

/** What a cell that is not text shows, for a message. */
function shown(cell: CellRead): string {
  switch (cell.kind) {
    case 'text':
      return cell.text;
    case 'number':
      return String(cell.value);
    case 'boolean':
      return cell.value ? 'TRUE' : 'FALSE';
    case 'date':
      return textOf(cell) ?? '';
    case 'error':
      return cell.text;
    default:
      return '';
  }
}

function notText(cell: CellRead): CellMeaning {
  if (cell.kind === 'error') return problem('xlsx-cell-error', { value: cell.text });
  if (cell.kind === 'formula-without-value') return problem('xlsx-formula-without-value');
  return problem('xlsx-not-text', { received: shown(cell) });
}

function readList(cell: CellRead, column: Column): CellMeaning {
  const text = textOf(cell);
  if (text === null) return notText(cell);
  const separators = column.type === 'texts' ? LINE_BREAKS : ID_SEPARATORS;
  const entries = text
    .split(separators)
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  if (column.type !== 'enums') return { value: entries };
  const values: string[] = [];
  for (const entry of entries) {
    const value = enumValue(entry, column);
    if (value === undefined) return problem('xlsx-unknown-label', { value: entry, allowed: allowedLabels(column) });
    values.push(value);
  }
  return { value: values };
}

const isList = (column: Column) => column.type === 'refs' || column.type === 'texts' || column.type === 'enums';

/**
 * What a cell means for a column's field: its value for the facts, a problem, or nothing (an
 * empty cell; an empty list cell is an empty list). Values that are not what the field takes but
 * could be fixed only by guessing (a text in a date cell, a number out of bounds) are passed on as
 * written, so that the facts check reports them with the same codes as in a facts file.
 *
 * @example
 * ```ts
 * readCell({ kind: 'text', text: '月度公开' }, frequencyColumn, context); // { value: 'monthly' }
 * ```
 */
export function readCell(cell: CellRead, column: Column, context: CellContext): CellMeaning {
  if (cell.kind === 'empty') return isList(column) ? { value: [] } : EMPTY;
  switch (column.type) {
    case 'date':
    case 'date-time':
      return readDate(cell, column, context);
    case 'number':
    case 'count':
      return readNumber(cell);
    case 'boolean':
    case 'presence':
      return readBoolean(cell);
    case 'enum':
      return readEnum(cell, column);
    case 'refs':
    case 'texts':
    case 'enums':
      return readList(cell, column);
    default: {
      // text, ref, parent
      const text = textOf(cell);
      return text === null ? notText(cell) : { value: text };
    }
  }
}

/**
 * A value as written to a cell: a calendar day as a date (UTC midnight of that day, which a
 * spreadsheet shows as that day), a date-time as the text written in the facts, an enum as its
 * label, a boolean as 是/否 (true/false in English), a list one entry per line.
 *
 * @example
 * ```ts
 * cellValue('2023-01-31', dateColumn, 'zh'); // Date of 2023-01-31T00:00:00Z
 * cellValue('monthly', frequencyColumn, 'zh'); // '月度公开'
 * ```
 */
export function cellValue(value: unknown, column: Column, lang: Lang): string | number | Date | null {
  if (value === undefined || value === null) return null;
  switch (column.type) {
    case 'date':
    case 'date-time': {
      const text = String(value);
      if (text.length !== 10) return text;
      const [y, m, d] = text.split('-').map(Number) as [number, number, number];
      return new Date(Date.UTC(y, m - 1, d));
    }
    case 'boolean':
    case 'presence':
      return (BOOLEAN_WORDS[lang] as readonly string[])[value === true ? 0 : 1] as string;
    case 'number':
    case 'count':
      return typeof value === 'number' ? value : String(value);
    case 'enum':
      return labelOf(String(value), column, lang);
    case 'enums':
      return (value as readonly string[]).map((v) => labelOf(v, column, lang)).join('\n');
    case 'refs':
    case 'texts':
      return (value as readonly string[]).join('\n');
    default:
      return String(value);
  }
}

/**
 * The label of an enum value in a language (Chinese when no English label is given).
 *
 * @example
 * ```ts
 * labelOf('monthly', frequencyColumn, 'zh'); // '月度公开'
 * ```
 */
export function labelOf(value: string, column: Column, lang: Lang): string {
  const label: Label | undefined = column.values?.find((v) => v.value === value)?.label;
  if (label === undefined) return value;
  return lang === 'en' ? (label.en ?? label.zh) : label.zh;
}

/**
 * Why a value cannot be written so that it reads back the same, or null when it can: a list entry
 * that holds a separator or a line break, or starts or ends with a blank; an empty entry.
 *
 * @example
 * ```ts
 * unrepresentable(['a,b'], refsColumn); // 'an entry holds a separator (, ， 、 ; ； or a line break)'
 * ```
 */
export function unrepresentable(value: unknown, column: Column): { zh: string; en: string } | null {
  if (!isList(column) || !Array.isArray(value)) return null;
  const separators = column.type === 'texts' ? LINE_BREAKS : ID_SEPARATORS;
  for (const entry of value as readonly string[]) {
    if (separators.test(entry))
      return column.type === 'texts'
        ? { zh: '列表中的一项含有换行', en: 'an entry holds a line break' }
        : {
            zh: '列表中的一项含有分隔符（, ， 、 ; ； 或换行）',
            en: 'an entry holds a separator (, ， 、 ; ； or a line break)',
          };
    if (entry.trim() !== entry || entry === '')
      return { zh: '列表中的一项为空或首尾有空白', en: 'an entry is empty or starts or ends with a blank' };
  }
  return null;
}
