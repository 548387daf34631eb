/**
 * The as-of reading of spec §5 applied to every item of the same shape: each monthly and quarterly
 * bucket item (a bucket is upcoming until it ends, then judged), each incident item (an incident
 * after the day has not happened yet), and the generic facts over a ruleset's own record kinds
 * (coverage buckets, follow-up deadlines), item by item.
 */

import { describeAsOf, monthsFrom, quartersFrom } from '../support/as-of-cases.js';
import { recordOf, remove } from '../support/cases.js';
import { answeredWithin, drillsEachMonth } from '../support/regional-item.js';
import type { Fixture } from '../support/station.js';

type Records = Fixture['records'];

/**
 * Monthly and quarterly items without an end-of-bucket window: a bucket ending on 30 June (June,
 * Q2) is upcoming on 29 June and judged on 30 June, as items 9 and 16.
 */
const periodic: ReadonlyArray<{
  id: string;
  list: keyof Records;
  june: string;
  points: number;
  per: 'month' | 'quarter';
}> = [
  { id: 'demand-ledger-handover', list: 'ledgerHandovers', june: 'lh-6', points: 4, per: 'month' },
  { id: 'monthly-supervision-meeting', list: 'supervisionMeetings', june: 'sm-6', points: 3, per: 'month' },
  { id: 'monthly-special-inspection', list: 'specialInspections', june: 'si-6', points: 5, per: 'month' },
  { id: 'usage-publicity', list: 'publicity', june: 'pu-2', points: 4, per: 'quarter' },
  { id: 'quarterly-joint-meeting', list: 'jointMeetings', june: 'jm-2', points: 3, per: 'quarter' },
  { id: 'customer-visits', list: 'customerVisits', june: 'cv-2', points: 3, per: 'quarter' },
];

for (const { id, list, june, points, per } of periodic) {
  const [bucket, open, after] =
    per === 'month' ? ['2023-06', monthsFrom(6), monthsFrom(7)] : ['2023-Q2', quartersFrom(2), quartersFrom(3)];
  const withoutIt = (f: Fixture) => remove(f.records[list] as Array<{ id: string }>, june);
  describeAsOf(id, [
    {
      name: `no record for ${bucket} on 29 June: ${bucket} is upcoming, not missing`,
      change: withoutIt,
      asOf: '2023-06-29',
      score: points,
      status: 'pass',
      upcoming: open,
      nextDeadline: '2023-06-30',
    },
    {
      name: `no record for ${bucket} is missing as of 30 June; the buckets after stay upcoming`,
      change: withoutIt,
      asOf: '2023-06-30',
      score: 0,
      status: 'fail',
      missing: [bucket],
      upcoming: after,
    },
  ]);
}

for (const { id, list, june, points } of periodic.filter((item) => item.per === 'month')) {
  describeAsOf(id, [
    {
      name: 'the July record dated 1 July makes July met as of 2 July',
      change: (f) => {
        recordOf(f.records[list] as Array<{ id: string; date: string }>, june.replace(/6$/, '7')).date = '2023-07-01';
      },
      asOf: '2023-07-02',
      score: points,
      status: 'pass',
      upcoming: monthsFrom(8),
    },
  ]);
}

describeAsOf('monthly-supervision-meeting', [
  {
    name: 'a July meeting without minutes does not count, but July is still open on 15 July: upcoming, not missing',
    change: (f) => {
      recordOf(f.records.supervisionMeetings, 'sm-7').minutes = false;
    },
    asOf: '2023-07-15',
    score: 3,
    status: 'pass',
    upcoming: monthsFrom(7),
  },
  {
    name: 'the same meeting leaves July missing once July has ended',
    change: (f) => {
      recordOf(f.records.supervisionMeetings, 'sm-7').minutes = false;
    },
    asOf: '2023-07-31',
    score: 0,
    status: 'fail',
    missing: ['2023-07'],
    upcoming: monthsFrom(8),
  },
]);

/** Incident items: an incident after the day has not happened yet; from its day on it deducts. */
const incidentItems = [
  { id: 'no-service-complaints', kind: 'state-grid-notified-event', points: 5 },
  { id: 'no-leapfrog-petitions', kind: 'leapfrog-petition', points: 5 },
  { id: 'no-staff-violations', kind: 'staff-violation', points: 5 },
] as const;

