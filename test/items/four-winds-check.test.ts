import { describeItem, redate, remove, unchanged } from '../support/cases.js';

describeItem('four-winds-check', [
  { name: 'a check every quarter passes', change: unchanged, score: 4, status: 'pass' },
  {
    name: 'a quarter without a check fails and is named',
    change: (f) => remove(f.records.fourWindsChecks, 'fw-4'),
    score: 0,
    status: 'fail',
    missing: ['2023-Q4'],
  },
  {
    name: '2023-03-31T16:00:00Z is 1 April in Shanghai, so Q1 is missing',
    change: (f) => redate(f.records.fourWindsChecks, 'fw-1', '2023-03-31T16:00:00Z'),
    score: 0,
    status: 'fail',
    missing: ['2023-Q1'],
  },
  {
    name: 'a station established in mid-October needs no Q4 check',
    change: (f) => {
      f.station.established = '2023-10-15';
      remove(f.records.fourWindsChecks, 'fw-1', 'fw-2', 'fw-3', 'fw-4');
    },
    score: 4,
    status: 'pass',
  },
]);
