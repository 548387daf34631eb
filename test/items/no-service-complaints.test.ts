import { describeItem } from '../support/cases.js';
import { incidentCases, incidentOf } from '../support/incident-cases.js';

const add = incidentOf('service-complaint');

describeItem('no-service-complaints', [
  ...incidentCases('service-complaint', 'leapfrog-petition'),
  {
    name: 'a service event notified by State Grid counts here too',
    change: add('inc-1', '2023-06-01', { kind: 'state-grid-notified-event' }),
    score: 0,
    status: 'fail',
    failures: 1,
  },
  {
    name: 'a complaint and a State Grid notified event: floor 0',
    change: (f) => {
      add('inc-1', '2023-06-01')(f);
      add('inc-2', '2023-07-01', { kind: 'state-grid-notified-event' })(f);
    },
    score: 0,
    status: 'fail',
    failures: 2,
  },
]);
