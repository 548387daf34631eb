/**
 * Writes the generated guides into `docs/` (`npm run docs:generate`): the facts reference and one
 * page per item. Item pages of items no longer in the ruleset are removed.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { generatedPages } from './docs/pages.js';

const docs = new URL('../docs/', import.meta.url);
const pages = generatedPages();
mkdirSync(new URL('items/', docs), { recursive: true });
for (const file of readdirSync(new URL('items/', docs))) {
  if (!pages.has(`items/${file}`)) rmSync(new URL(`items/${file}`, docs));
}
for (const [path, text] of pages) writeFileSync(new URL(path, docs), text);
