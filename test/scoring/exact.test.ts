/**
 * Scores are exact decimals: point values, deductions, floors, thresholds and assessed scores
 * have at most four decimal places (more is refused where it was written), and every score of a
 * result (item, part, base, bonus, total, maxima) is the exact decimal sum, never
 * `0.30000000000000004`.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseReview, parseReviewOrThrow } from '../../src/assess/parse.js';
import { evaluateSync } from '../../src/engine/evaluate.js';
import type { EvaluationResult } from '../../src/result/schema.js';
import { baseRulesetDocument } from '../../src/ruleset/base.js';
import { loadRuleset, loadRulesetOrThrow } from '../../src/ruleset/load.js';
import {
  deductedScore,
  hasScoreDecimals,
  meanScore,
  SCORE_DECIMALS,
  ScoreSum,
  standardDeviationOfScores,
  sumScores,
} from '../../src/scoring/exact.js';
import { fuzzParameters } from '../robustness/support/fuzz.js';
import { arbitraryFacts } from '../support/perturb.js';
import { parsed } from '../support/station.js';
import { variant } from '../support/variants.js';

/** A decimal string in exact units of 10^-4 (the test's own arithmetic, in BigInt). */
function units(value: number): bigint {
  const text = String(value);
  expect(text, 'a score in exponent notation').not.toMatch(/e/i);
  const [whole, fraction = ''] = text.replace('-', '').split('.');
  expect(fraction.length, `${text} has more than ${SCORE_DECIMALS} decimals`).toBeLessThanOrEqual(SCORE_DECIMALS);
  const magnitude = BigInt(whole as string) * 10_000n + BigInt(fraction.padEnd(SCORE_DECIMALS, '0'));
  return text.startsWith('-') ? -magnitude : magnitude;
}

const decimal = (min: number, max: number) =>
  fc.integer({ min: Math.round(min * 10_000), max: Math.round(max * 10_000) }).map((n) => n / 10_000);

describe('exact score arithmetic', () => {
  it('adds and deducts decimals exactly', () => {
    expect(sumScores([0.1, 0.2])).toBe(0.3);
    expect(sumScores([1.1, 2.2, 3.3])).toBe(6.6);
    expect(deductedScore(1, 0.1, 3, 0)).toBe(0.7);
    expect(deductedScore(0.3, 0.1, 1, null)).toBe(0.2);
    expect(deductedScore(6, 3, 5, 0)).toBe(0);
    expect(deductedScore(6, 3, 5, null)).toBe(-9);
    const sum = new ScoreSum();
    for (const score of [0.1, 0.2, 0.7]) sum.add(score);
    expect(sum.value).toBe(1);
  });

  it.each([
    [2.5, true],
    [0.0001, true],
    [1234.5678, true],
    [-0.3, true],
    [0.00001, false],
    [0.1 + 0.2, false],
    [1e-7, false],
    [Number.NaN, false],
  ])('%s has at most four decimals: %s', (value, expected) => {
    expect(hasScoreDecimals(value)).toBe(expected);
  });
});

describe('the mean of scores', () => {
  it('divides the exact sum once, to the nearest 10^-4', () => {
    expect(meanScore([73, 100])).toBe(86.5);
    expect(meanScore([0.1, 0.2])).toBe(0.15);
    expect(meanScore([90, 90, 91])).toBe(90.3333);
    expect(meanScore([90, 90, 92])).toBe(90.6667);
    expect(meanScore([])).toBeNull();
  });

  it('is the same in any order, has at most four decimals, and lies between the lowest and highest', () => {
    fc.assert(
      fc.property(fc.array(decimal(-50, 110), { minLength: 1, maxLength: 40 }), (scores) => {
        const mean = meanScore(scores) as number;
        expect(meanScore([...scores].reverse())).toBe(mean);
        expect(hasScoreDecimals(mean)).toBe(true);
        expect(mean).toBeGreaterThanOrEqual(Math.min(...scores));
        expect(mean).toBeLessThanOrEqual(Math.max(...scores));
        const exact = scores.reduce((sum, score) => sum + units(score), 0n);
        const count = BigInt(scores.length);
        expect(units(mean) * count - exact <= count && exact - units(mean) * count <= count).toBe(true);
      }),
    );
  });
});

describe('the standard deviation of scores', () => {
  it('is the population standard deviation to the nearest 10^-4, never a long binary fraction', () => {
    expect(standardDeviationOfScores([73, 100])).toBe(13.5);
    expect(standardDeviationOfScores([90, 90, 91])).toBe(0.4714);
    expect(standardDeviationOfScores([0.1, 0.2, 0.3])).toBe(0.0816);
    expect(standardDeviationOfScores([80])).toBe(0);
    expect(standardDeviationOfScores([])).toBeNull();
  });

  it('is the same in any order, has at most four decimals, and is within 10^-4 of the textbook formula', () => {
    fc.assert(
      fc.property(fc.array(decimal(-50, 110), { minLength: 1, maxLength: 40 }), (scores) => {
        const deviation = standardDeviationOfScores(scores) as number;
        expect(standardDeviationOfScores([...scores].reverse())).toBe(deviation);
        expect(hasScoreDecimals(deviation)).toBe(true);
        const mean = scores.reduce((sum, score) => sum + score, 0) / scores.length;
        const textbook = Math.sqrt(scores.reduce((sum, score) => sum + (score - mean) ** 2, 0) / scores.length);
        expect(Math.abs(deviation - textbook)).toBeLessThanOrEqual(0.00005 + 1e-9);
      }),
    );
  });
});

