/** Arbitrary station-years for property tests: the compliant fixture with records taken away. */
import fc from 'fast-check';
import { compliantFacts } from './station.js';

type Facts = ReturnType<typeof compliantFacts>;
const KINDS = [
  'liaisons',
  'supervisionMeetings',
  'specialInspections',
  'resultPublications',
  'customerVisits',
] as const;

/** The compliant station-year with, per record kind, some records dropped and maybe an incident. */
export const arbitraryFacts: fc.Arbitrary<Facts> = fc
  .record({
    drops: fc.array(fc.tuple(fc.constantFrom(...KINDS), fc.nat({ max: 11 })), { maxLength: 6 }),
    incident: fc.boolean(),
  })
  .map(({ drops, incident }) => {
    const facts = compliantFacts();
    for (const [kind, index] of drops) {
      const list = facts.records[kind] as unknown[] | undefined;
      if (list && index < list.length) list.splice(index, 1);
    }
    if (incident) facts.incidents = [{ id: 'inc-1', kind: 'service-complaint', date: '2023-04-04' }];
    return facts;
  });
