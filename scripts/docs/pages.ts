/** Every generated documentation page, by path under `docs/`. */
import { factsReference } from './facts-reference.js';
import { itemPages } from './item-pages.js';

/**
 * The generated pages: the facts reference, the item index and one page per item.
 *
 * @example
 * ```ts
 * for (const [path, text] of generatedPages()) writeFileSync(`docs/${path}`, text);
 * ```
 */
export function generatedPages(): Map<string, string> {
  return new Map([['facts-reference.md', factsReference()], ...itemPages()]);
}
