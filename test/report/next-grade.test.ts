import { beforeAll, describe, expect, it } from 'vitest';
import { pathToNextGrade } from '../../src/report/next-grade.js';
import type { EvaluationResult, ItemResult } from '../../src/result/schema.js';
import { baseRuleset } from '../../src/ruleset/base.js';
import { exampleResult, withItems } from './support.js';

const grades = baseRuleset().grades;
let lapses: EvaluationResult;
let compliant: EvaluationResult;

beforeAll(async () => {
  lapses = await exampleResult('station-with-lapses');
  compliant = await exampleResult('compliant-station');
});

/** A result where only the named items lost points (all others full), with the given total. */
function losing(lost: Record<string, number>, total: number, grade: EvaluationResult['grade']): EvaluationResult {
  const changes: Record<string, Partial<ItemResult>> = Object.fromEntries(
    compliant.items.map((i) => [i.id, { score: i.max, status: 'pass' as const }]),
  );
  for (const [id, points] of Object.entries(lost)) {
    const item = compliant.items.find((i) => i.id === id);
    if (!item) throw new Error(`no item ${id}`);
    changes[id] = { score: item.max - points, status: 'fail' as const };
  }
  return withItems(compliant, changes, { total, grade });
}

describe('pathToNextGrade', () => {
  it('computes gaps and lost points exactly with decimal scores (no 0.30000000000000004)', () => {
    const result = withItems(
      compliant,
      { recognition: { score: 4.9, status: 'partial' }, innovation: { score: 4.8, status: 'partial' } },
      { total: 89.7, grade: 'qualified' },
    );
    const path = pathToNextGrade(result, grades);
    expect(path.gap).toBe(0.3);
    expect(path.lost).toBe(0.3);
    expect(path.items.map((i) => [i.id, i.lost])).toEqual([
      ['recognition', 0.1],
      ['innovation', 0.2],
    ]);
    expect(path.recovered).toBe(0.3);
  });

  it('finds the fewest items that lift the lapses example (73) to Excellent (90)', () => {
    const path = pathToNextGrade(lapses, grades);
    expect(path.next?.id).toBe('excellent');
    expect(path.gap).toBe(17);
    expect(path.reachable).toBe(true);
    expect(path.items).toHaveLength(4);
    expect(path.recovered).toBeGreaterThanOrEqual(17);
    const fewerCanReach = lapses.items
      .map((i) => i.max - i.score)
      .sort((a, b) => b - a)
      .slice(0, 3)
      .reduce((n, p) => n + p, 0);
    expect(fewerCanReach).toBeLessThan(17);
  });

  it('among sets of the fewest items, recovers the fewest points', () => {
    // Gap 5: one item of 5 beats one of 6 (both one item); two items are never chosen.
    const result = losing(
      { 'monthly-liaison': 4, staffing: 6, 'no-service-complaints': 5, 'usage-publicity': 4 },
      85,
      'qualified',
    );
    const path = pathToNextGrade(result, grades);
    expect(path.items.map((i) => i.id)).toEqual(['no-service-complaints']);
    expect(path.recovered).toBe(5);
  });

  it('prefers two items over three even when three would recover fewer points', () => {
    // Gap 8: 4 + 4 (two items, 8 points) beats 3 + 3 + 2 (three items, 8 points) and 6 + 4 is 10.
    const result = losing(
      { 'monthly-liaison': 4, 'usage-publicity': 4, 'customer-visits': 3, 'risk-identification': 3, facilities: 2 },
      82,
      'qualified',
    );
    const path = pathToNextGrade(result, grades);
    expect(path.items.map((i) => i.id).sort()).toEqual(['monthly-liaison', 'usage-publicity']);
  });

  it('counts half points exactly', () => {
    const result = losing({ staffing: 1.5, 'monthly-liaison': 4 }, 88.5, 'qualified');
    const path = pathToNextGrade(result, grades);
    expect(path.gap).toBe(1.5);
    expect(path.items.map((i) => i.id)).toEqual(['staffing']);
  });

  it('has no next grade for a result already in the top band', () => {
    const path = pathToNextGrade(compliant, grades);
    expect(path.next).toBeNull();
    expect(path.items).toEqual([]);
  });

  it('says when the next band is out of reach', () => {
    const result = losing({ 'monthly-liaison': 4 }, 50, 'unqualified');
    const path = pathToNextGrade(result, grades);
    expect(path.next?.id).toBe('qualified');
    expect(path.gap).toBe(10);
    expect(path.reachable).toBe(false);
    expect(path.lost).toBe(4);
  });

  it('reads the thresholds from the grade bands given', () => {
    const strict = grades.map((g) => (g.id === 'excellent' ? { ...g, min: 95 } : g));
    expect(pathToNextGrade(lapses, strict).gap).toBe(22);
  });
});
