/**
 * Condition operators. The built-in ones reproduce json-rules-engine's exactly (same fact-value
 * guards), the custom ones are registered on every json-rules-engine `Engine` the library builds,
 * so both evaluation paths compare values identically.
 */

/** An operator: does the fact value satisfy the condition's value? */
export interface OperatorDefinition {
  readonly name: string;
  /** Guards the fact value's type; when it fails the condition is false. */
  readonly accepts: (factValue: unknown) => boolean;
  readonly test: (factValue: unknown, value: unknown) => boolean;
}

const always = () => true;
const isNumeric = (v: unknown) => Number.parseFloat(v as string).toString() !== 'NaN';
const indexOf = (list: unknown, item: unknown) =>
  Array.isArray(list) || typeof list === 'string' ? (list as unknown[]).indexOf(item as never) : -1;

function sizeOf(value: unknown): number | null {
  if (Array.isArray(value) || typeof value === 'string') return value.length;
  if (value !== null && typeof value === 'object') return Object.keys(value).length;
  return null;
}

/** json-rules-engine's default operators, reproduced. */
export const BUILT_IN_OPERATORS = [
  { name: 'equal', accepts: always, test: (a, b) => a === b },
  { name: 'notEqual', accepts: always, test: (a, b) => a !== b },
  { name: 'in', accepts: always, test: (a, b) => indexOf(b, a) > -1 },
  { name: 'notIn', accepts: always, test: (a, b) => indexOf(b, a) === -1 },
  { name: 'contains', accepts: Array.isArray, test: (a, b) => indexOf(a, b) > -1 },
  { name: 'doesNotContain', accepts: Array.isArray, test: (a, b) => indexOf(a, b) === -1 },
  { name: 'lessThan', accepts: isNumeric, test: (a, b) => (a as number) < (b as number) },
  { name: 'lessThanInclusive', accepts: isNumeric, test: (a, b) => (a as number) <= (b as number) },
  { name: 'greaterThan', accepts: isNumeric, test: (a, b) => (a as number) > (b as number) },
  { name: 'greaterThanInclusive', accepts: isNumeric, test: (a, b) => (a as number) >= (b as number) },
] as const satisfies readonly OperatorDefinition[];

/** The library's own operators. */
export const CUSTOM_OPERATORS = [
  {
    name: 'isEmpty',
    accepts: always,
    test: (a, b) => {
      const size = sizeOf(a);
      const empty = size === null ? a === null || a === undefined : size === 0;
      return empty === b;
    },
  },
  {
    name: 'sizeAtMost',
    accepts: (a) => sizeOf(a) !== null,
    test: (a, b) => typeof b === 'number' && (sizeOf(a) as number) <= b,
  },
  {
    name: 'sizeAtLeast',
    accepts: (a) => sizeOf(a) !== null,
    test: (a, b) => typeof b === 'number' && (sizeOf(a) as number) >= b,
  },
  {
    name: 'containsAll',
    accepts: Array.isArray,
    test: (a, b) => Array.isArray(b) && b.every((item) => (a as unknown[]).includes(item)),
  },
] as const satisfies readonly OperatorDefinition[];

/**
 * The name of a condition operator.
 *
 * @category Rulesets and variants
 * @example
 * ```ts
 * const operator: OperatorName = 'isEmpty';
 * ```
 */
export type OperatorName = (typeof BUILT_IN_OPERATORS)[number]['name'] | (typeof CUSTOM_OPERATORS)[number]['name'];

/** Every operator by name. */
export const OPERATORS: ReadonlyMap<string, OperatorDefinition> = new Map(
  [...BUILT_IN_OPERATORS, ...CUSTOM_OPERATORS].map((op): [string, OperatorDefinition] => [op.name, op]),
);

/**
 * Applies an operator as json-rules-engine does: the guard, then the test.
 *
 * @example
 * ```ts
 * applyOperator(OPERATORS.get('isEmpty')!, [], true); // true
 * ```
 */
export function applyOperator(op: OperatorDefinition, factValue: unknown, value: unknown): boolean {
  return op.accepts(factValue) && op.test(factValue, value);
}
