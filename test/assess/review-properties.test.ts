/** Properties of assessments: an override never pushes an item outside [0, max]. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseReviewOrThrow } from '../../src/assess/parse.js';
import { evaluateSync } from '../../src/engine/evaluate.js';
import { InvalidInputError } from '../../src/issues/issue.js';
import { baseRuleset } from '../../src/ruleset/base.js';
import { arbitraryFacts } from '../support/perturb.js';
import { parsed } from '../support/station.js';

const items = baseRuleset().items;
const by = { assessor: '专家组', date: '2024-01-18', justification: '现场核实' };

const arbitraryItem = fc.constantFrom(...items);
/** A score of at most four decimal places (more is refused) in [min, max]. */
const score = (min: number, max: number) =>
  fc.integer({ min: Math.ceil(min * 10_000), max: Math.floor(max * 10_000) }).map((units) => units / 10_000);
const inRange = arbitraryItem.chain((item) =>
  fc.record({
    item: fc.constant(item),
    given: fc.oneof(
      fc.record({ verdict: fc.constantFrom('pass' as const, 'fail' as const) }),
      fc.record({ score: score(0, item.points) }),
    ),
  }),
);
const outOfRange = arbitraryItem.chain((item) =>
  fc.record({
    item: fc.constant(item),
    score: fc.oneof(score(-1000, -0.0001), score(item.points + 0.0001, 1000)),
  }),
);

describe('assessments', () => {
  it('keep every assessed item within [0, max] and the total within the maxima', () => {
    fc.assert(
      fc.property(inRange, arbitraryFacts, ({ item, given }, facts) => {
        const review = parseReviewOrThrow({ assessments: [{ itemId: item.id, ...given, ...by }] });
        const result = evaluateSync(parsed(facts), { review });
        const assessed = result.items.find((i) => i.id === item.id);
        expect(assessed?.score).toBeGreaterThanOrEqual(0);
        expect(assessed?.score).toBeLessThanOrEqual(item.points);
        expect(assessed?.assessment?.score).toBe(assessed?.score);
        expect(result.total).toBeLessThanOrEqual(result.max.total);
      }),
      { numRuns: 60 },
    );
  });

  it('refuse a score outside [0, max]', () => {
    fc.assert(
      fc.property(outOfRange, ({ item, score }) => {
        const review = parseReviewOrThrow({ assessments: [{ itemId: item.id, score, ...by }] });
        let codes: string[] = [];
        try {
          evaluateSync(
            parsed({ station: { id: 's', name: 'S' }, period: { start: '2023-01-01', end: '2023-12-31' } }),
            {
              review,
            },
          );
        } catch (error) {
          if (error instanceof InvalidInputError) codes = error.issues.map((i) => i.code);
        }
        expect(codes).toEqual(['score-out-of-range']);
      }),
      { numRuns: 60 },
    );
  });
});
