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
 * there but did not count, with the reason, `upcoming` the required buckets not met whose
 * window is still open on the as-of day (present only then), and `pending` the obligations whose
 * deadline lies after the judgement day and that are not met yet (`{ id, arose, deadline }`, see
 * `Deadlines`). The item-result builder relies on these shapes.
 */
export interface FactDefinition<P extends z.ZodType = z.ZodType> {
  readonly name: string;
  readonly description: string;
  readonly params: P;
  readonly compute: (station: PreparedStation, params: z.output<P>) => { [key: string]: Json };
  /**
   * Whether the value is periodic: besides `records` it has `per` and the `required`, `met` and
   * `missing` bucket names (as of a day, `upcoming` buckets too), and `notCounted` notes, which item
   * results show (the coverage fact). No other fact's value has these fields.
   */
  readonly periodic?: boolean;
  /**
   * Whether the value judges obligations with a deadline (see `Deadlines`) and lists those not
   * judged yet in `pending`, which item results show. No other fact's value has this field.
   */
  readonly deadlines?: boolean;
  /**
   * The paths of the value that hold obligations on the period as a whole (spec §5: upcoming until
   * the period ends, unless already met): before the period end, a condition on one of them that
   * does not hold is *upcoming*, not failed, while meeting the obligations could still make it
   * hold. `unmet`: obligations not met yet (a list that meeting them empties, or a flag that turns
   * true); `grows`: a count or a list that can only grow as the period goes on (at least one
   * supervisor, at least four drills). Paths not named are judged as of the day.
   */
  readonly wholePeriod?: Readonly<Record<string, WholePeriodKind>>;
  /**
   * How long after the period end a record may still change the value (the grace days of a
   * month-end window, the length of a deadline): evaluated as of that long after the period end,
   * a station gives its full-year result. Nothing after the period end counts when absent.
   */
  readonly reach?: (params: z.output<P>) => Reach;
  /**
   * Checks of the params against the ruleset beyond their schema (the record kind and fields they
   * name exist, values fit the fields' types), run when a ruleset is loaded. Issue paths are
   * relative to the params.
   */
  readonly check?: (params: z.output<P>, context: FactContext) => Issue[];
}

/**
 * How an obligation on the period as a whole shows in a fact value (see
 * `FactDefinition.wholePeriod`).
 *
 * @example
 * ```ts
 * const kinds: Record<string, WholePeriodKind> = { unreviewed: 'unmet', supervisors: 'grows' };
 * ```
 */
export type WholePeriodKind = 'unmet' | 'grows';

/**
 * A span after the period end, in days and calendar months (see `FactDefinition.reach`).
 *
 * @example
 * ```ts
 * const reach: Reach = { months: 1 }; // a refill deadline of one month
 * ```
 */
export interface Reach {
  readonly days?: number;
  readonly months?: number;
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
