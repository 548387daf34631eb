import { baseRulesetDocument } from '../../src/ruleset/base.js';
import { loadRulesetOrThrow } from '../../src/ruleset/load.js';
import { describeItem, monthsOf, recordOf, redate, remove, unchanged } from '../support/cases.js';
import type { Fixture } from '../support/station.js';

const perServicePoint = (() => {
  const doc = baseRulesetDocument();
  doc.params.liaisonScope = 'service-point';
  return loadRulesetOrThrow(doc);
})();

const atPoint = (f: Fixture, servicePointId: string) => {
  for (const r of f.records.liaisons) r.servicePointId = servicePointId;
};

describeItem('monthly-liaison', [
  { name: 'a liaison record every month passes', change: unchanged, score: 4, status: 'pass' },
  {
    name: 'a month without a record fails and is named',
    change: (f) => remove(f.records.liaisons, 'li-4'),
    score: 0,
    status: 'fail',
    missing: monthsOf(4),
  },
  {
    name: 'every missing month is named, in order',
    change: (f) => remove(f.records.liaisons, 'li-11', 'li-2', 'li-7'),
    score: 0,
    status: 'fail',
    missing: monthsOf(2, 7, 11),
  },
  {
    name: 'two records in one month do not make up for another',
    change: (f) => redate(f.records.liaisons, 'li-5', '2023-04-25'),
    score: 0,
    status: 'fail',
    missing: monthsOf(5),
  },
  {
    name: '2023-03-31T20:00:00Z is 1 April in Asia/Shanghai and counts for April',
    change: (f) => redate(f.records.liaisons, 'li-4', '2023-03-31T20:00:00Z'),
    score: 4,
    status: 'pass',
  },
  {
    name: '2023-03-31T15:59:59Z is still 31 March in Asia/Shanghai, so April is missing',
    change: (f) => redate(f.records.liaisons, 'li-4', '2023-03-31T15:59:59Z'),
    score: 0,
    status: 'fail',
    missing: monthsOf(4),
  },
  {
    name: 'a date-time with a +08:00 offset reads as its local day',
    change: (f) => redate(f.records.liaisons, 'li-4', '2023-04-01T00:00:00+08:00'),
    score: 4,
    status: 'pass',
  },
  {
    name: 'in a station keeping UTC, 2023-03-31T20:00:00Z stays in March',
    change: (f) => {
      f.station.timeZone = 'UTC';
      redate(f.records.liaisons, 'li-4', '2023-03-31T20:00:00Z');
    },
    score: 0,
    status: 'fail',
    missing: monthsOf(4),
  },
  {
    name: 'a record before the period does not count for January',
    change: (f) => redate(f.records.liaisons, 'li-1', '2022-12-28'),
    score: 0,
    status: 'fail',
    missing: monthsOf(1),
  },
  {
    name: 'a record after the period does not count for December',
    change: (f) => redate(f.records.liaisons, 'li-12', '2024-01-02'),
    score: 0,
    status: 'fail',
    missing: monthsOf(12),
  },
  {
    name: 'a station established mid-month needs records from its first whole month',
    change: (f) => {
      f.station.established = '2023-03-15';
      remove(f.records.liaisons, 'li-1', 'li-2', 'li-3');
    },
    score: 4,
    status: 'pass',
  },
  {
    name: 'a station established mid-year still needs its first whole month',
    change: (f) => {
      f.station.established = '2023-03-15';
      remove(f.records.liaisons, 'li-1', 'li-2', 'li-3', 'li-4');
    },
    score: 0,
    status: 'fail',
    missing: monthsOf(4),
  },
  {
    name: 'a station established on the first of a month needs that month',
    change: (f) => {
      f.station.established = '2023-03-01';
      remove(f.records.liaisons, 'li-3');
    },
    score: 0,
    status: 'fail',
    missing: monthsOf(3),
  },
  {
    name: 'a demand neither resolved nor explained fails without a missing month',
    change: (f) => {
      recordOf(f.records.liaisons, 'li-6').demands = [{ id: 'dm-6', resolved: false }];
    },
    score: 0,
    status: 'fail',
  },
  {
    name: 'an unresolved demand with a recorded reason passes',
    change: (f) => {
      recordOf(f.records.liaisons, 'li-6').demands = [
        { id: 'dm-6', resolved: false, reason: '线路改造需列入明年计划' },
      ];
    },
    score: 4,
    status: 'pass',
  },
  {
    name: 'a blank reason is no reason',
    change: (f) => {
      recordOf(f.records.liaisons, 'li-6').demands = [{ id: 'dm-6', resolved: false, reason: '  ' }];
    },
    score: 0,
    status: 'fail',
  },
  {
    name: 'an unresolved demand collected before the period is not this period’s',
    change: (f) => {
      f.records.liaisons.push({ id: 'li-old', date: '2022-12-10', demands: [{ id: 'dm-old', resolved: false }] });
    },
    score: 4,
    status: 'pass',
  },
  {
    name: 'per station (the default), a record naming any service point counts for the station',
    change: (f) => {
      f.servicePoints.push({ ...structuredClone(f.servicePoints[0]!), id: 'sp-2', name: '二号驿站' });
      recordOf(f.records.liaisons, 'li-4').servicePointId = 'sp-2';
    },
    score: 4,
    status: 'pass',
  },
  {
    name: 'per service point (a variant param): records at the point count',
    change: (f) => atPoint(f, 'sp-1'),
    ruleset: perServicePoint,
    score: 4,
    status: 'pass',
  },
  {
    name: 'per service point: a point opened in October needs records from October, named per point',
    change: (f) => {
      atPoint(f, 'sp-1');
      f.servicePoints.push({
        ...structuredClone(f.servicePoints[0]!),
        id: 'sp-2',
        name: '二号驿站',
        opened: '2023-10-01',
      });
      f.records.liaisons.push({ id: 'li-sp2-11', date: '2023-11-10', servicePointId: 'sp-2' });
    },
    ruleset: perServicePoint,
    score: 0,
    status: 'fail',
    missing: ['2023-10@sp-2', '2023-12@sp-2'],
  },
]);
