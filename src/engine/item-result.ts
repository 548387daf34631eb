/**
 * Builds an item's result from the outcomes of its leaf conditions. Both evaluation paths (the
 * compiled one and json-rules-engine) feed this one builder, so their results can only differ if
 * the leaf outcomes differ.
 */

import type { ItemResult, TraceNode } from '../result/schema.js';
import type { ResolvedItem } from '../ruleset/finalize.js';
import type { Condition, LeafCondition } from '../ruleset/schema.js';
import { countOf, scoreItem } from '../scoring/modes.js';
import { mergedIds } from '../util/ids.js';

/** What one leaf condition found. */
export interface LeafOutcome {
  /** The whole fact value (before the path), for records, missing buckets and notes. */
  readonly value: unknown;
  /** The value after the path: what the operator compared. */
  readonly actual: unknown;
  readonly result: boolean;
}

/** The outcomes of an item's leaves, in document order. */
export interface ItemOutcomes {
  readonly applicability: readonly LeafOutcome[] | null;
  readonly conditions: readonly LeafOutcome[] | null;
  /** The count from a `failures` / `occurrences` fact reference, when the scoring has one. */
  readonly referencedCount: number | null;
}

/**
 * The trace of a condition tree, combining leaf outcomes exactly as json-rules-engine does
 * (an empty `all` or `any` holds; every child is evaluated, no short-circuit).
 *
 * @example
 * ```ts
 * traceOf({ all: [leafA, leafB] }, [outcomeA, outcomeB]).result; // outcomeA.result && outcomeB.result
 * ```
 */
export function traceOf(node: Condition, outcomes: readonly LeafOutcome[]): TraceNode {
  let compiled = compiledTraces.get(node);
  if (compiled === undefined) {
    compiled = compileTrace(node);
    compiledTraces.set(node, compiled);
  }
  return compiled.build(outcomes, 0);
}

/** A condition tree turned once into a function that builds its trace from leaf outcomes. */
interface CompiledTrace {
  /** How many leaf outcomes the tree reads. */
  readonly leaves: number;
  /** The trace, reading the outcomes from index `first` on. */
  readonly build: (outcomes: readonly LeafOutcome[], first: number) => TraceNode;
}

const compiledTraces = new WeakMap<Condition, CompiledTrace>();

function compileTrace(node: Condition): CompiledTrace {
  if ('all' in node || 'any' in node) {
    const all = 'all' in node;
    const children = (all ? node.all : node.any).map(compileTrace);
    const name = node.name;
    return {
      leaves: children.reduce((n, child) => n + child.leaves, 0),
      build: (outcomes, first) => {
        const traces: TraceNode[] = [];
        let result = all;
        let at = first;
        for (const child of children) {
          const trace = child.build(outcomes, at);
          at += child.leaves;
          traces.push(trace);
          result = all ? result && trace.result : result || trace.result;
        }
        return branch(all ? 'all' : 'any', name, traces.length === 0 || result, traces);
      },
    };
  }
  if ('not' in node) {
    const child = compileTrace(node.not);
    const name = node.name;
    return {
      leaves: child.leaves,
      build: (outcomes, first) => {
        const trace = child.build(outcomes, first);
        return branch('not', name, !trace.result, [trace]);
      },
    };
  }
  return { leaves: 1, build: leafTraceBuilder(node) };
}

/**
 * The trace of one leaf, with its keys in the order the result schema documents (one literal per
 * combination of the optional `name` and `path`, so that every trace of a kind has one shape).
 */
