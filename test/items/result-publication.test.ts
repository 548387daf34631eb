import { baseRulesetDocument } from '../../src/ruleset/base.js';
import { loadRulesetOrThrow } from '../../src/ruleset/load.js';
import { describeItem, monthsOf, redate, remove, unchanged } from '../support/cases.js';

const noGrace = (() => {
  const doc = baseRulesetDocument();
  doc.params.monthEndGraceDays = 0;
  return loadRulesetOrThrow(doc);
})();

const outside = (id: string, bucket: string) => [{ id, reason: 'outside-window', bucket }];

describeItem('result-publication', [
  { name: 'a publication on every month’s last day passes', change: unchanged, score: 3, status: 'pass' },
  {
    name: 'a month without a publication fails and is named',
    change: (f) => remove(f.records.resultPublications, 'rp-9'),
    score: 0,
    status: 'fail',
    missing: monthsOf(9),
  },
  {
    name: 'the 26th of a 30-day month is in its last 5 days',
    change: (f) => redate(f.records.resultPublications, 'rp-4', '2023-04-26'),
    score: 3,
    status: 'pass',
  },
  {
    name: 'the 25th of a 30-day month is outside the window, and the trace says so',
    change: (f) => redate(f.records.resultPublications, 'rp-4', '2023-04-25'),
    score: 0,
    status: 'fail',
    missing: monthsOf(4),
    notCounted: outside('rp-4', '2023-04'),
  },
  {
    name: 'the 27th of a 31-day month is in its last 5 days',
    change: (f) => redate(f.records.resultPublications, 'rp-5', '2023-05-27'),
    score: 3,
    status: 'pass',
  },
  {
    name: 'the 26th of a 31-day month is outside the window',
    change: (f) => redate(f.records.resultPublications, 'rp-5', '2023-05-26'),
    score: 0,
    status: 'fail',
    missing: monthsOf(5),
    notCounted: outside('rp-5', '2023-05'),
  },
  {
    name: 'February of a common year: the 24th is in its last 5 days',
    change: (f) => redate(f.records.resultPublications, 'rp-2', '2023-02-24'),
    score: 3,
    status: 'pass',
  },
  {
    name: 'February of a common year: the 23rd is outside',
    change: (f) => redate(f.records.resultPublications, 'rp-2', '2023-02-23'),
    score: 0,
    status: 'fail',
    missing: monthsOf(2),
    notCounted: outside('rp-2', '2023-02'),
  },
  {
    name: 'February of a leap year: the 25th is in its last 5 days',
    year: 2024,
    change: (f) => redate(f.records.resultPublications, 'rp-2', '2024-02-25'),
    score: 3,
    status: 'pass',
  },
  {
    name: 'February of a leap year: the 24th is outside',
    year: 2024,
    change: (f) => redate(f.records.resultPublications, 'rp-2', '2024-02-24'),
    score: 0,
    status: 'fail',
    missing: ['2024-02'],
    notCounted: outside('rp-2', '2024-02'),
  },
  {
    name: 'the 3rd of the next month counts for the month that ended',
    change: (f) => redate(f.records.resultPublications, 'rp-4', '2023-05-03'),
    score: 3,
    status: 'pass',
  },
  {
    name: 'the 4th of the next month is too late',
    change: (f) => redate(f.records.resultPublications, 'rp-4', '2023-05-04'),
    score: 0,
    status: 'fail',
    missing: monthsOf(4),
    notCounted: outside('rp-4', '2023-04'),
  },
  {
    name: 'a December publication dated 2 January of the next year counts',
    change: (f) => redate(f.records.resultPublications, 'rp-12', '2024-01-02'),
    score: 3,
    status: 'pass',
  },
  {
    name: 'a December publication dated 4 January of the next year does not',
    change: (f) => redate(f.records.resultPublications, 'rp-12', '2024-01-04'),
    score: 0,
    status: 'fail',
    missing: monthsOf(12),
    notCounted: outside('rp-12', '2023-12'),
  },
  {
    name: '2023-05-03T16:00:00Z is 4 May in Shanghai, too late for April',
    change: (f) => redate(f.records.resultPublications, 'rp-4', '2023-05-03T16:00:00Z'),
    score: 0,
    status: 'fail',
    missing: monthsOf(4),
    notCounted: outside('rp-4', '2023-04'),
  },
  {
    name: 'a publication in the first days of January counts for the previous December, not January',
    change: (f) => redate(f.records.resultPublications, 'rp-1', '2023-01-02'),
    score: 0,
    status: 'fail',
    missing: monthsOf(1),
  },
  {
    name: 'a variant without grace days refuses the 1st of the next month',
    change: (f) => redate(f.records.resultPublications, 'rp-4', '2023-05-01'),
    ruleset: noGrace,
    score: 0,
    status: 'fail',
    missing: monthsOf(4),
    notCounted: outside('rp-4', '2023-04'),
  },
  {
    name: 'a station established mid-March needs publications from April',
    change: (f) => {
      f.station.established = '2023-03-15';
      remove(f.records.resultPublications, 'rp-1', 'rp-2', 'rp-3');
    },
    score: 3,
    status: 'pass',
  },
]);
