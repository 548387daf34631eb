import { describe, expect, it } from 'vitest';
import { baseRuleset, baseRulesetDocument } from '../../src/ruleset/base.js';
import { loadRulesetOrThrow } from '../../src/ruleset/load.js';
import { gradeOf } from '../../src/scoring/grade.js';
import { compliantFacts, evaluateInput } from '../support/station.js';

describe('grade bands of the base ruleset (spec §1, Table 1)', () => {
  it.each([
    [110, 'excellent'],
    [90, 'excellent'],
    [89.99, 'qualified'],
    [89.5, 'qualified'],
    [60, 'qualified'],
    [59.99, 'unqualified'],
    [59.5, 'unqualified'],
    [0, 'unqualified'],
    [-5, 'unqualified'],
  ])('a total of %d is %s', (total, grade) => {
    expect(gradeOf(total, baseRuleset().grades).id).toBe(grade);
  });

  it('labels every grade in Chinese and English', () => {
    expect(baseRuleset().grades.map((g) => [g.id, g.label.zh])).toEqual([
      ['excellent', '优秀（示范型）'],
      ['qualified', '合格（标准型）'],
      ['unqualified', '不合格'],
    ]);
  });
});

describe('grade bands are data', () => {
  const grades = [
    { id: 'excellent', min: 85, label: { zh: '优秀', en: 'Excellent' } },
    { id: 'qualified', min: 50, label: { zh: '合格', en: 'Qualified' } },
    { id: 'unqualified', min: null, label: { zh: '不合格', en: 'Unqualified' } },
  ] as const;

  it.each([
    [85, 'excellent'],
    [84.5, 'qualified'],
    [50, 'qualified'],
    [49, 'unqualified'],
  ])('with bands at 85 and 50, %d is %s', (total, grade) => {
    expect(gradeOf(total, grades).id).toBe(grade);
  });
});

function variant(change: (doc: ReturnType<typeof baseRulesetDocument>) => void) {
  const doc = baseRulesetDocument();
  change(doc);
  return loadRulesetOrThrow(doc);
}

function itemScoring(doc: ReturnType<typeof baseRulesetDocument>, id: string): Record<string, unknown> {
  const item = doc.items.find((i) => i.id === id);
  if (!item) throw new Error(`no item ${id}`);
  return item.scoring as Record<string, unknown>;
}

describe('totals and grade of a whole result', () => {
  it('the compliant station scores 100 base, 0 bonus (expert items pending), excellent', () => {
    const result = evaluateInput(compliantFacts());
    expect([result.base, result.bonus, result.total, result.grade]).toEqual([100, 0, 100, 'excellent']);
    expect(result.max).toEqual({ base: 100, bonus: 10, total: 110 });
    expect(result.parts.map((p) => [p.id, p.score, p.max])).toEqual([
      ['A1', 30, 30],
      ['A2', 20, 20],
      ['A3', 35, 35],
      ['A4', 15, 15],
      ['B1', 0, 10],
    ]);
  });

  it.each([2023, 2024])(
    'the compliant fixture of %i (common and leap year) scores every computed item in full',
    (year) => {
      const result = evaluateInput(compliantFacts(year));
      expect(result.items.filter((i) => i.status !== 'notAssessed' && i.score < i.max).map((i) => i.id)).toEqual([]);
    },
  );

  it('a station losing exactly 10 points is still excellent at 90', () => {
    const facts = compliantFacts();
    facts.records.specialInspections.pop();
    facts.incidents.push({ id: 'inc-1', kind: 'staff-violation', date: '2023-05-01' });
    const result = evaluateInput(facts);
    expect([result.total, result.grade]).toEqual([90, 'excellent']);
  });

  it('a total of 89.5 is graded qualified, never rounded up', () => {
    const halfPoint = variant((doc) => {
      itemScoring(doc, 'responsibility-lists').deduct = 0.5;
    });
    const facts = compliantFacts();
    facts.records.specialInspections.pop();
    facts.incidents.push({ id: 'inc-1', kind: 'staff-violation', date: '2023-05-01' });
    facts.responsibilityLists = facts.responsibilityLists.filter((l) => l.role !== 'customer-manager');
    const result = evaluateInput(facts, halfPoint);
    expect([result.base, result.total, result.grade]).toEqual([89.5, 89.5, 'qualified']);
  });

  it('a variant without a floor lets incidents eat into the total', () => {
    const noFloor = variant((doc) => {
      itemScoring(doc, 'no-service-complaints').floor = null;
    });
    const facts = compliantFacts();
    facts.incidents.push(
      { id: 'inc-1', kind: 'service-complaint', date: '2023-05-01' },
      { id: 'inc-2', kind: 'service-complaint', date: '2023-06-01' },
      { id: 'inc-3', kind: 'state-grid-notified-event', date: '2023-07-01' },
    );
    const result = evaluateInput(facts, noFloor);
    expect(result.items.find((i) => i.id === 'no-service-complaints')?.score).toBe(-10);
    expect([result.base, result.total]).toEqual([85, 85]);
  });

  it('the base ruleset floors the same incidents at 0 for the item', () => {
    const facts = compliantFacts();
    facts.incidents.push(
      { id: 'inc-1', kind: 'service-complaint', date: '2023-05-01' },
      { id: 'inc-2', kind: 'service-complaint', date: '2023-06-01' },
    );
    expect(evaluateInput(facts).total).toBe(95);
  });
});
