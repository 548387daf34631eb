/**
 * English texts are English: a ruleset's `en` title, requirement, advice or label never carries
 * Chinese (an English report would show it), in the base ruleset and in every example variant.
 * A Chinese-only text is written without `en` and is marked as such in English reports.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { baseRulesetDocument } from '../../src/ruleset/base.js';
import { readJson } from '../support/variants.js';

const HAN = /\p{Script=Han}/u;

/** Every `en` text beside a `zh` text in a document, with its JSON path. */
function englishTexts(value: unknown, path = '$'): Array<{ path: string; en: string }> {
  if (value === null || typeof value !== 'object') return [];
  const found: Array<{ path: string; en: string }> = [];
  const record = value as Record<string, unknown>;
  if (typeof record.zh === 'string' && typeof record.en === 'string') found.push({ path: `${path}.en`, en: record.en });
  for (const [key, child] of Object.entries(record)) found.push(...englishTexts(child, `${path}.${key}`));
  return found;
}

const variantFiles = readdirSync(join(import.meta.dirname, '../../examples/variants'))
  .filter((name) => name.endsWith('.json') && !name.endsWith('.cases.json'))
  .map((name) => `examples/variants/${name}`);

describe('English texts of rulesets', () => {
  it('the base ruleset has English texts, none of them with Chinese characters', () => {
    const texts = englishTexts(baseRulesetDocument());
    expect(texts.length).toBeGreaterThan(28 * 3);
    expect(texts.filter((text) => HAN.test(text.en))).toEqual([]);
  });

  it.each(variantFiles)('%s has no Chinese characters in its English texts', (file) => {
    const texts = englishTexts(readJson(file));
    expect(texts.length).toBeGreaterThan(0);
    expect(texts.filter((text) => HAN.test(text.en))).toEqual([]);
  });

  it('would see Chinese in an English text', () => {
    expect(englishTexts({ item: { title: { zh: '附表1', en: 'Table 附表1' } } })).toEqual([
      { path: '$.item.title.en', en: 'Table 附表1' },
    ]);
  });
});
