import { describe, expect, it } from 'vitest';
import { describeItem, unchanged } from '../support/cases.js';
import { compliantFacts, evaluateInput } from '../support/station.js';

describeItem('innovation', [
  { name: 'an expert-judged item is not assessed and scores 0', change: unchanged, score: 0, status: 'notAssessed' },
  {
    name: 'records do not make an expert-judged item computable',
    change: (f) => {
      f.records.publicity = [];
      f.incidents.push({ id: 'inc-1', kind: 'service-complaint', date: '2023-05-01' });
    },
    score: 0,
    status: 'notAssessed',
    failures: null,
    records: [],
  },
]);

describe('innovation in the whole result', () => {
  it('is listed as pending, adds nothing to the bonus, and keeps its maximum of 5', () => {
    const result = evaluateInput(compliantFacts());
    const item = result.items.find((i) => i.id === 'innovation');
    expect(result.pending).toContain('innovation');
    expect(result.bonus).toBe(0);
    expect(item).toMatchObject({ max: 5, part: 'B1', conditions: null });
  });
});
