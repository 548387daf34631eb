import { describeItem, recordOf, remove, unchanged } from '../support/cases.js';
import type { Fixture } from '../support/station.js';

const approval = (f: Fixture) => recordOf(f.appointments, 'ap-sup-1');
const secondSupervisor = (f: Fixture, start: string, end?: string) => {
  f.duties.push({
    id: 'd-sup-2',
    staffId: 'sup-2',
    role: 'supervisor',
    servicePointId: 'sp-1',
    start,
    ...(end ? { end, endReason: 'term-expired' as const } : {}),
  });
};

describeItem('supervisor-appointment', [
  {
    name: 'no supervisor active in the period fails (nobody was appointed)',
    change: (f) => {
      f.duties = f.duties.filter((d) => d.role !== 'supervisor');
    },
    score: 0,
    status: 'fail',
  },
  {
    name: 'an approved, checked supervisor passes',
    change: unchanged,
    score: 3,
    status: 'pass',
    records: ['ap-sup-1'],
  },
  {
    name: 'approval by someone other than the discipline committee fails',
    change: (f) => {
      approval(f).approver = 'other';
    },
    score: 0,
    status: 'fail',
    records: [],
  },
  {
    name: 'an approval without a document number fails',
    change: (f) => {
      delete approval(f).documentNo;
    },
    score: 0,
    status: 'fail',
  },
  {
    name: 'a blank document number fails',
    change: (f) => {
      approval(f).documentNo = '   ';
    },
    score: 0,
    status: 'fail',
  },
  {
    name: 'no recorded eligibility check fails',
    change: (f) => {
      approval(f).eligibilityChecked = false;
    },
    score: 0,
    status: 'fail',
  },
  {
    name: 'no appointment at all fails',
    change: (f) => remove(f.appointments, 'ap-sup-1'),
    score: 0,
    status: 'fail',
  },
  {
    name: 'an approval dated after the period fails',
    change: (f) => {
      approval(f).date = '2024-01-15';
    },
    score: 0,
    status: 'fail',
  },
  {
    name: 'a second supervisor active in the period without approval fails',
    change: (f) => secondSupervisor(f, '2023-06-01'),
    score: 0,
    status: 'fail',
  },
  {
    name: 'a second supervisor with an approval passes',
    change: (f) => {
      secondSupervisor(f, '2023-06-01');
      f.appointments.push({ ...structuredClone(approval(f)), id: 'ap-sup-2', staffId: 'sup-2', date: '2023-05-20' });
    },
    score: 3,
    status: 'pass',
    records: ['ap-sup-1', 'ap-sup-2'],
  },
  {
    name: 'a supervisor who left before the period needs no approval',
    change: (f) => secondSupervisor(f, '2019-01-01', '2022-06-30'),
    score: 3,
    status: 'pass',
  },
  {
    name: 'a supervisor who left on the eve of the period is not active in it: no supervisor fails',
    change: (f) => {
      Object.assign(recordOf(f.duties, 'd-sup-1'), { end: '2022-12-31', endReason: 'left' });
    },
    score: 0,
    status: 'fail',
  },
  {
    name: 'a supervisor who starts on the period’s last day is active in it and needs an approval',
    change: (f) => secondSupervisor(f, '2023-12-31'),
    score: 0,
    status: 'fail',
  },
  {
    name: 'customer managers need no approval',
    change: (f) => {
      f.duties.push({
        id: 'd-cm-2',
        staffId: 'cm-2',
        role: 'customer-manager',
        servicePointId: 'sp-1',
        start: '2023-03-01',
      });
    },
    score: 3,
    status: 'pass',
  },
]);
