/** The zod schema of a number that is a score, a point value, a deduction, a floor or a threshold. */
import * as z from 'zod';
import { hasScoreDecimals, SCORE_DECIMALS } from './exact.js';

/**
 * A number in [min, max] with at most `SCORE_DECIMALS` decimal places; more is a
 * `too-many-decimals` issue (scores are added exactly, in units of 10^-4).
 *
 * @example
 * ```ts
 * scoreNumber(0, 1000).safeParse(2.5).success; // true
 * scoreNumber(0, 1000).safeParse(0.00001).success; // false: too-many-decimals
 * ```
 */
export function scoreNumber(min: number, max: number) {
  return z
    .number()
    .min(min)
    .max(max)
    .check((ctx) => {
      // A value out of range already has its issue: one problem, one issue.
      if (ctx.value >= min && ctx.value <= max && !hasScoreDecimals(ctx.value)) {
        ctx.issues.push({
          code: 'custom',
          input: ctx.value,
          message: 'too-many-decimals',
          params: { code: 'too-many-decimals', value: ctx.value, decimals: SCORE_DECIMALS },
        });
      }
    });
}
