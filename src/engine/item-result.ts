/**
 * Builds an item's result from the outcomes of its leaf conditions. Both evaluation paths (the
 * compiled one and json-rules-engine) feed this one builder, so their results can only differ if
 * the leaf outcomes differ.
 */

import type { ItemResult, TraceNode } from '../result/schema.js';
import type { ResolvedItem } from '../ruleset/finalize.js';
import type { Condition } from '../ruleset/schema.js';
import { countOf, scoreItem } from '../scoring/modes.js';

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
 */
export function traceOf(node: Condition, outcomes: readonly LeafOutcome[], cursor = { next: 0 }): TraceNode {
  const name = node.name === undefined ? {} : { name: node.name };
  if ('all' in node || 'any' in node) {
    const kind = 'all' in node ? 'all' : 'any';
    const children = ('all' in node ? node.all : node.any).map((child) => traceOf(child, outcomes, cursor));
    const result =
      children.length === 0 || (kind === 'all' ? children.every((c) => c.result) : children.some((c) => c.result));
    return { kind, ...name, result, children };
  }
  if ('not' in node) {
    const child = traceOf(node.not, outcomes, cursor);
    return { kind: 'not', ...name, result: !child.result, children: [child] };
  }
  const outcome = outcomes[cursor.next++] as LeafOutcome;
  return {
    kind: 'leaf',
    ...name,
    fact: node.fact,
    params: node.params ?? {},
    ...(node.path === undefined ? {} : { path: node.path }),
    operator: node.operator,
    expected: node.value ?? null,
    actual: outcome.actual === undefined ? null : outcome.actual,
    result: outcome.result,
  };
}

function listField(value: unknown, field: string): unknown[] {
  if (value === null || typeof value !== 'object' || !Object.hasOwn(value, field)) return [];
  const list = (value as Record<string, unknown>)[field];
  return Array.isArray(list) ? list : [];
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
  const leaves = [...(outcomes.applicability ?? []), ...(outcomes.conditions ?? [])];
  const records = new Set<string>();
  for (const leaf of leaves) for (const id of listField(leaf.value, 'records')) records.add(String(id));
  const base = {
    id: item.id,
    seq: item.seq,
    section: item.section,
    part: item.part,
    title: item.title,
    mode: item.scoring.mode,
    max: item.points,
  };
  const evidence = { records: [...records].sort() };
  if (applicability && !applicability.result) {
    return {
      ...base,
      score: item.points,
      status: 'notApplicable',
      missing: [],
      failures: null,
      applicability,
      conditions,
      ...evidence,
      notCounted: [],
      advice: null,
      computed: null,
      assessment: null,
      origin: item.origin,
    };
  }
  const missing: string[] = [];
  const notCounted: ItemResult['notCounted'] = [];
  for (const leaf of outcomes.conditions ?? []) {
    for (const bucket of listField(leaf.value, 'missing'))
      if (!missing.includes(String(bucket))) missing.push(String(bucket));
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
  return {
    ...base,
    score: scored.score,
    status: scored.status,
    missing,
    failures: deducts ? count : null,
    applicability,
    conditions,
    ...evidence,
    notCounted,
    advice: scored.score < item.points ? item.advice : null,
    computed: null,
    assessment: null,
    origin: item.origin,
  };
}

/** The count a scoring fact reference yields from its fact value. */
export { countOf };
