/**
 * Fuzzing the parsers (facts, rulesets with variants, review files) with arbitrary and near-valid
 * JSON: they never throw, and always return either a value or a non-empty list of coded,
 * located, bilingual issues.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { parseReview } from '../../src/assess/parse.js';
import { parseFacts, parseFactsJson } from '../../src/facts/parse.js';
import { baseRulesetDocument } from '../../src/ruleset/base.js';
import { loadRuleset } from '../../src/ruleset/load.js';
import { compliantFacts } from '../support/station.js';
import { expectParseResult, FUZZ_TIMEOUT, fuzzParameters, mutationsOf } from './support/fuzz.js';

const RUNS = 10_000;
/** Text adds little over the JSON values above (the same parser behind `JSON.parse`). */
const TEXT_RUNS = 2_000;

const example = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../examples/${name}`, import.meta.url), 'utf8'));

const factsInputs = fc.oneof(
  { weight: 2, arbitrary: fc.jsonValue() },
  { weight: 3, arbitrary: mutationsOf(compliantFacts()) },
  { weight: 1, arbitrary: mutationsOf(example('station-with-lapses.json')) },
);

describe('parseFacts on arbitrary input', () => {
  it(
    `never throws and always returns a value or coded issues (${RUNS} runs)`,
    () => {
      fc.assert(
        fc.property(factsInputs, (input) => expectParseResult(parseFacts(input))),
        fuzzParameters(RUNS),
      );
    },
    FUZZ_TIMEOUT,
  );

  it(
    `reads arbitrary text, JSON or not, without throwing (${TEXT_RUNS} runs)`,
    () => {
      const text = fc.oneof(
        fc.string({ unit: 'binary' }),
        fc.jsonValue().map((v) => JSON.stringify(v)),
        mutationsOf(compliantFacts()).map((v) => {
          const json = JSON.stringify(v) ?? '';
          return json.slice(0, Math.max(0, json.length - (json.length % 97)));
        }),
      );
      fc.assert(
        fc.property(text, (input) => expectParseResult(parseFactsJson(input))),
        fuzzParameters(TEXT_RUNS),
      );
    },
    FUZZ_TIMEOUT,
  );
});

describe('loadRuleset on arbitrary input', () => {
  it(
    `never throws and always returns a ruleset or coded issues (${RUNS} runs)`,
    () => {
      const inputs = fc.oneof(
        { weight: 1, arbitrary: fc.jsonValue() },
        { weight: 1, arbitrary: mutationsOf(baseRulesetDocument()) },
      );
      fc.assert(
        fc.property(inputs, (input) => expectParseResult(loadRuleset(input))),
        fuzzParameters(RUNS),
      );
    },
    FUZZ_TIMEOUT,
  );
});

describe('parseReview on arbitrary input', () => {
  it(
    `never throws and always returns a review or coded issues (${RUNS} runs)`,
    () => {
      const inputs = fc.oneof(
        { weight: 1, arbitrary: fc.jsonValue() },
        { weight: 1, arbitrary: mutationsOf(example('review.json')) },
      );
      fc.assert(
        fc.property(inputs, (input) => expectParseResult(parseReview(input))),
        fuzzParameters(RUNS),
      );
    },
    FUZZ_TIMEOUT,
  );
});
