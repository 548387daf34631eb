/** Every loader error, table-driven: code, file and path of each issue. */
import { describe, expect, it } from 'vitest';
import { loadRuleset } from '../../src/ruleset/load.js';
import { baseDoc, baseItem, variant } from '../support/variants.js';

interface Expected {
  readonly code: string;
  readonly file?: string;
  readonly path: ReadonlyArray<string | number>;
}

interface Case {
  readonly name: string;
  readonly documents: () => unknown[];
  readonly files?: readonly string[];
  readonly expected: readonly Expected[];
}

const extendsBase = { id: 'zj-clean-station', version: '^1.0.0' };
const FILES = ['base.json', 'variant.json', 'county.json'];

const cases: Case[] = [
  {
    name: 'a cycle of variants',
    documents: () => [
      baseDoc(),
      variant({ id: 'city', extends: { id: 'county', version: '^1.0.0' } }),
      variant({ id: 'county', extends: { id: 'city', version: '^1.0.0' } }),
    ],
    expected: [{ code: 'extends-cycle', file: 'variant.json', path: ['extends', 'id'] }],
  },
  {
    name: 'a variant extending itself',
    documents: () => [baseDoc(), variant({ id: 'city', extends: { id: 'city', version: '*' } })],
    expected: [{ code: 'extends-cycle', file: 'variant.json', path: ['extends', 'id'] }],
  },
  {
    name: 'an unknown base',
    documents: () => [baseDoc(), variant({ extends: { id: 'hangzhou-city', version: '^1.0.0' } })],
    expected: [{ code: 'unknown-base', file: 'variant.json', path: ['extends', 'id'] }],
  },
  {
    name: 'a base version outside the pinned range',
    documents: () => [baseDoc(), variant({ extends: { id: 'zj-clean-station', version: '^2.0.0' } })],
    expected: [{ code: 'base-version-mismatch', file: 'variant.json', path: ['extends', 'version'] }],
  },
  {
    name: 'a range that is not semver',
    documents: () => [baseDoc(), variant({ extends: { id: 'zj-clean-station', version: 'latest' } })],
    expected: [{ code: 'invalid-range', file: 'variant.json', path: ['extends', 'version'] }],
  },
  {
    name: 'a variant version that is not semver',
    documents: () => [baseDoc(), variant({ version: 'v1' })],
    expected: [{ code: 'invalid-version', file: 'variant.json', path: ['version'] }],
  },
  {
    name: 'an override of an unknown item',
    documents: () => [baseDoc(), variant({ override: { 'monthly-liason': { points: 4 } } })],
    expected: [{ code: 'unknown-item', file: 'variant.json', path: ['override', 'monthly-liason'] }],
  },
  {
    name: 'a removal of an unknown item',
    documents: () => [baseDoc(), variant({ remove: ['facilties'] })],
    expected: [{ code: 'unknown-item', file: 'variant.json', path: ['remove', 0] }],
  },
  {
    name: 'an override of an item removed by the same variant',
    documents: () => [baseDoc(), variant({ remove: ['innovation'], override: { innovation: { points: 5 } } })],
    expected: [
      { code: 'unknown-item', file: 'variant.json', path: ['override', 'innovation'] },
      { code: 'points-mismatch', file: 'variant.json', path: ['resolved', 'sections', 'B1.1', 'points'] },
    ],
  },
  {
    name: 'an added item whose id exists',
    documents: () => [baseDoc(), variant({ add: [baseItem('staffing')] })],
    expected: [{ code: 'duplicate-item', file: 'variant.json', path: ['add', 0, 'id'] }],
  },
  {
    name: 'the same ruleset twice',
    documents: () => [baseDoc(), variant(), variant()],
    expected: [{ code: 'duplicate-ruleset', file: 'county.json', path: ['id'] }],
  },
  {
    name: 'two variants of the same base (which one to load?)',
    documents: () => [baseDoc(), variant({ id: 'city' }), variant({ id: 'town' })],
    expected: [
      { code: 'ambiguous-chain', file: 'variant.json', path: [] },
      { code: 'ambiguous-chain', file: 'county.json', path: [] },
    ],
  },
  {
    name: 'an unknown fact in an added item',
    documents: () => [
      baseDoc(),
      variant({
        remove: ['facilities'],
        add: [
          baseItem('facilities', {
            id: 'facilities-2',
            conditions: { all: [{ fact: 'facility', path: 'lacking', operator: 'isEmpty', value: true }] },
          }),
        ],
      }),
    ],
    expected: [{ code: 'unknown-fact', file: 'variant.json', path: ['add', 0, 'conditions', 'all', 0, 'fact'] }],
  },
  {
    name: 'an unknown operator in overridden conditions',
    documents: () => [
      baseDoc(),
      variant({
        override: {
          'usage-publicity': {
            conditions: {
              all: [
                {
                  fact: 'coverage',
                  params: { kind: 'publicity', per: 'quarter' },
                  path: 'missing',
                  operator: 'isEmtpy',
                  value: true,
                },
              ],
            },
          },
        },
      }),
    ],
    expected: [
      {
        code: 'unknown-operator',
        file: 'variant.json',
        path: ['override', 'usage-publicity', 'conditions', 'all', 0, 'operator'],
      },
    ],
  },
  {
    name: 'a param referenced but not defined',
    documents: () => [
      baseDoc(),
      variant({
        override: {
          'correction-reminders': {
            conditions: {
              all: [
                {
                  fact: 'correctionReminders',
                  params: { days: { $param: 'reminderWeeks' } },
                  path: 'unreminded',
                  operator: 'isEmpty',
                  value: true,
                },
              ],
            },
          },
        },
      }),
    ],
    expected: [
      {
        code: 'unknown-param',
        file: 'variant.json',
        path: ['override', 'correction-reminders', 'conditions', 'all', 0, 'params', 'days', '$param'],
      },
    ],
  },
  {
    name: 'item maxima that no longer add up to a total the variant did not redeclare',
    documents: () => [baseDoc(), variant({ override: { staffing: { points: 8 } } })],
    expected: [{ code: 'points-mismatch', file: 'variant.json', path: ['resolved', 'sections', 'A1.2', 'points'] }],
  },
  {
    name: 'a total the variant declares wrongly',
    documents: () => [
      baseDoc(),
      variant({
        remove: ['facilities'],
        sections: [{ id: 'A1.1', points: 10 }],
      }),
    ],
    expected: [{ code: 'points-mismatch', file: 'variant.json', path: ['sections', 0, 'points'] }],
  },
  {
    name: 'a bonus item outside the bonus part',
    documents: () => [
      baseDoc(),
      variant({
        override: { 'usage-publicity': { scoring: { mode: 'bonus' } } },
      }),
    ],
    expected: [
      {
        code: 'bonus-outside-bonus-part',
        file: 'variant.json',
        path: ['override', 'usage-publicity', 'scoring', 'mode'],
      },
    ],
  },
  {
    name: 'a deduction item moved into the bonus part by a section change',
    documents: () => [baseDoc(), variant({ sections: [{ id: 'A4.1', part: 'B1' }] })],
    expected: [
      ...['no-service-complaints', 'no-leapfrog-petitions', 'no-staff-violations'].map((id) => ({
        code: 'scored-item-in-bonus-part',
        file: 'variant.json',
        path: ['resolved', 'items', id, 'scoring', 'mode'],
      })),
      { code: 'points-mismatch', file: 'variant.json', path: ['resolved', 'parts', 'A4', 'points'] },
      { code: 'points-mismatch', file: 'variant.json', path: ['resolved', 'parts', 'B1', 'points'] },
    ],
  },
  {
    name: 'a new section without its part',
    documents: () => [baseDoc(), variant({ sections: [{ id: 'A1.3', points: 2 }] })],
    expected: [{ code: 'incomplete-entry', file: 'variant.json', path: ['sections', 0] }],
  },
  {
    name: 'an item in an unknown section',
    documents: () => [baseDoc(), variant({ add: [baseItem('facilities', { id: 'facilities-2', section: 'A9.9' })] })],
    expected: [{ code: 'unknown-section', file: 'variant.json', path: ['add', 0, 'section'] }],
  },
  {
    name: 'grade bands out of order',
    documents: () => [baseDoc(), variant({ grades: [{ id: 'qualified', min: 95 }] })],
    expected: [{ code: 'grades-not-ordered', file: 'variant.json', path: ['grades'] }],
  },
  {
    name: 'a misspelt field',
    documents: () => [baseDoc(), variant({ overide: {} })],
    expected: [{ code: 'unknown-field', file: 'variant.json', path: ['overide'] }],
  },
  {
    name: 'a warning threshold of the wrong type',
    documents: () => [baseDoc(), variant({ params: { groupSize: 5 } })],
    expected: [{ code: 'invalid-type', file: 'variant.json', path: ['params', 'groupSize'] }],
  },
  {
    name: 'no document at all',
    documents: () => [],
    expected: [{ code: 'no-ruleset', path: [] }],
  },
  {
    name: 'a param copied past the size a resolved ruleset may have, at the reference that does not fit',
    documents: () => {
      const big = Array.from({ length: 200 }, () => new Array(299).fill(0)); // 60 201 values
      const leaf = (value: unknown) => ({
        fact: 'incidents',
        params: { kinds: ['service-complaint'] },
        path: 'counted',
        operator: 'notIn',
        value,
      });
      const conditions = { all: [leaf({ $param: 'big' }), leaf({ $param: 'big' })] };
      return [baseDoc(), variant({ params: { big }, override: { 'no-service-complaints': { conditions } } })];
    },
    expected: [
      {
        code: 'param-expansion-too-large',
        file: 'variant.json',
        path: ['override', 'no-service-complaints', 'conditions', 'all', 1, 'value', '$param'],
      },
    ],
  },
  {
    name: 'params with more keys than an object of a ruleset may have',
    documents: () => [
      baseDoc(),
      variant({ params: Object.fromEntries(Array.from({ length: 1001 }, (_, i) => [`p${i}`, i])) }),
    ],
    expected: [{ code: 'too-many-keys', file: 'variant.json', path: ['params'] }],
  },
  {
    name: 'a document holding more values than a ruleset may, counted as a tree',
    documents: () => {
      let shared: unknown = { fact: 'incidents', operator: 'isEmpty', value: true };
      for (let level = 0; level < 40; level++) shared = { any: [shared, shared] };
      return [baseDoc(), variant({ override: { 'no-service-complaints': { conditions: shared } } })];
    },
    expected: [{ code: 'too-many-values', file: 'variant.json', path: [] }],
  },
  {
    name: 'more documents than one chain may have',
    documents: () => Array.from({ length: 101 }, (_, i) => variant({ id: `v${i}` })),
    expected: [{ code: 'too-many-documents', path: [] }],
  },
];

