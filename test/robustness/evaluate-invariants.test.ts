/**
 * Property tests of evaluation over arbitrary VALID station-years: it never throws, every item
 * stays within [0, max], totals stay within the ruleset's bounds, the grade matches the total,
 * and the result is byte-identical when every list in the facts is shuffled.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateSync } from '../../src/engine/evaluate.js';
import { parseFacts } from '../../src/facts/parse.js';
import type { EvaluationResult } from '../../src/result/schema.js';
import { baseRuleset } from '../../src/ruleset/base.js';
import type { Ruleset } from '../../src/ruleset/finalize.js';
import { FUZZ_TIMEOUT, fuzzParameters, shuffleEveryList } from './support/fuzz.js';
import { stationYear } from './support/station-years.js';

const RUNS = 10_000;

function expectedGrade(total: number, ruleset: Ruleset): string {
  const band = ruleset.grades.find((g) => g.min === null || total >= g.min);
  return (band ?? ruleset.grades[ruleset.grades.length - 1])?.id ?? 'none';
}

/** Every broken invariant of one result (checked in plain code: 10 000 runs × 28 items). */
function brokenInvariants(result: EvaluationResult, ruleset: Ruleset): string[] {
  const broken: string[] = [];
  for (const item of result.items) {
    if (!(item.score >= 0 && item.score <= item.max)) broken.push(`${item.id}: ${item.score} outside [0, ${item.max}]`);
  }
  if (!(result.base >= 0 && result.base <= result.max.base)) broken.push(`base ${result.base} out of bounds`);
  if (!(result.bonus >= 0 && result.bonus <= result.max.bonus)) broken.push(`bonus ${result.bonus} out of bounds`);
  if (result.total !== result.base + result.bonus) broken.push(`total ${result.total} is not base + bonus`);
  const itemSum = result.items.reduce((n, i) => n + i.score, 0);
  if (itemSum !== result.total) broken.push(`items add up to ${itemSum}, total is ${result.total}`);
  if (result.max.total !== ruleset.parts.reduce((n, p) => n + p.points, 0)) broken.push('max.total');
  const grade = expectedGrade(result.total, ruleset);
  if (result.grade !== grade) broken.push(`grade ${result.grade} for total ${result.total}, expected ${grade}`);
  return broken;
}

describe('evaluating arbitrary valid station-years', () => {
  it(
    `never throws, keeps every score in bounds, grades by the total and ignores record order (${RUNS} runs)`,
    () => {
      const ruleset = baseRuleset();
      fc.assert(
        fc.property(stationYear(), fc.integer(), (input, seed) => {
          const parsed = parseFacts(input);
          if (!parsed.ok) throw new Error(`the arbitrary made invalid facts: ${JSON.stringify(parsed.issues)}`);
          const result = evaluateSync(parsed.value, { ruleset });
          expect(brokenInvariants(result, ruleset)).toEqual([]);
          const reordered = parseFacts(shuffleEveryList(input, seed));
          if (!reordered.ok) throw new Error('shuffling made the facts invalid');
          expect(JSON.stringify(evaluateSync(reordered.value, { ruleset }))).toBe(JSON.stringify(result));
        }),
        fuzzParameters(RUNS),
      );
    },
    FUZZ_TIMEOUT,
  );
});
