/** The catalogue of derived facts a ruleset may name. */
import { coverage } from './coverage.js';
import type { FactDefinition } from './fact.js';
import { count, followUp } from './generic.js';
import {
  facilities,
  responsibilityLists,
  servicePoints,
  staffing,
  supervisorApprovals,
  supervisorReviews,
  terminals,
  vacancies,
} from './organisation.js';
import { demands, immediateDisclosures, outageNotices } from './service.js';
import { correctionReminders, incidents } from './supervision.js';

/** Every derived fact, by its name (each key is the fact's `name`), with its params schema typed. */
export const FACT_CATALOGUE = {
  servicePoints,
  terminals,
  facilities,
  staffing,
  supervisorApprovals,
  supervisorReviews,
  vacancies,
  responsibilityLists,
  coverage,
  demands,
  immediateDisclosures,
  outageNotices,
  correctionReminders,
  incidents,
  count,
  followUp,
} as const;

/**
 * The name of a derived fact a condition may name.
 *
 * @category Rulesets and variants
 * @example
 * ```ts
 * const fact: FactName = 'coverage';
 * ```
 */
export type FactName = keyof typeof FACT_CATALOGUE;

/** Every derived fact, by name. */
export const FACTS: ReadonlyMap<string, FactDefinition> = new Map(
  Object.values(FACT_CATALOGUE).map((f) => [f.name, f as unknown as FactDefinition]),
);

export type { FactDefinition, Json } from './fact.js';
