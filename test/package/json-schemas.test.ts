import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluateSync } from '../../src/engine/evaluate.js';
import { parseFactsOrThrow } from '../../src/facts/parse.js';
import { stationFactsSchema } from '../../src/facts/schema.js';
import { jsonSchemas } from '../../src/schemas/json-schemas.js';
import { parseTestSuite } from '../../src/testkit/schema.js';
import { validateJsonSchema } from '../support/json-schema.js';

const schemas = jsonSchemas();
const factsSchema = schemas['facts.json']!;
const rulesetSchema = schemas['ruleset.json']!;
const resultSchema = schemas['result.json']!;

const readJson = (path: string): unknown => JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'));
const EXAMPLES = ['examples/compliant-station.json', 'examples/station-with-lapses.json'];

type Json = Record<string, unknown>;
const clone = <T>(value: T): T => structuredClone(value);

describe('the generated facts schema (schemas/facts.json)', () => {
  it.each(EXAMPLES)('validates %s, which parseFacts also accepts', (file) => {
    const example = readJson(file);
    expect(validateJsonSchema(example, factsSchema)).toEqual([]);
    expect(stationFactsSchema.safeParse(example).success).toBe(true);
  });

  const mutations: Array<[string, (facts: Json) => void, string]> = [
    ['a missing station', (f) => delete f.station, '$.station'],
    ['a misspelt field', (f) => Object.assign(f.period as Json, { ende: '2023-12-31' }), '$.period.ende'],
    [
      'an unknown venue kind',
      (f) => Object.assign((f.servicePoints as Json[])[0]!, { venue: 'pub' }),
      '$.servicePoints[0].venue',
    ],
    [
      'a negative facility quantity',
      (f) => Object.assign(((f.servicePoints as Json[])[0]!.facilities as Json[])[0]!, { quantity: -1 }),
      '$.servicePoints[0].facilities[0].quantity',
    ],
    [
      'an empty record id',
      (f) => Object.assign(((f.records as Json).liaisons as Json[])[0]!, { id: '' }),
      '$.records.liaisons[0].id',
    ],
    [
      'a demand without its resolved flag',
      (f) => delete (((f.records as Json).liaisons as Json[])[0]!.demands as Json[])[0]!.resolved,
      '$.records.liaisons[0].demands[0].resolved',
    ],
    [
      'a date-time without an offset',
      (f) => Object.assign(((f.records as Json).liaisons as Json[])[0]!, { date: '2023-01-08T10:00:00' }),
      '$.records.liaisons[0].date',
    ],
  ];

  it.each(mutations)('rejects an example with %s, as parseFacts does', (_what, mutate, path) => {
    const example = clone(readJson(EXAMPLES[0]!)) as Json;
    mutate(example);
    expect(validateJsonSchema(example, factsSchema).map((e) => e.path)).toContain(path);
    expect(stationFactsSchema.safeParse(example).success).toBe(false);
  });

  it('describes the input side: fields with defaults are optional', () => {
    expect(factsSchema.required).toEqual(['station', 'period']);
  });

  it('carries the Chinese terms beside the English titles', () => {
    const properties = factsSchema.properties as Record<string, Json>;
    expect(properties.station?.title).toBe('Station 供电所');
  });
});

describe('the generated ruleset schema (schemas/ruleset.json)', () => {
  it('validates the base ruleset', () => {
    expect(validateJsonSchema(readJson('rules/base/zj-clean-station.json'), rulesetSchema)).toEqual([]);
  });

  it('describes conditions recursively and rejects a leaf without an operator', () => {
    const ruleset = clone(readJson('rules/base/zj-clean-station.json')) as Json;
    const item = (ruleset.items as Json[])[0]!;
    item.conditions = { all: [{ not: { fact: 'servicePoints', path: 'active', value: true } }] };
    const errors = validateJsonSchema(ruleset, rulesetSchema);
    expect(errors.map((e) => e.path)).toContain('$.items[0].conditions');
  });

  it('rejects an item with an unknown scoring mode', () => {
    const ruleset = clone(readJson('rules/base/zj-clean-station.json')) as Json;
    (ruleset.items as Json[])[0]!.scoring = { mode: 'half-marks' };
    expect(validateJsonSchema(ruleset, rulesetSchema).map((e) => e.path)).toContain('$.items[0].scoring');
  });
});

describe('the generated result schema (schemas/result.json)', () => {
  it.each(EXAMPLES)('validates the result of evaluating %s', (file) => {
    const result = evaluateSync(parseFactsOrThrow(readJson(file)));
    expect(validateJsonSchema(JSON.parse(JSON.stringify(result)), resultSchema)).toEqual([]);
  });

  it('rejects a result with an unknown grade', () => {
    const result = clone(evaluateSync(parseFactsOrThrow(readJson(EXAMPLES[0]!)))) as unknown as Json;
    result.grade = 'outstanding';
    expect(validateJsonSchema(result, resultSchema).map((e) => e.path)).toContain('$.grade');
  });
});

describe('the generated variant schema (schemas/variant.json)', () => {
  const variantSchema = schemas['variant.json']!;

  it('validates the example variant', () => {
    expect(validateJsonSchema(readJson('examples/variants/jinhua-city.json'), variantSchema)).toEqual([]);
  });

  it('rejects a variant that does not say what it extends', () => {
    const variant = clone(readJson('examples/variants/jinhua-city.json')) as Json;
    delete variant.extends;
    expect(validateJsonSchema(variant, variantSchema).map((e) => e.path)).toContain('$.extends');
  });
});

describe('the generated review schema (schemas/review.json)', () => {
  const reviewSchema = schemas['review.json']!;

  it('validates the example review', () => {
    expect(validateJsonSchema(readJson('examples/review.json'), reviewSchema)).toEqual([]);
  });

  it('rejects an assessment with an unknown verdict', () => {
    const review = clone(readJson('examples/review.json')) as Json;
    (review.assessments as Json[])[0]!.verdict = 'maybe';
    expect(validateJsonSchema(review, reviewSchema).map((e) => e.path)).toContain('$.assessments[0].verdict');
  });
});

describe('the generated cases schema (schemas/cases.json)', () => {
  const casesSchema = schemas['cases.json']!;

  it('validates the example cases file, which testRuleset also accepts', () => {
    const cases = readJson('examples/variants/jinhua-city.cases.json');
    expect(validateJsonSchema(cases, casesSchema)).toEqual([]);
    expect(parseTestSuite(cases).ok).toBe(true);
  });

  it.each([
    [
      'an unknown patch operation',
      (c: Json) => Object.assign(((c.cases as Json[])[1]!.patch as Json[])[0]!, { op: 'delete' }),
      '$.cases[1].patch',
    ],
    [
      'a misspelt expectation',
      (c: Json) => Object.assign((c.cases as Json[])[0]!.expect as Json, { totl: 1 }),
      '$.cases[0].expect.totl',
    ],
    [
      'an unknown status',
      (c: Json) => Object.assign(((c.cases as Json[])[0]!.expect as Json).items as Json, { x: { status: 'ok' } }),
      '$.cases[0].expect.items.x.status',
    ],
  ])('rejects a cases file with %s, as testRuleset does', (_what, mutate, path) => {
    const cases = clone(readJson('examples/variants/jinhua-city.cases.json')) as Json;
    mutate(cases);
    expect(validateJsonSchema(cases, casesSchema).map((e) => e.path)).toContain(path);
    expect(parseTestSuite(cases).ok).toBe(false);
  });
});
