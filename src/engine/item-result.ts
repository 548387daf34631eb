/**
 * Builds an item's result from the outcomes of its leaf conditions. Both evaluation paths (the
 * compiled one and json-rules-engine) feed this one builder, so their results can only differ if
 * the leaf outcomes differ.
 */

import type { ItemResult, TraceNode } from '../result/schema.js';
import type { ResolvedItem } from '../ruleset/finalize.js';
import type { Condition, LeafCondition } from '../ruleset/schema.js';
import { countOf, scoreItem } from '../scoring/modes.js';
import type { Per } from '../time/buckets.js';
import { mergedIds } from '../util/ids.js';
import { type ItemPlan, itemPlan } from './item-plan.js';
import { deadlineListOf, overdueObligations } from './overdue.js';
import { type AsOfContext, judgedConditions, upcomingObligations } from './upcoming.js';

/** What one leaf condition found. */
export interface LeafOutcome {
  /** The whole fact value (before the path), for records, missing buckets and notes. */
  readonly value: unknown;
  /** The value after the path: what the operator compared. */
  readonly actual: unknown;
  readonly result: boolean;
  /** Set when the leaf is upcoming (see `judgedConditions`): the day it is judged. */
  readonly upcoming?: string;
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
  const build = leafTraceBuilder(node);
  return {
    leaves: 1,
    build: (outcomes, first) => {
      const trace = build(outcomes, first);
      const upcoming = (outcomes[first] as LeafOutcome).upcoming;
      return upcoming === undefined ? trace : { ...trace, upcoming };
    },
  };
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

/** The lists of a periodic fact value (see `FactDefinition.periodic`). */
interface PeriodicValue {
  readonly per: Per;
  readonly required: readonly string[];
  readonly met: readonly string[];
  readonly missing: readonly string[];
  /** As of a day: required buckets not met whose window is still open. */
  readonly upcoming?: ReadonlyArray<{ readonly bucket: string }>;
  readonly notCounted: ReadonlyArray<ItemResult['notCounted'][number]>;
}

const NONE: readonly string[] = [];

/** The `records` of a leaf's fact value (every fact gives them, strictly ascending), or none. */
function recordsOf(leaf: LeafOutcome | undefined): readonly string[] {
  const value = leaf?.value;
  if (value === null || typeof value !== 'object') return NONE;
  const records = (value as { records?: unknown }).records;
  return Array.isArray(records) ? (records as string[]) : NONE;
}

/** A copy of a list of names or ids. */
function strings(list: readonly string[]): string[] {
  return list.slice();
}

/** The periodic value of a condition leaf the plan names, or null when it is not one. */
function periodicValue(outcomes: ItemOutcomes, index: number): PeriodicValue | null {
  const value = outcomes.conditions?.[index]?.value;
  return value !== null && typeof value === 'object' && Object.hasOwn(value, 'per') ? (value as PeriodicValue) : null;
}

/**
 * The ids the item relied on: the `records` of every distinct fact call, sorted, each once. Every
 * fact gives its `records` strictly ascending, so one list is copied and several are merged.
 */
function evidenceOf(plan: ItemPlan, outcomes: ItemOutcomes): string[] {
  let only: readonly string[] = NONE;
  let lists: Array<readonly string[]> | null = null;
  for (const [group, index] of plan.recordSources) {
    const list = recordsOf((group === 0 ? outcomes.applicability : outcomes.conditions)?.[index]);
    if (list.length === 0 || list === only) continue;
    if (only === NONE) only = list;
    else if (lists === null) lists = [only, list];
    else if (!lists.includes(list)) lists.push(list);
  }
  return lists === null ? strings(only) : mergedIds(lists);
}

/**
 * The coverage of the periodic leaves, their missing buckets (in order of first appearance, each
 * once) and their notes on records that did not count.
 */
function periodicParts(
  plan: ItemPlan,
  outcomes: ItemOutcomes,
): { coverage: ItemResult['coverage']; missing: string[]; notCounted: ItemResult['notCounted'] } {
  const coverage: ItemResult['coverage'] = [];
  const notCounted: ItemResult['notCounted'] = [];
  let missing: string[] = [];
  let firstMissing: readonly string[] | null = null;
  let several = false;
  for (const index of plan.periodicLeaves) {
    const value = periodicValue(outcomes, index);
    if (value === null) continue;
    coverage.push({
      per: value.per,
      required: strings(value.required),
      met: strings(value.met),
      missing: strings(value.missing),
      ...(value.upcoming ? { upcoming: value.upcoming.map((u) => u.bucket) } : {}),
    });
    for (const note of value.notCounted) notCounted.push(note);
    if (value.missing.length === 0 || value.missing === firstMissing) continue;
    if (firstMissing === null) {
      firstMissing = value.missing;
      missing = strings(value.missing);
    } else several = true;
  }
  if (several) {
    const names = new Set<string>();
    const seen: Array<readonly string[]> = [];
    for (const index of plan.periodicLeaves) {
      const list = periodicValue(outcomes, index)?.missing ?? NONE;
      if (seen.includes(list)) continue;
      seen.push(list);
      for (const name of list) names.add(name);
    }
    missing = [...names];
  }
  return { coverage, missing, notCounted };
}

function failedTopLevel(trace: TraceNode): number {
  if (trace.kind === 'leaf') return trace.result ? 0 : 1;
  return trace.children.filter((c) => !c.result).length;
}

/**
 * The result of one computed item (expert-judged items are handled by the caller), for the full
 * period, or as of a day (`asOf`, spec §5): then conditions on obligations of the whole period
 * that do not hold yet are upcoming, and the result lists the open obligations.
 *
 * @example
 * ```ts
 * const result = buildItemResult(item, { applicability: null, conditions: outcomes, referencedCount: null });
 * ```
 */
export function buildItemResult(
  item: ResolvedItem,
  leafOutcomes: ItemOutcomes,
  asOf: AsOfContext | null = null,
): ItemResult {
  const plan = itemPlan(item);
  const outcomes = asOfOutcomes(plan, leafOutcomes, asOf);
  const applicability =
    item.applicability && outcomes.applicability ? traceOf(item.applicability, outcomes.applicability) : null;
  const conditions = item.conditions && outcomes.conditions ? traceOf(item.conditions, outcomes.conditions) : null;
  const evidence = evidenceOf(plan, outcomes);
  if (applicability && !applicability.result) {
    return itemResult(item, item.points, 'notApplicable', [], [], null, applicability, conditions, evidence, [], null);
  }
  const { coverage, missing, notCounted } = periodicParts(plan, outcomes);
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
  const result = itemResult(
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
  const pending = deadlineListOf(plan, outcomes, 'pending');
  if (pending !== null) result.pending = pending;
  const upcoming = upcomingObligations(item, plan, outcomes, result, asOf);
  if (upcoming.length > 0) {
    result.upcoming = upcoming;
    result.nextDeadline = (upcoming[0] as (typeof upcoming)[number]).deadline.slice(0, 10);
  }
  const overdue = overdueObligations(item, plan, outcomes, result.score);
  if (overdue !== null) result.overdue = overdue;
  return result;
}

/**
 * The leaf outcomes as judged on the as-of day: conditions on the whole period upcoming while
 * they can still be met, and a count of such obligations (the scoring's) nothing yet.
 */
function asOfOutcomes(plan: ItemPlan, outcomes: ItemOutcomes, asOf: AsOfContext | null): ItemOutcomes {
  const conditions = judgedConditions(plan, outcomes.conditions, asOf);
  const open = asOf !== null && asOf.asOf < asOf.periodEnd;
  if (conditions === outcomes.conditions && !(open && plan.countsUnmet)) return outcomes;
  return {
    applicability: outcomes.applicability,
    conditions,
    referencedCount: open && plan.countsUnmet ? 0 : outcomes.referencedCount,
  };
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
