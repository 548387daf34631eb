/** What kind of clean-station file a parsed JSON value is, told from its top-level fields. */

/** The kinds of file the command line tells apart. */
export const FILE_KINDS = ['facts', 'ruleset', 'review', 'result'] as const;

/** A kind of file. */
export type FileKind = (typeof FILE_KINDS)[number];

/**
 * Tells a file's kind from its top-level fields: a result has `schemaVersion` and `ruleset`; a
 * ruleset has `items`, `grades` or `extends`; facts have `station` or `period`; a review has
 * `assessments` or `rejectedEvidence`.
 *
 * @example
 * ```ts
 * detectKind({ station: {}, period: {} }); // 'facts'
 * ```
 */
export function detectKind(value: unknown): FileKind | null {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return null;
  const has = (key: string) => Object.hasOwn(value, key);
  if (has('schemaVersion') && has('ruleset')) return 'result';
  if (has('items') || has('grades') || has('extends')) return 'ruleset';
  if (has('station') || has('period')) return 'facts';
  if (has('assessments') || has('rejectedEvidence')) return 'review';
  return null;
}
