/**
 * Station facts from a file of either kind: a facts JSON file, or a station workbook (`.xlsx`)
 * whose problems are located by sheet, row and column as well as by facts path. The workbook
 * reader (and exceljs with it) is loaded when a workbook is read, not when the command line starts.
 */
import type { StationFacts } from '../facts/schema.js';
import { formatPath } from '../issues/issue.js';
import type { Ruleset } from '../ruleset/finalize.js';
import { formatLocation, type WorkbookIssue } from '../xlsx/issues.js';
import type { WorkbookRead } from '../xlsx/read.js';
import { type CliContext, CliError, EXIT, type Problem, reportNote, reportProblems } from './context.js';
import { readFacts } from './facts.js';
import { readBytes } from './files.js';
import { cliMessages } from './messages.js';

import { isWorkbookFile } from './workbook-file.js';

export { isWorkbookFile };

/**
 * The problems of a workbook's issues, one line each: `file: sheet!B5 (日期 date) records.liaisons[3].date`.
 *
 * @example
 * ```ts
 * reportProblems(ctx, workbookProblems('station.xlsx', read.issues));
 * ```
 */
export function workbookProblems(file: string, issues: readonly WorkbookIssue[]): Problem[] {
  return issues.map((issue) => {
    const at = [formatLocation(issue.location), issue.path.length > 0 ? formatPath(issue.path) : ''].filter(
      (p) => p !== '',
    );
    return {
      where: [file, ...(at.length > 0 ? [at.join(' ')] : [])].join(': '),
      message: issue.message,
      code: issue.code,
    };
  });
}

/**
 * Reads a workbook file for a ruleset: its warnings and skipped empty rows are noted on stderr;
 * its problems, if any, end the command (one line each).
 *
 * @example
 * ```ts
 * const read = await readWorkbookFile(ctx, 'station.xlsx', ruleset);
 * ```
 */
export async function readWorkbookFile(
  ctx: CliContext,
  file: string,
  ruleset: Ruleset,
): Promise<WorkbookRead & { ok: true }> {
  const [{ readWorkbook }, { WORKBOOK_LIMITS }] = await Promise.all([
    import('../xlsx/read.js'),
    import('../xlsx/grid.js'),
  ]);
  const read = await readWorkbook(readBytes(file, WORKBOOK_LIMITS.fileBytes), { ruleset });
  reportProblems(ctx, workbookProblems(file, read.warnings));
  if (read.emptyRows > 0) reportNote(ctx, cliMessages.emptyRowsSkipped({ count: read.emptyRows }));
  if (!read.ok) {
    const problems = workbookProblems(file, read.issues);
    problems.push({ where: file, message: cliMessages.problems({ count: read.issues.length }) });
    throw new CliError(EXIT.invalid, problems);
  }
  return read;
}

/**
 * Reads one station's facts from a facts JSON file or a workbook, validated for the ruleset;
 * every problem is located (file and JSON path; for a workbook also sheet, row and column).
 *
 * @example
 * ```ts
 * const facts = await readStationFacts(ctx, 'station.xlsx', ruleset);
 * ```
 */
export async function readStationFacts(ctx: CliContext, file: string, ruleset: Ruleset): Promise<StationFacts> {
  return isWorkbookFile(file) ? (await readWorkbookFile(ctx, file, ruleset)).value : readFacts(file, ruleset);
}

/**
 * The file a workbook is written to: a workbook is binary, so it needs `-o` (refused before any
 * work is done when absent).
 *
 * @example
 * ```ts
 * const output = workbookOutput('template', options.output);
 * ```
 */
export function workbookOutput(command: string, output: string | undefined): string {
  if (output === undefined)
    throw new CliError(EXIT.invalid, [{ where: command, message: cliMessages.needsOutputFile({ format: 'xlsx' }) }]);
  return output;
}
