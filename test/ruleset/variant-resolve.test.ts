/** Resolving a base and variants: order, chain stamp, origins, hash, and what each field does. */
import { describe, expect, it } from 'vitest';
import { baseRuleset } from '../../src/ruleset/base.js';
import { loadRuleset, loadRulesetOrThrow } from '../../src/ruleset/load.js';
import { compliantFacts, evaluateInput } from '../support/station.js';
import { baseDoc, baseItem, variant } from '../support/variants.js';

const city = () =>
  variant({
    id: 'city',
    params: { reminderDays: 20 },
    override: { 'usage-publicity': { advice: { zh: '每季度开展用电宣传。', en: 'Publicise every quarter.' } } },
  });
const county = () =>
  variant({
    id: 'county',
    version: '2.1.0',
    extends: { id: 'city', version: '~1.0.0' },
    override: { 'monthly-liaison': { title: { zh: '月度对接', en: 'Monthly liaison' } } },
  });

describe('loadRuleset with variants', () => {
  it('resolves a chain given in any order and stamps it, base first', () => {
    const orders = [
      [baseDoc(), city(), county()],
      [county(), city(), baseDoc()],
      [city(), county(), baseDoc()],
    ];
    const hashes = orders.map((docs) => {
      const ruleset = loadRulesetOrThrow(docs);
      expect(ruleset.chain).toEqual([
        { id: 'zj-clean-station', version: '1.0.0' },
        { id: 'city', version: '1.0.0' },
        { id: 'county', version: '2.1.0' },
      ]);
      expect(ruleset.id).toBe('county');
      expect(ruleset.version).toBe('2.1.0');
      return ruleset.hash;
    });
    expect(new Set(hashes).size).toBe(1);
  });

  it('records per item the ruleset that last added or overrode it', () => {
    const ruleset = loadRulesetOrThrow([baseDoc(), city(), county()]);
    const origin = (id: string) => ruleset.items.find((i) => i.id === id)?.origin;
    expect(origin('usage-publicity')).toBe('city');
    expect(origin('monthly-liaison')).toBe('county');
    expect(origin('staffing')).toBe('zj-clean-station');
  });

  it('stamps the chain and the item origins on every result', () => {
    const result = evaluateInput(compliantFacts(), loadRulesetOrThrow([baseDoc(), city(), county()]));
    expect(result.ruleset.chain.map((l) => l.id)).toEqual(['zj-clean-station', 'city', 'county']);
    expect(result.items.find((i) => i.id === 'usage-publicity')?.origin).toBe('city');
  });

  it('uses the bundled base when a variant of it is given alone', () => {
    const alone = loadRulesetOrThrow(city());
    const withBase = loadRulesetOrThrow([city(), baseDoc()]);
    expect(alone.hash).toBe(withBase.hash);
    expect(alone.chain[0]).toEqual({ id: 'zj-clean-station', version: '1.0.0' });
  });

  it('gives a variant that changes nothing the hash and scores of the base', () => {
    const noop = loadRulesetOrThrow([baseDoc(), variant()]);
    expect(noop.hash).toBe(baseRuleset().hash);
    const facts = compliantFacts();
    facts.records.liaisons = (facts.records.liaisons ?? []).slice(1);
    const a = evaluateInput(facts);
    const b = evaluateInput(facts, noop);
    expect(b.items.map((i) => [i.id, i.score, i.status])).toEqual(a.items.map((i) => [i.id, i.score, i.status]));
    expect(b.total).toBe(a.total);
  });

  it('changes the hash when a param changes, so results stay comparable only when they should be', () => {
    expect(loadRulesetOrThrow(city()).hash).not.toBe(baseRuleset().hash);
  });

  it('replaces a param as a whole', () => {
    const ruleset = loadRulesetOrThrow(variant({ params: { groupSize: { min: 3, max: 9 } } }));
    expect(ruleset.params.groupSize).toEqual({ min: 3, max: 9 });
    expect(ruleset.params.monthEndDays).toBe(5);
  });

  it('places an added item after the items of its section', () => {
    const ruleset = loadRulesetOrThrow(
      variant({
        override: { 'customer-visits': { points: 1 } },
        add: [baseItem('customer-visits', { id: 'customer-visits-extra', seq: '18a', points: 2 })],
      }),
    );
    const ids = ruleset.items.map((i) => i.id);
    expect(ids.indexOf('customer-visits-extra')).toBe(ids.indexOf('correction-reminders') + 1);
  });

  it('places a new section after the sections of its part', () => {
    const ruleset = loadRulesetOrThrow(
      variant({
        sections: [
          { id: 'A1.1', points: 8 },
          { id: 'A1.3', part: 'A1', points: 2, title: { zh: '安全', en: 'Safety' } },
        ],
        remove: ['facilities'],
        add: [baseItem('facilities', { id: 'safety', section: 'A1.3' })],
      }),
    );
    expect(ruleset.sections.map((s) => s.id).slice(0, 3)).toEqual(['A1.1', 'A1.2', 'A1.3']);
    const ids = ruleset.items.map((i) => i.id);
    expect(ids.indexOf('safety')).toBe(ids.indexOf('responsibility-lists') + 1);
  });

  it('lets a variant replace an item by removing and adding the same id', () => {
    const ruleset = loadRulesetOrThrow(
      variant({ remove: ['innovation'], add: [baseItem('innovation', { title: { zh: '创新', en: 'Innovation' } })] }),
    );
    const item = ruleset.items.find((i) => i.id === 'innovation');
    expect(item?.title.en).toBe('Innovation');
    expect(item?.origin).toBe('test-variant');
  });

  it('changes a grade band', () => {
    const ruleset = loadRulesetOrThrow(variant({ grades: [{ id: 'excellent', min: 95 }] }));
    expect(ruleset.grades.map((g) => g.min)).toEqual([95, 60, null]);
    expect(evaluateInput(compliantFacts(), ruleset).grade).toBe('excellent');
    const facts = compliantFacts();
    facts.incidents = [
      { id: 'inc-1', kind: 'staff-violation', date: '2023-05-05' },
      { id: 'inc-2', kind: 'service-complaint', date: '2023-06-05' },
    ];
    expect(evaluateInput(facts, ruleset).grade).toBe('qualified');
  });

  it('redeclares totals for an overridden item', () => {
    const loaded = loadRuleset(
      variant({
        override: { staffing: { points: 8 } },
        sections: [{ id: 'A1.2', points: 22 }],
        parts: [{ id: 'A1', points: 32 }],
      }),
    );
    expect(loaded.ok).toBe(true);
    if (loaded.ok) expect(loaded.value.parts.find((p) => p.id === 'A1')?.points).toBe(32);
  });
});
