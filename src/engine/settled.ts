/**
 * The day from which an evaluation as of a day gives the full-year result: the period end plus
 * the longest span after it in which a record can still count under a ruleset (a month-end
 * report's grace days, a quarter-end report's, the refill and dismissal deadlines, the disclosure
 * and reminder deadlines, a fault notice's hours, a declared follow-up's deadline).
 */
import { leavesOf } from '../ruleset/conditions.js';
import type { Ruleset } from '../ruleset/finalize.js';
import { scoringReference } from '../scoring/modes.js';
import { addDays, addMonths, type LocalDay, maxDay } from '../time/local-day.js';
import type { Reach } from './facts/fact.js';
import { FACTS } from './facts/index.js';

const reaches = new WeakMap<Ruleset, Required<Reach>>();

/**
 * The longest reach after the period end of any fact a ruleset calls, in days and in months
 * (made once per ruleset).
 *
 * @example
 * ```ts
 * rulesetReach(baseRuleset()); // { days: 30, months: 1 }
 * ```
 */
export function rulesetReach(ruleset: Ruleset): Required<Reach> {
  let reach = reaches.get(ruleset);
  if (reach === undefined) {
    let days = 0;
    let months = 0;
    for (const item of ruleset.items) {
      const calls = [
        ...(item.applicability ? leavesOf(item.applicability) : []),
        ...(item.conditions ? leavesOf(item.conditions) : []),
      ];
      const reference = scoringReference(item.scoring);
      for (const call of reference ? [...calls, reference] : calls) {
        const definition = FACTS.get(call.fact);
        if (definition?.reach === undefined) continue;
        const span = definition.reach(definition.params.parse(call.params ?? {}));
        days = Math.max(days, span.days ?? 0);
        months = Math.max(months, span.months ?? 0);
      }
    }
    reach = { days, months };
    reaches.set(ruleset, reach);
  }
  return reach;
}

/**
 * The first day as of which a station of a period ending on `periodEnd` is settled: nothing dated
 * later can change its result, which is then the full-year result.
 *
 * @example
 * ```ts
 * settledOn(baseRuleset(), '2023-12-31'); // '2024-01-31' (the one-month refill deadline)
 * ```
 */
export function settledOn(ruleset: Ruleset, periodEnd: LocalDay): LocalDay {
  const { days, months } = rulesetReach(ruleset);
  return maxDay(addDays(periodEnd, days), addMonths(periodEnd, months));
}
