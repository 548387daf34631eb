/**
 * Exact score arithmetic. Points, deductions, floors, grade thresholds and assessed scores have at
 * most {@link SCORE_DECIMALS} decimal places (rulesets and reviews with more are refused), so
 * every score is a whole number of units of 10^-4: sums and deductions are done in those units,
 * exactly, and turned back into the number with the shortest decimal form. `0.1 + 0.2` is `0.3`
 * here, never `0.30000000000000004`.
 */

/** The most decimal places of a score, a point value, a deduction, a floor or a threshold. */
export const SCORE_DECIMALS = 4;

const UNITS_PER_POINT = 10 ** SCORE_DECIMALS;

/**
 * Whether `value` is a finite number with at most {@link SCORE_DECIMALS} decimal places.
 *
 * @example
 * ```ts
 * hasScoreDecimals(2.5); // true
 * hasScoreDecimals(0.12345); // false
 * ```
 */
export function hasScoreDecimals(value: number): boolean {
  return Number.isFinite(value) && Math.round(value * UNITS_PER_POINT) / UNITS_PER_POINT === value;
}

/**
 * A score in whole units of 10^-{@link SCORE_DECIMALS} (exact for a score of at most that many
 * decimals): integers that add and compare exactly.
 *
 * @example
 * ```ts
 * unitsOf(2.5); // 25000
 * ```
 */
export function unitsOf(score: number): number {
  return Math.round(score * UNITS_PER_POINT);
}

/**
 * Whole units back as a score: the double nearest the decimal, which prints as that decimal.
 *
 * @example
 * ```ts
 * scoreOf(unitsOf(0.1) + unitsOf(0.2)); // 0.3
 * ```
 */
export function scoreOf(units: number): number {
  return units / UNITS_PER_POINT;
}

/**
 * The exact sum of scores.
 *
 * @example
 * ```ts
 * sumScores([0.1, 0.2]); // 0.3
 * ```
 */
export function sumScores(scores: Iterable<number>): number {
  let units = 0;
  for (const score of scores) units += unitsOf(score);
  return scoreOf(units);
}

/**
 * A running exact sum of scores.
 *
 * @example
 * ```ts
 * const total = new ScoreSum();
 * total.add(0.1);
 * total.add(0.2);
 * total.value; // 0.3
 * ```
 */
export class ScoreSum {
  private units = 0;

  /** Adds a score to the sum. */
  add(score: number): void {
    this.units += unitsOf(score);
  }

  /** The sum so far. */
  get value(): number {
    return scoreOf(this.units);
  }

  /**
   * The mean of the `count` scores added, as {@link meanScore} gives it (`null` for none), without
   * keeping them.
   */
  mean(count: number): number | null {
    return count === 0 ? null : scoreOf(Math.round(this.units / count));
  }
}

/**
 * `max` less `deduct` for each of `count` failures, never below `floor` (`null`: no floor),
 * exactly. A fractional count (no fact of the catalogue gives one) is deducted to the nearest
 * unit of 10^-4.
 *
 * @example
 * ```ts
 * deductedScore(1, 0.1, 3, 0); // 0.7, not 0.7000000000000001
 * deductedScore(6, 3, 3, 0); // 0
 * ```
 */
export function deductedScore(max: number, deduct: number, count: number, floor: number | null): number {
  const units = unitsOf(max) - Math.round(unitsOf(deduct) * count);
  return scoreOf(floor === null ? units : Math.max(unitsOf(floor), units));
}

/**
 * The mean of scores: their exact sum divided by their count once, to the nearest unit of 10^-4
 * (halves up), so the mean of the same scores is the same number in any order. `null` for none.
 *
 * @example
 * ```ts
 * meanScore([73, 100]); // 86.5
 * meanScore([90, 90, 91]); // 90.3333
 * meanScore([]); // null
 * ```
 */
export function meanScore(scores: readonly number[]): number | null {
  if (scores.length === 0) return null;
  let units = 0;
  for (const score of scores) units += unitsOf(score);
  return scoreOf(Math.round(units / scores.length));
}

/**
 * The population standard deviation of scores, to the nearest unit of 10^-4: the sums are taken
 * exactly in whole units, so the same scores give the same number in any order. `null` for none.
 *
 * @example
 * ```ts
 * standardDeviationOfScores([73, 100]); // 13.5
 * standardDeviationOfScores([90, 90, 91]); // 0.4714
 * standardDeviationOfScores([]); // null
 * ```
 */
export function standardDeviationOfScores(scores: readonly number[]): number | null {
  if (scores.length === 0) return null;
  let sum = 0n;
  let sumOfSquares = 0n;
  for (const score of scores) {
    const units = BigInt(unitsOf(score));
    sum += units;
    sumOfSquares += units * units;
  }
  const count = BigInt(scores.length);
  const spreadTimesCountSquared = count * sumOfSquares - sum * sum;
  return scoreOf(Math.round(Math.sqrt(Number(spreadTimesCountSquared)) / scores.length));
}
