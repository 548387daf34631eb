/**
 * The cases every risk-control item (23–25, −5 per incident, floor 0) shares, for an incident kind
 * of the item and a kind that belongs to another item.
 */

import type { INCIDENT_KINDS } from '../../src/facts/schema.js';
import { type ItemCase, unchanged } from './cases.js';
import type { Fixture } from './station.js';

type Incident = Fixture['incidents'][number];
type IncidentKind = (typeof INCIDENT_KINDS)[number];

/** A change that adds an incident of `kind`. */
export const incidentOf =
  (kind: IncidentKind) =>
  (id: string, date: string, extra: Partial<Incident> = {}) =>
  (f: Fixture) => {
    f.incidents.push({ id, kind, date, ...extra });
  };

/** Cases of an incident item counting incidents of `kind` and not those of `otherKind`. */
export function incidentCases(kind: IncidentKind, otherKind: IncidentKind): ItemCase[] {
  const add = incidentOf(kind);
  return [
    { name: 'no incident keeps full points', change: unchanged, score: 5, status: 'pass', failures: 0, records: [] },
    {
      name: 'one incident: 5 off',
      change: add('inc-1', '2023-06-01'),
      score: 0,
      status: 'fail',
      failures: 1,
      records: ['inc-1'],
    },
    {
      name: 'two incidents: floor 0, not below',
      change: (f) => {
        add('inc-1', '2023-06-01')(f);
        add('inc-2', '2023-09-01')(f);
      },
      score: 0,
      status: 'fail',
      failures: 2,
    },
    {
      name: 'an incident whose responsibility was ruled out does not count, but is listed',
      change: add('inc-1', '2023-06-01', { responsibilityRuledOut: true }),
      score: 5,
      status: 'pass',
      failures: 0,
      records: ['inc-1'],
    },
    {
      name: 'an incident before the period does not count',
      change: add('inc-1', '2022-12-31'),
      score: 5,
      status: 'pass',
      failures: 0,
    },
    {
      name: 'an incident at 2022-12-31T16:00:00Z is 1 January in Shanghai and counts',
      change: add('inc-1', '2022-12-31T16:00:00Z'),
      score: 0,
      status: 'fail',
      failures: 1,
    },
    {
      name: 'an incident at 2023-12-31T16:00:00Z is 1 January of the next year and does not count',
      change: add('inc-1', '2023-12-31T16:00:00Z'),
      score: 5,
      status: 'pass',
      failures: 0,
    },
    {
      name: 'an incident of another kind belongs to another item',
      change: add('inc-1', '2023-06-01', { kind: otherKind }),
      score: 5,
      status: 'pass',
      failures: 0,
      records: [],
    },
  ];
}
