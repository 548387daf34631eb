import { describeItem, redate, remove, unchanged } from '../support/cases.js';

describeItem('risk-identification', [
  { name: 'one identification every half year passes', change: unchanged, score: 3, status: 'pass' },
  {
    name: 'a half without an identification fails and is named',
    change: (f) => remove(f.records.riskIdentifications, 'ri-2'),
    score: 0,
    status: 'fail',
    missing: ['2023-H2'],
  },
  {
    name: '2023-06-30T16:00:00Z is 1 July in Shanghai, so H1 is missing',
    change: (f) => redate(f.records.riskIdentifications, 'ri-1', '2023-06-30T16:00:00Z'),
    score: 0,
    status: 'fail',
    missing: ['2023-H1'],
  },
  {
    name: 'a station established on 2 January does not need H1',
    change: (f) => {
      f.station.established = '2023-01-02';
      remove(f.records.riskIdentifications, 'ri-1');
    },
    score: 3,
    status: 'pass',
  },
  {
    name: 'a station established on 1 July needs H2',
    change: (f) => {
      f.station.established = '2023-07-01';
      remove(f.records.riskIdentifications, 'ri-1', 'ri-2');
    },
    score: 0,
    status: 'fail',
    missing: ['2023-H2'],
  },
]);
