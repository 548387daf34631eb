/**
 * When a report was made: `--generated-at` as given (checked and written the same way every
 * time), or the clock of the command line's context, in the machine's local time with its offset.
 */
import { InvalidArgumentError, Option } from 'commander';
import type { CliContext } from './context.js';

const pad = (n: number) => String(n).padStart(2, '0');

const WHEN = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/;

/**
 * Parses `--generated-at`: a day `YYYY-MM-DD`, or a date-time `YYYY-MM-DDTHH:mm` (seconds and an
 * offset optional), written back as `YYYY-MM-DD` or `YYYY-MM-DD HH:mm` with its offset.
 *
 * @example
 * ```ts
 * parseGeneratedAt('2024-01-20T09:30:00+08:00'); // '2024-01-20 09:30 +08:00'
 * parseGeneratedAt('2024-01-20'); // '2024-01-20'
 * ```
 */
export function parseGeneratedAt(value: string): string {
  const match = WHEN.exec(value.trim());
  const [, year, month, day, hour, minute, zone] = match ?? [];
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  const exists =
    match !== null &&
    date.getUTCFullYear() === Number(year) &&
    date.getUTCMonth() === Number(month) - 1 &&
    date.getUTCDate() === Number(day) &&
    (hour === undefined || (Number(hour) < 24 && Number(minute) < 60));
  if (!exists) {
    throw new InvalidArgumentError(
      'expected a day YYYY-MM-DD or a date-time YYYY-MM-DDTHH:mm, with an optional offset',
    );
  }
  const dayText = `${year}-${month}-${day}`;
  if (hour === undefined) return dayText;
  return `${dayText} ${hour}:${minute}${zone === undefined ? '' : ` ${zone === 'Z' ? 'UTC' : zone}`}`;
}

/** `--generated-at <when>`: the time reports say they were made. */
export const generatedAtOption = () =>
  new Option(
    '--generated-at <when>',
    'when the report was made, as shown in it (YYYY-MM-DD or YYYY-MM-DDTHH:mm[+08:00]); the clock when absent',
  ).argParser(parseGeneratedAt);

/**
 * A moment in the machine's local time with its offset: `2024-01-20 09:30 +08:00`.
 *
 * @example
 * ```ts
 * localMoment(new Date('2024-01-20T01:30:00Z')); // '2024-01-20 09:30 +08:00' in Asia/Shanghai
 * ```
 */
export function localMoment(date: Date): string {
  const offset = -date.getTimezoneOffset();
  const sign = offset < 0 ? '-' : '+';
  const zone = `${sign}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  return `${day} ${pad(date.getHours())}:${pad(date.getMinutes())} ${zone}`;
}

/**
 * When the report is made: the option as parsed, else the context's clock, else nothing.
 *
 * @example
 * ```ts
 * generatedAt(ctx, options.generatedAt); // '2024-01-20 09:30 +08:00'
 * ```
 */
export function generatedAt(ctx: CliContext, option: string | undefined): string | undefined {
  if (option !== undefined) return option;
  return ctx.now === undefined ? undefined : localMoment(ctx.now());
}

/**
 * The `generatedAt` of report options: present only when the report is dated.
 *
 * @example
 * ```ts
 * renderHtml(result, { lang: 'zh', ...reportTime(ctx, options.generatedAt) });
 * ```
 */
export function reportTime(ctx: CliContext, option: string | undefined): { generatedAt?: string } {
  const when = generatedAt(ctx, option);
  return when === undefined ? {} : { generatedAt: when };
}
