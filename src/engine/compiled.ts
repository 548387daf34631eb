/**
 * The compiled evaluation path: a ruleset's conditions turned once into synchronous closures
 * over a per-station fact cache. It gives the same leaf outcomes as json-rules-engine (the same
 * fact functions, path resolver and operators) without promises, events or an almanac.
 */

import { leavesOf } from '../ruleset/conditions.js';
import type { ResolvedItem, Ruleset } from '../ruleset/finalize.js';
import type { Condition, FactReference } from '../ruleset/schema.js';
import { countOf, scoringReference } from '../scoring/modes.js';
import { factCallKey } from './facts/fact.js';
import { FACTS } from './facts/index.js';
import type { ItemOutcomes, LeafOutcome } from './item-result.js';
import { applyOperator, OPERATORS } from './operators.js';
import { pathAccessor } from './path.js';
import type { PreparedStation } from './prepare.js';

/** A fact call with its params parsed once, and its slot in the per-station fact cache. */
interface FactCall {
  readonly slot: number;
  readonly compute: (station: PreparedStation) => unknown;
}

/** Fact values of one station, by slot (a fact with the same params is computed once). */
type FactCache = unknown[];

/** Gives each distinct fact call (name + canonical params) of a ruleset one cache slot. */
class FactSlots {
  private readonly slots = new Map<string, FactCall>();

  call(ref: FactReference | { fact: string; params?: unknown }): FactCall {
    const key = factCallKey(ref);
    let call = this.slots.get(key);
    if (call === undefined) {
      const definition = FACTS.get(ref.fact);
      if (!definition) throw new Error(`Unknown fact ${ref.fact} (the ruleset was not validated)`);
      const params = definition.params.parse(ref.params ?? {});
      call = { slot: this.slots.size, compute: (station) => definition.compute(station, params) };
      this.slots.set(key, call);
    }
    return call;
  }

  get size(): number {
    return this.slots.size;
  }
}

function cachedValue(call: FactCall, station: PreparedStation, cache: FactCache): unknown {
  let value = cache[call.slot];
  if (value === undefined) {
    value = call.compute(station);
    cache[call.slot] = value;
  }
  return value;
}

type LeafEvaluator = (station: PreparedStation, cache: FactCache) => LeafOutcome;

function compileLeaves(tree: Condition | undefined, slots: FactSlots): LeafEvaluator[] | null {
  if (!tree) return null;
  return leavesOf(tree).map((leaf) => {
    const call = slots.call(leaf);
    const operator = OPERATORS.get(leaf.operator);
    if (!operator) throw new Error(`Unknown operator ${leaf.operator} (the ruleset was not validated)`);
    const atPath = pathAccessor(leaf.path);
    const expected = leaf.value;
    return (station, cache) => {
      const value = cachedValue(call, station, cache);
      const actual = atPath(value);
      return { value, actual, result: applyOperator(operator, actual, expected) };
    };
  });
}

function evaluateLeaves(leaves: readonly LeafEvaluator[], station: PreparedStation, cache: FactCache): LeafOutcome[] {
  const outcomes: LeafOutcome[] = [];
  for (const leaf of leaves) outcomes.push(leaf(station, cache));
  return outcomes;
}

/** One item, compiled. */
export interface CompiledItem {
  readonly item: ResolvedItem;
  readonly outcomes: (station: PreparedStation, cache: FactCache) => ItemOutcomes;
}

function compileItem(item: ResolvedItem, slots: FactSlots): CompiledItem {
  const applicability = compileLeaves(item.applicability, slots);
  const conditions = compileLeaves(item.conditions, slots);
  const ref = scoringReference(item.scoring);
  const refCall = ref ? slots.call(ref) : null;
  const refAtPath = pathAccessor(ref?.path);
  return {
    item,
    outcomes: (station, cache) => ({
      applicability: applicability ? evaluateLeaves(applicability, station, cache) : null,
      conditions: conditions ? evaluateLeaves(conditions, station, cache) : null,
      referencedCount: refCall ? countOf(refAtPath(cachedValue(refCall, station, cache))) : null,
    }),
  };
}

/** A ruleset compiled for fast, synchronous evaluation. */
export interface CompiledRuleset {
  readonly ruleset: Ruleset;
  readonly items: readonly CompiledItem[];
  /** How many distinct fact calls the ruleset makes. */
  readonly factCalls: number;
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
    const slots = new FactSlots();
    const items = ruleset.items.map((item) => compileItem(item, slots));
    compiled = { ruleset, items, factCalls: slots.size };
    compiledCache.set(ruleset, compiled);
  }
  return compiled;
}

/**
 * The leaf outcomes of one station, item by item (by index in the ruleset's items, null for an
 * expert-judged item), computed when asked: the evaluator builds each item's result right after
 * its outcomes, while they are still in the processor's cache. Fact values are shared between
 * items through one cache per station.
 *
 * @example
 * ```ts
 * const outcomesOf = compiledOutcomesOf(compileRuleset(ruleset), prepareStation(facts));
 * outcomesOf(0)?.conditions;
 * ```
 */
export function compiledOutcomesOf(
  compiled: CompiledRuleset,
  station: PreparedStation,
): (index: number) => ItemOutcomes | null {
  const cache: FactCache = new Array(compiled.factCalls);
  return (index) => {
    const entry = compiled.items[index];
    return entry === undefined || entry.item.scoring.mode === 'expert' ? null : entry.outcomes(station, cache);
  };
}
