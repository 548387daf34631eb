import { describeExpertItem } from '../support/expert-cases.js';

describeExpertItem('innovation');
