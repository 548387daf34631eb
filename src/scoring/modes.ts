/** Scoring modes of spec §2 as pure functions. */
import type { FactReference, Scoring } from '../ruleset/schema.js';
import { deductedScore } from './exact.js';

/** What a scoring mode needs to know about an item's checks. */
export interface ScoringInput {
  readonly max: number;
  /** Whether every condition held. */
  readonly passed: boolean;
  /** Failures or occurrences counted, for the deduction modes. */
  readonly count: number;
}

/** A computed score and status. */
export interface Scored {
  readonly score: number;
  readonly status: 'pass' | 'partial' | 'fail';
}

/**
 * The status of a score: `pass` at max, `partial` above 0, `fail` otherwise.
 *
 * @example
 * ```ts
 * statusOf(2.5, 5); // 'partial'
 * ```
 */
export function statusOf(score: number, max: number): Scored['status'] {
  if (score >= max) return 'pass';
  return score > 0 ? 'partial' : 'fail';
}

/**
 * All-or-nothing: full points when every requirement holds, else 0.
 *
 * @example
 * ```ts
 * allOrNothing({ max: 4, passed: false, count: 0 }); // { score: 0, status: 'fail' }
 * ```
 */
export function allOrNothing(input: ScoringInput): Scored {
  const score = input.passed ? input.max : 0;
  return { score, status: statusOf(score, input.max) };
}

/**
 * Deduct `deduct` per failure (or occurrence), never below `floor`; `null` means no floor. Exact
 * to the 4th decimal (see `deductedScore`).
 *
 * @example
 * ```ts
 * deductPer({ max: 6, passed: false, count: 1 }, 3, 0); // { score: 3, status: 'partial' }
 * deductPer({ max: 6, passed: false, count: 3 }, 3, 0); // { score: 0, status: 'fail' }
 * ```
 */
export function deductPer(input: ScoringInput, deduct: number, floor: number | null): Scored {
  const score = deductedScore(input.max, deduct, input.count, floor);
  return { score, status: statusOf(score, input.max) };
}

/**
 * Scores an item's checks with its scoring rule (not for expert-judged items).
 *
 * @example
 * ```ts
 * scoreItem({ mode: 'deduct-per-occurrence', deduct: 5, floor: 0, occurrences: { fact: 'incidents' } },
 *   { max: 5, passed: false, count: 2 }); // { score: 0, status: 'fail' }
 * ```
 */
export function scoreItem(scoring: Scoring, input: ScoringInput): Scored {
  switch (scoring.mode) {
    case 'deduct-per-failure':
    case 'deduct-per-occurrence':
      return deductPer(input, scoring.deduct, scoring.floor);
    default:
      return allOrNothing(input);
  }
}

/**
 * Turns the value a `failures` / `occurrences` reference yields into a count: a number as is (not
 * below 0), a list by its length, `true` as one, anything else as none.
 *
 * @example
 * ```ts
 * countOf(['2023-04', '2023-05']); // 2
 * ```
 */
export function countOf(value: unknown): number {
  if (typeof value === 'number' && Number.isFinite(value)) return Math.max(0, value);
  if (Array.isArray(value)) return value.length;
  return value === true ? 1 : 0;
}

/**
 * The fact reference a deduction mode counts (`occurrences`, or `failures` when it names a fact),
 * or null when the count comes from the failed conditions or there is none.
 *
 * @example
 * ```ts
 * scoringReference({ mode: 'all-or-nothing' }); // null
 * ```
 */
export function scoringReference(scoring: Scoring): FactReference | null {
  if (scoring.mode === 'deduct-per-occurrence') return scoring.occurrences;
  if (scoring.mode === 'deduct-per-failure' && scoring.failures !== 'failed-conditions') return scoring.failures;
  return null;
}
