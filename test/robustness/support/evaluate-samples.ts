/**
 * Prints the evaluation results of the examples and of a fixed sample of generated station-years,
 * through both evaluation paths, one JSON line each. The robustness tests run this script in
 * child processes with different `TZ` settings (and with code generation from strings disabled)
 * and compare the output byte for byte.
 *
 * Usage: node --import tsx test/robustness/support/evaluate-samples.ts [count]
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { evaluate, evaluateSync } from '../../../src/engine/evaluate.js';
import { parseFacts } from '../../../src/facts/parse.js';
import { FUZZ_SEED } from './fuzz.js';
import { stationYear } from './station-years.js';

const count = Number(process.argv[2] ?? 100);
const examples = ['compliant-station.json', 'station-with-lapses.json'].map((name) =>
  JSON.parse(readFileSync(new URL(`../../../examples/${name}`, import.meta.url), 'utf8')),
);
const inputs = [...examples, ...fc.sample(stationYear(), { numRuns: count, seed: FUZZ_SEED })];

for (const input of inputs) {
  const parsed = parseFacts(input);
  if (!parsed.ok) throw new Error(`invalid sample: ${JSON.stringify(parsed.issues[0])}`);
  const compiled = JSON.stringify(evaluateSync(parsed.value));
  const reference = JSON.stringify(await evaluate(parsed.value, { engine: 'json-rules-engine' }));
  process.stdout.write(`${compiled}\n${reference}\n`);
}