describe('loadRuleset errors', () => {
  it.each(cases)('reports $name', ({ documents, files, expected }) => {
    const loaded = loadRuleset(documents(), { files: files ?? FILES });
    expect(loaded.ok).toBe(false);
    const found = loaded.issues.map((i) => ({ code: i.code, file: i.file, path: i.path }));
    expect(found).toEqual(expected.map((e) => ({ code: e.code, file: e.file, path: e.path })));
    for (const issue of loaded.issues) {
      expect(issue.message.zh).not.toBe(issue.code);
      expect(issue.message.en).not.toBe(issue.code);
    }
  });

  it('reports every problem of every file at once', () => {
    const loaded = loadRuleset(
      [
        variant({ remove: ['nope'], override: { 'no-such-item': { points: 1 } }, add: [baseItem('innovation')] }),
        baseDoc(),
      ],
      { files: ['city.json', 'base.json'] },
    );
    expect(loaded.ok).toBe(false);
    expect(loaded.issues.map((i) => [i.file, i.code])).toEqual([
      ['city.json', 'unknown-item'],
      ['city.json', 'unknown-item'],
      ['city.json', 'duplicate-item'],
    ]);
  });

  it('checks the resolved totals even when an id is unknown', () => {
    const loaded = loadRuleset([variant({ remove: ['facilites'], override: { staffing: { points: 8 } } })], {
      files: ['city.json'],
    });
    expect(loaded.issues.map((i) => [i.code, i.path])).toEqual([
      ['unknown-item', ['remove', 0]],
      ['points-mismatch', ['resolved', 'sections', 'A1.2', 'points']],
    ]);
  });

  it('names the base file when the base itself is wrong', () => {
    const base = baseDoc();
    (base.items[0] as { points: number }).points = 5;
    const loaded = loadRuleset([variant(), base], { files: ['city.json', 'base.json'] });
    expect(loaded.issues.map((i) => [i.file, i.code, i.path])).toEqual([
      ['base.json', 'points-mismatch', ['sections', 0, 'points']],
    ]);
  });

  it('reports schema problems of every file before resolving', () => {
    const loaded = loadRuleset([variant({ remove: 'facilities' }), { ...baseDoc(), version: 3 }], {
      files: ['city.json', 'base.json'],
    });
    expect(loaded.issues.map((i) => [i.file, i.code, i.path])).toEqual([
      ['city.json', 'invalid-type', ['remove']],
      ['base.json', 'invalid-type', ['version']],
    ]);
  });

  it('checks each variant of a chain on its own: a broken middle is reported, not repaired by the leaf', () => {
    const middle = variant({ id: 'city', override: { staffing: { points: 8 } } });
    const leaf = variant({
      id: 'county',
      extends: { id: 'city', version: '^1.0.0' },
      sections: [{ id: 'A1.2', points: 22 }],
      parts: [{ id: 'A1', points: 32 }],
    });
    const loaded = loadRuleset([leaf, middle, baseDoc()], { files: ['county.json', 'city.json', 'base.json'] });
    expect(loaded.issues.map((i) => [i.file, i.code, i.path])).toEqual([
      ['city.json', 'points-mismatch', ['resolved', 'sections', 'A1.2', 'points']],
    ]);
  });

  it('accepts a base version inside the range', () => {
    expect(loadRuleset([baseDoc(), variant({ extends: extendsBase })]).ok).toBe(true);
  });
});
