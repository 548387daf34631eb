/**
 * The shapes the item-result builder relies on: every fact's `records` is strictly ascending
 * (sorted by code units, each id once), no `missing` list repeats a bucket, no note on a record
 * that did not count repeats, exactly the facts declared periodic carry `per`, `required`,
 * `met`, `missing` and `notCounted`, and exactly the facts of obligations with a deadline carry
 * `pending`, whatever the station, its rejected evidence or the params.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateStationYear } from '../../bench/generate.js';
import { FACTS } from '../../src/engine/facts/index.js';
import { prepareStation, type Rejection } from '../../src/engine/prepare.js';
import { parseFactsOrThrow } from '../../src/facts/parse.js';
import { RECORD_KINDS, recordLists } from '../../src/facts/schema.js';
import { baseRulesetDocument } from '../../src/ruleset/base.js';
import { leavesOf } from '../../src/ruleset/conditions.js';
import { loadRulesetOrThrow } from '../../src/ruleset/load.js';
import { isStrictlyAscending } from '../../src/util/ids.js';

const root = new URL('../../', import.meta.url);
const variant = JSON.parse(readFileSync(new URL('examples/variants/jinhua-city.json', root), 'utf8'));
const ruleset = loadRulesetOrThrow([baseRulesetDocument(), variant]);
const calls = ruleset.items.flatMap((item) =>
  [item.applicability, item.conditions].flatMap((tree) => (tree ? leavesOf(tree) : [])),
);
// Station-scoped coverage of every kind too, and per service point, so that every path is taken.
const coverageCalls = RECORD_KINDS.flatMap((kind) =>
  (['station', 'service-point'] as const).map((scope) => ({ fact: 'coverage', params: { kind, per: 'month', scope } })),
);

const station = fc
  .record({ seed: fc.integer({ min: 0, max: 0x7fffffff }), scale: fc.constantFrom(1, 2), reject: fc.nat(12) })
  .map(({ seed, scale, reject }) => {
    const facts = parseFactsOrThrow(generateStationYear(seed, { scale }));
    const rejections = new Map<string, Rejection>();
    if (reject > 0) {
      recordLists(facts)
        .flatMap(([, list]) => list)
        .forEach((r, i) => {
          if (i % reject === 0) rejections.set(r.id, { reason: 'not authentic' });
        });
    }
    return prepareStation(facts, rejections);
  });

describe('fact values', () => {
  it('list records strictly ascending and missing buckets once', () => {
    fc.assert(
      fc.property(station, (prepared) => {
        for (const call of [...calls, ...coverageCalls]) {
          const definition = FACTS.get(call.fact);
          if (!definition) throw new Error(`unknown fact ${call.fact}`);
          const value = definition.compute(prepared, definition.params.parse(call.params ?? {}));
          const records = value.records as string[];
          expect(records.every((id) => typeof id === 'string')).toBe(true);
          expect(isStrictlyAscending(records), `${call.fact} records ${records.join(',')}`).toBe(true);
          if (Array.isArray(value.missing)) expect(new Set(value.missing).size).toBe(value.missing.length);
          if (Array.isArray(value.notCounted)) {
            const notes = (value.notCounted as Array<{ bucket: string; id: string }>).map((n) => `${n.bucket}|${n.id}`);
            expect(new Set(notes).size, `${call.fact} notes`).toBe(notes.length);
          }
          // Only periodic facts carry the fields item results show as coverage, missing and notes.
          const periodicFields = ['per', 'required', 'met', 'missing', 'notCounted'].filter((f) =>
            Object.hasOwn(value, f),
          );
          expect(periodicFields, call.fact).toEqual(
            definition.periodic === true ? ['per', 'required', 'met', 'missing', 'notCounted'] : [],
          );
          // Pending obligations: one shape, each due after the period end, in (arose, id) order.
          expect(Object.hasOwn(value, 'pending'), call.fact).toBe(definition.deadlines === true);
          const pending = (value.pending ?? []) as Array<{ id: string; arose: string; deadline: string }>;
          for (const obligation of pending) {
            expect(Object.keys(obligation)).toEqual(['id', 'arose', 'deadline']);
            expect(obligation.deadline.slice(0, 10) > prepared.periodEnd, call.fact).toBe(true);
          }
          const order = pending.map((p) => `${p.arose}|${p.id}`);
          expect(order, call.fact).toEqual([...order].sort());
        }
      }),
      { seed: 4, numRuns: 300 },
    );
  });
});
