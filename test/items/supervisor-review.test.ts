import { loadRulesetOrThrow } from '../../src/ruleset/load.js';
import { describeItem, recordOf, unchanged } from '../support/cases.js';
import type { Fixture } from '../support/station.js';
import { baseDoc, variant } from '../support/variants.js';

const unfitReview = (date: string) => (f: Fixture) => {
  Object.assign(recordOf(f.reviews, 'rv-sup-1'), { date, outcome: 'unfit' });
};
const dismiss = (end: string) => (f: Fixture) => {
  Object.assign(recordOf(f.duties, 'd-sup-1'), { end, endReason: 'dismissed' });
};
const ground = (date: string) => (f: Fixture) => {
  f.dismissalGrounds.push({ id: 'dg-1', staffId: 'sup-1', ground: 'sanctioned', date });
};
const leave = (end: string, endReason: 'left' | 'transferred') => (f: Fixture) => {
  Object.assign(recordOf(f.duties, 'd-sup-1'), { end, endReason });
};
/** Supervisors must be dismissed within two months: a deadline can then fall on 31 December. */
const twoMonths = loadRulesetOrThrow([baseDoc(), variant({ params: { dismissalMonths: 2 } })]);

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
    name: 'a ground arising in mid-December is pending at the period end: full points, listed as pending',
    change: ground('2023-12-15'),
    score: 3,
    status: 'pass',
    pending: [{ id: 'dg-1', arose: '2023-12-15', deadline: '2024-01-15' }],
  },
  {
    name: 'a supervisor dismissed after the period end, within a month of the ground, was dismissed in time',
    change: (f) => {
      ground('2023-12-15')(f);
      dismiss('2024-01-15')(f);
    },
    score: 3,
    status: 'pass',
  },
  {
    name: 'a supervisor dismissed after the period end and after the deadline leaves the ground pending (the result is as of the period end)',
    change: (f) => {
      ground('2023-12-15')(f);
      dismiss('2024-01-16')(f);
    },
    score: 3,
    status: 'pass',
    pending: [{ id: 'dg-1', arose: '2023-12-15', deadline: '2024-01-15' }],
  },
  {
    name: 'an unfit review on 10 December with the supervisor still in post is pending',
    change: unfitReview('2023-12-10'),
    score: 3,
    status: 'pass',
    pending: [{ id: 'rv-sup-1', arose: '2023-12-10', deadline: '2024-01-10' }],
  },
  {
    name: 'a ground whose deadline is exactly the period end, not acted on, fails',
    ruleset: twoMonths,
    change: ground('2023-10-31'),
    score: 0,
    status: 'fail',
  },
  {
    name: 'a ground whose deadline is one day after the period end is pending',
    ruleset: twoMonths,
    change: ground('2023-11-01'),
    score: 3,
    status: 'pass',
    pending: [{ id: 'dg-1', arose: '2023-11-01', deadline: '2024-01-01' }],
  },
  {
    name: 'a supervisor who leaves within a month of a ground discharges it as a dismissal would',
    change: (f) => {
      ground('2023-05-20')(f);
      leave('2023-06-10', 'left')(f);
    },
    score: 3,
    status: 'pass',
  },
  {
    name: 'a supervisor transferred out of the post within a month of a ground discharges it too',
    change: (f) => {
      ground('2023-05-20')(f);
      leave('2023-06-20', 'transferred')(f);
    },
    score: 3,
    status: 'pass',
  },
  {
    name: 'a supervisor who leaves a day after the deadline has not discharged the ground',
    change: (f) => {
      ground('2023-05-20')(f);
      leave('2023-06-21', 'left')(f);
    },
    score: 0,
    status: 'fail',
  },
  {
    name: 'a ground of December the year before, not acted on by its deadline in January, fails in this period',
    change: ground('2022-12-20'),
    score: 0,
    status: 'fail',
  },
  {
    name: 'a supervisor who left on the eve of the period is not active in it: no supervisor fails',
    change: leave('2022-12-31', 'left'),
    score: 0,
    status: 'fail',
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
