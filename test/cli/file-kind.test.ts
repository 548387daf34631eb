import { describe, expect, it } from 'vitest';
import { detectKind, FILE_KINDS, fitsKind } from '../../src/cli/file-kind.js';

describe('the kind of a file, told from its top-level fields', () => {
  it.each([
    ['result', { schemaVersion: 1, ruleset: {}, station: {}, period: {} }],
    ['variant', { id: 'v', version: '1.0.0', extends: { id: 'zj-clean-station', version: '^1.0.0' } }],
    ['variant', { id: 'v', extends: {}, items: [] }],
    ['ruleset', { id: 'r', items: [] }],
    ['ruleset', { grades: [] }],
    ['review', { assessments: [] }],
    ['review', { station: 's', period: {}, rejectedEvidence: [] }],
    ['facts', { station: {}, period: {} }],
    ['facts', { period: {} }],
  ])('tells a %s file from %j', (kind, value) => {
    expect(detectKind(value)).toBe(kind);
  });

  it.each([[null], [[]], ['text'], [{ hello: 1 }]])('cannot tell the kind of %j', (value) => {
    expect(detectKind(value)).toBeNull();
  });

  it('accepts a file only where its own kind is asked for, and a variant where a ruleset is', () => {
    const fits = FILE_KINDS.flatMap((wanted) =>
      FILE_KINDS.filter((found) => fitsKind(wanted, found)).map((found) => `${wanted} ← ${found}`),
    );
    expect(fits).toEqual([
      'facts ← facts',
      'ruleset ← ruleset',
      'ruleset ← variant',
      'variant ← variant',
      'review ← review',
      'result ← result',
    ]);
  });
});
