import { describeItem, monthsOf, recordOf, remove, unchanged } from '../support/cases.js';
import type { Fixture } from '../support/station.js';

const event =
  (date: string, disclosedOn?: string, frequency: 'immediate' | 'monthly' = 'immediate') =>
  (f: Fixture) => {
    f.records.disclosureEvents.push({ id: 'ev-1', date, note: '电价调整' });
    if (disclosedOn) f.records.disclosures.push({ id: 'ds-i-1', date: disclosedOn, frequency, eventIds: ['ev-1'] });
  };

describeItem('service-disclosure', [
  {
    name: 'monthly and quarterly disclosures and no event pass',
    change: unchanged,
    score: 6,
    status: 'pass',
    failures: 0,
  },
  {
    name: 'a month without a monthly disclosure: 2 off',
    change: (f) => remove(f.records.disclosures, 'ds-m-5'),
    score: 4,
    status: 'partial',
    failures: 1,
    missing: monthsOf(5),
  },
  {
    name: 'a quarter without a quarterly disclosure: 2 off',
    change: (f) => remove(f.records.disclosures, 'ds-q-3'),
    score: 4,
    status: 'partial',
    failures: 1,
    missing: ['2023-Q3'],
  },
  {
    name: 'several missing months are one missing frequency',
    change: (f) => remove(f.records.disclosures, 'ds-m-1', 'ds-m-2', 'ds-m-9'),
    score: 4,
    status: 'partial',
    failures: 1,
    missing: monthsOf(1, 2, 9),
  },
  {
    name: 'a quarterly disclosure does not stand in for a monthly one',
    change: (f) => {
      recordOf(f.records.disclosures, 'ds-m-2').frequency = 'quarterly';
    },
    score: 4,
    status: 'partial',
    failures: 1,
    missing: monthsOf(2),
  },
  {
    name: 'an immediate event disclosed on day + 3 is in time',
    change: event('2023-05-10', '2023-05-13'),
    score: 6,
    status: 'pass',
    failures: 0,
  },
  {
    name: 'an immediate event disclosed on day + 4 is late: 2 off, no missing bucket',
    change: event('2023-05-10', '2023-05-14'),
    score: 4,
    status: 'partial',
    failures: 1,
  },
  {
    name: 'an immediate event never disclosed: 2 off',
    change: event('2023-05-10'),
    score: 4,
    status: 'partial',
    failures: 1,
  },
  {
    name: 'a monthly disclosure naming the event is not an immediate one',
    change: event('2023-05-10', '2023-05-11', 'monthly'),
    score: 4,
    status: 'partial',
    failures: 1,
  },
  {
    name: 'an event at 2023-05-09T17:00:00Z is 10 May in Shanghai, so 13 May is in time',
    change: event('2023-05-09T17:00:00Z', '2023-05-13'),
    score: 6,
    status: 'pass',
  },
  {
    name: 'an event on 30 December disclosed on 2 January is in time',
    change: event('2023-12-30', '2024-01-02'),
    score: 6,
    status: 'pass',
  },
  {
    name: 'an event on 29 December never disclosed is pending (its deadline is 1 January): full points, listed as pending',
    change: event('2023-12-29'),
    score: 6,
    status: 'pass',
    failures: 0,
    pending: [{ id: 'ev-1', arose: '2023-12-29', deadline: '2024-01-01' }],
  },
  {
    name: 'an event on 31 December never disclosed is pending',
    change: event('2023-12-31'),
    score: 6,
    status: 'pass',
    failures: 0,
    pending: [{ id: 'ev-1', arose: '2023-12-31', deadline: '2024-01-03' }],
  },
  {
    name: 'an event on 31 December disclosed on 3 January is in time',
    change: event('2023-12-31', '2024-01-03'),
    score: 6,
    status: 'pass',
    failures: 0,
  },
  {
    name: 'an event on 30 December disclosed on 3 January, after its deadline, stays pending (the result is as of the period end)',
    change: event('2023-12-30', '2024-01-03'),
    score: 6,
    status: 'pass',
    failures: 0,
    pending: [{ id: 'ev-1', arose: '2023-12-30', deadline: '2024-01-02' }],
  },
  {
    name: 'an event on 28 December never disclosed fails: its deadline is the period’s last day',
    change: event('2023-12-28'),
    score: 4,
    status: 'partial',
    failures: 1,
  },
  {
    name: 'a pending event does not excuse a late one',
    change: (f) => {
      event('2023-12-30')(f);
      f.records.disclosureEvents.push({ id: 'ev-2', date: '2023-05-10' });
    },
    score: 4,
    status: 'partial',
    failures: 1,
    pending: [{ id: 'ev-1', arose: '2023-12-30', deadline: '2024-01-02' }],
  },
  {
    name: 'an event before the period is not this period’s',
    change: event('2022-12-20'),
    score: 6,
    status: 'pass',
  },
  {
    name: 'a premature disclosure does not hide a later one in time',
    change: (f) => {
      event('2023-05-10', '2023-05-12')(f);
      f.records.disclosures.push({ id: 'ds-i-0', date: '2023-05-09', frequency: 'immediate', eventIds: ['ev-1'] });
    },
    score: 6,
    status: 'pass',
  },
  {
    name: 'an event disclosed in time still leaves the missing monthly and quarterly ones',
    change: (f) => {
      f.records.disclosures = [];
      event('2023-05-10', '2023-05-12')(f);
    },
    score: 2,
    status: 'partial',
    failures: 2,
    missing: [...monthsOf(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12), '2023-Q1', '2023-Q2', '2023-Q3', '2023-Q4'],
    records: ['ds-i-1', 'ev-1'],
  },
  {
    name: 'all three frequencies missed: floor 0',
    change: (f) => {
      f.records.disclosures = [];
      event('2023-05-10')(f);
    },
    score: 0,
    status: 'fail',
    failures: 3,
    missing: [...monthsOf(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12), '2023-Q1', '2023-Q2', '2023-Q3', '2023-Q4'],
  },
]);
