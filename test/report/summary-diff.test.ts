import { beforeAll, describe, expect, it } from 'vitest';
import { diffResults } from '../../src/report/diff.js';
import { summarizeBatch } from '../../src/report/summary.js';
import type { EvaluationResult } from '../../src/result/schema.js';
import { exampleResult } from './support.js';

let lapses: EvaluationResult;
let compliant: EvaluationResult;

beforeAll(async () => {
  lapses = await exampleResult('station-with-lapses');
  compliant = await exampleResult('compliant-station');
});

describe('summarizeBatch', () => {
  it('counts every grade, best first, including grades nobody got', () => {
    const summary = summarizeBatch([lapses, compliant, compliant]);
    expect(summary.grades.map((g) => [g.id, g.count])).toEqual([
      ['excellent', 2],
      ['qualified', 1],
      ['unqualified', 0],
    ]);
  });

  it('gives the mean and population standard deviation of totals', () => {
    const summary = summarizeBatch([lapses, compliant]);
    expect(summary.totals).toEqual({ mean: 86.5, standardDeviation: 13.5, min: 73, max: 100 });
  });

  it('gives the pass rate of every item and the items most often lost first', () => {
    const summary = summarizeBatch([lapses, compliant, compliant]);
    expect(summary.items.find((i) => i.id === 'monthly-liaison')).toMatchObject({ passed: 2, stations: 3, lostBy: 1 });
    expect(summary.mostLost.slice(0, 2).map((i) => i.id)).toEqual(['recognition', 'innovation']);
    expect(summary.mostLost[2]?.id).toBe('no-service-complaints');
  });

  it('has no totals for an empty batch', () => {
    expect(summarizeBatch([]).totals).toBeNull();
  });
});

describe('diffResults', () => {
  it('names items that rose, fell and stayed', () => {
    const diff = diffResults(lapses, compliant);
    const change = (id: string) => diff.items.find((i) => i.id === id);
    expect(change('monthly-liaison')).toMatchObject({ before: 0, after: 4, change: 'rose', delta: 4 });
    expect(change('service-point-siting')).toMatchObject({ change: 'unchanged', delta: 0 });
    expect(diffResults(compliant, lapses).items.find((i) => i.id === 'staffing')).toMatchObject({
      change: 'fell',
      delta: -3,
    });
    expect(diff.sameRuleset).toBe(true);
  });

  it('lists items only one result has as added or removed', () => {
    const fewer = { ...compliant, items: compliant.items.filter((i) => i.id !== 'innovation') };
    expect(diffResults(fewer, compliant).items.find((i) => i.id === 'innovation')?.change).toBe('added');
    expect(diffResults(compliant, fewer).items.find((i) => i.id === 'innovation')?.change).toBe('removed');
  });

  it('tells when the rulesets differ', () => {
    const other = { ...compliant, ruleset: { ...compliant.ruleset, hash: 'sha256:other' } };
    expect(diffResults(lapses, other).sameRuleset).toBe(false);
  });
});
