import { describeItem, unchanged, withoutServicePoints } from '../support/cases.js';
import type { Fixture } from '../support/station.js';

type Facility = NonNullable<Fixture['servicePoints'][number]['facilities']>[number];
type Kind = Facility['kind'];

const facilitiesOf = (f: Fixture): Facility[] => f.servicePoints[0]!.facilities ?? [];

const setQuantity = (kind: Kind, quantity: number) => (f: Fixture) => {
  const others = facilitiesOf(f).filter((x) => x.kind !== kind);
  f.servicePoints[0]!.facilities = quantity >= 0 ? [...others, { kind, quantity }] : others;
};

const REQUIRED: Kind[] = ['door-plate', 'business-cards', 'leaflets', 'desk-and-chairs', 'smart-terminal'];
const OPTIONAL: Kind[] = [
  'table-plate',
  'wall-posters',
  'service-record-book',
  'inspection-record-book',
  'customer-opinion-book',
  'waiting-area',
  'first-aid-kit',
  'poster-screen',
];

describeItem('facilities', [
  {
    name: 'a station with no active service point fails (nothing was set up)',
    change: withoutServicePoints,
    score: 0,
    status: 'fail',
  },
  { name: 'every required facility at its minimum passes', change: unchanged, score: 2, status: 'pass' },
  ...REQUIRED.map((kind) => ({
    name: `a point without ${kind} fails`,
    change: setQuantity(kind, -1),
    score: 0,
    status: 'fail' as const,
  })),
  ...REQUIRED.map((kind) => ({
    name: `a point with ${kind} at quantity 0 fails`,
    change: setQuantity(kind, 0),
    score: 0,
    status: 'fail' as const,
  })),
  {
    name: 'quantities of one kind listed twice add up',
    change: (f) => {
      f.servicePoints[0]!.facilities = [
        ...facilitiesOf(f).filter((x) => x.kind !== 'leaflets'),
        { kind: 'leaflets', quantity: 0 },
        { kind: 'leaflets', quantity: 1 },
      ];
    },
    score: 2,
    status: 'pass',
  },
  {
    name: 'more than the minimum passes',
    change: setQuantity('leaflets', 200),
    score: 2,
    status: 'pass',
  },
  {
    name: 'optional facilities (选设) are never required, even listed at quantity 0',
    change: (f) => {
      f.servicePoints[0]!.facilities = [...facilitiesOf(f), ...OPTIONAL.map((kind) => ({ kind, quantity: 0 }))];
    },
    score: 2,
    status: 'pass',
  },
  {
    name: 'a second point lacking a required facility fails the item',
    change: (f) => {
      f.servicePoints.push({
        ...structuredClone(f.servicePoints[0]!),
        id: 'sp-2',
        name: '二号驿站',
        facilities: facilitiesOf(f).filter((x) => x.kind !== 'door-plate'),
      });
    },
    score: 0,
    status: 'fail',
    records: ['sp-1', 'sp-2'],
  },
]);
