/** What every command shares: the language of messages, output streams, and the exit code. */
import type { Issue } from '../issues/issue.js';
import { formatPath } from '../issues/issue.js';
import type { Bilingual, Lang } from '../report/messages/index.js';
import { terminalText } from '../report/terminal.js';
import { cliMessages } from './messages.js';

/**
 * Exit codes: 0 success, 1 a `--fail-under` threshold not met or a test case failed, 2 invalid
 * input or usage.
 */
export const EXIT = { ok: 0, failUnder: 1, testFailed: 1, invalid: 2 } as const;

/** One problem, shown as one line: `where: message [code]`. */
export interface Problem {
  readonly where: string;
  readonly message: Bilingual;
  readonly code?: string;
}

/** A failure that ends a command with an exit code and one line per problem. */
export class CliError extends Error {
  readonly exitCode: number;
  readonly problems: readonly Problem[];
  constructor(exitCode: number, problems: readonly Problem[]) {
    super(problems.map((p) => `${p.where}: ${p.message.en}`).join('; '));
    this.name = 'CliError';
    this.exitCode = exitCode;
    this.problems = problems;
  }
}

/**
 * The problems of a file's issues, one per issue, located by file and JSON path.
 *
 * @example
 * ```ts
 * throw new CliError(EXIT.invalid, issueProblems('station.json', parsed.issues));
 * ```
 */
export function issueProblems(file: string, issues: readonly Issue[]): Problem[] {
  return issues.map((issue) => ({
    where: `${issue.file ?? file}: ${formatPath(issue.path)}`,
    message: issue.message,
    code: issue.code,
  }));
}

/** The running command's context. */
export interface CliContext {
  lang: Lang;
  exitCode: number;
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly stderrIsTerminal: boolean;
  /** Whether stdout is a terminal: a document printed there is shown safe for it. */
  readonly stdoutIsTerminal?: boolean;
  /**
   * The clock, read only to say when a report was made when `--generated-at` is not given. Set
   * at the edge (the binary's entry); without it, reports carry no time. Results never read it.
   */
  readonly now?: () => Date;
  /**
   * The script a worker thread runs to evaluate files for `batch --jobs N` (the command line's own
   * entry); without it, `batch` evaluates in this thread.
   */
  readonly workerEntry?: URL;
}

/**
 * Text on one line: each line break (with the blanks around it) becomes one space. One pass over
 * the text, without a backtracking regular expression, so a long run of blanks costs linear time.
 *
 * @example
 * ```ts
 * oneLine('Invalid JSON:\n  {\r\n'); // 'Invalid JSON: {'
 * ```
 */
export function oneLine(text: string): string {
  const parts = text.split(/\r\n|[\r\n]/);
  if (parts.length === 1) return text;
  const last = parts.length - 1;
  const kept = parts
    .map((part, i) => {
      const start = i === 0 ? part : part.trimStart();
      return i === last ? start : start.trimEnd();
    })
    .filter((part, i) => part !== '' || i === 0 || i === last);
  return kept.join(' ');
}

/**
 * One problem as the line the user reads: on one line, and safe for a terminal (control
 * characters and bidirectional controls shown as visible escapes such as `\x1b`).
 *
 * @example
 * ```ts
 * problemLine({ where: 'a.json: period.end', message: { zh: '…', en: 'Invalid date' }, code: 'invalid-date' }, 'en');
 * // 'a.json: period.end: Invalid date [invalid-date]'
 * ```
 */
export function problemLine(problem: Problem, lang: Lang): string {
  return terminalText(oneLine(`${problem.where}: ${problem.message[lang]}${problem.code ? ` [${problem.code}]` : ''}`));
}

/**
 * Writes problems to stderr, one line each.
 *
 * @example
 * ```ts
 * reportProblems(ctx, error.problems);
 * ```
 */
export function reportProblems(ctx: CliContext, problems: readonly Problem[]): void {
  for (const problem of problems) ctx.err(`${problemLine(problem, ctx.lang)}\n`);
}

/**
 * Writes a note (not a problem) to stderr on one line, safe for a terminal.
 *
 * @example
 * ```ts
 * reportNote(ctx, cliMessages.sampled({ n: 4, of: 12, seed: '2024' }));
 * ```
 */
export function reportNote(ctx: CliContext, message: Bilingual): void {
  ctx.err(`${terminalText(oneLine(message[ctx.lang]))}\n`);
}

/**
 * Writes one line of output to stdout, safe for a terminal.
 *
 * @example
 * ```ts
 * printLine(ctx, `${file}: ${cliMessages.valid({ kind, detail })[ctx.lang]}`);
 * ```
 */
export function printLine(ctx: CliContext, text: string): void {
  ctx.out(`${terminalText(oneLine(text))}\n`);
}

/**
 * The problem of a file that could not be read, or of an error that is not a problem of the input.
 *
 * @example
 * ```ts
 * failed.set(file, problemsOf(file, error));
 * ```
 */
export function problemsOf(file: string, error: unknown): Problem[] {
  if (error instanceof CliError) return [...error.problems];
  const detail = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
  return [{ where: file, message: cliMessages.internal({ detail }) }];
}
