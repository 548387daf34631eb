/**
 * `defineVariant` types: a typo in a fact, a param, an operator, a `per` value or a record kind
 * fails to compile (the `@ts-expect-error` lines are checked by `npm run typecheck`), and a typed
 * variant loads like any other.
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import baseDocument from '../../rules/base/zj-clean-station.json' with { type: 'json' };
import { type BaseParamName, defineVariant } from '../../src/ruleset/define-variant.js';
import { loadRulesetOrThrow } from '../../src/ruleset/load.js';

const extendsBase = { id: 'zj-clean-station', version: '^1.0.0' } as const;

describe('defineVariant', () => {
  it('knows exactly the base ruleset’s params', () => {
    expectTypeOf<BaseParamName>().toEqualTypeOf<keyof typeof baseDocument.params>();
  });

  it('returns a variant that loads, with the record kinds and params it declares usable in its items', () => {
    const variant = defineVariant({
      id: 'typed-city',
      version: '1.0.0',
      extends: extendsBase,
      params: { drillMinAttendees: 3 },
      recordKinds: { drills: { title: { zh: '应急演练' }, fields: { attendees: { type: 'count', required: true } } } },
      override: {
        'usage-publicity': { points: 2 },
        'monthly-liaison': {
          conditions: {
            all: [
              {
                fact: 'coverage',
                params: { kind: 'liaisons', per: { $param: 'liaisonPer' }, scope: 'station' },
                path: 'missing',
                operator: 'isEmpty',
                value: true,
              },
            ],
          },
        },
      },
      add: [
        {
          id: 'monthly-drill',
          seq: '30',
          section: 'A2.1',
          points: 2,
          title: { zh: '每月应急演练' },
          requirement: { zh: '每月演练' },
          check: { zh: '每月至少一次演练' },
          scoring: { mode: 'all-or-nothing' },
          conditions: {
            all: [
              {
                fact: 'coverage',
                params: {
                  kind: 'drills',
                  per: 'month',
                  where: {
                    field: 'attendees',
                    operator: 'greaterThanInclusive',
                    value: { $param: 'drillMinAttendees' },
                  },
                },
                path: 'missing',
                operator: 'isEmpty',
                value: true,
              },
            ],
          },
          advice: { zh: '每月组织演练。' },
        },
      ],
    });
    const ruleset = loadRulesetOrThrow(variant);
    expect(ruleset.items.map((i) => i.id)).toContain('monthly-drill');
    expect(ruleset.paramOrigins.drillMinAttendees).toBe('typed-city');
  });

  it('refuses typos at compile time', () => {
    const leaf = { path: 'missing', operator: 'isEmpty', value: true } as const;
    const variants = [
      defineVariant({
        id: 'a',
        version: '1.0.0',
        extends: extendsBase,
        override: {
          'monthly-liaison': {
            conditions: {
              // @ts-expect-error: 'coverag' is not a fact
              all: [{ fact: 'coverag', params: { kind: 'liaisons', per: 'month' }, ...leaf }],
            },
          },
        },
      }),
      defineVariant({
        id: 'b',
        version: '1.0.0',
        extends: extendsBase,
        override: {
          'monthly-liaison': {
            conditions: {
              // @ts-expect-error: 'week' is not a per value
              all: [{ fact: 'coverage', params: { kind: 'liaisons', per: 'week' }, ...leaf }],
            },
          },
        },
      }),
      defineVariant({
        id: 'c',
        version: '1.0.0',
        extends: extendsBase,
        override: {
          'monthly-liaison': {
            conditions: {
              // @ts-expect-error: 'monthEndDay' is neither a base param nor one of the variant's
              all: [{ fact: 'coverage', params: { kind: 'liaisons', per: { $param: 'monthEndDay' } }, ...leaf }],
            },
          },
        },
      }),
      defineVariant({
        id: 'd',
        version: '1.0.0',
        extends: extendsBase,
        override: {
          'monthly-liaison': {
            conditions: {
              // @ts-expect-error: 'drills' is not a record kind of this variant
              all: [{ fact: 'coverage', params: { kind: 'drills', per: 'month' }, ...leaf }],
            },
          },
        },
      }),
      defineVariant({
        id: 'e',
        version: '1.0.0',
        extends: extendsBase,
        override: {
          'monthly-liaison': {
            conditions: {
              // biome-ignore format: the expected compile error must stay on the line after its directive
              all: [
                // @ts-expect-error: 'isEmptyy' is not an operator
                { fact: 'coverage', params: { kind: 'liaisons', per: 'month' }, path: 'missing', operator: 'isEmptyy', value: true },
              ],
            },
          },
        },
      }),
    ];
    expect(variants).toHaveLength(5);
  });
});
