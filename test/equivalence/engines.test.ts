/**
 * The compiled evaluator and json-rules-engine (the reference) give byte-identical result JSON:
 * on generated station-years (fast-check, fixed seed), on the examples, and under every variant
 * shipped in `examples/variants/` or `rules/variants/`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateStationYear } from '../../bench/generate.js';
import { evaluate, evaluateSync } from '../../src/engine/evaluate.js';
import { parseFactsOrThrow } from '../../src/facts/parse.js';
import type { StationFacts } from '../../src/facts/schema.js';
import { baseRulesetDocument } from '../../src/ruleset/base.js';
import type { Ruleset } from '../../src/ruleset/finalize.js';
import { loadRulesetOrThrow } from '../../src/ruleset/load.js';

const root = new URL('../../', import.meta.url);
const read = (path: string): unknown => JSON.parse(readFileSync(new URL(path, root), 'utf8'));
const EXAMPLES = ['examples/compliant-station.json', 'examples/station-with-lapses.json'];

async function expectSameJson(facts: StationFacts, ruleset?: Ruleset): Promise<void> {
  const options = ruleset ? { ruleset } : {};
  const compiled = JSON.stringify(evaluateSync(facts, options));
  const reference = JSON.stringify(await evaluate(facts, { ...options, engine: 'json-rules-engine' }));
  expect(compiled).toBe(reference);
}

/** A station-year from the benchmark generator, mostly of the usual size, sometimes 2× or 10×. */
const scale = fc.oneof(
  { arbitrary: fc.constant(1), weight: 18 },
  { arbitrary: fc.constant(2), weight: 1 },
  { arbitrary: fc.constant(10), weight: 1 },
);
const stationYear = fc
  .record({ seed: fc.integer({ min: 0, max: 0x7fffffff }), scale })
  .map(({ seed, scale }) => parseFactsOrThrow(generateStationYear(seed, { scale })));

describe('compiled and json-rules-engine evaluation', () => {
  it('give byte-identical results on 1 000 generated station-years', async () => {
    await fc.assert(
      fc.asyncProperty(stationYear, (facts) => expectSameJson(facts)),
      { seed: 20230101, numRuns: 1000 },
    );
  });

  it.each(EXAMPLES)('give byte-identical results on %s', async (file) => {
    await expectSameJson(parseFactsOrThrow(read(file)));
  });

  const variants = ['examples/variants/', 'rules/variants/']
    .filter((dir) => existsSync(new URL(dir, root)))
    .flatMap((dir) =>
      readdirSync(new URL(dir, root))
        .filter((f) => f.endsWith('.json') && !f.endsWith('.cases.json'))
        .map((f) => dir + f),
    );
  for (const file of variants) {
    it(`give byte-identical results under the variant ${file}`, async () => {
      const ruleset = loadRulesetOrThrow([baseRulesetDocument(), read(file)]);
      for (const example of EXAMPLES) await expectSameJson(parseFactsOrThrow(read(example)), ruleset);
      for (let seed = 0; seed < 50; seed++) await expectSameJson(parseFactsOrThrow(generateStationYear(seed)), ruleset);
    });
  }
});