describe('too many decimals', () => {
  it('are refused in a ruleset where they were written: points, deduction, floor, totals, threshold', () => {
    const loaded = loadRuleset(
      [
        variant({
          override: {
            staffing: { points: 6.00001 },
            'staff-adjustment': {
              scoring: {
                mode: 'deduct-per-failure',
                deduct: 0.33333,
                floor: 0.123456,
                failures: 'failed-conditions',
              },
            },
          },
          sections: [{ id: 'A1.2', points: 20.00001 }],
          grades: [{ id: 'excellent', min: 89.99999 }],
        }),
      ],
      { files: ['city.json'] },
    );
    expect(loaded.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['too-many-decimals', 'override.staffing.points'],
      ['too-many-decimals', 'override.staff-adjustment.scoring.deduct'],
      ['too-many-decimals', 'override.staff-adjustment.scoring.floor'],
      ['too-many-decimals', 'grades.0.min'],
      ['too-many-decimals', 'sections.0.points'],
    ]);
    expect(loaded.issues[0]?.message.en).toBe('Score 6.00001 has more than 4 decimal places');
  });

  it('are refused in an assessed score', () => {
    const review = { assessments: [{ itemId: 'innovation', score: 2.00001, assessor: '专家组', date: '2024-01-15' }] };
    expect(parseReview(review).issues.map((i) => [i.code, i.path])).toEqual([
      ['too-many-decimals', ['assessments', 0, 'score']],
    ]);
  });
});

const document = baseRulesetDocument();
const deducting = document.items.filter((item) => item.scoring.mode.startsWith('deduct-per'));

/** A variant with decimal points and deductions, and totals that are their exact sums. */
const decimalVariant = fc
  .record({
    points: fc.array(decimal(0.0001, 20), { minLength: document.items.length, maxLength: document.items.length }),
    deducts: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), {
      minLength: deducting.length,
      maxLength: deducting.length,
    }),
  })
  .map(({ points, deducts }) => {
    const override: Record<string, unknown> = {};
    const sectionUnits = new Map<string, bigint>();
    document.items.forEach((item, i) => {
      const itemPoints = points[i] as number;
      const patch: Record<string, unknown> = { points: itemPoints };
      const d = deducting.indexOf(item);
      if (d !== -1) {
        const deduct = Math.round((deducts[d] as number) * itemPoints * 10_000) / 10_000;
        patch.scoring = { ...item.scoring, deduct, floor: Math.round(deduct * 3333) / 10_000 };
      }
      override[item.id] = patch;
      sectionUnits.set(item.section, (sectionUnits.get(item.section) ?? 0n) + units(itemPoints));
    });
    const toNumber = (u: bigint) => Number(u) / 10_000;
    const partUnits = new Map<string, bigint>();
    for (const section of document.sections)
      partUnits.set(section.part, (partUnits.get(section.part) ?? 0n) + (sectionUnits.get(section.id) ?? 0n));
    return variant({
      override,
      sections: document.sections.map((s) => ({ id: s.id, points: toNumber(sectionUnits.get(s.id) ?? 0n) })),
      parts: document.parts.map((p) => ({ id: p.id, points: toNumber(partUnits.get(p.id) ?? 0n) })),
    });
  });

function expectExactSums(result: EvaluationResult): void {
  const sum = (scores: number[]) => scores.reduce((n, s) => n + units(s), 0n);
  for (const item of result.items) {
    units(item.score);
    units(item.max);
  }
  for (const part of result.parts) {
    expect(units(part.score)).toBe(sum(result.items.filter((i) => i.part === part.id).map((i) => i.score)));
    units(part.max);
  }
  const bonusParts = new Set(result.parts.filter((p) => p.kind === 'bonus').map((p) => p.id));
  expect(units(result.bonus)).toBe(sum(result.items.filter((i) => bonusParts.has(i.part)).map((i) => i.score)));
  expect(units(result.base)).toBe(sum(result.items.filter((i) => !bonusParts.has(i.part)).map((i) => i.score)));
  expect(units(result.total)).toBe(units(result.base) + units(result.bonus));
  expect(units(result.max.total)).toBe(units(result.max.base) + units(result.max.bonus));
}

describe('every score of a result', () => {
  it('has at most four decimals and is the exact decimal sum, with decimal points, deductions and assessments', () => {
    fc.assert(
      fc.property(
        decimalVariant,
        arbitraryFacts,
        fc.subarray(document.items.map((i) => i.id)),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 28, maxLength: 28 }),
        (doc, facts, assessed, fractions) => {
          const ruleset = loadRulesetOrThrow([doc]);
          const assessments = assessed.map((itemId, i) => {
            const max = ruleset.items.find((item) => item.id === itemId)?.points ?? 0;
            const score = Math.floor((fractions[i] as number) * max * 10_000) / 10_000;
            return { itemId, score, assessor: '专家组', date: '2024-01-15', justification: '现场核实' };
          });
          const review = parseReviewOrThrow({ assessments });
          const result = evaluateSync(parsed(facts), { ruleset, review });
          expectExactSums(result);
          for (const item of result.items.filter((i) => i.assessment === null && i.failures !== null)) {
            const resolved = ruleset.items.find((r) => r.id === item.id);
            const scoring = resolved?.scoring as { deduct: number; floor: number | null };
            const raw = units(item.max) - units(scoring.deduct) * BigInt(item.failures as number);
            const floor = scoring.floor === null ? raw : units(scoring.floor);
            if (item.status !== 'notApplicable') expect(units(item.score)).toBe(raw > floor ? raw : floor);
          }
        },
      ),
      fuzzParameters(40),
    );
  });
});
