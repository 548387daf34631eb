/** What kind of file a JSON document is, told from its top-level fields. */

/** The kinds of file the command line reads. */
export const FILE_KINDS = ['facts', 'ruleset', 'review', 'result'] as const;

/** A kind of file. */
export type FileKind = (typeof FILE_KINDS)[number];

/**
 * Tells a file's kind from its top-level fields: a result has `schemaVersion` and `ruleset`; a
 * ruleset has `items`, `grades` or `extends`; a review has `assessments` or `rejectedEvidence`
 * (and may name its `station` and `period`); facts have `station` or `period`.
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
  // A review may name its station and period too: its own lists tell it from facts.
  if (has('assessments') || has('rejectedEvidence')) return 'review';
  if (has('station') || has('period')) return 'facts';
  return null;
}
