/**
 * A workbook opened for reading: its sheets as grids of plain cell values, whatever program saved
 * it (Excel, LibreOffice, exceljs). The package is checked before it is unpacked: a workbook that
 * declares more unpacked data or more parts than any station's ledger needs is refused, so a
 * small file cannot make the reader unpack gigabytes.
 */
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import type { CellRead } from './cells.js';

/**
 * Limits of a workbook read: a larger file, or one that declares more unpacked bytes or parts,
 * is refused with `xlsx-too-large` or `xlsx-unreadable` before it is unpacked.
 *
 * @example
 * ```ts
 * if (bytes.length > WORKBOOK_LIMITS.fileBytes) console.log('too large to be a station workbook');
 * ```
 */
export const WORKBOOK_LIMITS = {
  /** Bytes of the .xlsx file itself. */
  fileBytes: 32 * 1024 * 1024,
  /** Bytes of all its parts unpacked, as its directory declares them. */
  unpackedBytes: 128 * 1024 * 1024,
  /** Parts in the package (sheets, styles, …). */
  parts: 2_000,
} as const;

/** One row of a sheet: its number (1-based) and its cells by column number (1-based). */
export interface GridRow {
  readonly number: number;
  readonly cells: ReadonlyMap<number, CellRead>;
}

/** A sheet as read: its name and its rows that have a cell, in order. */
export interface Grid {
  readonly name: string;
  readonly rows: readonly GridRow[];
}

/** The sheets of a workbook, and whether its date serials count from 1904. */
export interface OpenedWorkbook {
  readonly sheets: readonly Grid[];
  readonly date1904: boolean;
}

/** Why a workbook cannot be opened: an issue code and its params. */
export type OpenProblem = {
  readonly code: 'xlsx-unreadable' | 'xlsx-too-large';
  readonly params: Record<string, string | number>;
};

const EMPTY: CellRead = { kind: 'empty' };

/** A cell value as exceljs gives it, made plain. */
function plainCell(value: ExcelJS.CellValue): CellRead {
  if (value === null || value === undefined) return EMPTY;
  if (typeof value === 'string') return { kind: 'text', text: value };
  if (typeof value === 'number') return Number.isFinite(value) ? { kind: 'number', value } : EMPTY;
  if (typeof value === 'boolean') return { kind: 'boolean', value };
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? { kind: 'error', text: '#VALUE!' } : { kind: 'date', date: value };
  if ('richText' in value) return { kind: 'text', text: value.richText.map((part) => part.text).join('') };
  if ('error' in value) return { kind: 'error', text: String(value.error) };
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as { result?: unknown }).result;
    if (result === undefined || result === null) return { kind: 'formula-without-value' };
    return plainCell(result as ExcelJS.CellValue);
  }
  if ('text' in value) return plainCell((value as { text: ExcelJS.CellValue }).text);
  return EMPTY;
}

function gridOf(sheet: ExcelJS.Worksheet): Grid {
  const rows: GridRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    const cells = new Map<number, CellRead>();
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      // A merged cell repeats its master's value: only the master is read.
      if (cell.isMerged && cell.master !== cell) return;
      const read = plainCell(cell.value);
      if (read.kind !== 'empty') cells.set(column, read);
    });
    if (cells.size > 0) rows.push({ number, cells });
  });
  return { name: sheet.name, rows };
}

/** The declared unpacked size and number of the package's parts, read from its directory only. */
function checkPackage(bytes: Uint8Array): OpenProblem | null {
  let unpacked = 0;
  let parts = 0;
  try {
    unzipSync(bytes, {
      filter(file) {
        unpacked += file.originalSize;
        parts++;
        return false;
      },
    });
  } catch (error) {
    return { code: 'xlsx-unreadable', params: { detail: error instanceof Error ? error.message : String(error) } };
  }
  if (unpacked > WORKBOOK_LIMITS.unpackedBytes)
    return { code: 'xlsx-too-large', params: { size: unpacked, limit: WORKBOOK_LIMITS.unpackedBytes } };
  if (parts > WORKBOOK_LIMITS.parts)
    return { code: 'xlsx-unreadable', params: { detail: `${parts} parts; at most ${WORKBOOK_LIMITS.parts}` } };
  return null;
}

/**
 * Opens a workbook's bytes: its sheets as grids, or why it cannot be read.
 *
 * @example
 * ```ts
 * const opened = await openWorkbook(bytes);
 * if ('sheets' in opened) console.log(opened.sheets.map((s) => s.name));
 * ```
 */
export async function openWorkbook(bytes: Uint8Array): Promise<OpenedWorkbook | OpenProblem> {
  if (bytes.length > WORKBOOK_LIMITS.fileBytes)
    return { code: 'xlsx-too-large', params: { size: bytes.length, limit: WORKBOOK_LIMITS.fileBytes } };
  const problem = checkPackage(bytes);
  if (problem) return problem;
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    return { code: 'xlsx-unreadable', params: { detail: error instanceof Error ? error.message : String(error) } };
  }
  const sheets: Grid[] = [];
  workbook.eachSheet((sheet) => {
    sheets.push(gridOf(sheet));
  });
  return { sheets, date1904: workbook.properties?.date1904 === true };
}
