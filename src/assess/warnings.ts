/**
 * Warnings from the standard's body text (spec §4, A1.2): rules the seed states "as a rule"
 * (一般 / 不宜), so they are reported with the records concerned but never deduct points. The
 * thresholds are ruleset params (`maxCandidates`, `maxTermYears`, `maxConsecutiveTerms`,
 * `groupSize`); a ruleset without one of them does not emit that warning.
 */
import type { PreparedStation } from '../engine/prepare.js';
import { echoedParams, issueMessage } from '../issues/messages.js';
import type { Warning } from '../result/schema.js';
import { lastDayOfYears } from '../time/local-day.js';
import { type WarningParams, warningParamsSchema } from './warning-params.js';

/**
 * Warning codes, in the order they are reported.
 *
 * @category Evaluate
 * @example
 * ```ts
 * result.warnings.filter((w) => w.code === WARNING_CODES[0]); // too many candidates
 * ```
 */
export const WARNING_CODES = [
  'too-many-candidates',
  'term-too-long',
  'too-many-consecutive-terms',
  'group-size',
  'group-leader-not-secretary',
] as const;

/**
 * A warning code: a body-text rule of the standard that is reported, not deducted.
 *
 * @category Evaluate
 * @example
 * ```ts
 * const code: WarningCode = 'group-size';
 * result.warnings.filter((w) => w.code === code);
 * ```
 */
export type WarningCode = (typeof WARNING_CODES)[number];

function warning(code: WarningCode, records: readonly string[], params: Record<string, string | number>): Warning {
  const shown = echoedParams(params);
  return { code, records: records.slice(), params: shown, message: issueMessage(code, shown) };
}

function appointmentWarnings(station: PreparedStation, limits: WarningParams): Warning[] {
  const warnings: Warning[] = [];
  for (const a of station.appointments) {
    // An appointment approved after the period end belongs to the next period (as for item 5).
    if (a.termEnd < station.periodStart || a.termStart > station.periodEnd || a.date > station.periodEnd) continue;
    const { maxCandidates, maxTermYears, maxConsecutiveTerms } = limits;
    if (
      maxCandidates !== undefined &&
      a.candidatesRecommended !== undefined &&
      a.candidatesRecommended > maxCandidates
    ) {
      warnings.push(
        warning('too-many-candidates', [a.id], {
          appointment: a.id,
          staffId: a.staffId,
          count: a.candidatesRecommended,
          max: maxCandidates,
        }),
      );
    }
    if (maxTermYears !== undefined && a.termEnd > lastDayOfYears(a.termStart, maxTermYears)) {
      warnings.push(
        warning('term-too-long', [a.id], {
          appointment: a.id,
          staffId: a.staffId,
          termStart: a.termStart,
          termEnd: a.termEnd,
          maxYears: maxTermYears,
        }),
      );
    }
    if (maxConsecutiveTerms !== undefined && a.termNumber > maxConsecutiveTerms) {
      warnings.push(
        warning('too-many-consecutive-terms', [a.id], {
          appointment: a.id,
          staffId: a.staffId,
          termNumber: a.termNumber,
          max: maxConsecutiveTerms,
        }),
      );
    }
  }
  return warnings;
}

function groupWarnings(station: PreparedStation, limits: WarningParams): Warning[] {
  const group = station.facts.supervisionGroup;
  const members = group?.members ?? [];
  const warnings: Warning[] = [];
  const size = limits.groupSize;
  if (size !== undefined && (members.length < size.min || members.length > size.max)) {
    const ids = members.map((m) => m.id).sort();
    warnings.push(warning('group-size', ids, { size: members.length, min: size.min, max: size.max }));
  }
  if (group && members.length > 0) {
    const leader = members.find((m) => m.id === group.leaderId);
    if (leader?.role !== 'branch-secretary') {
      warnings.push(
        warning('group-leader-not-secretary', leader ? [leader.id] : [], {
          leader: leader ? `${leader.name} (${leader.id}, ${leader.role})` : '—',
        }),
      );
    }
  }
  return warnings;
}

const limitsByParams = new WeakMap<object, WarningParams>();

/** The warning thresholds of a ruleset's params, read once per params object. */
function warningLimits(params: Readonly<Record<string, unknown>>): WarningParams {
  let limits = limitsByParams.get(params);
  if (!limits) {
    const parsed = warningParamsSchema.safeParse(params);
    limits = parsed.success ? parsed.data : {};
    limitsByParams.set(params, limits);
  }
  return limits;
}

/**
 * The body-text warnings of one prepared station (rejected appointments are already set aside):
 * more candidates than `maxCandidates`, a term longer than `maxTermYears`, a term number above
 * `maxConsecutiveTerms` (appointments whose term overlaps the period), a supervision group
 * outside `groupSize` (no group recorded counts as 0 members), a group not led by the branch
 * secretary.
 *
 * @example
 * ```ts
 * const warnings = bodyTextWarnings(prepareStation(facts), baseRuleset().params);
 * warnings.map((w) => w.code); // ['too-many-candidates']
 * ```
 */
export function bodyTextWarnings(station: PreparedStation, params: Readonly<Record<string, unknown>>): Warning[] {
  const limits = warningLimits(params);
  const warnings = appointmentWarnings(station, limits);
  for (const w of groupWarnings(station, limits)) warnings.push(w);
  return warnings;
}
