/** Timing helpers for the benchmark: CPU time of this process, best of several rounds. */

/** CPU time (user + system) of this process in milliseconds since `since`, or since start. */
export function cpuMs(since?: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
}

/** How long one run of a task took. */
export interface Timing {
  readonly cpuMs: number;
  readonly wallMs: number;
}

/** Runs `task` once (after a garbage collection, when exposed) and times it. */
export async function timeOnce(task: () => unknown): Promise<Timing> {
  // no forced gc here: a full collection shrinks the young generation and penalises allocation-heavy tasks
  const cpu = process.cpuUsage();
  const wall = performance.now();
  await task();
  return { cpuMs: cpuMs(cpu), wallMs: performance.now() - wall };
}

/**
 * Runs a task untimed for at least `warmUpMs` (wall clock), so that V8 has optimised it (the
 * yardstick is one large function that V8 re-optimises several times over its first two
 * seconds), then `rounds` times, and keeps the fastest round. Each task runs in a process of its
 * own (`bench/tasks.ts`), so no other task shares its heap or its optimised code.
 */
export async function bestOf(rounds: number, warmUpMs: number, task: () => unknown): Promise<Timing> {
  // Wall time: V8 optimises on background threads, so CPU time would end the warm-up too soon.
  const start = performance.now();
  do await task();
  while (performance.now() - start < warmUpMs);
  let best: Timing = { cpuMs: Number.POSITIVE_INFINITY, wallMs: Number.POSITIVE_INFINITY };
  for (let round = 0; round < rounds; round++) {
    const t = await timeOnce(task);
    best = { cpuMs: Math.min(best.cpuMs, t.cpuMs), wallMs: Math.min(best.wallMs, t.wallMs) };
  }
  return best;
}

/** A number rounded to `digits` decimals. */
export function round(value: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/** The median of a non-empty list. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}