function leafTraceBuilder(node: LeafCondition): CompiledTrace['build'] {
  const { name, fact, path, operator } = node;
  const params = node.params;
  const expected = node.value ?? null;
  const actualOf = (outcome: LeafOutcome) => (outcome.actual === undefined ? null : outcome.actual);
  if (path === undefined) {
    if (name === undefined) {
      return (outcomes, first) => {
        const outcome = outcomes[first] as LeafOutcome;
        const actual = actualOf(outcome);
        return { kind: 'leaf', fact, params: params ?? {}, operator, expected, actual, result: outcome.result };
      };
    }
    return (outcomes, first) => {
      const outcome = outcomes[first] as LeafOutcome;
      const actual = actualOf(outcome);
      return { kind: 'leaf', name, fact, params: params ?? {}, operator, expected, actual, result: outcome.result };
    };
  }
  if (name === undefined) {
    return (outcomes, first) => {
      const outcome = outcomes[first] as LeafOutcome;
      const actual = actualOf(outcome);
      return { kind: 'leaf', fact, params: params ?? {}, path, operator, expected, actual, result: outcome.result };
    };
  }
  return (outcomes, first) => {
    const outcome = outcomes[first] as LeafOutcome;
    const actual = actualOf(outcome);
    return { kind: 'leaf', name, fact, params: params ?? {}, path, operator, expected, actual, result: outcome.result };
  };
}

type LeafTrace = Extract<TraceNode, { kind: 'leaf' }>;
type BranchTrace = Exclude<TraceNode, LeafTrace>;

function branch(
  kind: BranchTrace['kind'],
  name: string | undefined,
  result: boolean,
  children: TraceNode[],
): TraceNode {
  return name === undefined ? { kind, result, children } : { kind, name, result, children };
}

/** The lists a fact value may carry (see `FactDefinition`). */
interface FactLists {
  readonly records?: unknown;
  readonly missing?: unknown;
  readonly notCounted?: unknown;
  readonly required?: unknown;
  readonly met?: unknown;
}

const NONE: readonly unknown[] = [];

/**
 * A list of a fact value, or an empty one. Fact values are plain objects made by the library's
 * fact functions (never input data), so each field is read by name: a leaf's value has one of a
 * dozen shapes, and a computed key would make every read a slow generic lookup.
 */
function listField(value: unknown, field: keyof FactLists): readonly unknown[] {
  if (value === null || typeof value !== 'object') return NONE;
  const lists = value as FactLists;
  const list =
    field === 'records'
      ? lists.records
      : field === 'missing'
        ? lists.missing
        : field === 'notCounted'
          ? lists.notCounted
          : field === 'required'
            ? lists.required
            : lists.met;
  return Array.isArray(list) ? list : NONE;
}

/** A copy of a list of names or ids (every fact gives them as strings). */
function strings(list: readonly unknown[]): string[] {
  return list.slice() as string[];
}

/** The buckets of a periodic fact value (one with `per`, `required`, `met`, `missing`), or null. */
function periodicCoverage(value: unknown): ItemResult['coverage'][number] | null {
  if (value === null || typeof value !== 'object') return null;
  const { per } = value as { per?: unknown };
  if (per !== 'month' && per !== 'quarter' && per !== 'half') return null;
  return {
    per,
    required: strings(listField(value, 'required')),
    met: strings(listField(value, 'met')),
    missing: strings(listField(value, 'missing')),
  };
}

/**
 * The non-empty `field` lists of the leaves' fact values, each list once (leaves on the same fact
 * call share one value), added to `into`.
 */
function distinctLists(
  leaves: readonly LeafOutcome[] | null,
  field: 'records' | 'missing',
  into: Array<readonly unknown[]>,
): Array<readonly unknown[]> {
  for (const leaf of leaves ?? []) {
    const list = listField(leaf.value, field);
    if (list.length > 0 && !into.includes(list)) into.push(list);
  }
  return into;
}

/** The one non-empty `field` list of the leaves (several leaves may share it), `NONE`, or null when there are several. */
function onlyList(
  leaves: readonly LeafOutcome[] | null,
  field: 'records' | 'missing',
  found: readonly unknown[],
): readonly unknown[] | null {
  for (const leaf of leaves ?? []) {
    const list = listField(leaf.value, field);
    if (list.length === 0 || list === found) continue;
    if (found !== NONE) return null;
    found = list;
  }
  return found;
}

/**
 * The ids the item relied on: the `records` of every leaf, sorted, each once. Every fact gives
 * its `records` strictly ascending (see `FactDefinition`), so one list is copied and several are
 * merged.
 */
