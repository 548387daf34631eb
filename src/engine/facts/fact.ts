/** The shape of a derived fact: a named, pure function of a prepared station and its params. */
import type * as z from 'zod';
import type { RecordKindInfo } from '../../facts/kinds/describe.js';
import type { Issue } from '../../issues/issue.js';
import { canonicalJson } from '../../util/canonical-json.js';
import type { PreparedStation } from '../prepare.js';

/** A JSON value, as every fact returns. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/**
 * A derived fact. Its `params` schema is checked when a ruleset is loaded, so a condition with
 * wrong params is refused before any station is evaluated. Every fact returns plain JSON; by
 * convention `records` lists the ids it relied on (strings, strictly ascending: sorted, each
 * once), `missing` the required buckets not met (strings), `notCounted` the records that were
 * there but did not count, with the reason, and `pending` the obligations whose deadline lies
 * after the period end and that are not met yet (`{ id, arose, deadline }`, see `Deadlines`).
 * The item-result builder relies on these shapes.
 */
export interface FactDefinition<P extends z.ZodType = z.ZodType> {
  readonly name: string;
  readonly description: string;
  readonly params: P;
  readonly compute: (station: PreparedStation, params: z.output<P>) => { [key: string]: Json };
  /**
   * Whether the value is periodic: besides `records` it has `per` and the `required`, `met` and
   * `missing` bucket names, and `notCounted` notes, which item results show (the coverage fact).
   * No other fact's value has these fields.
   */
  readonly periodic?: boolean;
  /**
   * Whether the value judges obligations with a deadline (see `Deadlines`) and lists those not
   * judged yet in `pending`, which item results show. No other fact's value has this field.
   */
  readonly deadlines?: boolean;
  /**
   * Checks of the params against the ruleset beyond their schema (the record kind and fields they
   * name exist, values fit the fields' types), run when a ruleset is loaded. Issue paths are
   * relative to the params.
   */
  readonly check?: (params: z.output<P>, context: FactContext) => Issue[];
}

/**
 * What a fact's params are checked against when a ruleset is loaded: the ruleset's record kinds.
 *
 * @example
 * ```ts
 * const context: FactContext = { kinds: new Map(ruleset.recordKinds.map((k) => [k.name, k])) };
 * ```
 */
export interface FactContext {
  readonly kinds: ReadonlyMap<string, RecordKindInfo>;
}

/**
 * Declares a fact with its params schema; the compute function gets typed params.
 *
 * @example
 * ```ts
 * const count = defineFact({ name: 'count', description: '…', params: z.strictObject({}),
 *   compute: (station) => ({ n: station.outages.length }) });
 * ```
 */
export function defineFact<P extends z.ZodType>(definition: FactDefinition<P>): FactDefinition<P> {
  return definition;
}

/**
 * Compares two (key, tie-breaker) pairs of strings: a total order for sorting trace entries
 * (by date, then id), without making arrays for the comparison.
 *
 * @example
 * ```ts
 * comparePairs('2023-04', 'b', '2023-04', 'a'); // 1
 * ```
 */
export function comparePairs(aKey: string, aTie: string, bKey: string, bTie: string): number {
  if (aKey !== bKey) return aKey < bKey ? -1 : 1;
  return aTie < bTie ? -1 : aTie > bTie ? 1 : 0;
}

/**
 * The key of a fact call: its name and canonical params. Conditions with the same key get the
 * same value, so a fact is computed once per key and station.
 *
 * @example
 * ```ts
 * factCallKey({ fact: 'incidents', params: { kinds: ['staff-violation'] } }); // 'incidents|{"kinds":["staff-violation"]}'
 * ```
 */
export function factCallKey(call: { readonly fact: string; readonly params?: unknown }): string {
  return `${call.fact}|${canonicalJson(call.params ?? {})}`;
}
