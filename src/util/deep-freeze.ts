/** Deep freezing of parsed values, so that nothing changes them after they were checked. */

/**
 * Freezes `value` and every object and array reachable from it (without recursion; an object
 * already frozen is taken to be frozen all the way down). Returns `value`.
 *
 * @example
 * ```ts
 * const facts = deepFreeze({ records: { liaisons: [{ id: 'L-1' }] } });
 * Object.isFrozen(facts.records.liaisons[0]); // true
 * ```
 */
export function deepFreeze<T>(value: T): T {
  const stack: object[] = [];
  const visit = (child: unknown) => {
    if (child !== null && typeof child === 'object' && !Object.isFrozen(child)) stack.push(child);
  };
  visit(value);
  while (stack.length > 0) {
    const current = stack.pop() as Record<string, unknown>;
    Object.freeze(current);
    if (Array.isArray(current)) for (const child of current) visit(child);
    else for (const key of Object.keys(current)) visit(current[key]);
  }
  return value;
}
