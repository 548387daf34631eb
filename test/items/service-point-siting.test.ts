import { describeItem, unchanged } from '../support/cases.js';
import type { Fixture } from '../support/station.js';

describeItem('service-point-siting', [
  { name: 'a point at an accepted venue passes', change: unchanged, score: 4, status: 'pass', records: ['sp-1'] },
  ...(
    ['red-boat-guangming-station', 'business-hall', 'party-mass-service-centre', 'convenience-service-centre'] as const
  ).map((venue) => ({
    name: `a point at a ${venue} passes`,
    change: (f: Fixture) => {
      f.servicePoints[0]!.venue = venue;
    },
    score: 4,
    status: 'pass' as const,
  })),
  {
    name: 'a point at another kind of venue fails',
    change: (f) => {
      f.servicePoints[0]!.venue = 'other';
    },
    score: 0,
    status: 'fail',
  },
  {
    name: 'a point with no venue recorded fails',
    change: (f) => {
      delete f.servicePoints[0]!.venue;
    },
    score: 0,
    status: 'fail',
  },
  {
    name: 'a cloud point passes without a venue',
    change: (f) => {
      delete f.servicePoints[0]!.venue;
      f.servicePoints[0]!.cloud = true;
    },
    score: 4,
    status: 'pass',
  },
  {
    name: 'one badly sited point among several fails the item',
    change: (f) => {
      f.servicePoints.push({ ...structuredClone(f.servicePoints[0]!), id: 'sp-2', name: '二号驿站', venue: 'other' });
    },
    score: 0,
    status: 'fail',
    records: ['sp-1', 'sp-2'],
  },
  {
    name: 'no service point at all fails',
    change: (f) => {
      f.servicePoints = [];
      f.duties = [];
    },
    score: 0,
    status: 'fail',
    records: [],
  },
  {
    name: 'a point closed before the period is not active, so none is',
    change: (f) => {
      f.servicePoints[0]!.closed = '2022-12-31';
    },
    score: 0,
    status: 'fail',
  },
  {
    name: 'a badly sited point closed before the period does not count against it',
    change: (f) => {
      f.servicePoints.push({
        id: 'sp-old',
        name: '旧站点',
        venue: 'other',
        opened: '2015-01-01',
        closed: '2022-06-30',
      });
    },
    score: 4,
    status: 'pass',
    records: ['sp-1'],
  },
  {
    name: 'a point opened mid-year is active',
    change: (f) => {
      f.servicePoints[0]!.opened = '2023-07-01';
    },
    score: 4,
    status: 'pass',
  },
  {
    name: 'a point opened after the period is not active',
    change: (f) => {
      f.servicePoints[0]!.opened = '2024-02-01';
    },
    score: 0,
    status: 'fail',
  },
]);
