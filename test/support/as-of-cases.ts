/**
 * Table-driven tests of items evaluated as of a day (spec §5): every case starts from the compliant
 * station-year, changes one thing, evaluates as of a day through both paths (which must agree),
 * and states the item's score, status, missing and upcoming buckets, pending deadlines, overdue
 * obligations (deadline passed, still open) and the whole-period conditions still open.
 */
import { describe, expect, it } from 'vitest';
import { evaluate, evaluateSync } from '../../src/engine/evaluate.js';
import type { EvaluationResult, ItemResult } from '../../src/result/schema.js';
import type { Ruleset } from '../../src/ruleset/finalize.js';
import { compliantFacts, type Fixture, parsed } from './station.js';

/** `2023-MM` for months `from..12`. */
export const monthsFrom = (from: number) =>
  Array.from({ length: 13 - from }, (_, i) => `2023-${String(from + i).padStart(2, '0')}`);

/** `2023-Qn` for quarters `from..4`. */
export const quartersFrom = (from: number) => Array.from({ length: 5 - from }, (_, i) => `2023-Q${from + i}`);

/** One row of an as-of table. */
export interface AsOfCase {
  /** The behaviour the row checks, as the test's name. */
  readonly name: string;
  /** The one change made to the compliant fixture. */
  readonly change: (facts: Fixture) => void;
  /** The day evaluated as of. */
  readonly asOf: string;
  readonly score: number;
  readonly status: ItemResult['status'];
  /** Missing bucket names; none when absent. */
  readonly missing?: readonly string[];
  /** Upcoming buckets of every periodic check of the item, in order; none when absent. */
  readonly upcoming?: readonly string[];
  /** Pending deadlines; none when absent. */
  readonly pending?: ItemResult['pending'];
  /** Deadlines passed, judged missed and still open (with the points lost); none when absent. */
  readonly overdue?: ItemResult['overdue'];
  /** The whole-period conditions still open (their names); none when absent. */
  readonly open?: readonly string[];
  /** The item's next deadline; not checked when absent. */
  readonly nextDeadline?: string;
  /** Failures or occurrences counted; not checked when absent. */
  readonly failures?: number | null;
  readonly ruleset?: Ruleset;
}

/** Evaluates as of a day through both paths, checks they agree, and returns the result. */
export async function resultAsOf(input: unknown, asOf: string, ruleset?: Ruleset): Promise<EvaluationResult> {
  const facts = parsed(input, ruleset);
  const options = { asOf, ...(ruleset ? { ruleset } : {}) };
  const compiled = evaluateSync(facts, options);
  const reference = await evaluate(facts, { ...options, engine: 'json-rules-engine' });
  expect(JSON.stringify(compiled)).toBe(JSON.stringify(reference));
  return compiled;
}

/** One item of a result; throws when there is none (a broken test, not a result). */
export function itemIn(result: EvaluationResult, id: string): ItemResult {
  const item = result.items.find((i) => i.id === id);
  if (!item) throw new Error(`no item ${id}`);
  return item;
}

/**
 * Runs an item's as-of table: one test per row.
 *
 * @example
 * ```ts
 * describeAsOf('monthly-liaison', [{ name: 'June not over yet', change: …, asOf: '2023-06-29', score: 4, status: 'pass' }]);
 * ```
 */
export function describeAsOf(id: string, cases: readonly AsOfCase[]): void {
  describe(`item ${id} as of a day`, () => {
    it.each(cases)('$name', async (row) => {
      const facts = compliantFacts();
      row.change(facts);
      const item = itemIn(await resultAsOf(facts, row.asOf, row.ruleset), id);
      expect({
        score: item.score,
        status: item.status,
        missing: item.missing,
        upcoming: item.coverage.flatMap((c) => c.upcoming ?? []),
        pending: item.pending,
        overdue: item.overdue,
        open: (item.upcoming ?? []).flatMap((o) => (o.condition === undefined ? [] : [o.condition])),
      }).toEqual({
        score: row.score,
        status: row.status,
        missing: row.missing ?? [],
        upcoming: row.upcoming ?? [],
        pending: row.pending,
        overdue: row.overdue,
        open: row.open ?? [],
      });
      if (row.nextDeadline !== undefined) expect(item.nextDeadline).toBe(row.nextDeadline);
      if (row.failures !== undefined) expect(item.failures).toBe(row.failures);
    });
  });
}
