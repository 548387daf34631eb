import { describe, expect, it } from 'vitest';
import { publicExports } from '../support/public-api.js';

const exports = publicExports();

describe('TSDoc of the public API', () => {
  it('reads the exports of the library entry', () => {
    expect(exports.map((e) => e.name)).toEqual(expect.arrayContaining(['evaluate', 'parseFacts', 'baseRuleset']));
  });

  it.each(exports.map((e) => [e.name, e] as const))('%s has a summary and an @example', (_name, exported) => {
    expect(exported.summary).not.toBe('');
    expect(exported.tags).toContain('example');
  });
});
