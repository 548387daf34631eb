/** `--as-of <day>`: the day a station is evaluated as of, checked, or today in the station's zone. */
import { Option } from 'commander';
import { asOfIssues } from '../engine/as-of.js';
import { type LocalDay, localDayOfInstant } from '../time/local-day.js';
import { CliError, EXIT } from './context.js';

/** `--as-of <day>`: evaluate as of the end of a local day. */
export const asOfOption = (description: string) => new Option('--as-of <day>', description);

/**
 * The `--as-of` day, checked: every problem as one line (`--as-of: Invalid date "2023-02-30" …`).
 *
 * @example
 * ```ts
 * checkedAsOfOption('2023-06-30'); // '2023-06-30'
 * ```
 */
export function checkedAsOfOption(value: string): LocalDay {
  const issues = asOfIssues(value);
  if (issues.length > 0)
    throw new CliError(
      EXIT.invalid,
      issues.map((issue) => ({ where: '--as-of', message: issue.message, code: issue.code })),
    );
  return value;
}

/**
 * Today in a time zone: the default `--as-of` of `due`, the one place the command line reads the
 * clock (the library never does).
 *
 * @example
 * ```ts
 * today('Asia/Shanghai'); // '2024-06-30'
 * ```
 */
export function today(timeZone: string): LocalDay {
  return localDayOfInstant(Date.now(), timeZone);
}
