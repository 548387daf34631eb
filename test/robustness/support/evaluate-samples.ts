/**
 * Prints the evaluation results of the examples and of a fixed sample of generated station-years,
 * through both evaluation paths, one JSON line each; then, for the examples and the first samples,
 * the result as of the middle of the period, its due list, its iCalendar file and the monthly
 * scores. The robustness tests run this script in child processes with different `TZ` settings
 * (and with code generation from strings disabled) and compare the output byte for byte.
 *
 * Usage: node --import tsx test/robustness/support/evaluate-samples.ts [count]
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { renderDueCalendar } from '../../../src/due/ics.js';
import { dueList } from '../../../src/due/list.js';
import { evaluate, evaluateSync } from '../../../src/engine/evaluate.js';
import { evaluateMonthly } from '../../../src/engine/monthly.js';
import { parseFacts } from '../../../src/facts/parse.js';
import { addDays } from '../../../src/time/local-day.js';
import { FUZZ_SEED } from './fuzz.js';
import { stationYear } from './station-years.js';

/** How many inputs (the examples first) are also evaluated as of a day. */
const AS_OF_INPUTS = 12;

const count = Number(process.argv[2] ?? 100);
const examples = ['compliant-station.json', 'station-with-lapses.json'].map((name) =>
  JSON.parse(readFileSync(new URL(`../../../examples/${name}`, import.meta.url), 'utf8')),
);
const inputs = [...examples, ...fc.sample(stationYear(), { numRuns: count, seed: FUZZ_SEED })];

for (const [index, input] of inputs.entries()) {
  const parsed = parseFacts(input);
  if (!parsed.ok) throw new Error(`invalid sample: ${JSON.stringify(parsed.issues[0])}`);
  const compiled = JSON.stringify(evaluateSync(parsed.value));
  const reference = JSON.stringify(await evaluate(parsed.value, { engine: 'json-rules-engine' }));
  process.stdout.write(`${compiled}\n${reference}\n`);
  if (index >= AS_OF_INPUTS) continue;
  const asOf = addDays(parsed.value.period.start, 180);
  const midYear = evaluateSync(parsed.value, { asOf });
  const list = dueList(midYear);
  const monthly = evaluateMonthly(parsed.value);
  process.stdout.write(`${JSON.stringify({ midYear, list, monthly })}\n${JSON.stringify(renderDueCalendar(list))}\n`);
}
