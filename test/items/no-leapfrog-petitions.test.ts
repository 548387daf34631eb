import { describeItem } from '../support/cases.js';
import { incidentCases } from '../support/incident-cases.js';

describeItem('no-leapfrog-petitions', incidentCases('leapfrog-petition', 'staff-violation'));
