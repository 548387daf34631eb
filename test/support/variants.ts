/** Fixtures for variant tests: the base document and a variant builder. */
import { readFileSync } from 'node:fs';
import { baseRulesetDocument } from '../../src/ruleset/base.js';

/** A fresh copy of the base ruleset document. */
export const baseDoc = () => baseRulesetDocument() as unknown as Record<string, unknown> & { items: ItemDoc[] };

/** An item of a ruleset document, as JSON. */
export type ItemDoc = Record<string, unknown> & { id: string; section: string; points: number };

/** A variant extending the base, with `fields` merged in (left unchecked: tests pass wrong ones on purpose). */
export function variant(fields: Record<string, unknown> = {}): Record<string, unknown> {
  return { id: 'test-variant', version: '1.0.0', extends: { id: 'zj-clean-station', version: '^1.0.0' }, ...fields };
}

/** A copy of one base item, changed by `fields`. */
export function baseItem(id: string, fields: Record<string, unknown> = {}): ItemDoc {
  const item = baseDoc().items.find((i) => i.id === id);
  if (!item) throw new Error(`no base item ${id}`);
  return { ...structuredClone(item), ...fields };
}

/** Reads a JSON file of the repository. */
export function readJson(path: string): unknown {
  return JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'));
}
