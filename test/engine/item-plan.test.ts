import { describe, expect, it } from 'vitest';
import { itemPlan } from '../../src/engine/item-plan.js';
import { baseRuleset } from '../../src/ruleset/base.js';

const item = (id: string) => {
  const found = baseRuleset().items.find((i) => i.id === id);
  if (!found) throw new Error(`no item ${id}`);
  return found;
};

describe('item plans', () => {
  it('read records once per distinct fact call, applicability first', () => {
    // Item 2: active service points and their terminals, two calls in its conditions.
    expect(itemPlan(item('smart-terminal')).recordSources).toEqual([
      [1, 0],
      [1, 1],
    ]);
    // Item 7: the applicability and the conditions read one vacancies call, so it is read once.
    expect(itemPlan(item('staff-adjustment')).recordSources).toEqual([[0, 0]]);
    // Item 6: three conditions on one supervisorReviews call share one value.
    const review = itemPlan(item('supervisor-review'));
    expect(review.recordSources.filter(([group]) => group === 1)).toHaveLength(1);
  });

  it('name the condition leaves with periodic values (coverage) and only those', () => {
    expect(itemPlan(item('monthly-special-inspection')).periodicLeaves).toEqual([0]);
    expect(itemPlan(item('service-disclosure')).periodicLeaves).toEqual([0, 1]);
    expect(itemPlan(item('outage-notice')).periodicLeaves).toEqual([]);
  });

  it('name the record sources whose facts list pending obligations, and only those', () => {
    expect(itemPlan(item('staff-adjustment')).pendingSources).toEqual([[0, 0]]);
    expect(itemPlan(item('correction-reminders')).pendingSources).toEqual([[0, 0]]);
    // Item 12a: two coverage calls and one immediate-disclosure call, the last with deadlines.
    expect(itemPlan(item('service-disclosure')).pendingSources).toEqual([[1, 2]]);
    expect(itemPlan(item('monthly-liaison')).pendingSources).toEqual([]);
  });

  it('is made once per item', () => {
    expect(itemPlan(item('staffing'))).toBe(itemPlan(item('staffing')));
  });
});
