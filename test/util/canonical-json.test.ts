import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { baseRuleset } from '../../src/ruleset/base.js';
import { canonicalJson, hashJson } from '../../src/util/canonical-json.js';

/** What the hash was before it became pure JavaScript: Node's own SHA-256 of the canonical JSON. */
const nodeHash = (value: unknown) => `sha256:${createHash('sha256').update(canonicalJson(value)).digest('hex')}`;

describe('the canonical JSON hash', () => {
  it('gives the published SHA-256 digests of known texts', () => {
    expect(hashJson(123)).toBe('sha256:a665a45920422f9d417e4867efdc4fb8a04a1f3fff1fa07e998e86f7f7a27ae3');
    expect(hashJson({ a: undefined })).toBe('sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a');
    expect(hashJson({ b: 1, a: [2, { d: 3, c: 4 }] })).toBe(hashJson({ a: [2, { c: 4, d: 3 }], b: 1 }));
  });

  it("keeps the base ruleset's hash byte for byte", () => {
    expect(baseRuleset().hash).toBe('sha256:dcf909b4eba08403cb1f7b914da58d33728cc8159ba5a60408dcce706d689486');
  });

  it("equals Node's SHA-256 on any JSON value, Chinese text, emoji and lone surrogates included", () => {
    const text = fc.oneof(
      fc.string({ unit: 'grapheme' }),
      fc.string({ unit: 'binary' }),
      fc.constantFrom('站所', '\uD800', 'a\uDFFFb'),
    );
    const value = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        text,
        fc.integer(),
        fc.double({ noNaN: true }),
        fc.boolean(),
        fc.constant(null),
        tie('list'),
        tie('object'),
      ),
      list: fc.array(tie('node'), { maxLength: 5 }),
      object: fc.dictionary(text, tie('node'), { maxKeys: 5 }),
    })).node;
    fc.assert(
      fc.property(value, (v) => {
        expect(hashJson(v)).toBe(nodeHash(v));
      }),
      { seed: 17, numRuns: 300 },
    );
  });
});
