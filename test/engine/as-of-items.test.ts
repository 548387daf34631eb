/**
 * Items evaluated as of a day (spec §5), item by item where the reading matters: buckets and their
 * grace windows, deadlines pending at the day, records and incidents after it, and obligations on
 * the period as a whole.
 */

import { describeAsOf, monthsFrom, quartersFrom } from '../support/as-of-cases.js';
import { recordOf, remove } from '../support/cases.js';
import type { Fixture } from '../support/station.js';

/**
 * Items with an end-of-bucket window (month end: 20, 21, up to 3 days later; quarter end: 22, up
 * to 10 days later): the bucket is upcoming until the end of its last grace day, then judged.
 */
const endOfBucket: ReadonlyArray<{
  id: string;
  list: 'supervisorReports' | 'resultPublications' | 'leaderReports';
  record: string;
  points: number;
  bucket: string;
  lastGraceDay: string;
  dayBefore: string;
  open: string[];
  after: string[];
}> = [
  {
    id: 'supervisor-monthly-report',
    list: 'supervisorReports',
    record: 'sr-6',
    points: 4,
    bucket: '2023-06',
    lastGraceDay: '2023-07-03',
    dayBefore: '2023-07-02',
    open: monthsFrom(6),
    after: monthsFrom(7),
  },
  {
    id: 'result-publication',
    list: 'resultPublications',
    record: 'rp-6',
    points: 3,
    bucket: '2023-06',
    lastGraceDay: '2023-07-03',
    dayBefore: '2023-07-02',
    open: monthsFrom(6),
    after: monthsFrom(7),
  },
  {
    id: 'leader-quarterly-report',
    list: 'leaderReports',
    record: 'lr-2',
    points: 4,
    bucket: '2023-Q2',
    lastGraceDay: '2023-07-10',
    dayBefore: '2023-07-09',
    open: quartersFrom(2),
    after: quartersFrom(3),
  },
];

for (const { id, list, record, points, bucket, lastGraceDay, dayBefore, open, after } of endOfBucket) {
  const datedLastGraceDay = (f: Fixture) => {
    recordOf(f.records[list], record).date = lastGraceDay;
  };
  const withoutIt = (f: Fixture) => remove(f.records[list], record);
  describeAsOf(id, [
    {
      name: `a ${bucket} record dated ${lastGraceDay} (its last grace day) does not exist yet on 30 June: ${bucket} is upcoming, not missing`,
      change: datedLastGraceDay,
      asOf: '2023-06-30',
      score: points,
      status: 'pass',
      upcoming: open,
      nextDeadline: lastGraceDay,
    },
    {
      name: `the same record counts for ${bucket} once it exists (as of ${lastGraceDay})`,
      change: datedLastGraceDay,
      asOf: lastGraceDay,
      score: points,
      status: 'pass',
      upcoming: after,
    },
    {
      name: `with no ${bucket} record, ${bucket} is still upcoming on ${dayBefore} (its window runs to ${lastGraceDay})`,
      change: withoutIt,
      asOf: dayBefore,
      score: points,
      status: 'pass',
      upcoming: open,
    },
    {
      name: `with no ${bucket} record, ${bucket} is missing as of ${lastGraceDay}, the end of its last grace day`,
      change: withoutIt,
      asOf: lastGraceDay,
      score: 0,
      status: 'fail',
      missing: [bucket],
      upcoming: after,
    },
  ]);
}

describeAsOf('risk-identification', [
  {
    name: 'with no H1 identification, H1 is upcoming on 29 June',
    change: (f) => remove(f.records.riskIdentifications, 'ri-1'),
    asOf: '2023-06-29',
    score: 3,
    status: 'pass',
    upcoming: ['2023-H1', '2023-H2'],
  },
  {
    name: 'with no H1 identification, H1 is missing on 30 June (no grace window)',
    change: (f) => remove(f.records.riskIdentifications, 'ri-1'),
    asOf: '2023-06-30',
    score: 0,
    status: 'fail',
    missing: ['2023-H1'],
    upcoming: ['2023-H2'],
  },
]);

