import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generatedPages } from '../../scripts/docs/pages.js';

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
