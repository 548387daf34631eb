/** Reading an item's trace: its leaves, and the ones that failed. */
import type { TraceNode } from '../result/schema.js';

/** A leaf of a trace. */
export type TraceLeaf = Extract<TraceNode, { kind: 'leaf' }>;

/**
 * Every leaf of a trace, depth first, in order.
 *
 * @example
 * ```ts
 * traceLeaves(item.conditions).filter((leaf) => leaf.fact === 'coverage');
 * ```
 */
export function traceLeaves(node: TraceNode | null): TraceLeaf[] {
  if (node === null) return [];
  if (node.kind === 'leaf') return [node];
  return node.children.flatMap((child) => traceLeaves(child));
}

/**
 * The leaves whose outcome made the item lose points: failed leaves under an `all`/`any`, and
 * passed leaves under a `not`.
 *
 * @example
 * ```ts
 * failedLeaves(item.conditions).map((leaf) => leaf.name ?? leaf.fact);
 * ```
 */
export function failedLeaves(node: TraceNode | null, negated = false): TraceLeaf[] {
  if (node === null) return [];
  if (node.kind === 'leaf') return node.result === negated ? [node] : [];
  if (node.result !== negated) return [];
  const childNegated = node.kind === 'not' ? !negated : negated;
  return node.children.flatMap((child) => failedLeaves(child, childNegated));
}

/**
 * A JSON value on one line, for reports.
 *
 * @example
 * ```ts
 * showValue(['2023-08']); // '["2023-08"]'
 * showValue(true); // 'true'
 * ```
 */
export function showValue(value: unknown): string {
  return value === undefined ? '' : JSON.stringify(value);
}