describeAsOf('monthly-liaison', [
  {
    name: 'a month is upcoming until its last day: no June liaison on 29 June is not missing',
    change: (f) => remove(f.records.liaisons, 'li-6'),
    asOf: '2023-06-29',
    score: 4,
    status: 'pass',
    upcoming: monthsFrom(6),
  },
  {
    name: 'no June liaison is missing as of 30 June',
    change: (f) => remove(f.records.liaisons, 'li-6'),
    asOf: '2023-06-30',
    score: 0,
    status: 'fail',
    missing: ['2023-06'],
    upcoming: monthsFrom(7),
  },
  {
    name: 'a record already there makes its upcoming month met (a July liaison on 1 July, as of 2 July)',
    change: (f) => {
      recordOf(f.records.liaisons, 'li-7').date = '2023-07-01';
    },
    asOf: '2023-07-02',
    score: 4,
    status: 'pass',
    upcoming: monthsFrom(8),
  },
  {
    name: 'a demand not resolved yet is an obligation on the whole period: upcoming until 31 December',
    change: (f) => {
      recordOf(f.records.liaisons, 'li-4').demands!.forEach((d) => Object.assign(d, { resolved: false }));
    },
    asOf: '2023-06-30',
    score: 4,
    status: 'pass',
    upcoming: monthsFrom(7),
    open: ['demands-resolved'],
  },
  {
    name: 'a demand still unresolved at the period end fails the item',
    change: (f) => {
      recordOf(f.records.liaisons, 'li-4').demands!.forEach((d) => Object.assign(d, { resolved: false }));
    },
    asOf: '2023-12-31',
    score: 0,
    status: 'fail',
  },
]);

describeAsOf('four-winds-check', [
  {
    name: 'a quarter is upcoming until its last day (no Q2 check on 29 June)',
    change: (f) => remove(f.records.fourWindsChecks, 'fw-2'),
    asOf: '2023-06-29',
    score: 4,
    status: 'pass',
    upcoming: quartersFrom(2),
  },
  {
    name: 'no Q2 check is missing on 30 June',
    change: (f) => remove(f.records.fourWindsChecks, 'fw-2'),
    asOf: '2023-06-30',
    score: 0,
    status: 'fail',
    missing: ['2023-Q2'],
    upcoming: quartersFrom(3),
  },
]);

/** The supervisor leaves on 15 June (refill deadline 15 July), with a successor starting on `start`. */
const supervisorLeaves = (start?: string) => (f: Fixture) => {
  Object.assign(recordOf(f.duties, 'd-sup-1'), { end: '2023-06-15', endReason: 'left' });
  if (start !== undefined)
    f.duties.push({ id: 'd-sup-2', staffId: 'sup-2', role: 'supervisor', servicePointId: 'sp-1', start });
  // The handovers after the vacancy go to whoever holds the post; they are not what these cases check.
  f.records.ledgerHandovers = f.records.ledgerHandovers.filter((r) => r.date < '2023-06-15');
};
const refillPending = [{ id: 'd-sup-1', arose: '2023-06-15', deadline: '2023-07-15' }];

describeAsOf('staff-adjustment', [
  {
    name: 'a vacancy whose refill deadline lies after the day is pending',
    change: supervisorLeaves(),
    asOf: '2023-06-30',
    score: 4,
    status: 'pass',
    pending: refillPending,
    nextDeadline: '2023-07-15',
  },
  {
    name: 'a vacancy not refilled by its deadline is late once the deadline has come, and overdue while still empty',
    change: supervisorLeaves(),
    asOf: '2023-07-15',
    score: 2,
    status: 'partial',
    failures: 1,
    overdue: [{ ...refillPending[0]!, lost: 2 }],
  },
  {
    name: 'a vacancy refilled late is late but no longer overdue: nothing is left to do',
    change: supervisorLeaves('2023-07-20'),
    asOf: '2023-07-31',
    score: 2,
    status: 'partial',
    failures: 1,
  },
  {
    name: 'a successor starting after the day does not exist yet: the vacancy is still pending',
    change: supervisorLeaves('2023-07-10'),
    asOf: '2023-06-30',
    score: 4,
    status: 'pass',
    pending: refillPending,
  },
  {
    name: 'the successor refills the post in time once they have started',
    change: supervisorLeaves('2023-07-10'),
    asOf: '2023-07-10',
    score: 4,
    status: 'pass',
  },
]);