function evidenceOf(outcomes: ItemOutcomes): string[] {
  const fromApplicability = onlyList(outcomes.applicability, 'records', NONE);
  const only = fromApplicability === null ? null : onlyList(outcomes.conditions, 'records', fromApplicability);
  if (only !== null) return strings(only);
  const lists = distinctLists(outcomes.conditions, 'records', distinctLists(outcomes.applicability, 'records', []));
  return mergedIds(lists as ReadonlyArray<readonly string[]>);
}

/**
 * The missing buckets of the condition leaves, in order of first appearance, each once (a fact's
 * own `missing` list never repeats a bucket).
 */
function missingOf(outcomes: ItemOutcomes): string[] {
  const only = onlyList(outcomes.conditions, 'missing', NONE);
  if (only !== null) return strings(only);
  return [...new Set(distinctLists(outcomes.conditions, 'missing', []).flatMap(strings))];
}

function failedTopLevel(trace: TraceNode): number {
  if (trace.kind === 'leaf') return trace.result ? 0 : 1;
  return trace.children.filter((c) => !c.result).length;
}

/**
 * The result of one computed item (expert-judged items are handled by the caller).
 *
 * @example
 * ```ts
 * const result = buildItemResult(item, { applicability: null, conditions: outcomes, referencedCount: null });
 * ```
 */
export function buildItemResult(item: ResolvedItem, outcomes: ItemOutcomes): ItemResult {
  const applicability =
    item.applicability && outcomes.applicability ? traceOf(item.applicability, outcomes.applicability) : null;
  const conditions = item.conditions && outcomes.conditions ? traceOf(item.conditions, outcomes.conditions) : null;
  const evidence = evidenceOf(outcomes);
  if (applicability && !applicability.result) {
    return itemResult(item, item.points, 'notApplicable', [], [], null, applicability, conditions, evidence, [], null);
  }
  const missing = missingOf(outcomes);
  const notCounted: ItemResult['notCounted'] = [];
  const coverage: ItemResult['coverage'] = [];
  for (const leaf of outcomes.conditions ?? []) {
    const periodic = periodicCoverage(leaf.value);
    if (periodic) coverage.push(periodic);
    for (const note of listField(leaf.value, 'notCounted')) notCounted.push(note as ItemResult['notCounted'][number]);
  }
  const passed = conditions?.result ?? false;
  const scoring = item.scoring;
  const count =
    scoring.mode === 'deduct-per-failure' && scoring.failures === 'failed-conditions'
      ? conditions
        ? failedTopLevel(conditions)
        : 0
      : (outcomes.referencedCount ?? 0);
  const scored = scoreItem(scoring, { max: item.points, passed, count });
  const deducts = scoring.mode === 'deduct-per-failure' || scoring.mode === 'deduct-per-occurrence';
  return itemResult(
    item,
    scored.score,
    scored.status,
    missing,
    coverage,
    deducts ? count : null,
    applicability,
    conditions,
    evidence,
    notCounted,
    scored.score < item.points ? item.advice : null,
  );
}

/**
 * One item result literal with every key in schema order (object spread here costs more than the
 * checks).
 *
 * @example
 * ```ts
 * itemResult(item, 0, 'notAssessed', [], [], null, null, null, [], [], item.advice);
 * ```
 */
export function itemResult(
  item: ResolvedItem,
  score: number,
  status: ItemResult['status'],
  missing: string[],
  coverage: ItemResult['coverage'],
  failures: number | null,
  applicability: TraceNode | null,
  conditions: TraceNode | null,
  records: string[],
  notCounted: ItemResult['notCounted'],
  advice: ItemResult['advice'],
): ItemResult {
  return {
    id: item.id,
    seq: item.seq,
    section: item.section,
    part: item.part,
    title: item.title,
    mode: item.scoring.mode,
    max: item.points,
    score,
    status,
    missing,
    coverage,
    failures,
    applicability,
    conditions,
    records,
    notCounted,
    advice,
    computed: null,
    assessment: null,
    origin: item.origin,
  };
}

/** The count a scoring fact reference yields from its fact value. */
export { countOf };
