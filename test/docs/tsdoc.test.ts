import { describe, expect, it } from 'vitest';
import { publicExports } from '../support/public-api.js';

/** The exports of both entries: the library and its spreadsheet subpath (`clean-station/xlsx`). */
const exports = [...publicExports(), ...publicExports('../../src/xlsx/index.ts')];

describe('TSDoc of the public API', () => {
  it('reads the exports of the library entry and of clean-station/xlsx', () => {
    expect(exports.map((e) => e.name)).toEqual(
      expect.arrayContaining(['evaluate', 'parseFacts', 'baseRuleset', 'workbookTemplate', 'readWorkbook']),
    );
  });

  it.each(exports.map((e) => [e.name, e] as const))('%s has a summary and an @example', (_name, exported) => {
    expect(exported.summary).not.toBe('');
    expect(exported.tags).toContain('example');
  });
});
