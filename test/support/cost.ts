/**
 * Complexity checks by ratio: the cost per unit of input at two sizes. A linear operation costs
 * the same per unit at both; a quadratic one costs `large / small` times more per unit at the
 * larger size. No absolute time is asserted anywhere.
 */

/** Time per call of `run`, the best of three rounds of at least `minimumMs` each. */
function timePerCall(run: () => void, minimumMs = 25): number {
  let best = Number.POSITIVE_INFINITY;
  for (let round = 0; round < 3; round++) {
    let calls = 0;
    const start = performance.now();
    let elapsed = 0;
    do {
      run();
      calls++;
      elapsed = performance.now() - start;
    } while (elapsed < minimumMs);
    best = Math.min(best, elapsed / calls);
  }
  return best;
}

/**
 * How much more one unit of input costs at `large` than at `small`: about 1 for a linear
 * operation, about `large / small` for a quadratic one.
 */
export function costGrowth<T>(
  make: (size: number) => T,
  operation: (input: T) => unknown,
  small: number,
  large: number,
): number {
  const a = make(small);
  const b = make(large);
  operation(a);
  operation(b);
  return timePerCall(() => operation(b)) / large / (timePerCall(() => operation(a)) / small);
}
