/**
 * The facts schema of a ruleset: the built-in record kinds and the kinds its documents declare.
 * Built once per distinct set of declared kinds and kept, so that a batch of stations under one
 * ruleset (or many rulesets declaring the same kinds) shares one schema.
 */
import type * as z from 'zod';
import { canonicalJson } from '../util/canonical-json.js';
import { declaredKindSchema, type RecordKindDeclaration } from './kinds/declaration.js';
import { builtInKindInfos, type RecordKindInfo } from './kinds/describe.js';
import { factsSchemaWith, stationFactsSchema } from './schema.js';

/**
 * What the facts schema depends on in a ruleset: its declared kinds (as written) and the
 * description of every kind. A `Ruleset` has both.
 *
 * @category Facts
 * @example
 * ```ts
 * const kinds: FactsKinds = baseRuleset();
 * ```
 */
export interface FactsKinds {
  readonly declaredKinds: Readonly<Record<string, RecordKindDeclaration>>;
  readonly recordKinds: readonly RecordKindInfo[];
}

/** The kinds of facts parsed without a ruleset: the built-in ones, as in the base ruleset. */
export const BUILT_IN_FACTS_KINDS: FactsKinds = {
  declaredKinds: {},
  get recordKinds() {
    return builtInKindInfos();
  },
};

const keys = new WeakMap<FactsKinds, string>();

/**
 * A key naming the set of declared kinds: equal for rulesets whose facts have the same schema,
 * `''` for the built-in kinds alone.
 *
 * @example
 * ```ts
 * kindsKey(baseRuleset()); // ''
 * ```
 */
export function kindsKey(kinds: FactsKinds): string {
  let key = keys.get(kinds);
  if (key === undefined) {
    key = Object.keys(kinds.declaredKinds).length === 0 ? '' : canonicalJson(kinds.declaredKinds);
    keys.set(kinds, key);
  }
  return key;
}

/** Schemas kept per kinds key; a handful of rulesets at a time is the normal case. */
const MAX_SCHEMAS = 32;
const schemas = new Map<string, z.ZodObject>();

/**
 * The facts schema for a ruleset's kinds (the built-in kinds alone when `kinds` has none).
 *
 * @category Facts
 * @example
 * ```ts
 * factsSchemaFor(ruleset).safeParse(json);
 * ```
 */
export function factsSchemaFor(kinds: FactsKinds): z.ZodObject {
  const key = kindsKey(kinds);
  if (key === '') return stationFactsSchema;
  let schema = schemas.get(key);
  if (schema === undefined) {
    const declared: Record<string, z.ZodObject> = {};
    for (const [name, declaration] of Object.entries(kinds.declaredKinds))
      declared[name] = declaredKindSchema(declaration);
    schema = factsSchemaWith(declared);
    if (schemas.size >= MAX_SCHEMAS) schemas.delete(schemas.keys().next().value as string);
    schemas.set(key, schema);
  }
  return schema;
}