describeAsOf('staffing', [
  {
    name: 'a post empty since 16 June is within its allowance on 30 June: the refill is pending (as item 7)',
    change: supervisorLeaves(),
    asOf: '2023-06-30',
    score: 6,
    status: 'pass',
    pending: refillPending,
  },
  {
    name: 'a post still empty on its deadline is unfilled, and overdue while still empty',
    change: supervisorLeaves(),
    asOf: '2023-07-15',
    score: 3,
    status: 'partial',
    failures: 1,
    overdue: [{ ...refillPending[0]!, lost: 3 }],
  },
  {
    name: 'a post filled after its deadline had a gap but is no longer overdue',
    change: supervisorLeaves('2023-07-20'),
    asOf: '2023-07-31',
    score: 3,
    status: 'partial',
    failures: 1,
  },
  {
    name: 'a station whose only point opens after the day has nothing judged yet',
    change: (f) => {
      f.servicePoints[0]!.opened = '2023-08-01';
      for (const duty of f.duties) duty.start = '2023-08-01';
    },
    asOf: '2023-06-30',
    score: 6,
    status: 'pass',
    failures: 0,
  },
]);

describeAsOf('supervisor-review', [
  {
    name: 'a supervisor not reviewed yet (the review is in December) is upcoming until the period end',
    change: () => {},
    asOf: '2023-06-30',
    score: 3,
    status: 'pass',
    open: ['all-reviewed'],
    nextDeadline: '2023-12-31',
  },
  {
    name: 'the review, once it exists, meets the obligation',
    change: () => {},
    asOf: '2023-12-10',
    score: 3,
    status: 'pass',
  },
  {
    name: 'a supervisor never reviewed fails as of the period end',
    change: (f) => {
      f.reviews = [];
    },
    asOf: '2023-12-31',
    score: 0,
    status: 'fail',
  },
  {
    name: 'a dismissal ground whose one-month deadline lies after the day is pending',
    change: (f) => {
      f.dismissalGrounds.push({ id: 'dg-1', staffId: 'sup-1', ground: 'sanctioned', date: '2023-06-10' });
    },
    asOf: '2023-06-30',
    score: 3,
    status: 'pass',
    open: ['all-reviewed'],
    pending: [{ id: 'dg-1', arose: '2023-06-10', deadline: '2023-07-10' }],
  },
  {
    name: 'the supervisor still in post on the deadline fails the item, and the dismissal is overdue',
    change: (f) => {
      f.dismissalGrounds.push({ id: 'dg-1', staffId: 'sup-1', ground: 'sanctioned', date: '2023-06-10' });
    },
    asOf: '2023-07-10',
    score: 0,
    status: 'fail',
    open: ['all-reviewed'],
    overdue: [{ id: 'dg-1', arose: '2023-06-10', deadline: '2023-07-10', lost: 3 }],
  },
  {
    name: 'a supervisor dismissed after the deadline fails the item but is no longer overdue',
    change: (f) => {
      f.dismissalGrounds.push({ id: 'dg-1', staffId: 'sup-1', ground: 'sanctioned', date: '2023-06-10' });
      Object.assign(recordOf(f.duties, 'd-sup-1'), { end: '2023-07-20', endReason: 'dismissed' });
      f.duties.push({
        id: 'd-sup-2',
        staffId: 'sup-2',
        role: 'supervisor',
        servicePointId: 'sp-1',
        start: '2023-07-21',
      });
    },
    asOf: '2023-07-31',
    score: 0,
    status: 'fail',
    open: ['all-reviewed'],
  },
  {
    name: 'a supervisor starting after the day: "at least one supervisor" is upcoming',
    change: (f) => {
      recordOf(f.duties, 'd-sup-1').start = '2023-08-01';
    },
    asOf: '2023-06-30',
    score: 3,
    status: 'pass',
    open: ['has-supervisor'],
  },
]);

describeAsOf('supervisor-appointment', [
  {
    name: 'an approval dated after the day does not exist yet: upcoming until the period end',
    change: (f) => {
      f.appointments[0]!.date = '2023-09-01';
    },
    asOf: '2023-06-30',
    score: 3,
    status: 'pass',
    open: ['supervisors-approved'],
  },
  {
    name: 'the approval counts once it exists',
    change: (f) => {
      f.appointments[0]!.date = '2023-09-01';
    },
    asOf: '2023-09-01',
    score: 3,
    status: 'pass',
  },
  {
    name: 'no approval by the period end fails',
    change: (f) => {
      f.appointments = [];
    },
    asOf: '2023-12-31',
    score: 0,
    status: 'fail',
  },
]);

