/** Properties of variants: one that changes nothing is the base, in hash and in scores. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { baseRuleset } from '../../src/ruleset/base.js';
import { loadRulesetOrThrow } from '../../src/ruleset/load.js';
import { arbitraryFacts } from '../support/perturb.js';
import { evaluateInput } from '../support/station.js';
import { baseDoc, variant } from '../support/variants.js';

const base = baseDoc();
const OVERRIDABLE = ['points', 'title', 'requirement', 'check', 'advice', 'scoring', 'conditions', 'applicability'];
type Entry = Record<string, unknown> & { id: string };

/** A variant whose every statement restates what the base already says. */
const noopVariant = fc
  .record({
    params: fc.subarray(Object.keys(base.params as object)),
    items: fc.subarray(base.items.map((i) => i.id)),
    fields: fc.subarray(OVERRIDABLE, { minLength: 1 }),
    sections: fc.subarray((base.sections as Entry[]).map((s) => s.id)),
    parts: fc.subarray((base.parts as Entry[]).map((p) => p.id)),
    grades: fc.subarray(['excellent', 'qualified', 'unqualified']),
  })
  .map((pick) => {
    const params = base.params as Record<string, unknown>;
    const restate = (list: Entry[], ids: string[]) => list.filter((e) => ids.includes(e.id)).map((e) => ({ ...e }));
    const override: Record<string, Record<string, unknown>> = {};
    for (const id of pick.items) {
      const item = base.items.find((i) => i.id === id) as Record<string, unknown>;
      override[id] = Object.fromEntries(pick.fields.filter((f) => item[f] !== undefined).map((f) => [f, item[f]]));
    }
    return variant({
      params: Object.fromEntries(pick.params.map((name) => [name, params[name]])),
      override,
      sections: restate(base.sections as Entry[], pick.sections),
      parts: restate(base.parts as Entry[], pick.parts),
      grades: restate(base.grades as Entry[], pick.grades),
      remove: [],
      add: [],
    });
  });

describe('a variant that changes nothing', () => {
  it('has the hash of the base', () => {
    fc.assert(
      fc.property(noopVariant, (doc) => {
        expect(loadRulesetOrThrow([base, doc]).hash).toBe(baseRuleset().hash);
      }),
      { numRuns: 40 },
    );
  });

  it('gives every station the scores of the base', () => {
    fc.assert(
      fc.property(noopVariant, arbitraryFacts, (doc, facts) => {
        const expected = evaluateInput(facts);
        const actual = evaluateInput(facts, loadRulesetOrThrow([base, doc]));
        expect(actual.items.map((i) => [i.id, i.score, i.status, i.missing])).toEqual(
          expected.items.map((i) => [i.id, i.score, i.status, i.missing]),
        );
        expect([actual.base, actual.bonus, actual.total, actual.grade]).toEqual([
          expected.base,
          expected.bonus,
          expected.total,
          expected.grade,
        ]);
      }),
      { numRuns: 25 },
    );
  });
});
