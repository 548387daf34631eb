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

/** Every derived fact, by name. */
export const FACTS: ReadonlyMap<string, FactDefinition> = new Map(
  [
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
  ].map((f) => [f.name, f as unknown as FactDefinition]),
);

export type { FactDefinition, Json } from './fact.js';
