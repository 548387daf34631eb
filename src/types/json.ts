/** JSON values, as rulesets and traces carry them. */

/**
 * A JSON value: a string, number, boolean, null, or a list or object of JSON values.
 *
 * @category Rulesets and variants
 * @example
 * ```ts
 * const value: JsonValue = { kind: 'liaisons', per: 'month', months: [1, 2, 3] };
 * ```
 */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
