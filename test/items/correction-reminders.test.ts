import { describeItem, unchanged } from '../support/cases.js';
import type { Fixture } from '../support/station.js';

const flag =
  (date: string, remindedOn?: string, problemId = 'pf-1') =>
  (f: Fixture) => {
    f.records.problemFlags.push({ id: 'pf-1', date, note: '客户经理回复需求不及时' });
    if (remindedOn) f.records.correctionReminders.push({ id: 'cr-1', date: remindedOn, problemId });
  };

describeItem('correction-reminders', [
  { name: 'no problem flagged is not applicable', change: unchanged, score: 3, status: 'notApplicable' },
  {
    name: 'a reminder on day 30 is in time',
    change: flag('2023-04-01', '2023-05-01'),
    score: 3,
    status: 'pass',
    records: ['cr-1', 'pf-1'],
  },
  {
    name: 'a reminder on day 31 is late',
    change: flag('2023-04-01', '2023-05-02'),
    score: 0,
    status: 'fail',
  },
  {
    name: 'a reminder on the day of the flag is in time',
    change: flag('2023-04-01', '2023-04-01'),
    score: 3,
    status: 'pass',
  },
  {
    name: 'a reminder dated before the flag does not count',
    change: flag('2023-04-01', '2023-03-30'),
    score: 0,
    status: 'fail',
  },
  {
    name: 'a problem never reminded fails',
    change: flag('2023-04-01'),
    score: 0,
    status: 'fail',
    records: ['pf-1'],
  },
  {
    name: 'a reminder about another problem does not count',
    change: (f) => {
      f.records.problemFlags.push({ id: 'pf-2', date: '2023-02-01' });
      flag('2023-04-01', '2023-04-02', 'pf-2')(f);
    },
    score: 0,
    status: 'fail',
  },
  {
    name: 'a flag at 2023-03-31T20:00:00Z is 1 April in Shanghai, so 1 May is day 30',
    change: flag('2023-03-31T20:00:00Z', '2023-05-01'),
    score: 3,
    status: 'pass',
  },
  {
    name: 'a December problem reminded in January is in time',
    change: flag('2023-12-15', '2024-01-10'),
    score: 3,
    status: 'pass',
  },
  {
    name: 'a problem flagged on 15 December never reminded is pending (its deadline is 14 January): full points, listed as pending',
    change: flag('2023-12-15'),
    score: 3,
    status: 'pass',
    pending: [{ id: 'pf-1', arose: '2023-12-15', deadline: '2024-01-14' }],
  },
  {
    name: 'a problem flagged on 15 December reminded on day 31, in January, stays pending (the result is as of the period end)',
    change: flag('2023-12-15', '2024-01-15'),
    score: 3,
    status: 'pass',
    pending: [{ id: 'pf-1', arose: '2023-12-15', deadline: '2024-01-14' }],
  },
  {
    name: 'a problem flagged on 1 December never reminded fails: its deadline is the period’s last day',
    change: flag('2023-12-01'),
    score: 0,
    status: 'fail',
  },
  {
    name: 'a problem flagged on 2 December never reminded is pending (its deadline is 1 January)',
    change: flag('2023-12-02'),
    score: 3,
    status: 'pass',
    pending: [{ id: 'pf-1', arose: '2023-12-02', deadline: '2024-01-01' }],
  },
  {
    name: 'a pending problem does not excuse one that was never reminded',
    change: (f) => {
      flag('2023-12-20')(f);
      f.records.problemFlags.push({ id: 'pf-2', date: '2023-04-01' });
    },
    score: 0,
    status: 'fail',
    pending: [{ id: 'pf-1', arose: '2023-12-20', deadline: '2024-01-19' }],
  },
  {
    name: 'a problem flagged before the period is not this period’s',
    change: flag('2022-12-15'),
    score: 3,
    status: 'notApplicable',
  },
]);
