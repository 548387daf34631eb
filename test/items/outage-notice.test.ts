import { describeItem, unchanged } from '../support/cases.js';
import type { Fixture } from '../support/station.js';

type Outage = Fixture['outages'][number];

const outage = (kind: Outage['kind'], start: string, noticeAt?: string) => (f: Fixture) => {
  f.outages.push({ id: 'out-1', kind, start, ...(noticeAt ? { noticeAt } : {}) });
};

describeItem('outage-notice', [
  { name: 'no outage in the period is not applicable', change: unchanged, score: 2, status: 'notApplicable' },
  {
    name: 'a planned outage noticed exactly 7 days ahead is in time',
    change: outage('planned', '2023-06-20T09:00:00+08:00', '2023-06-13T18:00:00+08:00'),
    score: 2,
    status: 'pass',
    records: ['out-1'],
  },
  {
    name: 'a planned outage noticed 6 days ahead is late',
    change: outage('planned', '2023-06-20T09:00:00+08:00', '2023-06-14T08:00:00+08:00'),
    score: 0,
    status: 'fail',
  },
  {
    name: 'planned-outage days are Shanghai calendar days (23:30Z on 13 June is 14 June)',
    change: outage('planned', '2023-06-20T09:00:00+08:00', '2023-06-13T23:30:00Z'),
    score: 0,
    status: 'fail',
  },
  {
    name: 'a planned outage given as plain dates, 7 days apart, is in time',
    change: outage('planned', '2023-06-20', '2023-06-13'),
    score: 2,
    status: 'pass',
  },
  {
    name: 'temporary maintenance noticed exactly 24 hours ahead is in time',
    change: outage('temporary', '2023-07-02T08:00:00+08:00', '2023-07-01T08:00:00+08:00'),
    score: 2,
    status: 'pass',
  },
  {
    name: 'temporary maintenance noticed 23 h 59 min ahead is late',
    change: outage('temporary', '2023-07-02T08:00:00+08:00', '2023-07-01T08:01:00+08:00'),
    score: 0,
    status: 'fail',
  },
  {
    name: 'fault information exactly 2 hours after the start is in time',
    change: outage('fault', '2023-08-01T10:00:00+08:00', '2023-08-01T12:00:00+08:00'),
    score: 2,
    status: 'pass',
  },
  {
    name: 'fault information 2 h 01 min after the start is late',
    change: outage('fault', '2023-08-01T10:00:00+08:00', '2023-08-01T12:01:00+08:00'),
    score: 0,
    status: 'fail',
  },
  {
    name: 'fault hours are elapsed time whatever the offsets written',
    change: outage('fault', '2023-08-01T10:00:00+08:00', '2023-08-01T04:00:00Z'),
    score: 2,
    status: 'pass',
  },
  {
    name: 'an outage never noticed fails',
    change: outage('fault', '2023-08-01T10:00:00+08:00'),
    score: 0,
    status: 'fail',
  },
  {
    name: 'one late outage among several fails the item',
    change: (f) => {
      outage('fault', '2023-08-01T10:00:00+08:00', '2023-08-01T11:00:00+08:00')(f);
      f.outages.push({ id: 'out-2', kind: 'planned', start: '2023-09-10', noticeAt: '2023-09-05' });
    },
    score: 0,
    status: 'fail',
    records: ['out-1', 'out-2'],
  },
  {
    name: 'a planned outage at 08:00 on 31 December noticed at 09:00 on 24 December is 7 calendar days ahead',
    change: outage('planned', '2023-12-31T08:00:00+08:00', '2023-12-24T09:00:00+08:00'),
    score: 2,
    status: 'pass',
  },
  {
    name: 'a planned outage on 31 December noticed 6 days ahead fails: its deadline lies before its start, in the period',
    change: outage('planned', '2023-12-31T08:00:00+08:00', '2023-12-25T08:00:00+08:00'),
    score: 0,
    status: 'fail',
  },
  {
    name: 'temporary maintenance at 08:00 on 31 December never noticed fails: its deadline lies before its start',
    change: outage('temporary', '2023-12-31T08:00:00+08:00'),
    score: 0,
    status: 'fail',
  },
  {
    name: 'a fault outage at 23:30 on 31 December noticed at 00:30 on 1 January is in time',
    change: outage('fault', '2023-12-31T23:30:00+08:00', '2024-01-01T00:30:00+08:00'),
    score: 2,
    status: 'pass',
  },
  {
    name: 'a fault outage at 23:30 on 31 December noticed at 02:00 on 1 January, after its 01:30 deadline, stays pending',
    change: outage('fault', '2023-12-31T23:30:00+08:00', '2024-01-01T02:00:00+08:00'),
    score: 2,
    status: 'pass',
    pending: [{ id: 'out-1', arose: '2023-12-31T23:30:00+08:00', deadline: '2024-01-01T01:30:00+08:00' }],
  },
  {
    name: 'a fault outage at 23:30 on 31 December (given in UTC) never noticed is pending, shown in the station’s time',
    change: outage('fault', '2023-12-31T15:30:00Z'),
    score: 2,
    status: 'pass',
    pending: [{ id: 'out-1', arose: '2023-12-31T23:30:00+08:00', deadline: '2024-01-01T01:30:00+08:00' }],
  },
  {
    name: 'a fault outage at 22:00 on 31 December never noticed is pending: its deadline, midnight, is in the next year',
    change: outage('fault', '2023-12-31T22:00:00+08:00'),
    score: 2,
    status: 'pass',
    pending: [{ id: 'out-1', arose: '2023-12-31T22:00:00+08:00', deadline: '2024-01-01T00:00:00+08:00' }],
  },
  {
    name: 'a fault outage at 21:59 on 31 December never noticed fails: its deadline, 23:59, is in the period',
    change: outage('fault', '2023-12-31T21:59:00+08:00'),
    score: 0,
    status: 'fail',
  },
  {
    name: 'a pending outage does not excuse a late one',
    change: (f) => {
      outage('fault', '2023-12-31T23:30:00+08:00')(f);
      f.outages.push({ id: 'out-2', kind: 'fault', start: '2023-08-01T10:00:00+08:00' });
    },
    score: 0,
    status: 'fail',
    pending: [{ id: 'out-1', arose: '2023-12-31T23:30:00+08:00', deadline: '2024-01-01T01:30:00+08:00' }],
  },
  {
    name: 'an outage before the period is not this period’s',
    change: outage('fault', '2022-12-31T10:00:00+08:00'),
    score: 2,
    status: 'notApplicable',
  },
  {
    name: 'an outage at 2023-12-31T20:00:00Z starts on 1 January in Shanghai, after the period',
    change: outage('fault', '2023-12-31T20:00:00Z'),
    score: 2,
    status: 'notApplicable',
  },
]);
