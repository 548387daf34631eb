/**
 * Every item of the base ruleset has its own table of tests, and every table names an item that
 * exists: adding, renaming or removing an item without its tests fails here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { baseRuleset } from '../src/ruleset/base.js';

const itemsDir = fileURLToPath(new URL('./items/', import.meta.url));
const SUFFIX = '.test.ts';
const testFiles = readdirSync(itemsDir).filter((f) => f.endsWith(SUFFIX));
const testedIds = testFiles.map((f) => f.slice(0, -SUFFIX.length)).sort();
const itemIds = baseRuleset()
  .items.map((i) => i.id)
  .sort();

describe('item test parity', () => {
  it('has a test file test/items/<id>.test.ts for every item of the base ruleset', () => {
    expect(itemIds.filter((id) => !testedIds.includes(id))).toEqual([]);
  });

  it('has no item test file naming an item the base ruleset lacks', () => {
    expect(testedIds.filter((id) => !itemIds.includes(id))).toEqual([]);
  });

  it.each(testFiles)('%s runs the table of the item it is named after', (file) => {
    const id = file.slice(0, -SUFFIX.length);
    expect(readFileSync(`${itemsDir}${file}`, 'utf8')).toMatch(new RegExp(`describe(Expert)?Item\\('${id}'`));
  });

  it('covers all 28 items of the standard', () => {
    expect(itemIds).toHaveLength(28);
  });
});
