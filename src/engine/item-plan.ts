/**
 * What the item-result builder reads from an item's leaf outcomes, worked out once per item from
 * its conditions: which leaves supply `records` (one leaf per distinct fact call, as leaves on the
 * same call share one value), which of those list pending obligations, and which condition leaves
 * have periodic values (coverage buckets, missing buckets, notes). Both evaluation paths build
 * results through the same plan.
 */

import { leavesOf } from '../ruleset/conditions.js';
import type { ResolvedItem } from '../ruleset/finalize.js';
import type { Condition, LeafCondition } from '../ruleset/schema.js';
import { scoringReference } from '../scoring/modes.js';
import { factCallKey, type WholePeriodKind } from './facts/fact.js';
import { FACTS } from './facts/index.js';

/** A leaf of an item: in its applicability (0) or its conditions (1), at an index. */
export type LeafAt = readonly [group: 0 | 1, index: number];

/** What the item-result builder reads, and from which leaves. */
export interface ItemPlan {
  /** The first leaf of each distinct fact call, applicability first, in document order. */
  readonly recordSources: readonly LeafAt[];
  /** Indexes of the condition leaves whose fact is periodic, in document order (repeats kept). */
  readonly periodicLeaves: readonly number[];
  /** The record sources whose fact lists pending obligations (`deadlines` facts). */
  readonly pendingSources: readonly LeafAt[];
  /**
   * For each pending source, the top-level condition (see `topLevelOf`) of the first condition
   * leaf on the same fact call, or -1 when no condition leaf reads it.
   */
  readonly pendingTopLevel: readonly number[];
  /** The condition leaves, in document order. */
  readonly conditionLeaves: readonly LeafCondition[];
  /** The condition leaves on obligations of the period as a whole (see `FactDefinition.wholePeriod`). */
  readonly openLeaves: readonly OpenLeaf[];
  /**
   * For each condition leaf, the index of the top-level condition holding it: the child of the
   * root `all` / `any` (0 for every leaf when the root is a leaf or a `not`).
   */
  readonly topLevelOf: readonly number[];
  /**
   * Whether the scoring counts a list of obligations not met yet (an `unmet` path of its fact),
   * which counts nothing while the period runs.
   */
  readonly countsUnmet: boolean;
}

/** A condition leaf on an obligation of the period as a whole. */
export interface OpenLeaf {
  /** Its index among the condition leaves. */
  readonly index: number;
  readonly leaf: LeafCondition;
  /** The key of the fact value its path starts with, and how that key holds obligations. */
  readonly key: string;
  readonly kind: WholePeriodKind;
  /** Whether it sits under an odd number of `not`s (then the item is served by the leaf failing). */
  readonly negated: boolean;
}

/** How a path's first key holds obligations of the whole period, if it does. */
function wholePeriodKind(fact: string, path: string | undefined): WholePeriodKind | undefined {
  if (!path) return undefined;
  const kinds = FACTS.get(fact)?.wholePeriod;
  const key = path.split('.')[0] as string;
  return kinds !== undefined && Object.hasOwn(kinds, key) ? kinds[key] : undefined;
}

/** Each leaf of a tree (in `leavesOf` order) with whether an odd number of `not`s is above it. */
function negationsOf(node: Condition, negated = false): boolean[] {
  if ('all' in node) return node.all.flatMap((child) => negationsOf(child, negated));
  if ('any' in node) return node.any.flatMap((child) => negationsOf(child, negated));
  if ('not' in node) return negationsOf(node.not, !negated);
  return [negated];
}

/** The top-level condition holding each leaf (in `leavesOf` order). */
function topLevelsOf(node: Condition): number[] {
  const children = 'all' in node ? node.all : 'any' in node ? node.any : null;
  if (children === null) return leavesOf(node).map(() => 0);
  return children.flatMap((child, index) => leavesOf(child).map(() => index));
}

function openLeavesOf(tree: Condition | undefined): OpenLeaf[] {
  if (!tree) return [];
  const negations = negationsOf(tree);
  const open: OpenLeaf[] = [];
  leavesOf(tree).forEach((leaf, index) => {
    const kind = wholePeriodKind(leaf.fact, leaf.path);
    if (kind === undefined) return;
    const key = (leaf.path as string).split('.')[0] as string;
    open.push({ index, leaf, key, kind, negated: negations[index] === true });
  });
  return open;
}

const plans = new WeakMap<ResolvedItem, ItemPlan>();

/**
 * The plan of an item (made once per item object).
 *
 * @example
 * ```ts
 * itemPlan(baseRuleset().items[0]).recordSources; // [[0, 0], [1, 0]]
 * ```
 */
export function itemPlan(item: ResolvedItem): ItemPlan {
  let plan = plans.get(item);
  if (plan === undefined) {
    const seen = new Set<string>();
    const recordSources: LeafAt[] = [];
    const periodicLeaves: number[] = [];
    const pendingSources: LeafAt[] = [];
    const groups: ReadonlyArray<readonly [0 | 1, Condition | undefined]> = [
      [0, item.applicability],
      [1, item.conditions],
    ];
    for (const [group, tree] of groups) {
      if (!tree) continue;
      leavesOf(tree).forEach((leaf, index) => {
        const call = factCallKey(leaf);
        if (!seen.has(call)) {
          seen.add(call);
          recordSources.push([group, index]);
          if (FACTS.get(leaf.fact)?.deadlines === true) pendingSources.push([group, index]);
        }
        if (group === 1 && FACTS.get(leaf.fact)?.periodic === true) periodicLeaves.push(index);
      });
    }
    const conditionLeaves = item.conditions ? leavesOf(item.conditions) : [];
    const topLevelOf = item.conditions ? topLevelsOf(item.conditions) : [];
    const pendingTopLevel = pendingSources.map(([group, index]) => {
      const leaves = group === 0 ? (item.applicability ? leavesOf(item.applicability) : []) : conditionLeaves;
      const call = factCallKey(leaves[index] as LeafCondition);
      const at = conditionLeaves.findIndex((leaf) => factCallKey(leaf) === call);
      return at < 0 ? -1 : (topLevelOf[at] as number);
    });
    const reference = scoringReference(item.scoring);
    plan = {
      recordSources,
      periodicLeaves,
      pendingSources,
      pendingTopLevel,
      conditionLeaves,
      openLeaves: openLeavesOf(item.conditions),
      topLevelOf,
      countsUnmet: reference !== null && wholePeriodKind(reference.fact, reference.path) === 'unmet',
    };
    plans.set(item, plan);
  }
  return plan;
}
