/**
 * What was checked is what is evaluated: parsed facts, parsed reviews and loaded rulesets are
 * deeply frozen, so changing them afterwards fails where it is attempted and can never crash an
 * evaluation or change a score. Inputs are left as they were.
 */
import { describe, expect, it } from 'vitest';
import { parseReviewOrThrow } from '../../src/assess/parse.js';
import { evaluateSync } from '../../src/engine/evaluate.js';
import { parseFactsOrThrow } from '../../src/facts/parse.js';
import { baseRuleset, baseRulesetDocument } from '../../src/ruleset/base.js';
import { loadRulesetOrThrow } from '../../src/ruleset/load.js';
import { compliantFacts } from '../support/station.js';

type Loose = Record<string, unknown> & { push: (...items: unknown[]) => number };

describe('parsed values are frozen', () => {
  it('a record pushed into parsed facts is refused, and evaluation is unchanged', () => {
    const facts = parseFactsOrThrow(compliantFacts());
    const before = JSON.stringify(evaluateSync(facts));
    const liaisons = facts.records.liaisons as unknown as Loose;
    expect(() => liaisons.push({ id: 'late', date: 'garbage', demands: [] })).toThrow(TypeError);
    expect(() => {
      (facts.period as unknown as Loose).end = '2024-12-31';
    }).toThrow(TypeError);
    expect(JSON.stringify(evaluateSync(facts))).toBe(before);
  });

  it('a score set to NaN in a parsed review is refused, and the total stays a number', () => {
    const facts = parseFactsOrThrow(compliantFacts());
    const review = parseReviewOrThrow({
      assessments: [{ itemId: 'innovation', score: 3, assessor: '专家组', date: '2024-01-15' }],
    });
    expect(() => {
      (review.assessments[0] as unknown as Loose).score = Number.NaN;
    }).toThrow(TypeError);
    expect(() => (review.rejectedEvidence as unknown as Loose).push({ recordId: 'x' })).toThrow(TypeError);
    const result = evaluateSync(facts, { review });
    expect(result.items.find((i) => i.id === 'innovation')?.score).toBe(3);
    expect(Number.isFinite(result.total)).toBe(true);
  });

  it('a loaded ruleset cannot be changed: points, params, conditions, grades', () => {
    for (const ruleset of [baseRuleset(), loadRulesetOrThrow(baseRulesetDocument())]) {
      const item = ruleset.items[0] as unknown as Loose;
      expect(() => {
        item.points = 99;
      }).toThrow(TypeError);
      expect(() => {
        (ruleset.params as Loose).monthEndDays = 30;
      }).toThrow(TypeError);
      expect(() => {
        (ruleset.grades[0] as unknown as Loose).min = 0;
      }).toThrow(TypeError);
      expect(() => (ruleset.items as unknown as Loose).push(item)).toThrow(TypeError);
    }
  });

  it('a loaded ruleset shares nothing with its documents, and parsing freezes no input', () => {
    const conditions = {
      all: [
        {
          fact: 'incidents',
          params: { kinds: { $param: 'extraKinds' } },
          path: 'counted',
          operator: 'isEmpty',
          value: true,
        },
      ],
    };
    const variant = {
      id: 'city',
      version: '1.0.0',
      extends: { id: 'zj-clean-station', version: '^1.0.0' },
      params: { extraKinds: ['service-complaint'] },
      override: { 'no-staff-violations': { conditions } },
    };
    const ruleset = loadRulesetOrThrow([variant]);
    variant.params.extraKinds.push('leapfrog-petition');
    conditions.all[0] = { ...conditions.all[0], operator: 'notIn' } as (typeof conditions.all)[0];
    expect(ruleset.params.extraKinds).toEqual(['service-complaint']);
    const item = ruleset.items.find((i) => i.id === 'no-staff-violations');
    expect(JSON.stringify(item?.conditions)).toContain('"isEmpty"');
    const input = compliantFacts();
    parseFactsOrThrow(input);
    expect(Object.isFrozen(input) || Object.isFrozen(input.records) || Object.isFrozen(input.staff)).toBe(false);
  });
});
