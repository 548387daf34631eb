/**
 * The JSON Schemas shipped in `schemas/`, generated from the zod schemas so that integrators in
 * other languages validate against exactly what `parseFacts`, `loadRuleset` and `evaluate` accept
 * and return. `build-schemas.ts` writes them; the tests regenerate them in memory.
 */
import * as z from 'zod';
import { reviewSchema } from '../assess/schema.js';
import { type FactsKinds, factsSchemaFor } from '../facts/for-ruleset.js';
import { stationFactsSchema } from '../facts/schema.js';
import { evaluationResultSchema } from '../result/schema.js';
import { testSuiteSchema } from '../testkit/schema.js';
import { baseRulesetSchema, conditionSchema } from '../ruleset/schema.js';
import { variantSchema } from '../ruleset/variant.js';

/** A JSON Schema document as plain JSON. */
export type JsonSchema = { readonly [key: string]: unknown };

const DRAFT = 'https://json-schema.org/draft/2020-12/schema';
const CONDITION_REF = { $ref: '#/$defs/Condition' } as const;

const booleanNode = (op: 'all' | 'any' | 'not') => ({
  type: 'object',
  properties: {
    [op]: op === 'not' ? CONDITION_REF : { type: 'array', items: CONDITION_REF },
    name: { type: 'string' },
  },
  required: [op],
  additionalProperties: false,
});

/**
 * The condition tree of a ruleset (json-rules-engine syntax, recursive). zod checks it with
 * `checkCondition`, so its JSON Schema is written here by hand, once.
 */
const conditionJsonSchema = {
  description: 'json-rules-engine condition: all / any / not, or fact + params + path + operator + value',
  anyOf: [
    booleanNode('all'),
    booleanNode('any'),
    booleanNode('not'),
    {
      type: 'object',
      properties: {
        fact: { type: 'string', minLength: 1, maxLength: 64 },
        params: { type: 'object', description: 'Fact params; a value may be { "$param": name }' },
        path: { type: 'string', maxLength: 200 },
        operator: { type: 'string', minLength: 1 },
        value: { description: 'The expected value; may be { "$param": name }' },
        name: { type: 'string' },
      },
      required: ['fact', 'operator', 'value'],
      additionalProperties: false,
    },
  ],
};

type Io = 'input' | 'output';

function generate(schema: z.ZodType, io: Io, title: string, description: string): JsonSchema {
  const json = z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    io,
    unrepresentable: 'any',
    override: (ctx) => {
      if (ctx.zodSchema === conditionSchema) {
        for (const key of Object.keys(ctx.jsonSchema)) delete (ctx.jsonSchema as Record<string, unknown>)[key];
        Object.assign(ctx.jsonSchema, conditionJsonSchema);
      }
    },
  }) as Record<string, unknown>;
  const { $schema: _draft, title: _title, description: _description, ...rest } = json;
  return { $schema: DRAFT, title, description, ...rest };
}

/** What the facts schema says of itself. */
const FACTS_TITLE = 'StationFacts';
const FACTS_DESCRIPTION = 'One station’s evaluation period, as a facts file is written (清廉供电站所服务监督评价 facts).';

/**
 * The JSON Schema of the facts of a ruleset: the built-in record kinds and the kinds the ruleset
 * declares (what `clean-station schema facts --ruleset …` prints).
 *
 * @example
 * ```ts
 * const schema = factsJsonSchemaFor(loadRulesetOrThrow([variant]));
 * ```
 */
export function factsJsonSchemaFor(kinds: FactsKinds): JsonSchema {
  return generate(factsSchemaFor(kinds), 'input', FACTS_TITLE, FACTS_DESCRIPTION);
}

/** The formats with a JSON Schema. */
export const SCHEMA_KINDS = ['facts', 'ruleset', 'variant', 'review', 'result', 'cases'] as const;

/** A format with a JSON Schema. */
export type SchemaKind = (typeof SCHEMA_KINDS)[number];

/**
 * The JSON Schema of one format: facts, rulesets, variants, reviews and test cases as written
 * (input), results as produced.
 *
 * @example
 * ```ts
 * jsonSchemaOf('facts').title; // 'StationFacts'
 * ```
 */
export function jsonSchemaOf(kind: SchemaKind): JsonSchema {
  return jsonSchemas()[`${kind}.json`] as JsonSchema;
}

/**
 * The schemas shipped in `schemas/`, by file name.
 *
 * @example
 * ```ts
 * Object.keys(jsonSchemas()); // ['facts.json', 'ruleset.json', 'variant.json', 'review.json', 'result.json', 'cases.json']
 * ```
 */
export function jsonSchemas(): Record<string, JsonSchema> {
  return {
    'facts.json': generate(stationFactsSchema, 'input', FACTS_TITLE, FACTS_DESCRIPTION),
    'ruleset.json': generate(
      baseRulesetSchema,
      'input',
      'Ruleset',
      'A base ruleset: the standard’s items as data, with json-rules-engine conditions.',
    ),
    'variant.json': generate(
      variantSchema,
      'input',
      'RulesetVariant',
      'A regional variant: extends a ruleset (pinned by a semver range) and changes params, items, parts, sections or grades.',
    ),
    'review.json': generate(
      reviewSchema,
      'input',
      'Review',
      'Expert assessments (专家评议) and rejected evidence for one station’s evaluation.',
    ),
    'result.json': generate(
      evaluationResultSchema,
      'output',
      'EvaluationResult',
      'The result of evaluating one station: plain, deterministic JSON.',
    ),
    'cases.json': generate(
      testSuiteSchema,
      'input',
      'RulesetTestCases',
      'Test cases of a ruleset (clean-station test): facts, an optional review, and the expected result of some items.',
    ),
  };
}
