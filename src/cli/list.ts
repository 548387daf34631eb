/**
 * The `.json` files a batch reads: every entry of a folder is accounted for. Regular files and
 * symbolic links to regular files are listed; any other entry named `.json` (a directory, a named
 * pipe, a socket, a device, a broken link, a second name of a file already listed) is skipped
 * with its reason, never dropped silently.
 */
import { type Dirent, readdirSync, type Stats, statSync } from 'node:fs';
import { join } from 'node:path';
import { CliError, EXIT, type Problem } from './context.js';
import { reasonOf } from './files.js';
import { cliMessages, type SkippedKind } from './messages.js';

/** The files to read, and the entries skipped with their reasons. */
export interface JsonFiles {
  readonly files: string[];
  readonly skipped: Problem[];
}

/** The file Excel keeps beside an open workbook while it is being edited. */
const OFFICE_LOCK_FILE = /^~\$/;

const byPath = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const skippedProblem = (where: string, kind: SkippedKind, detail?: string): Problem => ({
  where,
  message: cliMessages.skippedEntry(detail === undefined ? { kind } : { kind, detail }),
  code: 'skipped-entry',
});

function kindOf(stats: Stats | Dirent): SkippedKind | null {
  if (stats.isFile()) return null;
  if (stats.isDirectory()) return 'directory';
  if (stats.isFIFO()) return 'fifo';
  if (stats.isSocket()) return 'socket';
  return 'device';
}

/** Whether a folder entry is a file to read: a regular file, or a link that leads to one. */
function checkEntry(path: string, entry: Dirent): Problem | null {
  if (!entry.isSymbolicLink()) {
    const kind = kindOf(entry);
    return kind === null ? null : skippedProblem(path, kind);
  }
  let target: Stats;
  try {
    target = statSync(path);
  } catch (error) {
    return skippedProblem(path, 'broken-link', reasonOf(error));
  }
  const kind = kindOf(target);
  return kind === null ? null : skippedProblem(path, kind);
}

function isDirectory(input: string): boolean {
  try {
    return statSync(input).isDirectory();
  } catch (error) {
    throw new CliError(EXIT.invalid, [{ where: input, message: cliMessages.unreadable({ reason: reasonOf(error) }) }]);
  }
}

/** Keeps the first name (in path order) of each file; a second name of the same file is skipped. */
function oneNamePerFile(candidates: readonly string[], skipped: Problem[]): string[] {
  const first = new Map<string, string>();
  const files: string[] = [];
  for (const path of candidates) {
    let key = path;
    try {
      const stats = statSync(path);
      key = `${stats.dev}:${stats.ino}`;
    } catch {
      // Unreadable: read later, where the problem is reported.
    }
    const earlier = first.get(key);
    if (earlier === undefined) {
      first.set(key, path);
      files.push(path);
    } else if (earlier !== path) skipped.push(skippedProblem(path, 'same-file', earlier));
  }
  return files;
}

/**
 * The `.json` files named by the inputs: a directory gives its own entries ending in `suffix`
 * (`.json` by default, or any of several such as `.json` and `.xlsx`; not its subdirectories'),
 * following symbolic links to regular files; a file gives itself. The owner files a spreadsheet
 * program keeps beside an open workbook (`~$station.xlsx`) are skipped with their reason. Sorted by path, one name per file. Entries that cannot be read as files are
 * returned as skipped.
 *
 * @example
 * ```ts
 * const { files, skipped } = listJsonFiles(['stations/', 'extra/one.json']);
 * listJsonFiles(['examples/variants'], '.cases.json').files;
 * ```
 */
export function listJsonFiles(inputs: readonly string[], suffix: string | readonly string[] = '.json'): JsonFiles {
  const suffixes = typeof suffix === 'string' ? [suffix] : suffix;
  const listed = (name: string) => suffixes.some((s) => name.toLowerCase().endsWith(s));
  const candidates = new Set<string>();
  const skipped: Problem[] = [];
  for (const input of inputs) {
    if (isDirectory(input)) {
      for (const entry of readdirSync(input, { withFileTypes: true })) {
        if (!listed(entry.name)) continue;
        const path = join(input, entry.name);
        const problem = OFFICE_LOCK_FILE.test(entry.name) ? skippedProblem(path, 'lock-file') : checkEntry(path, entry);
        if (problem === null) candidates.add(path);
        else skipped.push(problem);
      }
    } else if (input.endsWith('.json') || listed(input)) candidates.add(input);
    else throw new CliError(EXIT.invalid, [{ where: input, message: cliMessages.notJsonInput() }]);
  }
  const files = oneNamePerFile([...candidates].sort(byPath), skipped);
  return { files, skipped: skipped.sort((a, b) => byPath(a.where, b.where)) };
}
