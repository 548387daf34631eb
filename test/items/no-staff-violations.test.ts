import { describeItem } from '../support/cases.js';
import { incidentCases } from '../support/incident-cases.js';

describeItem('no-staff-violations', incidentCases('staff-violation', 'service-complaint'));
