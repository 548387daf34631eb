/** The cases of the expert-judged bonus items (26, 28): scored only by an assessment. */
import { describe, expect, it } from 'vitest';
import { describeItem, unchanged } from './cases.js';
import { compliantFacts, evaluateInput } from './station.js';

const ASSESSOR = { assessor: '县公司纪委专家组', date: '2024-01-18', justification: '村民座谈会与上级书面评价' };

/** Describes an expert-judged item: pending without an assessment, scored by one. */
export function describeExpertItem(id: string): void {
  describeItem(id, [
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
    {
      name: 'an expert verdict of pass gives the full 5 points',
      change: unchanged,
      review: { assessments: [{ itemId: id, verdict: 'pass', ...ASSESSOR }] },
      score: 5,
      status: 'pass',
    },
    {
      name: 'an expert verdict of fail gives 0',
      change: unchanged,
      review: { assessments: [{ itemId: id, verdict: 'fail', ...ASSESSOR }] },
      score: 0,
      status: 'fail',
    },
    {
      name: 'an expert may give part of the points',
      change: unchanged,
      review: { assessments: [{ itemId: id, score: 2.5, ...ASSESSOR }] },
      score: 2.5,
      status: 'partial',
    },
  ]);

  describe(`${id} in the whole result`, () => {
    it('is listed as pending, adds nothing to the bonus, and keeps its maximum of 5', () => {
      const result = evaluateInput(compliantFacts());
      const item = result.items.find((i) => i.id === id);
      expect(result.pending).toContain(id);
      expect(result.bonus).toBe(0);
      expect(item).toMatchObject({ max: 5, part: 'B1', conditions: null });
    });
  });
}
