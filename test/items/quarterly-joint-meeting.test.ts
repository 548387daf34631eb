import { describeItem, recordOf, remove, unchanged } from '../support/cases.js';
import type { Fixture } from '../support/station.js';

const KINDS = ['station-head', 'team-leader', 'villager', 'village-enterprise'] as const;

const without = (kind: (typeof KINDS)[number]) => (f: Fixture) => {
  recordOf(f.records.jointMeetings, 'jm-2').attendeeKinds = KINDS.filter((k) => k !== kind);
};

describeItem('quarterly-joint-meeting', [
  { name: 'a joint meeting of all four kinds every quarter passes', change: unchanged, score: 3, status: 'pass' },
  {
    name: 'a quarter without a joint meeting fails and is named',
    change: (f) => remove(f.records.jointMeetings, 'jm-2'),
    score: 0,
    status: 'fail',
    missing: ['2023-Q2'],
  },
  ...KINDS.map((kind) => ({
    name: `a joint meeting without any ${kind} does not count`,
    change: without(kind),
    score: 0,
    status: 'fail' as const,
    missing: ['2023-Q2'],
    notCounted: [{ id: 'jm-2', reason: 'missing-attendee-kinds', bucket: '2023-Q2' }],
  })),
  {
    name: 'other attendees besides the four kinds do not matter',
    change: (f) => {
      recordOf(f.records.jointMeetings, 'jm-2').attendeeKinds = ['other', ...KINDS];
    },
    score: 3,
    status: 'pass',
  },
  {
    name: 'a complete meeting in the same quarter makes up for an incomplete one',
    change: (f) => {
      without('villager')(f);
      f.records.jointMeetings.push({ id: 'jm-2b', date: '2023-05-20', attendeeKinds: [...KINDS] });
    },
    score: 3,
    status: 'pass',
  },
]);
