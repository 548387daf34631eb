import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generatedPages } from '../../scripts/docs/pages.js';
import { generateTypes } from '../../scripts/types/generate.js';

const docs = new URL('../../docs/', import.meta.url);
const pages = [...generatedPages()];

describe('generated documentation', () => {
  it.each(pages.map(([path, text]) => [path, text] as const))(
    'docs/%s is up to date (run `npm run docs:generate` after changing the schema, the ruleset or the examples)',
    (path, text) => {
      expect(readFileSync(new URL(path, docs), 'utf8')).toBe(text);
    },
  );
});

describe('generated named types', () => {
  const generated = generateTypes();

  it('src/types/generated.ts is up to date with the schemas, descriptions included (run `npm run types:generate`)', () => {
    expect(readFileSync(new URL('../../src/types/generated.ts', import.meta.url), 'utf8')).toBe(generated.text);
  });

  it('test/types/named-types.check.ts checks every named type against its schema (run `npm run types:generate`)', () => {
    expect(readFileSync(new URL('../types/named-types.check.ts', import.meta.url), 'utf8')).toBe(generated.checks);
  });

  it('every field of the public schemas has a description', () => {
    expect(generated.undocumented).toEqual([]);
  });
});
