/**
 * The reference evaluation path: the ruleset's conditions run through json-rules-engine the
 * ordinary way (a new `Engine` per station, async `run`), with the library's facts, operators
 * and safe path resolver registered on it.
 */
import { type Almanac, Engine, type RuleResult } from 'json-rules-engine';
import type { Ruleset } from '../ruleset/finalize.js';
import { countOf, scoringReference } from '../scoring/modes.js';
import { FACTS } from './facts/index.js';
import type { ItemOutcomes, LeafOutcome } from './item-result.js';
import { CUSTOM_OPERATORS } from './operators.js';
import { factValueAtPath, resolvePath } from './path.js';
import type { PreparedStation } from './prepare.js';

interface EvaluatedCondition {
  all?: EvaluatedCondition[];
  any?: EvaluatedCondition[];
  not?: EvaluatedCondition;
  fact?: string;
  params?: Record<string, unknown>;
  factResult?: unknown;
  result?: boolean;
}

function evaluatedLeaves(node: EvaluatedCondition): EvaluatedCondition[] {
  if (node.all) return node.all.flatMap(evaluatedLeaves);
  if (node.any) return node.any.flatMap(evaluatedLeaves);
  if (node.not) return evaluatedLeaves(node.not);
  return [node];
}

/**
 * Builds a json-rules-engine `Engine` for one station: one rule per item (and one per
 * applicability condition), the library's facts bound to the station, its custom operators and
 * its path resolver.
 */
export function buildEngine(ruleset: Ruleset, station: PreparedStation): Engine {
  const engine = new Engine([], { allowUndefinedFacts: false, pathResolver: resolvePath });
  for (const operator of CUSTOM_OPERATORS) {
    engine.addOperator(operator.name, (a: unknown, b: unknown) => operator.accepts(a) && operator.test(a, b));
  }
  for (const fact of FACTS.values()) {
    engine.addFact(fact.name, (params: unknown) => fact.compute(station, fact.params.parse(params ?? {})));
  }
  for (const item of ruleset.items) {
    if (item.conditions)
      engine.addRule({ name: `conditions:${item.id}`, conditions: item.conditions as never, event: { type: item.id } });
    if (item.applicability) {
      engine.addRule({
        name: `applicability:${item.id}`,
        conditions: item.applicability as never,
        event: { type: item.id },
      });
    }
  }
  return engine;
}

async function leafOutcomes(result: RuleResult | undefined, almanac: Almanac): Promise<LeafOutcome[] | null> {
  if (!result) return null;
  const leaves = evaluatedLeaves(result.conditions as unknown as EvaluatedCondition);
  return Promise.all(
    leaves.map(async (leaf) => ({
      value: await almanac.factValue(leaf.fact as string, leaf.params ?? {}),
      actual: leaf.factResult,
      result: leaf.result === true,
    })),
  );
}

/**
 * Leaf outcomes of every item for one station, through json-rules-engine, in the order of the
 * ruleset's items (null for an expert-judged item).
 *
 * @example
 * ```ts
 * const outcomes = await referenceOutcomes(ruleset, prepareStation(facts));
 * ```
 */
export async function referenceOutcomes(
  ruleset: Ruleset,
  station: PreparedStation,
): Promise<Array<ItemOutcomes | null>> {
  const engine = buildEngine(ruleset, station);
  const { results, failureResults, almanac } = await engine.run();
  const byName = new Map<string, RuleResult>();
  for (const result of [...results, ...failureResults]) byName.set(result.name as string, result);
  const out: Array<ItemOutcomes | null> = [];
  for (const item of ruleset.items) {
    if (item.scoring.mode === 'expert') {
      out.push(null);
      continue;
    }
    const ref = scoringReference(item.scoring);
    const referencedCount = ref
      ? countOf(factValueAtPath(await almanac.factValue(ref.fact, ref.params ?? {}), ref.path))
      : null;
    out.push({
      applicability: await leafOutcomes(byName.get(`applicability:${item.id}`), almanac),
      conditions: await leafOutcomes(byName.get(`conditions:${item.id}`), almanac),
      referencedCount,
    });
  }
  return out;
}
