/** What kind of clean-station file a parsed JSON value is, told from its top-level fields. */

/** The kinds of file the command line tells apart. */
export const FILE_KINDS = ['facts', 'ruleset', 'variant', 'review', 'result'] as const;

/** A kind of file. */
export type FileKind = (typeof FILE_KINDS)[number];

/**
 * Tells a file's kind from its top-level fields: a result has `schemaVersion` and `ruleset`; a
 * variant has `extends`; a (base) ruleset has `items` or `grades`; a review has `assessments` or
 * `rejectedEvidence` (and may name its `station` and `period`); facts have `station` or `period`.
 *
 * @example
 * ```ts
 * detectKind({ station: {}, period: {} }); // 'facts'
 * detectKind({ id: 'jinhua-city', extends: { id: 'zj-clean-station', version: '^1.0.0' } }); // 'variant'
 * ```
 */
export function detectKind(value: unknown): FileKind | null {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return null;
  const has = (key: string) => Object.hasOwn(value, key);
  if (has('schemaVersion') && has('ruleset')) return 'result';
  if (has('extends')) return 'variant';
  if (has('items') || has('grades')) return 'ruleset';
  // A review may name its station and period too: its own lists tell it from facts.
  if (has('assessments') || has('rejectedEvidence')) return 'review';
  if (has('station') || has('period')) return 'facts';
  return null;
}

/**
 * Whether a file of kind `found` is acceptable where a file of kind `wanted` is asked for: the same
 * kind, or a variant where any ruleset will do (a variant is a ruleset that extends another).
 *
 * @example
 * ```ts
 * fitsKind('ruleset', 'variant'); // true
 * fitsKind('variant', 'ruleset'); // false: a base ruleset extends nothing
 * ```
 */
export function fitsKind(wanted: FileKind, found: FileKind): boolean {
  return wanted === found || (wanted === 'ruleset' && found === 'variant');
}
