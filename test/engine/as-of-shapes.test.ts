/**
 * The as-of reading of spec §5 applied to every item of the same shape: each monthly and quarterly
 * bucket item (a bucket is upcoming until it ends, then judged), each incident item (an incident
 * after the day has not happened yet), and the generic facts over a ruleset's own record kinds
 * (coverage buckets, follow-up deadlines), item by item.
 */

import { describeAsOf } from '../support/as-of-cases.js';
import { recordOf, remove } from '../support/cases.js';
import { withItem } from '../support/regional-item.js';
import type { Fixture } from '../support/station.js';

/** `2023-MM` for months `from..12`. */
const monthsFrom = (from: number) =>
  Array.from({ length: 13 - from }, (_, i) => `2023-${String(from + i).padStart(2, '0')}`);
const quartersFrom = (from: number) => Array.from({ length: 5 - from }, (_, i) => `2023-Q${from + i}`);

type Records = Fixture['records'];

/** Monthly items without a month-end window: the month is judged on its last day. */
const monthly: ReadonlyArray<{ id: string; list: keyof Records; june: string; points: number }> = [
  { id: 'demand-ledger-handover', list: 'ledgerHandovers', june: 'lh-6', points: 4 },
  { id: 'monthly-supervision-meeting', list: 'supervisionMeetings', june: 'sm-6', points: 3 },
  { id: 'monthly-special-inspection', list: 'specialInspections', june: 'si-6', points: 5 },
];

for (const { id, list, june, points } of monthly) {
  describeAsOf(id, [
    {
      name: 'no June record on 29 June: June is upcoming, not missing',
      change: (f) => remove(f.records[list] as Array<{ id: string }>, june),
      asOf: '2023-06-29',
      score: points,
      status: 'pass',
      upcoming: monthsFrom(6),
      nextDeadline: '2023-06-30',
    },
    {
      name: 'no June record is missing as of 30 June; the months after stay upcoming',
      change: (f) => remove(f.records[list] as Array<{ id: string }>, june),
      asOf: '2023-06-30',
      score: 0,
      status: 'fail',
      missing: ['2023-06'],
      upcoming: monthsFrom(7),
    },
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

/** Quarterly items without a quarter-end window: the quarter is judged on its last day. */
const quarterly: ReadonlyArray<{ id: string; list: keyof Records; q2: string; points: number }> = [
  { id: 'usage-publicity', list: 'publicity', q2: 'pu-2', points: 4 },
  { id: 'quarterly-joint-meeting', list: 'jointMeetings', q2: 'jm-2', points: 3 },
  { id: 'customer-visits', list: 'customerVisits', q2: 'cv-2', points: 3 },
];

for (const { id, list, q2, points } of quarterly) {
  describeAsOf(id, [
    {
      name: 'no Q2 record on 29 June: Q2 is upcoming, not missing',
      change: (f) => remove(f.records[list] as Array<{ id: string }>, q2),
      asOf: '2023-06-29',
      score: points,
      status: 'pass',
      upcoming: quartersFrom(2),
      nextDeadline: '2023-06-30',
    },
    {
      name: 'no Q2 record is missing as of 30 June',
      change: (f) => remove(f.records[list] as Array<{ id: string }>, q2),
      asOf: '2023-06-30',
      score: 0,
      status: 'fail',
      missing: ['2023-Q2'],
      upcoming: quartersFrom(3),
    },
  ]);
}

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

const drillsEveryMonth = withItem({
  all: [
    {
      fact: 'coverage',
      params: {
        kind: 'drills',
        per: 'month',
        where: { field: 'attendees', operator: 'greaterThanInclusive', value: 5 },
      },
      path: 'missing',
      operator: 'isEmpty',
      value: true,
    },
  ],
});

describeAsOf('regional-item', [
  {
    name: 'coverage over a declared kind: no June drill on 29 June is upcoming, as for the built-in kinds',
    ruleset: drillsEveryMonth,
    change: withRecords({ drills: monthlyDrills.filter((d) => d.id !== 'dr-6') }),
    asOf: '2023-06-29',
    score: 2,
    status: 'pass',
    upcoming: monthsFrom(6),
  },
  {
    name: 'coverage over a declared kind: no June drill is missing as of 30 June',
    ruleset: drillsEveryMonth,
    change: withRecords({ drills: monthlyDrills.filter((d) => d.id !== 'dr-6') }),
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

const answeredIn5Days = withItem({
  all: [
    {
      fact: 'followUp',
      params: { kind: 'complaints', by: { kind: 'answers', ref: 'complaintId' }, within: { days: 5 } },
      path: 'late',
      operator: 'isEmpty',
      value: true,
    },
  ],
});

describeAsOf('regional-item', [
  {
    name: 'followUp: a complaint on 28 June answered on 2 July is pending on 30 June (deadline 3 July), as items 12a and 19',
    ruleset: answeredIn5Days,
    change: withRecords({
      complaints: [{ id: 'c-1', date: '2023-06-28' }],
      answers: [{ id: 'a-1', date: '2023-07-02', complaintId: 'c-1' }],
    }),
    asOf: '2023-06-30',
    score: 2,
    status: 'pass',
    pending: [{ id: 'c-1', arose: '2023-06-28', deadline: '2023-07-03' }],
    nextDeadline: '2023-07-03',
  },
  {
    name: 'followUp: the answer meets it once it exists',
    ruleset: answeredIn5Days,
    change: withRecords({
      complaints: [{ id: 'c-1', date: '2023-06-28' }],
      answers: [{ id: 'a-1', date: '2023-07-02', complaintId: 'c-1' }],
    }),
    asOf: '2023-07-02',
    score: 2,
    status: 'pass',
  },
  {
    name: 'followUp: a complaint not answered by its deadline fails once the deadline has come',
    ruleset: answeredIn5Days,
    change: withRecords({ complaints: [{ id: 'c-1', date: '2023-06-28' }] }),
    asOf: '2023-07-03',
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
