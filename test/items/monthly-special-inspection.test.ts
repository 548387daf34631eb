import { describeItem, monthsOf, redate, remove, unchanged } from '../support/cases.js';

describeItem('monthly-special-inspection', [
  { name: 'an inspection every month passes', change: unchanged, score: 5, status: 'pass' },
  {
    name: 'a month without an inspection fails and is named',
    change: (f) => remove(f.records.specialInspections, 'si-1'),
    score: 0,
    status: 'fail',
    missing: monthsOf(1),
  },
  {
    name: 'an inspection rejected as evidence does not count, and the trace says why',
    change: unchanged,
    review: {
      rejectedEvidence: [{ recordId: 'si-4', reason: '检查记录无检查人签字', by: '县公司纪委', date: '2024-01-16' }],
    },
    score: 0,
    status: 'fail',
    missing: monthsOf(4),
    notCounted: [{ id: 'si-4', reason: 'rejected-evidence', bucket: '2023-04' }],
  },
  {
    name: 'no inspection at all names every month',
    change: (f) => {
      f.records.specialInspections = [];
    },
    score: 0,
    status: 'fail',
    missing: monthsOf(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12),
    records: [],
  },
  {
    name: 'a station established on 1 July needs July to December only',
    change: (f) => {
      f.station.established = '2023-07-01';
      remove(f.records.specialInspections, 'si-1', 'si-2', 'si-3', 'si-4', 'si-5', 'si-6');
    },
    score: 5,
    status: 'pass',
  },
  {
    name: 'an inspection in January of the next year does not count for December',
    change: (f) => redate(f.records.specialInspections, 'si-12', '2024-01-05'),
    score: 0,
    status: 'fail',
    missing: monthsOf(12),
  },
  {
    name: 'February of a common year: an inspection on the 28th counts',
    change: (f) => redate(f.records.specialInspections, 'si-2', '2023-02-28'),
    score: 5,
    status: 'pass',
  },
  {
    name: 'February of a leap year: an inspection on the 29th counts',
    year: 2024,
    change: (f) => redate(f.records.specialInspections, 'si-2', '2024-02-29'),
    score: 5,
    status: 'pass',
  },
  {
    name: 'a leap-year station missing February names 2024-02',
    year: 2024,
    change: (f) => remove(f.records.specialInspections, 'si-2'),
    score: 0,
    status: 'fail',
    missing: ['2024-02'],
  },
]);
