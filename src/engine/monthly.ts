/**
 * The monthly link (§7.2): a station's score as of each month end of its period, from one
 * preparation of its facts.
 */
import type { StationFacts } from '../facts/schema.js';
import { bucketsOverlapping } from '../time/buckets.js';
import { type LocalDay, lastDayOfMonth, minDay } from '../time/local-day.js';
import type { MonthlyScore } from '../types/generated.js';
import { stationAsOf } from './as-of.js';
import { checkedInput, type EvaluateOptions, evaluatePrepared } from './evaluate.js';

/** The last day of each month of a period (the period end for its last, partial month). */
function monthEnds(start: LocalDay, end: LocalDay): Array<{ month: string; day: LocalDay }> {
  return bucketsOverlapping('month', start, end).map((month) => ({
    month,
    day: minDay(lastDayOfMonth(`${month}-01`), end),
  }));
}

/**
 * The score to date and the projected score as of each month end of the period (spec §5 and
 * §7.2: the monthly link), in order; with `asOf`, the month ends up to that day. Each entry is
 * the total of `evaluate(facts, { asOf: monthEnd })` and its projected total.
 *
 * @category Evaluate
 * @throws {@link InvalidInputError} as `evaluate` does.
 * @example
 * ```ts
 * for (const month of evaluateMonthly(facts)) console.log(month.month, month.total, month.projected);
 * ```
 */
export function evaluateMonthly(facts: StationFacts, options: Omit<EvaluateOptions, 'engine'> = {}): MonthlyScore[] {
  const { prepared, asOf, ruleset, review } = checkedInput(facts, options);
  const scores: MonthlyScore[] = [];
  for (const { month, day } of monthEnds(prepared.periodStart, prepared.periodEnd)) {
    if (asOf !== null && day > asOf) break;
    const result = evaluatePrepared(stationAsOf(prepared, day), ruleset, review);
    scores.push({
      month,
      asOf: day,
      total: result.total,
      projected: result.asOf?.projected.total ?? result.total,
      grade: result.grade,
    });
  }
  return scores;
}
