import { describeItem, unchanged } from '../support/cases.js';
import type { Fixture } from '../support/station.js';

type Incident = Fixture['incidents'][number];

const incident =
  (id: string, date: string, extra: Partial<Incident> = {}) =>
  (f: Fixture) => {
    f.incidents.push({ id, kind: 'service-complaint', date, ...extra });
  };

describeItem('no-service-complaints', [
  { name: 'no incident keeps full points', change: unchanged, score: 5, status: 'pass', failures: 0, records: [] },
  {
    name: 'one incident: 5 off',
    change: incident('inc-1', '2023-06-01'),
    score: 0,
    status: 'fail',
    failures: 1,
    records: ['inc-1'],
  },
  {
    name: 'two incidents: floor 0, not below',
    change: (f) => {
      incident('inc-1', '2023-06-01')(f);
      incident('inc-2', '2023-09-01')(f);
    },
    score: 0,
    status: 'fail',
    failures: 2,
  },
  {
    name: 'a service event notified by State Grid counts here too',
    change: incident('inc-1', '2023-06-01', { kind: 'state-grid-notified-event' }),
    score: 0,
    status: 'fail',
    failures: 1,
  },
  {
    name: 'a complaint and a State Grid notified event: floor 0',
    change: (f) => {
      incident('inc-1', '2023-06-01')(f);
      incident('inc-2', '2023-07-01', { kind: 'state-grid-notified-event' })(f);
    },
    score: 0,
    status: 'fail',
    failures: 2,
  },
  {
    name: 'an incident whose responsibility was ruled out does not count, but is listed',
    change: incident('inc-1', '2023-06-01', { responsibilityRuledOut: true }),
    score: 5,
    status: 'pass',
    failures: 0,
    records: ['inc-1'],
  },
  {
    name: 'an incident before the period does not count',
    change: incident('inc-1', '2022-12-31'),
    score: 5,
    status: 'pass',
    failures: 0,
  },
  {
    name: 'an incident at 2022-12-31T16:00:00Z is 1 January in Shanghai and counts',
    change: incident('inc-1', '2022-12-31T16:00:00Z'),
    score: 0,
    status: 'fail',
    failures: 1,
  },
  {
    name: 'an incident at 2023-12-31T16:00:00Z is 1 January of the next year and does not count',
    change: incident('inc-1', '2023-12-31T16:00:00Z'),
    score: 5,
    status: 'pass',
    failures: 0,
  },
  {
    name: 'an incident of another kind belongs to another item',
    change: incident('inc-1', '2023-06-01', { kind: 'leapfrog-petition' }),
    score: 5,
    status: 'pass',
    failures: 0,
    records: [],
  },
]);
