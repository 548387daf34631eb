/**
 * Invariants of the scoring over generated station-years (fast-check, fixed seed: a failure
 * prints the seed and the path to replay it; set FC_SEED to explore other seeds).
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { evaluate, evaluateSync } from '../../src/engine/evaluate.js';
import type { EvaluationResult } from '../../src/result/schema.js';
import { baseRuleset } from '../../src/ruleset/base.js';
import { gradeOf } from '../../src/scoring/grade.js';
import { resultLines } from '../support/print-results.js';
import { evaluateInput, parsed } from '../support/station.js';
import { addCompliantRecord, compliantRecordArb, scenarioArb, shuffleEverything, stationOf } from './arbitraries.js';

const execFileAsync = promisify(execFile);
const SEED = Number(process.env.FC_SEED ?? 20_230_101);
const check = <T>(property: fc.IProperty<T> | fc.IAsyncProperty<T>, numRuns: number) =>
  fc.assert(property as fc.IAsyncProperty<T>, { seed: SEED, numRuns });

const scores = (result: EvaluationResult) => Object.fromEntries(result.items.map((i) => [i.id, i.score]));

function expectNoScoreLower(after: EvaluationResult, before: EvaluationResult): void {
  const was = scores(before);
  const lowered = after.items.filter((i) => i.score < (was[i.id] ?? Number.NEGATIVE_INFINITY)).map((i) => i.id);
  expect(lowered).toEqual([]);
}

describe(`scoring invariants (fast-check seed ${SEED})`, () => {
  it('every item scores within [0, max]; base within [0, 100]; total within [0, 110]; totals add up', async () => {
    await check(
      fc.property(scenarioArb, (scenario) => {
        const r = evaluateInput(stationOf(scenario));
        for (const item of r.items) {
          expect(item.score).toBeGreaterThanOrEqual(0);
          expect(item.score).toBeLessThanOrEqual(item.max);
        }
        expect(r.base).toBeGreaterThanOrEqual(0);
        expect(r.base).toBeLessThanOrEqual(100);
        expect(r.total).toBeGreaterThanOrEqual(0);
        expect(r.total).toBeLessThanOrEqual(110);
        expect(r.total).toBe(r.base + r.bonus);
        expect(r.base).toBe(r.items.filter((i) => i.part !== 'B1').reduce((n, i) => n + i.score, 0));
      }),
      150,
    );
  });

  it.each([
    [90, 'excellent'],
    [89.99, 'qualified'],
    [60, 'qualified'],
    [59.5, 'unqualified'],
  ])('gradeOf(%d) is %s', (total, grade) => {
    expect(gradeOf(total, baseRuleset().grades).id).toBe(grade);
  });

  it('grades exactly by the bands: ≥ 90 excellent, ≥ 60 qualified, below unqualified', async () => {
    await check(
      fc.property(scenarioArb, (scenario) => {
        const r = evaluateInput(stationOf(scenario));
        expect(r.grade).toBe(r.total >= 90 ? 'excellent' : r.total >= 60 ? 'qualified' : 'unqualified');
      }),
      100,
    );
    await check(
      fc.property(fc.double({ min: -20, max: 120, noNaN: true }), (total) => {
        const expected = total >= 90 ? 'excellent' : total >= 60 ? 'qualified' : 'unqualified';
        expect(gradeOf(total, baseRuleset().grades).id).toBe(expected);
      }),
      500,
    );
  });

  it('the compiled path and json-rules-engine give byte-identical results', async () => {
    await check(
      fc.asyncProperty(scenarioArb, async (scenario) => {
        const facts = parsed(stationOf(scenario));
        const reference = await evaluate(facts, { engine: 'json-rules-engine' });
        expect(JSON.stringify(evaluateSync(facts))).toBe(JSON.stringify(reference));
      }),
      50,
    );
  });

  it('adding a compliant record never lowers any item score', async () => {
    await check(
      fc.property(scenarioArb, compliantRecordArb, (scenario, add) => {
        const before = evaluateInput(stationOf(scenario));
        const facts = stationOf(scenario);
        addCompliantRecord(facts, add);
        expectNoScoreLower(evaluateInput(facts), before);
      }),
      150,
    );
  });

  it('removing an incident never lowers any item score', async () => {
    await check(
      fc.property(
        scenarioArb.filter((s) => s.incidents.length > 0),
        fc.nat(),
        (scenario, n) => {
          const before = evaluateInput(stationOf(scenario));
          const facts = stationOf(scenario);
          facts.incidents.splice(n % facts.incidents.length, 1);
          expectNoScoreLower(evaluateInput(facts), before);
        },
      ),
      150,
    );
  });

  it('shuffling every list of the facts changes nothing in the result JSON', async () => {
    await check(
      fc.property(scenarioArb, fc.integer({ min: 1, max: 2 ** 31 - 1 }), (scenario, seed) => {
        const facts = stationOf(scenario);
        const expected = JSON.stringify(evaluateInput(facts));
        expect(JSON.stringify(evaluateInput(shuffleEverything(facts, seed)))).toBe(expected);
      }),
      100,
    );
  });
});

describe('independence from the process time zone', () => {
  const original = process.env.TZ;
  afterEach(() => {
    if (original === undefined) delete process.env.TZ;
    else process.env.TZ = original;
  });

  it('changing process.env.TZ in this process changes nothing in the result JSON', async () => {
    await check(
      fc.property(
        scenarioArb,
        fc.constantFrom('UTC', 'America/New_York', 'Pacific/Kiritimati', 'Europe/London'),
        (scenario, zone) => {
          process.env.TZ = original ?? 'Asia/Shanghai';
          const here = JSON.stringify(evaluateInput(stationOf(scenario)));
          process.env.TZ = zone;
          expect(JSON.stringify(evaluateInput(stationOf(scenario)))).toBe(here);
        },
      ),
      40,
    );
  });

  it('child processes with TZ=UTC and TZ=America/New_York print byte-identical results', async () => {
    const script = fileURLToPath(new URL('../support/print-results.ts', import.meta.url));
    const run = (zone: string) =>
      execFileAsync(process.execPath, ['--import', 'tsx', script], {
        env: { ...process.env, TZ: zone },
        encoding: 'utf8',
      });
    const outputs = await Promise.all(['UTC', 'America/New_York'].map(run));
    const expected = `${resultLines().join('\n')}\n`;
    for (const { stdout } of outputs) expect(stdout).toBe(expected);
  });
});
