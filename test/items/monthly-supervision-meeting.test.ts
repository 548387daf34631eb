import { describeItem, monthsOf, recordOf, remove, unchanged } from '../support/cases.js';
import type { Fixture } from '../support/station.js';

const decide = (attendees: string[]) => (f: Fixture) => {
  Object.assign(recordOf(f.records.supervisionMeetings, 'sm-6'), { attendees, majorMatters: ['村网改造项目选址'] });
};

describeItem('monthly-supervision-meeting', [
  { name: 'a minuted meeting every month passes', change: unchanged, score: 3, status: 'pass' },
  {
    name: 'a month without a meeting fails and is named',
    change: (f) => remove(f.records.supervisionMeetings, 'sm-3'),
    score: 0,
    status: 'fail',
    missing: monthsOf(3),
  },
  {
    name: 'a meeting without minutes does not count, and the trace says why',
    change: (f) => {
      recordOf(f.records.supervisionMeetings, 'sm-8').minutes = false;
    },
    score: 0,
    status: 'fail',
    missing: monthsOf(8),
    notCounted: [{ id: 'sm-8', reason: 'no-minutes', bucket: '2023-08' }],
  },
  {
    name: 'a second, minuted meeting in the month makes up for one without minutes',
    change: (f) => {
      recordOf(f.records.supervisionMeetings, 'sm-8').minutes = false;
      f.records.supervisionMeetings.push({ id: 'sm-8b', date: '2023-08-28', minutes: true, attendees: ['g-sec'] });
    },
    score: 3,
    status: 'pass',
  },
  {
    name: 'a major matter decided with exactly half the group present counts',
    change: decide(['g-sec', 'g-sup']),
    score: 3,
    status: 'pass',
  },
  {
    name: 'a major matter decided with more than half present counts',
    change: decide(['g-sec', 'g-sup', 'g-rep']),
    score: 3,
    status: 'pass',
  },
  {
    name: 'a major matter decided with under half present does not count',
    change: decide(['g-sec']),
    score: 0,
    status: 'fail',
    missing: monthsOf(6),
    notCounted: [{ id: 'sm-6', reason: 'no-quorum', bucket: '2023-06' }],
  },
  {
    name: 'an attendee listed twice is one person',
    change: decide(['g-sec', 'g-sec']),
    score: 0,
    status: 'fail',
    missing: monthsOf(6),
    notCounted: [{ id: 'sm-6', reason: 'no-quorum', bucket: '2023-06' }],
  },
  {
    name: 'in a group of five, two present are under half',
    change: (f) => {
      f.supervisionGroup.members.push({ id: 'g-5', name: '村民代表', role: 'other' });
      decide(['g-sec', 'g-sup'])(f);
    },
    score: 0,
    status: 'fail',
    missing: monthsOf(6),
    notCounted: [{ id: 'sm-6', reason: 'no-quorum', bucket: '2023-06' }],
  },
  {
    name: 'without a recorded supervision group, a meeting deciding a major matter has no quorum',
    change: (f) => {
      delete (f as { supervisionGroup?: unknown }).supervisionGroup;
      for (const meeting of f.records.supervisionMeetings) meeting.attendees = [];
      recordOf(f.records.supervisionMeetings, 'sm-6').majorMatters = ['村网改造项目选址'];
    },
    score: 0,
    status: 'fail',
    missing: monthsOf(6),
    notCounted: [{ id: 'sm-6', reason: 'no-quorum', bucket: '2023-06' }],
  },
  {
    name: 'a meeting with no major matter needs no quorum',
    change: (f) => {
      recordOf(f.records.supervisionMeetings, 'sm-6').attendees = ['g-sec'];
    },
    score: 3,
    status: 'pass',
  },
]);
