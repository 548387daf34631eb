import { describeItem, redate, remove, unchanged } from '../support/cases.js';

const outside = (id: string, bucket: string) => [{ id, reason: 'outside-window', bucket }];

describeItem('leader-quarterly-report', [
  { name: 'a report at every quarter end passes', change: unchanged, score: 4, status: 'pass' },
  {
    name: 'a quarter without a report fails and is named',
    change: (f) => remove(f.records.leaderReports, 'lr-3'),
    score: 0,
    status: 'fail',
    missing: ['2023-Q3'],
  },
  {
    name: 'the first day of the quarter’s last month is in the window',
    change: (f) => redate(f.records.leaderReports, 'lr-1', '2023-03-01'),
    score: 4,
    status: 'pass',
  },
  {
    name: 'the last day of the quarter’s second month is outside, and the trace says so',
    change: (f) => redate(f.records.leaderReports, 'lr-1', '2023-02-28'),
    score: 0,
    status: 'fail',
    missing: ['2023-Q1'],
    notCounted: outside('lr-1', '2023-Q1'),
  },
  {
    name: 'the 10th day of the next quarter counts for the quarter that ended',
    change: (f) => redate(f.records.leaderReports, 'lr-1', '2023-04-10'),
    score: 4,
    status: 'pass',
  },
  {
    name: 'the 11th day of the next quarter is too late',
    change: (f) => redate(f.records.leaderReports, 'lr-1', '2023-04-11'),
    score: 0,
    status: 'fail',
    missing: ['2023-Q1'],
    notCounted: outside('lr-1', '2023-Q1'),
  },
  {
    name: 'a Q4 report on 10 January of the next year counts',
    change: (f) => redate(f.records.leaderReports, 'lr-4', '2024-01-10'),
    score: 4,
    status: 'pass',
  },
  {
    name: 'a Q4 report on 11 January of the next year does not',
    change: (f) => redate(f.records.leaderReports, 'lr-4', '2024-01-11'),
    score: 0,
    status: 'fail',
    missing: ['2023-Q4'],
    notCounted: outside('lr-4', '2023-Q4'),
  },
  {
    name: 'a Q4 report at 2024-01-10T16:00:00Z is 11 January in Shanghai and does not count',
    change: (f) => redate(f.records.leaderReports, 'lr-4', '2024-01-10T16:00:00Z'),
    score: 0,
    status: 'fail',
    missing: ['2023-Q4'],
    notCounted: outside('lr-4', '2023-Q4'),
  },
  {
    name: 'a station established in mid-February needs Q2 onwards only',
    change: (f) => {
      f.station.established = '2023-02-15';
      remove(f.records.leaderReports, 'lr-1');
    },
    score: 4,
    status: 'pass',
  },
]);
