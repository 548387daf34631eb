/** The shape of a derived fact: a named, pure function of a prepared station and its params. */
import type { z } from 'zod';
import type { PreparedStation } from '../prepare.js';

/** A JSON value, as every fact returns. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/**
 * A derived fact. Its `params` schema is checked when a ruleset is loaded, so a condition with
 * wrong params is refused before any station is evaluated. Every fact returns plain JSON; by
 * convention `records` lists the ids it relied on (strings, strictly ascending: sorted, each
 * once), `missing` the required buckets not met (strings) and `notCounted` the records that were
 * there but did not count, with the reason. The item-result builder relies on these shapes.
 */
export interface FactDefinition<P extends z.ZodType = z.ZodType> {
  readonly name: string;
  readonly description: string;
  readonly params: P;
  readonly compute: (station: PreparedStation, params: z.output<P>) => { [key: string]: Json };
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
 * Compares two tuples of strings element by element (a total order for sorting trace entries).
 *
 * @example
 * ```ts
 * compareKeys(['2023-04', 'b'], ['2023-04', 'a']); // 1
 * ```
 */
export function compareKeys(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as string;
    const y = b[i] as string;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}