describeAsOf('responsibility-lists', [
  {
    name: 'a list issued after the day is upcoming (issued by the period end)',
    change: (f) => {
      recordOf(f.responsibilityLists, 'rl-sup').issued = '2023-06-01';
    },
    asOf: '2023-05-31',
    score: 4,
    status: 'pass',
    open: ['supervisor-list'],
  },
  {
    name: 'a list never issued deducts as of the period end',
    change: (f) => remove(f.responsibilityLists, 'rl-sup'),
    asOf: '2023-12-31',
    score: 2,
    status: 'partial',
  },
]);

describeAsOf('facilities', [
  {
    name: 'a facility lacking mid-year is upcoming: it can be provided by the period end',
    change: (f) => {
      const point = f.servicePoints[0]!;
      point.facilities = point.facilities!.filter((x) => x.kind !== 'door-plate');
    },
    asOf: '2023-06-30',
    score: 2,
    status: 'pass',
    open: ['required-facilities'],
  },
  {
    name: 'a facility still lacking at the period end fails',
    change: (f) => {
      const point = f.servicePoints[0]!;
      point.facilities = point.facilities!.filter((x) => x.kind !== 'door-plate');
    },
    asOf: '2023-12-31',
    score: 0,
    status: 'fail',
  },
  {
    name: 'no service point open yet: "at least one service point" is upcoming',
    change: (f) => {
      f.servicePoints[0]!.opened = '2023-08-01';
    },
    asOf: '2023-06-30',
    score: 2,
    status: 'pass',
    open: ['has-service-point'],
  },
]);

describeAsOf('smart-terminal', [
  {
    name: 'a terminal lacking bill payment mid-year is upcoming',
    change: (f) => {
      f.servicePoints[0]!.terminal = { services: ['consultation', 'query'] };
    },
    asOf: '2023-06-30',
    score: 4,
    status: 'pass',
    open: ['terminals-complete'],
  },
]);

describeAsOf('service-point-siting', [
  {
    name: 'a point at a venue not accepted is upcoming mid-year: the venue can still change',
    change: (f) => {
      f.servicePoints[0]!.venue = 'other';
    },
    asOf: '2023-06-30',
    score: 4,
    status: 'pass',
    open: ['sited-points'],
  },
]);

/** An event needing immediate disclosure on 29 June (deadline 2 July), disclosed on `disclosed` if given. */
const eventOn29June = (disclosed?: string) => (f: Fixture) => {
  f.records.disclosureEvents.push({ id: 'ev-1', date: '2023-06-29' });
  if (disclosed !== undefined)
    f.records.disclosures.push({ id: 'ds-i-1', date: disclosed, frequency: 'immediate', eventIds: ['ev-1'] });
};

describeAsOf('service-disclosure', [
  {
    name: 'an event on 29 June disclosed on 1 July: pending on 30 June (deadline 2 July)',
    change: eventOn29June('2023-07-01'),
    asOf: '2023-06-30',
    score: 6,
    status: 'pass',
    upcoming: [...monthsFrom(7), ...quartersFrom(3)],
    pending: [{ id: 'ev-1', arose: '2023-06-29', deadline: '2023-07-02' }],
  },
  {
    name: 'the disclosure meets it once it exists',
    change: eventOn29June('2023-07-01'),
    asOf: '2023-07-01',
    score: 6,
    status: 'pass',
    upcoming: [...monthsFrom(7), ...quartersFrom(3)],
  },
  {
    name: 'an event not disclosed by its deadline costs the immediate frequency, and is overdue while undisclosed',
    change: eventOn29June(),
    asOf: '2023-07-02',
    score: 4,
    status: 'partial',
    upcoming: [...monthsFrom(7), ...quartersFrom(3)],
    overdue: [{ id: 'ev-1', arose: '2023-06-29', deadline: '2023-07-02', lost: 2 }],
  },
  {
    name: 'an event disclosed after its deadline costs the frequency but is no longer overdue',
    change: eventOn29June('2023-07-05'),
    asOf: '2023-07-10',
    score: 4,
    status: 'partial',
    upcoming: [...monthsFrom(8), ...quartersFrom(3)],
  },
]);

/** Adds one outage to the fixture. */
const withOutage = (outage: Fixture['outages'][number]) => (f: Fixture) => {
  f.outages.push(outage);
};

