import { loadRulesetOrThrow } from '../../src/ruleset/load.js';
import { describeItem, recordOf, unchanged } from '../support/cases.js';
import type { Fixture } from '../support/station.js';
import { baseDoc, variant } from '../support/variants.js';

type Duty = Fixture['duties'][number];

const vacate =
  (dutyId: string, end: string, endReason: Duty['endReason'] = 'left') =>
  (f: Fixture) => {
    Object.assign(recordOf(f.duties, dutyId), { end, endReason });
  };
const refill = (f: Fixture, start: string, extra: Partial<Duty> = {}) => {
  f.duties.push({ id: 'd-cm-2', staffId: 'cm-2', role: 'customer-manager', servicePointId: 'sp-1', start, ...extra });
};

/** Posts must be refilled within two months: a deadline can then fall on 31 December. */
const twoMonths = loadRulesetOrThrow([baseDoc(), variant({ params: { refillMonths: 2 } })]);
const pendingVacancy = (vacated: string, deadline: string, dutyId = 'd-cm-1') => [
  { id: dutyId, arose: vacated, deadline },
];

describeItem('staff-adjustment', [
  { name: 'no vacancy in the period is not applicable', change: unchanged, score: 4, status: 'notApplicable' },
  {
    name: 'a vacancy refilled exactly one month later (31 Jan → 28 Feb) is in time',
    change: (f) => {
      vacate('d-cm-1', '2023-01-31')(f);
      refill(f, '2023-02-28');
    },
    score: 4,
    status: 'pass',
    failures: 0,
    records: ['d-cm-1', 'd-cm-2'],
  },
  {
    name: 'a vacancy refilled one day after the deadline costs 2',
    change: (f) => {
      vacate('d-cm-1', '2023-01-31')(f);
      refill(f, '2023-03-01');
    },
    score: 2,
    status: 'partial',
    failures: 1,
  },
  {
    name: 'in a leap year, a vacancy of 31 January refilled on 29 February is in time',
    year: 2024,
    change: (f) => {
      vacate('d-cm-1', '2024-01-31')(f);
      refill(f, '2024-02-29');
    },
    score: 4,
    status: 'pass',
    failures: 0,
  },
  {
    name: 'in a leap year, a vacancy of 31 January refilled on 1 March is late',
    year: 2024,
    change: (f) => {
      vacate('d-cm-1', '2024-01-31')(f);
      refill(f, '2024-03-01');
    },
    score: 2,
    status: 'partial',
    failures: 1,
  },
  {
    name: 'a vacancy never refilled costs 2',
    change: vacate('d-cm-1', '2023-05-10'),
    score: 2,
    status: 'partial',
    failures: 1,
    records: ['d-cm-1'],
  },
  {
    name: 'both posts vacated and never refilled: floor 0',
    change: (f) => {
      vacate('d-cm-1', '2023-05-10')(f);
      vacate('d-sup-1', '2023-06-10', 'dismissed')(f);
    },
    score: 0,
    status: 'fail',
    failures: 2,
  },
  {
    name: 'a dismissed supervisor replaced on the same day of the next month is in time',
    change: (f) => {
      vacate('d-sup-1', '2023-06-15', 'dismissed')(f);
      f.duties.push({
        id: 'd-sup-2',
        staffId: 'sup-2',
        role: 'supervisor',
        servicePointId: 'sp-1',
        start: '2023-07-15',
      });
    },
    score: 4,
    status: 'pass',
    failures: 0,
  },
  {
    name: 'a replacement at another service point does not refill the post',
    change: (f) => {
      f.servicePoints.push({ ...structuredClone(f.servicePoints[0]!), id: 'sp-2', name: '二号驿站' });
      vacate('d-cm-1', '2023-03-31')(f);
      refill(f, '2023-04-01', { servicePointId: 'sp-2' });
    },
    score: 2,
    status: 'partial',
    failures: 1,
  },
  {
    name: 'a vacancy whose deadline falls after the period end is pending: full points, listed as pending',
    change: vacate('d-cm-1', '2023-12-10'),
    score: 4,
    status: 'pass',
    failures: 0,
    pending: pendingVacancy('2023-12-10', '2024-01-10'),
  },
  {
    name: 'a vacancy refilled after the period end, within its deadline, is refilled in time',
    change: (f) => {
      vacate('d-cm-1', '2023-12-10')(f);
      refill(f, '2024-01-10');
    },
    score: 4,
    status: 'pass',
    failures: 0,
    records: ['d-cm-1', 'd-cm-2'],
  },
  {
    name: 'a vacancy refilled after the period end and after its deadline stays pending (the result is as of the period end)',
    change: (f) => {
      vacate('d-cm-1', '2023-12-10')(f);
      refill(f, '2024-01-11');
    },
    score: 4,
    status: 'pass',
    failures: 0,
    pending: pendingVacancy('2023-12-10', '2024-01-10'),
  },
  {
    name: 'a deadline exactly on the period end is judged: not refilled by then costs 2',
    ruleset: twoMonths,
    change: vacate('d-cm-1', '2023-10-31'),
    score: 2,
    status: 'partial',
    failures: 1,
  },
  {
    name: 'a deadline one day after the period end is pending',
    ruleset: twoMonths,
    change: vacate('d-cm-1', '2023-11-01'),
    score: 4,
    status: 'pass',
    failures: 0,
    pending: pendingVacancy('2023-11-01', '2024-01-01'),
  },
  {
    name: 'only judged vacancies cost points: one late, one pending costs 2',
    change: (f) => {
      vacate('d-cm-1', '2023-05-10')(f);
      vacate('d-sup-1', '2023-12-20', 'dismissed')(f);
    },
    score: 2,
    status: 'partial',
    failures: 1,
    pending: pendingVacancy('2023-12-20', '2024-01-20', 'd-sup-1'),
  },
  {
    name: 'a duty ending on the period’s last day opens no vacancy in this period',
    change: vacate('d-cm-1', '2023-12-31'),
    score: 4,
    status: 'notApplicable',
  },
  {
    name: 'a duty that ended on the last day of the previous period opens its vacancy in this one: refilled late costs 2',
    change: (f) => {
      vacate('d-cm-1', '2022-12-31')(f);
      refill(f, '2023-02-01');
    },
    score: 2,
    status: 'partial',
    failures: 1,
  },
  {
    name: 'a duty that ended on the last day of the previous period, refilled by 31 January, is in time',
    change: (f) => {
      vacate('d-cm-1', '2022-12-31')(f);
      refill(f, '2023-01-31');
    },
    score: 4,
    status: 'pass',
    failures: 0,
  },
  {
    name: 'a vacancy that opened before the period is not this period’s',
    change: (f) => {
      vacate('d-cm-1', '2022-11-30')(f);
      refill(f, '2022-12-20');
    },
    score: 4,
    status: 'notApplicable',
  },
  {
    name: 'a vacancy that opened in mid-December of the year before is not this period’s, even refilled late in January (item 4 counts that gap)',
    change: (f) => {
      vacate('d-cm-1', '2022-12-15')(f);
      refill(f, '2023-01-16');
    },
    score: 4,
    status: 'notApplicable',
  },
  {
    name: 'a vacancy at a point that closes before the refill deadline needs no refill',
    change: (f) => {
      vacate('d-cm-1', '2023-06-10')(f);
      f.servicePoints[0]!.closed = '2023-07-09';
    },
    score: 4,
    status: 'pass',
    failures: 0,
  },
  {
    name: 'a vacancy at a point that closes on the refill deadline, not refilled, is late',
    change: (f) => {
      vacate('d-cm-1', '2023-06-10')(f);
      f.servicePoints[0]!.closed = '2023-07-10';
    },
    score: 2,
    status: 'partial',
    failures: 1,
  },
  {
    name: 'a post that ends because its service point closed is no vacancy',
    change: (f) => {
      f.servicePoints[0]!.closed = '2023-06-30';
      vacate('d-cm-1', '2023-06-30', 'other')(f);
    },
    score: 4,
    status: 'notApplicable',
  },
  {
    name: 'a second customer manager who stays in post keeps the post held when the other leaves',
    change: (f) => {
      refill(f, '2018-06-01');
      vacate('d-cm-1', '2023-05-10')(f);
    },
    score: 4,
    status: 'pass',
    failures: 0,
  },
  {
    name: 'a co-holder who left before the vacancy does not refill it',
    change: (f) => {
      refill(f, '2018-06-01', { end: '2023-05-01', endReason: 'left' });
      vacate('d-cm-1', '2023-06-10')(f);
    },
    score: 2,
    status: 'partial',
    failures: 1,
  },
  {
    name: 'a transfer opens a vacancy like a departure',
    change: vacate('d-cm-1', '2023-04-30', 'transferred'),
    score: 2,
    status: 'partial',
    failures: 1,
  },
]);
