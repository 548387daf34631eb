import { beforeAll, describe, expect, it } from 'vitest';
import { coverageHeatmap } from '../../src/report/heatmap.js';
import type { EvaluationResult, TraceNode } from '../../src/result/schema.js';
import { exampleResult } from './support.js';

let lapses: EvaluationResult;

beforeAll(async () => {
  lapses = await exampleResult('station-with-lapses');
});

const rowOf = (result: EvaluationResult, id: string) => coverageHeatmap(result).rows.filter((r) => r.itemId === id);

describe('coverageHeatmap', () => {
  it('has one column per month of the period', () => {
    expect(coverageHeatmap(lapses).months).toEqual(
      Array.from({ length: 12 }, (_, i) => `2023-${String(i + 1).padStart(2, '0')}`),
    );
  });

  it('has a row for every monthly, quarterly and half-yearly obligation and none for other items', () => {
    const ids = new Set(coverageHeatmap(lapses).rows.map((r) => r.itemId));
    expect(ids).toContain('monthly-liaison');
    expect(ids).toContain('usage-publicity');
    expect(ids).toContain('risk-identification');
    expect(ids).not.toContain('staffing');
    expect(ids).not.toContain('recognition');
  });

  it('marks the missing month of a monthly item and the others met', () => {
    const [row] = rowOf(lapses, 'monthly-liaison');
    expect(row?.per).toBe('month');
    expect(row?.cells[7]).toBe('missing');
    expect(row?.cells.filter((c) => c === 'met')).toHaveLength(11);
  });

  it('gives an item with two periodic obligations two rows', () => {
    const rows = rowOf(lapses, 'service-disclosure');
    expect(rows.map((r) => r.per)).toEqual(['month', 'quarter']);
    expect(rows.every((r) => r.oneOfSeveral)).toBe(true);
  });

  it('marks months of a bucket that is not wholly inside the period as not required', () => {
    const partial: EvaluationResult = { ...lapses, period: { ...lapses.period, start: '2023-02-15' } };
    expect(coverageHeatmap(partial).months[0]).toBe('2023-02');
    const [quarterly] = rowOf(partial, 'usage-publicity');
    expect(quarterly?.cells.slice(0, 2)).toEqual(['notRequired', 'notRequired']);
    expect(quarterly?.cells[2]).toBe('met');
    const [half] = rowOf(partial, 'risk-identification');
    expect(half?.cells.slice(0, 5).every((c) => c === 'notRequired')).toBe(true);
    expect(half?.cells[5]).toBe('met');
  });

  it('uses the required and missing buckets when a trace carries the whole coverage value', () => {
    const leaf: TraceNode = {
      kind: 'leaf',
      fact: 'coverage',
      params: { kind: 'customerVisits', per: 'quarter' },
      operator: 'isEmpty',
      expected: true,
      actual: { required: ['2023-Q3', '2023-Q4@sp-1'], met: ['2023-Q3'], missing: ['2023-Q4@sp-1'] },
      result: false,
    };
    const result: EvaluationResult = {
      ...lapses,
      items: lapses.items.map((i) =>
        i.id === 'customer-visits' ? { ...i, conditions: { kind: 'all', result: false, children: [leaf] } } : i,
      ),
    };
    const [row] = rowOf(result, 'customer-visits');
    expect(row?.cells).toEqual([...Array(6).fill('notRequired'), 'met', 'met', 'met', 'missing', 'missing', 'missing']);
  });
});