describeAsOf('outage-notice', [
  {
    name: 'a fault outage at 23:30 on the day has its 2-hour deadline after it: pending',
    change: withOutage({
      id: 'out-1',
      kind: 'fault',
      start: '2023-06-30T23:30:00+08:00',
      noticeAt: '2023-07-01T00:30:00+08:00',
    }),
    asOf: '2023-06-30',
    score: 2,
    status: 'pass',
    pending: [{ id: 'out-1', arose: '2023-06-30T23:30:00+08:00', deadline: '2023-07-01T01:30:00+08:00' }],
  },
  {
    name: 'its notice at 00:30 meets it once it exists',
    change: withOutage({
      id: 'out-1',
      kind: 'fault',
      start: '2023-06-30T23:30:00+08:00',
      noticeAt: '2023-07-01T00:30:00+08:00',
    }),
    asOf: '2023-07-01',
    score: 2,
    status: 'pass',
  },
  {
    name: 'a fault outage never noticed is overdue: its information is still to be published',
    change: withOutage({ id: 'out-1', kind: 'fault', start: '2023-06-20T10:00:00+08:00' }),
    asOf: '2023-06-30',
    score: 0,
    status: 'fail',
    overdue: [{ id: 'out-1', arose: '2023-06-20T10:00:00+08:00', deadline: '2023-06-20T12:00:00+08:00', lost: 2 }],
  },
  {
    name: 'a fault outage noticed late is lost but not overdue',
    change: withOutage({
      id: 'out-1',
      kind: 'fault',
      start: '2023-06-20T10:00:00+08:00',
      noticeAt: '2023-06-20T15:00:00+08:00',
    }),
    asOf: '2023-06-30',
    score: 0,
    status: 'fail',
  },
  {
    name: 'a planned outage begun without its notice is lost, not overdue: a notice ahead can no longer be given',
    change: withOutage({ id: 'out-1', kind: 'planned', start: '2023-06-20T08:00:00+08:00' }),
    asOf: '2023-06-30',
    score: 0,
    status: 'fail',
  },
  {
    name: 'an outage starting after the day does not exist yet (not applicable)',
    change: withOutage({ id: 'out-1', kind: 'planned', start: '2023-07-20T08:00:00+08:00' }),
    asOf: '2023-06-30',
    score: 2,
    status: 'notApplicable',
  },
]);

describeAsOf('correction-reminders', [
  {
    name: 'a problem flagged on 15 June without a reminder yet is pending (deadline 15 July)',
    change: (f) => {
      f.records.problemFlags.push({ id: 'pf-1', date: '2023-06-15' });
    },
    asOf: '2023-06-30',
    score: 3,
    status: 'pass',
    pending: [{ id: 'pf-1', arose: '2023-06-15', deadline: '2023-07-15' }],
  },
  {
    name: 'a problem not reminded by its deadline fails, and is overdue while unreminded',
    change: (f) => {
      f.records.problemFlags.push({ id: 'pf-1', date: '2023-06-15' });
    },
    asOf: '2023-07-15',
    score: 0,
    status: 'fail',
    overdue: [{ id: 'pf-1', arose: '2023-06-15', deadline: '2023-07-15', lost: 3 }],
  },
  {
    name: 'a problem reminded after its deadline fails but is no longer overdue',
    change: (f) => {
      f.records.problemFlags.push({ id: 'pf-1', date: '2023-06-15' });
      f.records.correctionReminders.push({ id: 'cr-late', date: '2023-07-20', problemId: 'pf-1' });
    },
    asOf: '2023-07-31',
    score: 0,
    status: 'fail',
  },
  {
    name: 'a problem flagged after the day does not exist yet',
    change: (f) => {
      f.records.problemFlags.push({ id: 'pf-1', date: '2023-07-01' });
    },
    asOf: '2023-06-30',
    score: 3,
    status: 'notApplicable',
  },
]);

describeAsOf('no-service-complaints', [
  {
    name: 'a complaint after the day has not happened yet',
    change: (f) => {
      f.incidents.push({ id: 'inc-1', kind: 'service-complaint', date: '2023-07-05' });
    },
    asOf: '2023-06-30',
    score: 5,
    status: 'pass',
    failures: 0,
  },
  {
    name: 'the complaint deducts from its day on',
    change: (f) => {
      f.incidents.push({ id: 'inc-1', kind: 'service-complaint', date: '2023-07-05' });
    },
    asOf: '2023-07-05',
    score: 0,
    status: 'fail',
    failures: 1,
  },
]);
