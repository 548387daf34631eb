/**
 * Table-driven item tests: every case starts from the compliant station-year, changes one thing,
 * and states the item's expected score, status, missing buckets and records that did not count.
 */
import { describe, expect, it } from 'vitest';
import type { ReviewInput } from '../../src/assess/schema.js';
import type { ItemResult } from '../../src/result/schema.js';
import type { Ruleset } from '../../src/ruleset/finalize.js';
import { compliantFacts, type Fixture, itemOf } from './station.js';

/** One row of an item's table. */
export interface ItemCase {
  /** The behaviour the row checks, as the test's name. */
  readonly name: string;
  /** The one change made to the compliant fixture. */
  readonly change: (facts: Fixture) => void;
  readonly score: number;
  readonly status: ItemResult['status'];
  /** Missing bucket names; none when absent. */
  readonly missing?: readonly string[];
  /** Records present but not counted; none when absent. */
  readonly notCounted?: ItemResult['notCounted'];
  /** Obligations not judged yet (deadline after the period end); none when absent. */
  readonly pending?: ItemResult['pending'];
  /** Failures or occurrences counted (deduction modes); not checked when absent. */
  readonly failures?: number | null;
  /** Ids of the records the item relied on; not checked when absent. */
  readonly records?: readonly string[];
  /** A ruleset other than the base one (a variant with a changed param). */
  readonly ruleset?: Ruleset;
  /** Expert assessments and rejected evidence to evaluate with. */
  readonly review?: ReviewInput;
  /** The calendar year of the compliant fixture the case starts from (2023 when absent). */
  readonly year?: number;
}

/**
 * Runs an item's table: one test per row, each evaluated through the compiled path and
 * json-rules-engine (which must agree).
 *
 * @example
 * ```ts
 * describeItem('monthly-liaison', [{ name: 'no April record', change: (f) => …, score: 0, status: 'fail', missing: ['2023-04'] }]);
 * ```
 */
export function describeItem(id: string, cases: readonly ItemCase[]): void {
  describe(`item ${id}`, () => {
    it.each(cases)('$name', async (row) => {
      const facts = compliantFacts(row.year);
      row.change(facts);
      const item = await itemOf(facts, id, row.ruleset, row.review);
      expect({
        score: item.score,
        status: item.status,
        missing: item.missing,
        notCounted: item.notCounted,
        pending: item.pending,
      }).toEqual({
        score: row.score,
        status: row.status,
        missing: row.missing ?? [],
        notCounted: row.notCounted ?? [],
        pending: row.pending,
      });
      expect(item.score).toBeGreaterThanOrEqual(0);
      expect(item.score).toBeLessThanOrEqual(item.max);
      if (row.failures !== undefined) expect(item.failures).toBe(row.failures);
      if (row.records !== undefined) expect(item.records).toEqual(row.records);
      if (item.score < item.max) expect(item.advice).not.toBeNull();
      else expect(item.advice).toBeNull();
    });
  });
}

/** The compliant fixture as is. */
export const unchanged = (): void => {};

/** The record with `id` in `list`; throws when there is none (a broken test, not a result). */
export function recordOf<T extends { id: string }>(list: T[], id: string): T {
  const found = list.find((r) => r.id === id);
  if (!found) throw new Error(`fixture has no record ${id}`);
  return found;
}

/** Removes the records with the given ids from `list` (each must exist). */
export function remove<T extends { id: string }>(list: T[], ...ids: string[]): void {
  for (const id of ids) list.splice(list.indexOf(recordOf(list, id)), 1);
}

/** Sets the `date` of the record with `id`. */
export function redate<T extends { id: string; date: string }>(list: T[], id: string, date: string): void {
  recordOf(list, id).date = date;
}

/** Month bucket names `2023-MM` for the given months. */
export function monthsOf(...months: number[]): string[] {
  return months.map((m) => `2023-${String(m).padStart(2, '0')}`);
}

/** A change that leaves the station with no service point (and so no one in post). */
export function withoutServicePoints(f: Fixture): void {
  f.servicePoints = [];
  f.duties = [];
}
