/** Variants that catch their author's mistakes, and the two hashes of a resolved ruleset. */
import { describe, expect, it } from 'vitest';
import { baseRuleset } from '../../src/ruleset/base.js';
import { loadRuleset, loadRulesetOrThrow } from '../../src/ruleset/load.js';
import { variant } from '../support/variants.js';

const located = (issues: ReadonlyArray<{ file?: string; path: ReadonlyArray<string | number>; code: string }>) =>
  issues.map((i) => `${i.file ?? ''} ${i.path.join('.')} ${i.code}`);

describe('params a variant sets', () => {
  it('refuses a param the extended ruleset does not have and nothing uses, with a did-you-mean', () => {
    const loaded = loadRuleset([variant({ params: { monthEndDay: 7 } })], { files: ['v.json'] });
    expect(located(loaded.issues)).toEqual(['v.json params.monthEndDay unused-param']);
    expect(loaded.issues[0]?.message.en).toBe(
      'Param "monthEndDay" is not a param of the extended ruleset and no $param uses it (a typo?). Did you mean "monthEndDays"?',
    );
    expect(loaded.issues[0]?.message.zh).toContain('是否应为“monthEndDays”？');
  });

  it('accepts a new param that an added item uses', () => {
    const loaded = loadRuleset([
      variant({
        params: { liaisonEvery: 'quarter' },
        override: {
          'monthly-liaison': {
            conditions: {
              all: [
                {
                  fact: 'coverage',
                  params: { kind: 'liaisons', per: { $param: 'liaisonEvery' } },
                  path: 'missing',
                  operator: 'isEmpty',
                  value: true,
                },
              ],
            },
          },
        },
      }),
    ]);
    expect(loaded.issues).toEqual([]);
  });

  it('reports a bad param value once, at the param, not at every item that uses it', () => {
    const loaded = loadRuleset([variant({ params: { monthEndDays: 'five', refillMonths: -1 } })], {
      files: ['v.json'],
    });
    expect(located(loaded.issues).sort()).toEqual([
      'v.json params.monthEndDays invalid-type',
      'v.json params.refillMonths too-small',
    ]);
  });

  it('suggests the param a misspelt $param meant', () => {
    const loaded = loadRuleset([
      variant({
        override: {
          'correction-reminders': {
            conditions: {
              all: [
                {
                  fact: 'correctionReminders',
                  params: { days: { $param: 'reminderDay' } },
                  path: 'unreminded',
                  operator: 'isEmpty',
                  value: true,
                },
              ],
            },
          },
        },
      }),
    ]);
    expect(loaded.issues.map((i) => i.code)).toEqual(['unknown-param']);
    expect(loaded.issues[0]?.message.en).toContain('Did you mean "reminderDays"?');
  });

  it('credits each param to the ruleset that set it', () => {
    const first = variant({ params: { monthEndDays: 7 } });
    const second = {
      id: 'county',
      version: '1.0.0',
      extends: { id: 'test-variant', version: '^1.0.0' },
      params: { reminderDays: 20 },
    };
    const ruleset = loadRulesetOrThrow([second, first]);
    expect(ruleset.paramOrigins).toMatchObject({
      monthEndDays: 'test-variant',
      reminderDays: 'county',
      immediateDays: 'zj-clean-station',
    });
  });
});

describe('texts of a variant', () => {
  it('allows Chinese-only texts and shows the Chinese where English is missing', () => {
    const ruleset = loadRulesetOrThrow([
      variant({
        title: { zh: '某市细则' },
        override: { 'monthly-liaison': { title: { zh: '每月对接村电工（市细则）' }, advice: { zh: '每月对接。' } } },
      }),
    ]);
    expect(ruleset.title).toEqual({ zh: '某市细则', en: '某市细则' });
    const item = ruleset.items.find((i) => i.id === 'monthly-liaison');
    expect(item?.title).toEqual({ zh: '每月对接村电工（市细则）', en: '每月对接村电工（市细则）' });
    expect(item?.advice.en).toBe('每月对接。');
  });
});

describe('the content hash and the scoring hash', () => {
  it('gives the base ruleset both hashes, and a no-op variant the same two', () => {
    const base = baseRuleset();
    expect(base.scoringHash).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(base.scoringHash).not.toBe(base.hash);
    const noop = loadRulesetOrThrow([variant()]);
    expect([noop.hash, noop.scoringHash]).toEqual([base.hash, base.scoringHash]);
  });

  it('keeps the scoring hash when only wording changes: titles, advice, texts, labels', () => {
    const reworded = loadRulesetOrThrow([
      variant({
        parts: [{ id: 'A1', title: { zh: '组织', en: 'Organisation' } }],
        grades: [{ id: 'excellent', label: { zh: '优秀', en: 'Excellent' } }],
        override: {
          staffing: {
            title: { zh: '人员', en: 'Staff' },
            requirement: { zh: '要求', en: 'Requirement' },
            check: { zh: '检查', en: 'Check' },
            advice: { zh: '建议', en: 'Advice' },
          },
        },
      }),
    ]);
    expect(reworded.hash).not.toBe(baseRuleset().hash);
    expect(reworded.scoringHash).toBe(baseRuleset().scoringHash);
  });

  it('changes the scoring hash when points, params, conditions or grade bands change', () => {
    const changes = [
      { params: { monthEndDays: 6 } },
      { grades: [{ id: 'excellent', min: 91 }] },
      { override: { staffing: { scoring: { mode: 'all-or-nothing' } } } },
    ];
    for (const change of changes)
      expect(loadRulesetOrThrow([variant(change)]).scoringHash).not.toBe(baseRuleset().scoringHash);
  });

  it('ignores the wording of declared record kinds but not their fields', () => {
    const kind = (title: string, label: string, type = 'count') => ({
      drills: {
        title: { zh: title },
        fields: { n: { type, title: { zh: title } }, level: { type: 'enum', values: { a: { zh: label } } } },
      },
    });
    const a = loadRulesetOrThrow([variant({ recordKinds: kind('演练', '甲') })]);
    const b = loadRulesetOrThrow([variant({ recordKinds: kind('应急演练', '一级') })]);
    const c = loadRulesetOrThrow([variant({ recordKinds: kind('演练', '甲', 'number') })]);
    expect(a.hash).not.toBe(b.hash);
    expect(a.scoringHash).toBe(b.scoringHash);
    expect(a.scoringHash).not.toBe(c.scoringHash);
  });
});
