import { describeItem, recordOf, remove, unchanged, withoutServicePoints } from '../support/cases.js';
import type { Fixture } from '../support/station.js';

type Duty = Fixture['duties'][number];

const endCustomerManager = (end: string) => (f: Fixture) => {
  Object.assign(recordOf(f.duties, 'd-cm-1'), { end, endReason: 'left' });
};
const successor = (start: string, extra: Partial<Duty> = {}): Duty => ({
  id: 'd-cm-2',
  staffId: 'cm-2',
  role: 'customer-manager',
  servicePointId: 'sp-1',
  start,
  ...extra,
});
const secondPoint = (f: Fixture, opened = '2020-01-01') => {
  f.servicePoints.push({ ...structuredClone(f.servicePoints[0]!), id: 'sp-2', name: '二号驿站', opened });
};

describeItem('staffing', [
  {
    name: 'a station with no active service point has both posts unfilled',
    change: withoutServicePoints,
    score: 0,
    status: 'fail',
    failures: 2,
  },
  {
    name: 'both posts held all year passes',
    change: unchanged,
    score: 6,
    status: 'pass',
    failures: 0,
    records: ['d-cm-1', 'd-sup-1'],
  },
  {
    name: 'no customer manager: 3 off',
    change: (f) => remove(f.duties, 'd-cm-1'),
    score: 3,
    status: 'partial',
    failures: 1,
  },
  {
    name: 'no supervisor: 3 off',
    change: (f) => remove(f.duties, 'd-sup-1'),
    score: 3,
    status: 'partial',
    failures: 1,
  },
  {
    name: 'neither post held: floor 0',
    change: (f) => {
      f.duties = [];
    },
    score: 0,
    status: 'fail',
    failures: 2,
  },
  {
    name: 'a gap refilled exactly one month later (31 Jan → 28 Feb) is allowed',
    change: (f) => {
      endCustomerManager('2023-01-31')(f);
      f.duties.push(successor('2023-02-28'));
    },
    score: 6,
    status: 'pass',
    failures: 0,
    records: ['d-cm-1', 'd-cm-2', 'd-sup-1'],
  },
  {
    name: 'a gap refilled one day after the deadline leaves the post unfilled',
    change: (f) => {
      endCustomerManager('2023-01-31')(f);
      f.duties.push(successor('2023-03-01'));
    },
    score: 3,
    status: 'partial',
    failures: 1,
  },
  {
    name: 'a post vacated in mid-November and never refilled is unfilled',
    change: endCustomerManager('2023-11-15'),
    score: 3,
    status: 'partial',
    failures: 1,
  },
  {
    name: 'a post vacated in mid-December is still within its refill deadline at the period end: the refill is pending',
    change: endCustomerManager('2023-12-15'),
    score: 6,
    status: 'pass',
    failures: 0,
    pending: [{ id: 'd-cm-1', arose: '2023-12-15', deadline: '2024-01-15' }],
  },
  {
    name: 'a post vacated on the period’s last day is filled for the whole period',
    change: endCustomerManager('2023-12-31'),
    score: 6,
    status: 'pass',
    failures: 0,
  },
  {
    name: 'a holder who left on 15 December of the year before, replaced on 16 January, missed the deadline (15 January) inside the period: unfilled',
    change: (f) => {
      endCustomerManager('2022-12-15')(f);
      f.duties.push(successor('2023-01-16'));
    },
    score: 3,
    status: 'partial',
    failures: 1,
  },
  {
    name: 'a holder who left on 15 December of the year before, replaced on 15 January, is refilled in time',
    change: (f) => {
      endCustomerManager('2022-12-15')(f);
      f.duties.push(successor('2023-01-15'));
    },
    score: 6,
    status: 'pass',
    failures: 0,
  },
  {
    name: 'a post empty since November of the year before and refilled on 2 January was empty past its deadline inside the period: unfilled',
    change: (f) => {
      endCustomerManager('2022-11-10')(f);
      f.duties.push(successor('2023-01-02'));
    },
    score: 3,
    status: 'partial',
    failures: 1,
  },
  {
    name: 'a long gap wholly before the period does not count',
    change: (f) => {
      endCustomerManager('2022-06-30')(f);
      f.duties.push(successor('2022-09-01'));
    },
    score: 6,
    status: 'pass',
    failures: 0,
  },
  {
    name: 'a duty that ended before its service point opened does not date a gap from before the opening',
    change: (f) => {
      secondPoint(f, '2023-07-01');
      f.duties.push(
        successor('2023-01-02', { servicePointId: 'sp-2', end: '2023-02-01', endReason: 'left' }),
        { ...successor('2023-07-20', { servicePointId: 'sp-2' }), id: 'd-cm-3' },
        { id: 'd-sup-2', staffId: 'sup-2', role: 'supervisor', servicePointId: 'sp-2', start: '2023-07-01' },
      );
    },
    score: 6,
    status: 'pass',
    failures: 0,
  },
  {
    name: 'a post left empty when its point closes before the refill deadline is filled',
    change: (f) => {
      f.servicePoints[0]!.closed = '2023-07-09';
      endCustomerManager('2023-06-10')(f);
      Object.assign(recordOf(f.duties, 'd-sup-1'), { end: '2023-07-09', endReason: 'transferred' });
    },
    score: 6,
    status: 'pass',
    failures: 0,
  },
  {
    name: 'a post still empty on its refill deadline, the day its point closes, is unfilled (as item 7 counts the vacancy late)',
    change: (f) => {
      f.servicePoints[0]!.closed = '2023-07-10';
      endCustomerManager('2023-06-10')(f);
      Object.assign(recordOf(f.duties, 'd-sup-1'), { end: '2023-07-10', endReason: 'transferred' });
    },
    score: 3,
    status: 'partial',
    failures: 1,
  },
  {
    name: 'a duty at another service point does not fill the post',
    change: (f) => {
      secondPoint(f);
      recordOf(f.duties, 'd-cm-1').servicePointId = 'sp-2';
    },
    score: 0,
    status: 'fail',
    failures: 2,
  },
  {
    name: 'a second service point without staff counts two unfilled posts',
    change: (f) => secondPoint(f),
    score: 0,
    status: 'fail',
    failures: 2,
  },
  {
    name: 'a service point opened mid-year needs its posts from its opening day only',
    change: (f) => {
      secondPoint(f, '2023-07-01');
      f.duties.push(successor('2023-07-01', { servicePointId: 'sp-2' }), {
        id: 'd-sup-2',
        staffId: 'sup-2',
        role: 'supervisor',
        servicePointId: 'sp-2',
        start: '2023-07-01',
      });
    },
    score: 6,
    status: 'pass',
    failures: 0,
  },
  {
    name: 'a service point opened mid-year whose post is first filled over a month later is unfilled',
    change: (f) => {
      secondPoint(f, '2023-07-01');
      f.duties.push(successor('2023-08-15', { servicePointId: 'sp-2' }), {
        id: 'd-sup-2',
        staffId: 'sup-2',
        role: 'supervisor',
        servicePointId: 'sp-2',
        start: '2023-07-01',
      });
    },
    score: 3,
    status: 'partial',
    failures: 1,
  },
  {
    name: 'a station established mid-year needs its posts from its establishment only',
    change: (f) => {
      f.station.established = '2023-05-01';
      recordOf(f.duties, 'd-cm-1').start = '2023-05-01';
      recordOf(f.duties, 'd-sup-1').start = '2023-05-01';
    },
    score: 6,
    status: 'pass',
  },
  {
    name: 'a service point closed mid-year needs its posts until it closed only',
    change: (f) => {
      f.servicePoints[0]!.closed = '2023-06-30';
      endCustomerManager('2023-06-30')(f);
      Object.assign(recordOf(f.duties, 'd-sup-1'), { end: '2023-06-30', endReason: 'transferred' });
    },
    score: 6,
    status: 'pass',
  },
]);
