import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { baseRuleset } from '../../src/ruleset/base.js';

const itemsDir = new URL('../../docs/items/', import.meta.url);
const pageIds = readdirSync(itemsDir)
  .filter((file) => file.endsWith('.md'))
  .map((file) => file.slice(0, -'.md'.length));
const items = baseRuleset().items;
const itemIds = items.map((item) => item.id);

describe('item documentation parity', () => {
  it('every item of the base ruleset has a doc page', () => {
    expect(itemIds.filter((id) => !pageIds.includes(id))).toEqual([]);
  });

  it('every doc page names an existing item', () => {
    expect(pageIds.filter((id) => !itemIds.includes(id))).toEqual([]);
  });

  it.each(items.map((item) => [item.id, item] as const))('the page of %s names its id, seq and titles', (id, item) => {
    const page = readFileSync(new URL(`${id}.md`, itemsDir), 'utf8');
    expect(page).toContain(`\`${id}\``);
    expect(page.split('\n')[0]).toBe(`# ${item.seq} · ${item.title.zh} — ${item.title.en}`);
  });

  it('the item index links every item page', () => {
    const index = readFileSync(new URL('../items.md', itemsDir), 'utf8');
    expect(itemIds.filter((id) => !index.includes(`(items/${id}.md)`))).toEqual([]);
  });
});
