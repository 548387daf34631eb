/**
 * Complexity checks by ratio: the cost per unit of input at two sizes. A linear operation costs
 * the same per unit at both; a quadratic one costs `large / small` times more per unit at the
 * larger size. No absolute time is asserted anywhere.
 */

/** Time per call of `run` over one round of at least `minimumMs`. */
function roundTime(run: () => void, minimumMs: number): number {
  let calls = 0;
  const start = performance.now();
  let elapsed = 0;
  do {
    run();
    calls++;
    elapsed = performance.now() - start;
  } while (elapsed < minimumMs);
  return elapsed / calls;
}

/**
 * How much more one unit of input costs at `large` than at `small`: about 1 for a linear
 * operation, about `large / small` for a quadratic one. The two sizes are timed in alternating
 * rounds and each keeps its best round, so a machine busy with other work slows both alike
 * rather than one of them.
 */
export function costGrowth<T>(
  make: (size: number) => T,
  operation: (input: T) => unknown,
  small: number,
  large: number,
  rounds = 7,
  minimumMs = 30,
): number {
  const a = make(small);
  const b = make(large);
  operation(a);
  operation(b);
  let bestSmall = Number.POSITIVE_INFINITY;
  let bestLarge = Number.POSITIVE_INFINITY;
  for (let round = 0; round < rounds; round++) {
    bestSmall = Math.min(
      bestSmall,
      roundTime(() => operation(a), minimumMs),
    );
    bestLarge = Math.min(
      bestLarge,
      roundTime(() => operation(b), minimumMs),
    );
  }
  return bestLarge / large / (bestSmall / small);
}
