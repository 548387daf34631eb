import { describeItem, recordOf, unchanged } from '../support/cases.js';
import type { Fixture } from '../support/station.js';

const unfitReview = (date: string) => (f: Fixture) => {
  Object.assign(recordOf(f.reviews, 'rv-sup-1'), { date, outcome: 'unfit' });
};
const dismiss = (end: string) => (f: Fixture) => {
  Object.assign(recordOf(f.duties, 'd-sup-1'), { end, endReason: 'dismissed' });
};
const ground = (date: string) => (f: Fixture) => {
  f.dismissalGrounds.push({ id: 'dg-1', staffId: 'sup-1', ground: 'sanctioned', date });
};

describeItem('supervisor-review', [
  {
    name: 'no supervisor active in the period fails (nobody was appointed)',
    change: (f) => {
      f.duties = f.duties.filter((d) => d.role !== 'supervisor');
    },
    score: 0,
    status: 'fail',
  },
  {
    name: 'a supervisor reviewed in the period passes',
    change: unchanged,
    score: 3,
    status: 'pass',
    records: ['rv-sup-1'],
  },
  {
    name: 'no review fails',
    change: (f) => {
      f.reviews = [];
    },
    score: 0,
    status: 'fail',
  },
  {
    name: 'a review in the previous year only fails',
    change: (f) => {
      recordOf(f.reviews, 'rv-sup-1').date = '2022-12-10';
    },
    score: 0,
    status: 'fail',
  },
  {
    name: 'a review dated after the period fails',
    change: (f) => {
      recordOf(f.reviews, 'rv-sup-1').date = '2024-01-05';
    },
    score: 0,
    status: 'fail',
  },
  {
    name: 'a second supervisor active in the period needs a review too',
    change: (f) => {
      f.duties.push({
        id: 'd-sup-2',
        staffId: 'sup-2',
        role: 'supervisor',
        servicePointId: 'sp-1',
        start: '2023-09-01',
      });
    },
    score: 0,
    status: 'fail',
  },
  {
    name: 'an unfit supervisor dismissed exactly one month after the review is in time',
    change: (f) => {
      unfitReview('2023-03-10')(f);
      dismiss('2023-04-10')(f);
    },
    score: 3,
    status: 'pass',
  },
  {
    name: 'an unfit supervisor dismissed one day late fails',
    change: (f) => {
      unfitReview('2023-03-10')(f);
      dismiss('2023-04-11')(f);
    },
    score: 0,
    status: 'fail',
  },
  {
    name: 'an unfit supervisor kept in post fails',
    change: unfitReview('2023-03-10'),
    score: 0,
    status: 'fail',
  },
  {
    name: 'a recorded dismissal ground not acted on fails',
    change: ground('2023-05-20'),
    score: 0,
    status: 'fail',
    records: ['dg-1', 'rv-sup-1'],
  },
  {
    name: 'a recorded ground followed by dismissal within a month passes',
    change: (f) => {
      ground('2023-05-20')(f);
      dismiss('2023-06-15')(f);
    },
    score: 3,
    status: 'pass',
  },
  {
    name: 'a ground arising in mid-December is not yet overdue at the period end',
    change: ground('2023-12-15'),
    score: 3,
    status: 'pass',
  },
  {
    name: 'a ground recorded against someone who is not a supervisor does not count',
    change: (f) => {
      f.dismissalGrounds.push({ id: 'dg-1', staffId: 'cm-1', ground: 'sanctioned', date: '2023-05-20' });
    },
    score: 3,
    status: 'pass',
  },
]);
