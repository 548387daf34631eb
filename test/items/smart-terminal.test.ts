import { describeItem, unchanged, withoutServicePoints } from '../support/cases.js';
import type { Fixture } from '../support/station.js';

const addPoint = (f: Fixture, point: Partial<Fixture['servicePoints'][number]>) => {
  f.servicePoints.push({ ...structuredClone(f.servicePoints[0]!), id: 'sp-2', name: '二号驿站', ...point });
};

describeItem('smart-terminal', [
  {
    name: 'a station with no active service point fails (nothing was set up)',
    change: withoutServicePoints,
    score: 0,
    status: 'fail',
  },
  {
    name: 'a terminal offering consultation, query and bill payment passes',
    change: unchanged,
    score: 4,
    status: 'pass',
    records: ['sp-1'],
  },
  ...(['consultation', 'query', 'bill-payment'] as const).map((service) => ({
    name: `a terminal without ${service} fails`,
    change: (f: Fixture) => {
      f.servicePoints[0]!.terminal = {
        services: ['consultation', 'query', 'bill-payment', 'other'].filter((s) => s !== service) as ['other'],
      };
    },
    score: 0,
    status: 'fail' as const,
  })),
  {
    name: 'a point with no terminal fails',
    change: (f) => {
      delete f.servicePoints[0]!.terminal;
    },
    score: 0,
    status: 'fail',
  },
  {
    name: 'extra services do not matter',
    change: (f) => {
      f.servicePoints[0]!.terminal = { services: ['other', 'bill-payment', 'query', 'consultation'] };
    },
    score: 4,
    status: 'pass',
  },
  {
    name: 'a cloud point needs a terminal too',
    change: (f) => addPoint(f, { cloud: true, terminal: { services: [] } }),
    score: 0,
    status: 'fail',
    records: ['sp-1', 'sp-2'],
  },
  {
    name: 'a cloud point with a full terminal passes',
    change: (f) => addPoint(f, { cloud: true }),
    score: 4,
    status: 'pass',
    records: ['sp-1', 'sp-2'],
  },
  {
    name: 'a point closed before the period is not checked',
    change: (f) => addPoint(f, { opened: '2015-01-01', closed: '2022-12-31', terminal: { services: [] } }),
    score: 4,
    status: 'pass',
    records: ['sp-1'],
  },
  {
    name: 'a point closed during the period is still checked',
    change: (f) => addPoint(f, { opened: '2015-01-01', closed: '2023-01-01', terminal: { services: [] } }),
    score: 0,
    status: 'fail',
  },
]);
