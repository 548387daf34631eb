/**
 * The compiled evaluation path: a ruleset's conditions turned once into synchronous closures
 * over a per-station fact cache. It gives the same leaf outcomes as json-rules-engine (the same
 * fact functions, path resolver and operators) without promises, events or an almanac.
 */

import { leavesOf } from '../ruleset/conditions.js';
import type { ResolvedItem, Ruleset } from '../ruleset/finalize.js';
import type { Condition, FactReference } from '../ruleset/schema.js';
import { countOf } from '../scoring/modes.js';
import { canonicalJson } from '../util/canonical-json.js';
import { FACTS } from './facts/index.js';
import type { ItemOutcomes, LeafOutcome } from './item-result.js';
import { applyOperator, OPERATORS } from './operators.js';
import { factValueAtPath } from './path.js';
import type { PreparedStation } from './prepare.js';

/** A fact call with its params parsed once, keyed for the per-station cache. */
interface FactCall {
  readonly key: string;
  readonly compute: (station: PreparedStation) => unknown;
}

type FactCache = Map<string, unknown>;

function factCall(ref: FactReference | { fact: string; params?: unknown }): FactCall {
  const definition = FACTS.get(ref.fact);
  if (!definition) throw new Error(`Unknown fact ${ref.fact} (the ruleset was not validated)`);
  const params = definition.params.parse(ref.params ?? {});
  return {
    key: `${ref.fact}|${canonicalJson(ref.params ?? {})}`,
    compute: (station) => definition.compute(station, params),
  };
}

function cachedValue(call: FactCall, station: PreparedStation, cache: FactCache): unknown {
  let value = cache.get(call.key);
  if (value === undefined) {
    value = call.compute(station);
    cache.set(call.key, value);
  }
  return value;
}

type LeafEvaluator = (station: PreparedStation, cache: FactCache) => LeafOutcome;

function compileLeaves(tree: Condition | undefined): LeafEvaluator[] | null {
  if (!tree) return null;
  return leavesOf(tree).map((leaf) => {
    const call = factCall(leaf);
    const operator = OPERATORS.get(leaf.operator);
    if (!operator) throw new Error(`Unknown operator ${leaf.operator} (the ruleset was not validated)`);
    const { path, value: expected } = leaf;
    return (station, cache) => {
      const value = cachedValue(call, station, cache);
      const actual = factValueAtPath(value, path);
      return { value, actual, result: applyOperator(operator, actual, expected) };
    };
  });
}

/** One item, compiled. */
export interface CompiledItem {
  readonly item: ResolvedItem;
  readonly outcomes: (station: PreparedStation, cache: FactCache) => ItemOutcomes;
}

function compileItem(item: ResolvedItem): CompiledItem {
  const applicability = compileLeaves(item.applicability);
  const conditions = compileLeaves(item.conditions);
  const scoring = item.scoring;
  const ref =
    scoring.mode === 'deduct-per-occurrence'
      ? scoring.occurrences
      : scoring.mode === 'deduct-per-failure' && scoring.failures !== 'failed-conditions'
        ? scoring.failures
        : null;
  const refCall = ref ? factCall(ref) : null;
  const refPath = ref?.path;
  return {
    item,
    outcomes: (station, cache) => ({
      applicability: applicability ? applicability.map((leaf) => leaf(station, cache)) : null,
      conditions: conditions ? conditions.map((leaf) => leaf(station, cache)) : null,
      referencedCount: refCall ? countOf(factValueAtPath(cachedValue(refCall, station, cache), refPath)) : null,
    }),
  };
}

/** A ruleset compiled for fast, synchronous evaluation. */
export interface CompiledRuleset {
  readonly ruleset: Ruleset;
  readonly items: readonly CompiledItem[];
}

const compiledCache = new WeakMap<Ruleset, CompiledRuleset>();

/**
 * Compiles a ruleset once (cached per ruleset object).
 *
 * @example
 * ```ts
 * const compiled = compileRuleset(baseRuleset());
 * ```
 */
export function compileRuleset(ruleset: Ruleset): CompiledRuleset {
  let compiled = compiledCache.get(ruleset);
  if (!compiled) {
    compiled = { ruleset, items: ruleset.items.map(compileItem) };
    compiledCache.set(ruleset, compiled);
  }
  return compiled;
}

/**
 * Leaf outcomes of every item for one station, through the compiled path.
 *
 * @example
 * ```ts
 * const outcomes = compiledOutcomes(compileRuleset(ruleset), prepareStation(facts));
 * ```
 */
export function compiledOutcomes(compiled: CompiledRuleset, station: PreparedStation): Map<string, ItemOutcomes> {
  const cache: FactCache = new Map();
  const out = new Map<string, ItemOutcomes>();
  for (const { item, outcomes } of compiled.items) {
    if (item.scoring.mode !== 'expert') out.set(item.id, outcomes(station, cache));
  }
  return out;
}
