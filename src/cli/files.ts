/**
 * Reading input files: bounded (reading stops at a size limit, whatever the file is: a regular
 * file, a pipe, a device, a file that keeps growing), decoded strictly, parsed with located errors.
 */
import { closeSync, existsSync, fstatSync, mkdirSync, openSync, readSync } from 'node:fs';
import { MAX_JSON_TEXT_LENGTH, parseJsonText } from '../issues/json-text.js';
import { CliError, EXIT, issueProblems, type Problem } from './context.js';
import { decodeText } from './decode.js';
import { cliMessages } from './messages.js';

/**
 * The most bytes the command line reads from one file: every text the library accepts
 * (`MAX_JSON_TEXT_LENGTH` UTF-16 code units, each at most 3 bytes of UTF-8) plus a byte-order
 * mark. A longer file is refused with `input-too-large` as soon as reading passes the limit.
 */
export const MAX_FILE_BYTES = 3 * MAX_JSON_TEXT_LENGTH + 3;

const CHUNK_BYTES = 64 * 1024;

/**
 * The reason of a failed system call, for a message (`ENOENT`, `EACCES`, …).
 *
 * @example
 * ```ts
 * reasonOf(Object.assign(new Error('x'), { code: 'ENOENT' })); // 'ENOENT'
 * ```
 */
export const reasonOf = (error: unknown) => (error as NodeJS.ErrnoException).code ?? 'error';

const unreadable = (file: string, reason: string) =>
  new CliError(EXIT.invalid, [{ where: file, message: cliMessages.unreadable({ reason }) }]);

/** Reads an open file until its end, in chunks, stopping with a problem past `limit` bytes. */
function readAll(fd: number, file: string, limit: number): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const chunk = Buffer.allocUnsafe(Math.min(CHUNK_BYTES, limit + 1 - total));
    const read = readSync(fd, chunk, 0, chunk.length, null);
    if (read === 0) return Buffer.concat(chunks, total);
    chunks.push(read === chunk.length ? chunk : chunk.subarray(0, read));
    total += read;
    if (total > limit) {
      throw new CliError(EXIT.invalid, [
        { where: file, message: cliMessages.tooLarge({ limit }), code: 'input-too-large' },
      ]);
    }
  }
}

/**
 * Reads the bytes of a file, at most `limit` of them. Whatever the file is (a regular file, a
 * named pipe, `/dev/stdin`, a device), reading stops at the limit; a directory cannot be read.
 *
 * @example
 * ```ts
 * const bytes = readBytes('station.json');
 * ```
 */
export function readBytes(file: string, limit: number = MAX_FILE_BYTES): Buffer {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (error) {
    throw unreadable(file, reasonOf(error));
  }
  try {
    if (fstatSync(fd).isDirectory()) throw unreadable(file, 'EISDIR');
    return readAll(fd, file, limit);
  } catch (error) {
    throw error instanceof CliError ? error : unreadable(file, reasonOf(error));
  } finally {
    closeSync(fd);
  }
}

/**
 * Reads a text file (UTF-8, or UTF-16 with its byte-order mark), or fails with one readable
 * problem: unreadable, `input-too-large` past `limit` bytes, or `invalid-encoding` with the byte
 * offset of the first invalid sequence.
 *
 * @example
 * ```ts
 * const text = readText('station.json');
 * ```
 */
export function readText(file: string, limit: number = MAX_FILE_BYTES): string {
  return decodeText(file, readBytes(file, limit));
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
  // A file that is not there is reported where it is named; what is wrong with a file that is, in it.
  if (!existsSync(file))
    return { ok: false, problems: [{ where, message: cliMessages.unreadableFile({ file, reason: 'ENOENT' }) }] };
  let text: string;
  try {
    text = readText(file);
  } catch (error) {
    if (error instanceof CliError) return { ok: false, problems: [...error.problems] };
    throw error;
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
