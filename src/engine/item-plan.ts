/**
 * What the item-result builder reads from an item's leaf outcomes, worked out once per item from
 * its conditions: which leaves supply `records` (one leaf per distinct fact call, as leaves on the
 * same call share one value), which of those list pending obligations, and which condition leaves
 * have periodic values (coverage buckets, missing buckets, notes). Both evaluation paths build
 * results through the same plan.
 */

import { leavesOf } from '../ruleset/conditions.js';
import type { ResolvedItem } from '../ruleset/finalize.js';
import type { Condition } from '../ruleset/schema.js';
import { factCallKey } from './facts/fact.js';
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
    plan = { recordSources, periodicLeaves, pendingSources };
    plans.set(item, plan);
  }
  return plan;
}
