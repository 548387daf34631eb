import { beforeAll, describe, expect, it } from 'vitest';
import { diffResults } from '../../src/report/diff.js';
import { summarizeBatch } from '../../src/report/summary.js';
import type { EvaluationResult } from '../../src/result/schema.js';
import { exampleResult, withItems } from './support.js';

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
    // One station lost each: more points lost first (5, then 4 in item order, then 3).
    expect(summary.mostLost.map((i) => i.id)).toEqual([
      'no-service-complaints',
      'monthly-liaison',
      'demand-ledger-handover',
      'supervisor-monthly-report',
      'staffing',
    ]);
  });

  it('keeps expert items merely awaiting assessment apart from points actually lost', () => {
    const summary = summarizeBatch([lapses, compliant, compliant]);
    expect(summary.mostLost.map((i) => i.id)).not.toContain('recognition');
    expect(summary.pending.map((i) => [i.id, i.pendingBy, i.lostBy])).toEqual([
      ['recognition', 3, 0],
      ['innovation', 3, 0],
    ]);
    expect(summary.items.find((i) => i.id === 'innovation')).toMatchObject({ passed: 0, meanLost: 0 });
  });

  it('counts an assessed expert item that got less than its maximum as lost', () => {
    const assessed = withItems(compliant, { innovation: { score: 2.5, status: 'partial' } });
    const summary = summarizeBatch([assessed, compliant]);
    expect(summary.items.find((i) => i.id === 'innovation')).toMatchObject({ lostBy: 1, pendingBy: 1, meanLost: 1.25 });
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
