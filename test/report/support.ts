/** Results of the two examples, evaluated once per test file. */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { evaluate } from '../../src/engine/evaluate.js';
import { evaluateMonthly } from '../../src/engine/monthly.js';
import { parseFactsOrThrow } from '../../src/facts/parse.js';
import type { EvaluationResult, ItemResult } from '../../src/result/schema.js';

const EXAMPLES = resolve(import.meta.dirname, '../../examples');

/** The name of an example facts file. */
export type ExampleName = 'compliant-station' | 'station-with-lapses';

/** The facts of an example. */
export const exampleFacts = (name: ExampleName) =>
  parseFactsOrThrow(JSON.parse(readFileSync(join(EXAMPLES, `${name}.json`), 'utf8')));

/** Evaluates an example facts file with the base ruleset. */
export async function exampleResult(name: ExampleName): Promise<EvaluationResult> {
  return evaluate(exampleFacts(name));
}

/** An example evaluated as of a day, with its monthly scores up to that day. */
export async function exampleAsOf(name: ExampleName, asOf: string): Promise<EvaluationResult> {
  const facts = exampleFacts(name);
  return { ...(await evaluate(facts, { asOf })), monthly: evaluateMonthly(facts, { asOf }) };
}

/** A copy of a result with some items changed (score, max, status), totals and grade left as given. */
export function withItems(
  result: EvaluationResult,
  changes: Record<string, Partial<Pick<ItemResult, 'score' | 'max' | 'status'>>>,
  totals: Partial<Pick<EvaluationResult, 'total' | 'grade'>> = {},
): EvaluationResult {
  return {
    ...result,
    ...totals,
    items: result.items.map((item) => (changes[item.id] ? { ...item, ...changes[item.id] } : item)),
  };
}
