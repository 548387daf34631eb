/**
 * The safe path resolver used by both evaluation paths: dot-separated own-property names and
 * array indices (`missing`, `late.0.kind`). Nothing is evaluated; prototype keys cannot be
 * addressed.
 */

/** Path segments that can never be addressed. */
export const FORBIDDEN_PATH_SEGMENTS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

const SEGMENT = /^[A-Za-z0-9_-]{1,64}$/;

/** The longest path accepted, in segments. */
export const MAX_PATH_SEGMENTS = 8;

/**
 * Why a path is not acceptable, or null when it is.
 *
 * @example
 * ```ts
 * pathProblem('missing'); // null
 * pathProblem('$.missing'); // 'bad-segment'
 * pathProblem('__proto__.x'); // 'forbidden-segment'
 * ```
 */
export function pathProblem(path: string): 'bad-segment' | 'forbidden-segment' | 'too-long' | null {
  const segments = path.split('.');
  if (segments.length > MAX_PATH_SEGMENTS) return 'too-long';
  for (const segment of segments) {
    if (FORBIDDEN_PATH_SEGMENTS.has(segment)) return 'forbidden-segment';
    if (!SEGMENT.test(segment)) return 'bad-segment';
  }
  return null;
}

/**
 * Resolves a dot path in a JSON value; `undefined` when any step is absent. Only own properties
 * are followed.
 *
 * @example
 * ```ts
 * resolvePath({ late: [{ kind: 'fault' }] }, 'late.0.kind'); // 'fault'
 * resolvePath({}, 'toString'); // undefined
 * ```
 */
export function resolvePath(value: unknown, path: string): unknown {
  const segments = path.split('.');
  return reachable(segments) ? ownPath(value, segments) : undefined;
}

/** Whether a path can be followed at all: a forbidden segment is never followed. */
function reachable(segments: readonly string[]): boolean {
  for (const segment of segments) if (FORBIDDEN_PATH_SEGMENTS.has(segment)) return false;
  return true;
}

/** Follows own properties segment by segment; undefined as soon as one is absent. */
function ownPath(value: unknown, segments: readonly string[]): unknown {
  let current: unknown = value;
  for (const segment of segments) {
    if (current === null || typeof current !== 'object' || !Object.hasOwn(current, segment)) return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}

/**
 * What a condition's `path` yields from a fact value, exactly as json-rules-engine applies a path:
 * only to objects; any other value is returned as it is.
 *
 * @example
 * ```ts
 * factValueAtPath({ missing: [] }, 'missing'); // []
 * factValueAtPath(3, 'missing'); // 3
 * ```
 */
export function factValueAtPath(factValue: unknown, path: string | undefined): unknown {
  return pathAccessor(path)(factValue);
}

/**
 * {@link factValueAtPath} for one path, split once: for evaluators that apply the same path to
 * many fact values.
 *
 * @example
 * ```ts
 * const missing = pathAccessor('missing');
 * missing({ missing: ['2023-04'] }); // ['2023-04']
 * ```
 */
export function pathAccessor(path: string | undefined): (factValue: unknown) => unknown {
  if (!path) return (factValue) => factValue;
  const segments = path.split('.');
  const canReach = reachable(segments);
  return (factValue) =>
    factValue !== null && typeof factValue === 'object'
      ? canReach
        ? ownPath(factValue, segments)
        : undefined
      : factValue;
}
