/**
 * Invariants of evaluating as of a day (spec §5) over generated station-years: the seeded
 * benchmark generator and the compliant station with scenarios applied (fast-check, fixed seed).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateStationYear } from '../../bench/generate.js';
import { evaluate, evaluateSync } from '../../src/engine/evaluate.js';
import { parseFactsOrThrow } from '../../src/facts/parse.js';
import type { StationFacts } from '../../src/facts/schema.js';
import type { EvaluationResult } from '../../src/result/schema.js';
import { bucketRange } from '../../src/time/buckets.js';
import { addDays, daysBetween } from '../../src/time/local-day.js';
import { parsed } from '../support/station.js';
import { scenarioArb, stationOf } from './arbitraries.js';

const SEED = Number(process.env.FC_SEED ?? 20_230_630);
const check = <T>(property: fc.IProperty<T> | fc.IAsyncProperty<T>, numRuns: number) =>
  fc.assert(property as fc.IAsyncProperty<T>, { seed: SEED, numRuns });

/** A station-year of the benchmark generator (its seed drawn by fast-check). */
const generated = fc.integer({ min: 0, max: 0x7fffffff }).map((seed) => parseFactsOrThrow(generateStationYear(seed)));
/** The compliant station-year with a scenario of lapses, incidents, vacancies, zones and periods. */
const scenario = scenarioArb.map((s) => parsed(stationOf(s)));
const stations = fc.oneof(generated, scenario);

/** A day from a month before the period to two months after it, by its offset from the start. */
const offsetArb = fc.integer({ min: -31, max: 430 });

/** The result without its as-of part: what the full-year result must equal. */
function withoutAsOf(result: EvaluationResult): string {
  const { asOf: _asOf, ...rest } = result;
  return JSON.stringify(rest);
}

const settledOf = (facts: StationFacts) => evaluateSync(facts, { asOf: facts.period.end }).asOf?.settled as string;

describe(`evaluation as of a day (fast-check seed ${SEED})`, () => {
  it('as of the settled day or later gives the full-year result byte for byte', async () => {
    await check(
      fc.property(stations, fc.nat(60), (facts, after) => {
        const settled = settledOf(facts);
        const full = JSON.stringify(evaluateSync(facts));
        expect(withoutAsOf(evaluateSync(facts, { asOf: settled }))).toBe(full);
        expect(withoutAsOf(evaluateSync(facts, { asOf: addDays(settled, after) }))).toBe(full);
      }),
      200,
    );
  });

  it('the score to date is at most the projected score, and that at most the maximum', async () => {
    await check(
      fc.property(stations, offsetArb, (facts, offset) => {
        const result = evaluateSync(facts, { asOf: addDays(facts.period.start, offset) });
        const projected = result.asOf?.projected.total as number;
        expect(result.total).toBeLessThanOrEqual(projected);
        expect(projected).toBeLessThanOrEqual(result.max.total);
        for (const item of result.items) {
          expect(item.score).toBeGreaterThanOrEqual(0);
          expect(item.score).toBeLessThanOrEqual(item.max);
        }
      }),
      200,
    );
  });

  it('the projected score never rises as the day moves on (obligations only get judged)', async () => {
    await check(
      fc.property(stations, fc.uniqueArray(offsetArb, { minLength: 2, maxLength: 5 }), (facts, offsets) => {
        const days = offsets.sort((a, b) => a - b).map((n) => addDays(facts.period.start, n));
        const projected = days.map((day) => evaluateSync(facts, { asOf: day }).asOf?.projected.total as number);
        for (let i = 1; i < projected.length; i++) expect(projected[i]).toBeLessThanOrEqual(projected[i - 1] as number);
      }),
      100,
    );
  });

  it('no bucket whose window is still open is missing, and every open one is listed with a later deadline', async () => {
    await check(
      fc.property(stations, offsetArb, (facts, offset) => {
        const asOf = addDays(facts.period.start, offset);
        const result = evaluateSync(facts, { asOf });
        for (const item of result.items) {
          for (const coverage of item.coverage) {
            // A bucket ending after the day cannot be missing (grace windows only push this later).
            for (const bucket of coverage.missing)
              expect(bucketRange(bucket.split('@')[0] as string)[1] <= asOf).toBe(true);
            for (const bucket of coverage.upcoming ?? []) expect(coverage.missing).not.toContain(bucket);
          }
          for (const open of item.upcoming ?? []) expect(open.deadline.slice(0, 10) > asOf).toBe(true);
          if (item.upcoming) expect(item.nextDeadline).toBe(item.upcoming[0]?.deadline.slice(0, 10));
        }
      }),
      200,
    );
  });

  it('an overdue obligation is listed only as of a day before the period end: its deadline passed, its item lost points', async () => {
    let listed = 0;
    await check(
      fc.property(stations, offsetArb, (facts, offset) => {
        const asOf = addDays(facts.period.start, offset);
        const result = evaluateSync(facts, { asOf });
        const inside = asOf < facts.period.end;
        for (const item of result.items) {
          if (!inside) expect(item.overdue).toBeUndefined();
          for (const overdue of item.overdue ?? []) {
            listed++;
            expect(overdue.deadline.slice(0, 10) <= asOf).toBe(true);
            expect(item.pending ?? []).not.toContainEqual(expect.objectContaining({ id: overdue.id }));
            expect(overdue.lost).toBeGreaterThan(0);
            expect(overdue.lost).toBeLessThanOrEqual(item.max - item.score);
          }
        }
        expect(evaluateSync(facts).items.every((item) => item.overdue === undefined)).toBe(true);
      }),
      200,
    );
    // The stations drawn have vacancies, problems and outages left open: the property is not vacuous.
    expect(listed).toBeGreaterThan(0);
  });

  it('nothing dated after the day is relied on: records, incidents and follow-ups do not exist yet', async () => {
    await check(
      fc.property(scenario, offsetArb, (facts, offset) => {
        const asOf = addDays(facts.period.start, offset);
        const dayOf = new Map<string, string>();
        for (const list of Object.values(facts.records) as Array<Array<{ id: string; date: string }>>)
          for (const record of list) dayOf.set(record.id, record.date.slice(0, 10));
        for (const incident of facts.incidents) dayOf.set(incident.id, incident.date.slice(0, 10));
        const result = evaluateSync(facts, { asOf });
        for (const item of result.items) {
          for (const id of item.records) {
            const day = dayOf.get(id);
            // Date-times are compared by their local day; a day's slack covers the zone offsets.
            if (day !== undefined) expect(daysBetween(asOf, day)).toBeLessThanOrEqual(1);
          }
        }
      }),
      150,
    );
  });

  it('the compiled path and json-rules-engine give byte-identical results as of a day', async () => {
    await check(
      fc.asyncProperty(stations, offsetArb, async (facts, offset) => {
        const asOf = addDays(facts.period.start, offset);
        const reference = await evaluate(facts, { asOf, engine: 'json-rules-engine' });
        expect(JSON.stringify(evaluateSync(facts, { asOf }))).toBe(JSON.stringify(reference));
      }),
      60,
    );
  });
});
