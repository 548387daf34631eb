import { describeItem, monthsOf, recordOf, redate, remove, unchanged } from '../support/cases.js';

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
    name: 'a handover from the supervisor to the customer manager does not count',
    change: (f) => {
      Object.assign(recordOf(f.records.ledgerHandovers, 'lh-7'), { fromStaffId: 'sup-1', toStaffId: 'cm-1' });
    },
    score: 0,
    status: 'fail',
    missing: monthsOf(7),
    notCounted: [{ id: 'lh-7', reason: 'wrong-handover-roles', bucket: '2023-07' }],
  },
  {
    name: 'a handover to someone who holds no supervisor post does not count',
    change: (f) => {
      recordOf(f.records.ledgerHandovers, 'lh-3').toStaffId = 'sup-2';
    },
    score: 0,
    status: 'fail',
    missing: monthsOf(3),
    notCounted: [{ id: 'lh-3', reason: 'wrong-handover-roles', bucket: '2023-03' }],
  },
  {
    name: 'a handover by a customer manager who had already left does not count',
    change: (f) => {
      Object.assign(recordOf(f.duties, 'd-cm-1'), { end: '2023-12-15', endReason: 'left' });
    },
    score: 0,
    status: 'fail',
    missing: monthsOf(12),
    notCounted: [{ id: 'lh-12', reason: 'wrong-handover-roles', bucket: '2023-12' }],
  },
  {
    name: 'a handover at 00:30 on 1 May in Shanghai counts for May, leaving April missing',
    change: (f) => redate(f.records.ledgerHandovers, 'lh-4', '2023-04-30T16:30:00Z'),
    score: 0,
    status: 'fail',
    missing: monthsOf(4),
  },
]);
