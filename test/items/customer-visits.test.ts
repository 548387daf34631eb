import { describeItem, redate, remove, unchanged } from '../support/cases.js';

describeItem('customer-visits', [
  { name: 'a visit every quarter passes', change: unchanged, score: 3, status: 'pass' },
  {
    name: 'quarters without a visit fail and are named',
    change: (f) => remove(f.records.customerVisits, 'cv-1', 'cv-3'),
    score: 0,
    status: 'fail',
    missing: ['2023-Q1', '2023-Q3'],
  },
  {
    name: 'two visits in one quarter do not make up for another',
    change: (f) => redate(f.records.customerVisits, 'cv-3', '2023-06-28'),
    score: 0,
    status: 'fail',
    missing: ['2023-Q3'],
  },
  {
    name: 'a station established on 1 October needs Q4 only',
    change: (f) => {
      f.station.established = '2023-10-01';
      remove(f.records.customerVisits, 'cv-1', 'cv-2', 'cv-3');
    },
    score: 3,
    status: 'pass',
  },
]);