for (const { id, kind, points } of incidentItems) {
  const incident = (f: Fixture) => {
    f.incidents.push({ id: 'inc-1', kind, date: '2023-07-05' });
  };
  describeAsOf(id, [
    {
      name: `a ${kind} on 5 July has not happened as of 4 July`,
      change: incident,
      asOf: '2023-07-04',
      score: points,
      status: 'pass',
      failures: 0,
    },
    {
      name: `a ${kind} on 5 July counts as of 5 July`,
      change: incident,
      asOf: '2023-07-05',
      score: 0,
      status: 'fail',
      failures: 1,
    },
  ]);
}

/** The regional record kinds of the variant, put into a fixture. */
const withRecords = (records: Record<string, unknown[]>) => (f: Fixture) => {
  Object.assign(f.records, records);
};

const monthlyDrills = Array.from({ length: 12 }, (_, i) => ({
  id: `dr-${i + 1}`,
  date: `2023-${String(i + 1).padStart(2, '0')}-10`,
  attendees: 6,
}));

const drillsEveryMonth = drillsEachMonth();
const withoutJuneDrill = withRecords({ drills: monthlyDrills.filter((d) => d.id !== 'dr-6') });

describeAsOf('regional-item', [
  {
    name: 'coverage over a declared kind: no June drill on 29 June is upcoming, as for the built-in kinds',
    ruleset: drillsEveryMonth,
    change: withoutJuneDrill,
    asOf: '2023-06-29',
    score: 2,
    status: 'pass',
    upcoming: monthsFrom(6),
  },
  {
    name: 'coverage over a declared kind: no June drill is missing as of 30 June',
    ruleset: drillsEveryMonth,
    change: withoutJuneDrill,
    asOf: '2023-06-30',
    score: 0,
    status: 'fail',
    missing: ['2023-06'],
    upcoming: monthsFrom(7),
  },
  {
    name: 'coverage over a declared kind: a drill after the day does not exist yet',
    ruleset: drillsEveryMonth,
    change: withRecords({ drills: monthlyDrills.map((d) => (d.id === 'dr-6' ? { ...d, date: '2023-07-01' } : d)) }),
    asOf: '2023-06-30',
    score: 0,
    status: 'fail',
    missing: ['2023-06'],
    upcoming: monthsFrom(7),
  },
]);

const answeredIn5Days = answeredWithin({ days: 5 });
/** A complaint on 28 June (deadline 3 July) answered on 2 July. */
const answeredOn2July = withRecords({
  complaints: [{ id: 'c-1', date: '2023-06-28' }],
  answers: [{ id: 'a-1', date: '2023-07-02', complaintId: 'c-1' }],
});

describeAsOf('regional-item', [
  {
    name: 'followUp: a complaint on 28 June answered on 2 July is pending on 30 June (deadline 3 July), as items 12a and 19',
    ruleset: answeredIn5Days,
    change: answeredOn2July,
    asOf: '2023-06-30',
    score: 2,
    status: 'pass',
    pending: [{ id: 'c-1', arose: '2023-06-28', deadline: '2023-07-03' }],
    nextDeadline: '2023-07-03',
  },
  {
    name: 'followUp: the answer meets it once it exists',
    ruleset: answeredIn5Days,
    change: answeredOn2July,
    asOf: '2023-07-02',
    score: 2,
    status: 'pass',
  },
  {
    name: 'followUp: a complaint not answered by its deadline fails once the deadline has come, and is overdue while unanswered',
    ruleset: answeredIn5Days,
    change: withRecords({ complaints: [{ id: 'c-1', date: '2023-06-28' }] }),
    asOf: '2023-07-03',
    score: 0,
    status: 'fail',
    overdue: [{ id: 'c-1', arose: '2023-06-28', deadline: '2023-07-03', lost: 2 }],
  },
  {
    name: 'followUp: a complaint answered after its deadline fails but is no longer overdue',
    ruleset: answeredIn5Days,
    change: withRecords({
      complaints: [{ id: 'c-1', date: '2023-06-28' }],
      answers: [{ id: 'a-1', date: '2023-07-05', complaintId: 'c-1' }],
    }),
    asOf: '2023-07-10',
    score: 0,
    status: 'fail',
  },
  {
    name: 'followUp: a complaint after the day does not exist yet (nothing pending, nothing late)',
    ruleset: answeredIn5Days,
    change: withRecords({ complaints: [{ id: 'c-1', date: '2023-07-01' }] }),
    asOf: '2023-06-30',
    score: 2,
    status: 'pass',
  },
]);
