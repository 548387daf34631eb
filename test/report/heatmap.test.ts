import { beforeAll, describe, expect, it } from 'vitest';
import { coverageHeatmap } from '../../src/report/heatmap.js';
import { renderHtml } from '../../src/report/html.js';
import type { EvaluationResult, ItemResult } from '../../src/result/schema.js';
import { compliantFacts, evaluateInput } from '../support/station.js';
import { exampleResult } from './support.js';

let lapses: EvaluationResult;

beforeAll(async () => {
  lapses = await exampleResult('station-with-lapses');
});

type Coverage = ItemResult['coverage'][number];

const withCoverage = (result: EvaluationResult, id: string, coverage: Coverage[]): EvaluationResult => ({
  ...result,
  items: result.items.map((i) => (i.id === id ? { ...i, coverage } : i)),
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

  it('shows the months before a mid-year establishment as not required', () => {
    const facts = compliantFacts();
    facts.station.established = '2023-04-10';
    const result = evaluateInput(facts);
    const [monthly] = rowOf(result, 'monthly-liaison');
    expect(monthly?.cells).toEqual([...Array(4).fill('notRequired'), ...Array(8).fill('met')]);
    const [quarterly] = rowOf(result, 'usage-publicity');
    expect(quarterly?.cells).toEqual([...Array(6).fill('notRequired'), ...Array(6).fill('met')]);
    const [half] = rowOf(result, 'risk-identification');
    expect(half?.cells).toEqual([...Array(6).fill('notRequired'), ...Array(6).fill('met')]);
  });

  it('reads the cells from the coverage of the item, not from the period', () => {
    const coverage: Coverage[] = [{ per: 'month', required: ['2023-12'], met: [], missing: ['2023-12'] }];
    const [row] = rowOf(withCoverage(lapses, 'monthly-liaison', coverage), 'monthly-liaison');
    expect(row?.cells).toEqual([...Array(11).fill('notRequired'), 'missing']);
  });

  it('marks a per-service-point bucket missing when any point misses it and met when all points meet it', () => {
    const coverage: Coverage[] = [
      {
        per: 'quarter',
        required: ['2023-Q3@sp-1', '2023-Q3@sp-2', '2023-Q4@sp-1', '2023-Q4@sp-2'],
        met: ['2023-Q3@sp-1', '2023-Q3@sp-2', '2023-Q4@sp-1'],
        missing: ['2023-Q4@sp-2'],
      },
    ];
    const [row] = rowOf(withCoverage(lapses, 'customer-visits', coverage), 'customer-visits');
    expect(row?.cells).toEqual([...Array(6).fill('notRequired'), 'met', 'met', 'met', 'missing', 'missing', 'missing']);
    expect(row?.buckets[9]).toBe('2023-Q4');
  });

  it('gives one row per periodic check in coverage order and none for an item without coverage', () => {
    const coverage: Coverage[] = [
      { per: 'half', required: ['2023-H1'], met: ['2023-H1'], missing: [] },
      { per: 'month', required: ['2023-01'], met: ['2023-01'], missing: [] },
    ];
    const changed = withCoverage(withCoverage(lapses, 'staffing', coverage), 'monthly-liaison', []);
    expect(rowOf(changed, 'staffing').map((r) => [r.per, r.oneOfSeveral])).toEqual([
      ['half', true],
      ['month', true],
    ]);
    expect(rowOf(changed, 'monthly-liaison')).toEqual([]);
  });

  it('merges the months of a quarter into one span, so a missed quarter is one cell, not three', () => {
    const quarters = ['2023-Q1', '2023-Q2', '2023-Q3', '2023-Q4'];
    const coverage: Coverage[] = [
      { per: 'quarter', required: quarters, met: quarters.filter((q) => q !== '2023-Q2'), missing: ['2023-Q2'] },
    ];
    const result = withCoverage(lapses, 'four-winds-check', coverage);
    const [row] = rowOf(result, 'four-winds-check');
    expect(row?.spans.map((s) => [s.bucket, s.state, s.months])).toEqual([
      ['2023-Q1', 'met', 3],
      ['2023-Q2', 'missing', 3],
      ['2023-Q3', 'met', 3],
      ['2023-Q4', 'met', 3],
    ]);
    const html = renderHtml(result, { lang: 'en' });
    const line = html.split('\n').find((l) => l.startsWith('<tr data-item="four-winds-check"')) ?? '';
    expect(line.match(/<td /g)).toHaveLength(4);
    expect(line).toContain('colspan="3" data-state="missing" data-bucket="2023-Q2"');
  });
});
