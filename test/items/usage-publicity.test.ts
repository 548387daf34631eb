import { baseRulesetDocument } from '../../src/ruleset/base.js';
import { loadRulesetOrThrow } from '../../src/ruleset/load.js';
import { describeItem, monthsOf, redate, remove, unchanged } from '../support/cases.js';

const monthly = (() => {
  const doc = baseRulesetDocument();
  doc.params.publicityPer = 'month';
  return loadRulesetOrThrow(doc);
})();

describeItem('usage-publicity', [
  {
    name: 'one activity every quarter passes',
    change: unchanged,
    score: 4,
    status: 'pass',
    records: ['pu-1', 'pu-2', 'pu-3', 'pu-4'],
  },
  {
    name: 'a quarter without publicity fails and is named',
    change: (f) => remove(f.records.publicity, 'pu-2'),
    score: 0,
    status: 'fail',
    missing: ['2023-Q2'],
  },
  {
    name: '2023-06-30T16:00:00Z is 1 July in Shanghai, so Q2 is missing',
    change: (f) => redate(f.records.publicity, 'pu-2', '2023-06-30T16:00:00Z'),
    score: 0,
    status: 'fail',
    missing: ['2023-Q2'],
  },
  {
    name: '2023-06-30T15:59:59Z is still 30 June in Shanghai and counts for Q2',
    change: (f) => redate(f.records.publicity, 'pu-2', '2023-06-30T15:59:59Z'),
    score: 4,
    status: 'pass',
  },
  {
    name: 'a station established in February does not need Q1',
    change: (f) => {
      f.station.established = '2023-02-15';
      remove(f.records.publicity, 'pu-1');
    },
    score: 4,
    status: 'pass',
  },
  {
    name: 'a station established on 1 April needs Q2',
    change: (f) => {
      f.station.established = '2023-04-01';
      remove(f.records.publicity, 'pu-1', 'pu-2');
    },
    score: 0,
    status: 'fail',
    missing: ['2023-Q2'],
  },
  {
    name: 'a variant asking for monthly publicity names the months',
    change: unchanged,
    ruleset: monthly,
    score: 0,
    status: 'fail',
    missing: monthsOf(1, 3, 4, 6, 7, 9, 10, 12),
  },
]);
