/**
 * Problems found in an input (facts, ruleset, review) are data, not thrown prose: every one has a
 * stable code, the JSON path of the offending value, parameters, and a message in Chinese and
 * English.
 */
import { echoedParams, issueMessage } from './messages.js';

/**
 * A path into a JSON document, as keys and array indices.
 *
 * @category Errors
 * @example
 * ```ts
 * const path: JsonPath = ['records', 'liaisons', 3, 'date'];
 * formatPath(path); // 'records.liaisons[3].date'
 * ```
 */
export type JsonPath = ReadonlyArray<string | number>;

/**
 * One problem in an input file.
 *
 * @category Errors
 * @example
 * ```ts
 * const issue: Issue = {
 *   code: 'unknown-reference',
 *   path: ['duties', 0, 'staffId'],
 *   params: { ref: 'p-9', target: 'staff member', targetZh: '人员' },
 *   message: { zh: '引用了不存在的人员：“p-9”', en: 'Unknown staff member "p-9"' },
 * };
 * ```
 */
export interface Issue {
  /** A stable, machine-readable code such as `invalid-date` or `unknown-field`. */
  readonly code: string;
  /** Where in the input the problem is. */
  readonly path: JsonPath;
  /** The values the message was built from. */
  readonly params: Readonly<Record<string, string | number>>;
  /** The message in Chinese and English. */
  readonly message: { readonly zh: string; readonly en: string };
  /** The file the issue belongs to, when more than one file was read. */
  readonly file?: string;
}

/**
 * Builds an issue with its zh/en message from the catalogue. String params that repeat input are
 * cut to `MAX_ECHO_LENGTH` code units (see `echoedParams`), in the params and the messages.
 *
 * @example
 * ```ts
 * makeIssue('duplicate-id', ['records', 'liaisons', 3, 'id'], { id: 'L-1' });
 * ```
 */
export function makeIssue(code: string, path: JsonPath, params: Record<string, string | number> = {}): Issue {
  const shown = echoedParams(params);
  return { code, path, params: shown, message: issueMessage(code, shown) };
}

/**
 * Formats a JSON path the way people read it: `records.liaisons[3].date`.
 *
 * @category Errors
 * @example
 * ```ts
 * formatPath(['records', 'liaisons', 3, 'date']); // 'records.liaisons[3].date'
 * formatPath([]); // '(root)'
 * ```
 */
export function formatPath(path: JsonPath): string {
  if (path.length === 0) return '(root)';
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? key : `.${key}`;
  }
  return out;
}

/**
 * The outcome of parsing an input: the typed value, or every issue found.
 *
 * @category Errors
 * @example
 * ```ts
 * const parsed: ParseResult<StationFacts> = parseFacts(json);
 * if (parsed.ok) await evaluate(parsed.value);
 * else for (const issue of parsed.issues) console.error(formatPath(issue.path), issue.message.zh);
 * ```
 */
export type ParseResult<T> =
  | { readonly ok: true; readonly value: T; readonly issues: readonly [] }
  | { readonly ok: false; readonly issues: readonly Issue[] };

/**
 * Thrown by the `…OrThrow` helpers; carries every issue.
 *
 * @category Errors
 * @example
 * ```ts
 * try {
 *   parseFactsOrThrow(json);
 * } catch (error) {
 *   if (error instanceof InvalidInputError) console.error(error.issues.map((i) => i.code));
 * }
 * ```
 */
export class InvalidInputError extends Error {
  /** Every issue found in the input. */
  readonly issues: readonly Issue[];
  constructor(what: string, issues: readonly Issue[]) {
    const lines = issues.slice(0, 20).map((i) => `  ${formatPath(i.path)}: ${i.message.en} [${i.code}]`);
    const more = issues.length > 20 ? `\n  … and ${issues.length - 20} more` : '';
    super(`Invalid ${what} (${issues.length} issue${issues.length === 1 ? '' : 's'}):\n${lines.join('\n')}${more}`);
    this.name = 'InvalidInputError';
    this.issues = issues;
  }
}
