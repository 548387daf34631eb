import { describeItem, monthsOf, redate, remove, unchanged } from '../support/cases.js';

const outside = (id: string, bucket: string) => [{ id, reason: 'outside-window', bucket }];

describeItem('supervisor-monthly-report', [
  { name: 'a report at every month end passes', change: unchanged, score: 4, status: 'pass' },
  {
    name: 'a month without a report fails and is named',
    change: (f) => remove(f.records.supervisorReports, 'sr-11'),
    score: 0,
    status: 'fail',
    missing: monthsOf(11),
  },
  {
    name: 'a mid-month report does not count, and the trace says so',
    change: (f) => redate(f.records.supervisorReports, 'sr-6', '2023-06-15'),
    score: 0,
    status: 'fail',
    missing: monthsOf(6),
    notCounted: outside('sr-6', '2023-06'),
  },
  {
    name: 'a report on the 1st of the next month counts for the month that ended',
    change: (f) => redate(f.records.supervisorReports, 'sr-6', '2023-07-01'),
    score: 4,
    status: 'pass',
  },
  {
    name: 'a December report dated 2 January of the next year counts',
    change: (f) => redate(f.records.supervisorReports, 'sr-12', '2024-01-02'),
    score: 4,
    status: 'pass',
  },
  {
    name: 'a December report dated 3 January of the next year counts',
    change: (f) => redate(f.records.supervisorReports, 'sr-12', '2024-01-03'),
    score: 4,
    status: 'pass',
  },
  {
    name: 'a December report dated 4 January of the next year does not',
    change: (f) => redate(f.records.supervisorReports, 'sr-12', '2024-01-04'),
    score: 0,
    status: 'fail',
    missing: monthsOf(12),
    notCounted: outside('sr-12', '2023-12'),
  },
  {
    name: 'a December report dated 2024-01-03T15:59:59Z is still 3 January in Shanghai and counts',
    change: (f) => redate(f.records.supervisorReports, 'sr-12', '2024-01-03T15:59:59Z'),
    score: 4,
    status: 'pass',
  },
  {
    name: 'a December report dated 2024-01-03T16:00:00Z is 4 January in Shanghai and does not',
    change: (f) => redate(f.records.supervisorReports, 'sr-12', '2024-01-03T16:00:00Z'),
    score: 0,
    status: 'fail',
    missing: monthsOf(12),
    notCounted: outside('sr-12', '2023-12'),
  },
]);
