/** Options several commands share, defined once. */
import { InvalidArgumentError, Option } from 'commander';
import { LANGS } from '../report/messages/index.js';

/** `--lang zh|en` (default zh). */
export const langOption = () =>
  new Option('--lang <lang>', 'language of the report and messages').choices(LANGS).default('zh');

/** `--ruleset <file>`, repeatable: the base ruleset first, then variants in order. */
export const rulesetOption = () =>
  new Option('--ruleset <file>', 'ruleset JSON; repeat for base then variants')
    .argParser((value: string, previous: string[] | undefined) => [...(previous ?? []), value])
    .default([] as string[], 'the built-in base ruleset');

/** `--format <format>` among the given choices. */
export const formatOption = (choices: readonly string[], fallback: string) =>
  new Option('--format <format>', 'output format').choices(choices).default(fallback);

/** `-o, --output <file>`: write the output to a file (atomically) instead of stdout. */
export const outputOption = () => new Option('-o, --output <file>', 'write to this file instead of stdout');

/**
 * Parses a finite number argument.
 *
 * @example
 * ```ts
 * parseNumber('80'); // 80
 * ```
 */
export function parseNumber(value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n)) throw new InvalidArgumentError('expected a number');
  return n;
}

/**
 * Parses a positive whole number argument.
 *
 * @example
 * ```ts
 * parsePositiveInt('10'); // 10
 * ```
 */
export function parsePositiveInt(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n) || n < 1) {
    throw new InvalidArgumentError('expected a whole number of at least 1');
  }
  return n;
}

/**
 * The help footer of a command: examples.
 *
 * @example
 * ```ts
 * command.addHelpText('after', examples(['clean-station evaluate station.json']));
 * ```
 */
export function examples(lines: readonly string[]): string {
  return `\nExample${lines.length > 1 ? 's' : ''}:\n${lines.map((l) => `  $ ${l}`).join('\n')}\n`;
}
