/** Reading inputs and writing reports: located errors, and atomic writes. */
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parseJsonText } from '../issues/json-text.js';
import { CliError, EXIT, issueProblems, type Problem } from './context.js';
import { cliMessages } from './messages.js';

const reasonOf = (error: unknown) => (error as NodeJS.ErrnoException).code ?? 'error';

/**
 * Reads a UTF-8 text file, or fails with one readable problem.
 *
 * @example
 * ```ts
 * const text = readText('station.json');
 * ```
 */
export function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new CliError(EXIT.invalid, [{ where: file, message: cliMessages.unreadable({ reason: reasonOf(error) }) }]);
  }
}

/**
 * Reads a JSON file that another file names: the value, or the problems — a file that cannot be
 * read is reported where it is named (`where`), a syntax error in the file itself.
 *
 * @example
 * ```ts
 * const read = readReferencedJson('stations/ok.json', 'jinhua.cases.json: cases[0].facts');
 * ```
 */
export function readReferencedJson(
  file: string,
  where: string,
): { ok: true; value: unknown } | { ok: false; problems: Problem[] } {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    return { ok: false, problems: [{ where, message: cliMessages.unreadableFile({ file, reason: reasonOf(error) }) }] };
  }
  const read = parseJsonText(text);
  return read.ok ? read : { ok: false, problems: issueProblems(file, read.issues) };
}

/**
 * Reads a JSON file (BOM accepted); a syntax error is a problem with line and column.
 *
 * @example
 * ```ts
 * const doc = readJson('rules/variant.json');
 * ```
 */
export function readJson(file: string): unknown {
  const read = parseJsonText(readText(file));
  if (!read.ok) throw new CliError(EXIT.invalid, issueProblems(file, read.issues));
  return read.value;
}

/**
 * Makes a directory (and its parents) to write into, or fails with one readable problem.
 *
 * @example
 * ```ts
 * makeDirectory('jinhua-docs/items');
 * ```
 */
export function makeDirectory(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true });
  } catch (error) {
    throw new CliError(EXIT.invalid, [{ where: dir, message: cliMessages.unwritable({ reason: reasonOf(error) }) }]);
  }
}

let sequence = 0;

/**
 * Writes a file atomically: a temporary file in the same directory, then a rename, so a reader
 * never sees half a report.
 *
 * @example
 * ```ts
 * writeAtomic('report.html', renderHtml(result));
 * ```
 */
export function writeAtomic(file: string, content: string): void {
  sequence += 1;
  const temp = join(dirname(file), `.${basename(file)}.${process.pid}.${sequence}.tmp`);
  try {
    writeFileSync(temp, content, 'utf8');
    renameSync(temp, file);
  } catch (error) {
    if (existsSync(temp)) unlinkSync(temp);
    throw new CliError(EXIT.invalid, [{ where: file, message: cliMessages.unwritable({ reason: reasonOf(error) }) }]);
  }
}

/**
 * The `.json` files named by the inputs: a directory gives its own files ending in `suffix` (not
 * its subdirectories'; `.json` by default), a file gives itself. Sorted by path, without
 * duplicates.
 *
 * @example
 * ```ts
 * listJsonFiles(['stations/', 'extra/one.json']);
 * listJsonFiles(['examples/variants'], '.cases.json');
 * ```
 */
export function listJsonFiles(inputs: readonly string[], suffix = '.json'): string[] {
  const files = new Set<string>();
  for (const input of inputs) {
    let isDirectory: boolean;
    try {
      isDirectory = statSync(input).isDirectory();
    } catch (error) {
      throw new CliError(EXIT.invalid, [
        { where: input, message: cliMessages.unreadable({ reason: reasonOf(error) }) },
      ]);
    }
    if (isDirectory) {
      for (const entry of readdirSync(input, { withFileTypes: true })) {
        if (entry.isFile() && entry.name.endsWith(suffix)) files.add(join(input, entry.name));
      }
    } else if (input.endsWith('.json')) files.add(input);
    else throw new CliError(EXIT.invalid, [{ where: input, message: cliMessages.notJsonInput() }]);
  }
  return [...files].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
