import { describeItem, monthsOf, recordOf, redate, remove, unchanged } from '../support/cases.js';
import type { Fixture } from '../support/station.js';

/** The customer manager cm-1 leaves on `end`; cm-2 takes the post on `start`. */
const handOverThePost = (end: string, start: string) => (f: Fixture) => {
  Object.assign(recordOf(f.duties, 'd-cm-1'), { end, endReason: 'left' });
  f.duties.push({ id: 'd-cm-2', staffId: 'cm-2', role: 'customer-manager', servicePointId: 'sp-1', start });
};
/** The handovers dated on or after `from` are given by `staffId`. */
const givenBy = (staffId: string, from: string) => (f: Fixture) => {
  for (const h of f.records.ledgerHandovers) if (h.date >= from) h.fromStaffId = staffId;
};
const notInPost = (staffId: string, role: 'customer-manager' | 'supervisor', as: 'giver' | 'receiver') => ({
  staffId,
  role,
  as,
});
/** A handover that did not count for its month, naming who was not in post. */
const notCounted = (id: string, bucket: string, ...people: Array<ReturnType<typeof notInPost>>) => [
  { id, reason: 'wrong-handover-roles', bucket, notInPost: people },
];

describeItem('demand-ledger-handover', [
  { name: 'a handover every month passes', change: unchanged, score: 4, status: 'pass' },
  {
    name: 'a month without a handover fails and is named',
    change: (f) => remove(f.records.ledgerHandovers, 'lh-6'),
    score: 0,
    status: 'fail',
    missing: monthsOf(6),
  },
  {
    name: 'a handover from the supervisor to the customer manager does not count, and both are named as not in post',
    change: (f) => {
      Object.assign(recordOf(f.records.ledgerHandovers, 'lh-7'), { fromStaffId: 'sup-1', toStaffId: 'cm-1' });
    },
    score: 0,
    status: 'fail',
    missing: monthsOf(7),
    notCounted: notCounted(
      'lh-7',
      '2023-07',
      notInPost('sup-1', 'customer-manager', 'giver'),
      notInPost('cm-1', 'supervisor', 'receiver'),
    ),
  },
  {
    name: 'a handover to someone who holds no supervisor post does not count, and the receiver is named',
    change: (f) => {
      recordOf(f.records.ledgerHandovers, 'lh-3').toStaffId = 'sup-2';
    },
    score: 0,
    status: 'fail',
    missing: monthsOf(3),
    notCounted: notCounted('lh-3', '2023-03', notInPost('sup-2', 'supervisor', 'receiver')),
  },
  {
    name: 'a handover by a customer manager who had already left does not count, and the giver is named',
    change: (f) => {
      Object.assign(recordOf(f.duties, 'd-cm-1'), { end: '2023-12-15', endReason: 'left' });
    },
    score: 0,
    status: 'fail',
    missing: monthsOf(12),
    notCounted: notCounted('lh-12', '2023-12', notInPost('cm-1', 'customer-manager', 'giver')),
  },
  {
    name: 'a handover by the successor, in post within the month of the vacancy, counts',
    change: (f) => {
      handOverThePost('2023-06-10', '2023-06-15')(f);
      givenBy('cm-2', '2023-06-01')(f);
    },
    score: 4,
    status: 'pass',
  },
  {
    name: 'during a vacancy the item tolerates (refilled within a month), the month without a handover in post is missing',
    change: (f) => {
      handOverThePost('2023-06-10', '2023-07-05')(f);
      givenBy('cm-2', '2023-07-01')(f);
    },
    score: 0,
    status: 'fail',
    missing: monthsOf(6),
    notCounted: notCounted('lh-6', '2023-06', notInPost('cm-1', 'customer-manager', 'giver')),
  },
  {
    name: 'a handover on the leaver’s last day counts',
    change: (f) => {
      handOverThePost('2023-06-20', '2023-07-05')(f);
      givenBy('cm-2', '2023-07-01')(f);
    },
    score: 4,
    status: 'pass',
  },
  {
    name: 'a handover by the successor before their first day does not count',
    change: (f) => {
      handOverThePost('2023-06-10', '2023-06-21')(f);
      givenBy('cm-2', '2023-06-01')(f);
    },
    score: 0,
    status: 'fail',
    missing: monthsOf(6),
    notCounted: notCounted('lh-6', '2023-06', notInPost('cm-2', 'customer-manager', 'giver')),
  },
  {
    name: 'a handover at 00:30 on 1 May in Shanghai counts for May, leaving April missing',
    change: (f) => redate(f.records.ledgerHandovers, 'lh-4', '2023-04-30T16:30:00Z'),
    score: 0,
    status: 'fail',
    missing: monthsOf(4),
  },
]);
