/** Small formatting helpers shared by the renderers. */
import type { Bilingual, Lang } from './messages/index.js';

/**
 * A score as people write it: whole numbers plain, others with up to two decimals.
 *
 * @example
 * ```ts
 * points(73); // '73'
 * points(2.5); // '2.5'
 * points(1 / 3); // '0.33'
 * ```
 */
export function points(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Math.round(value * 100) / 100);
}

/**
 * A ratio as a percentage with one decimal.
 *
 * @example
 * ```ts
 * percent(0.5); // '50%'
 * percent(2 / 3); // '66.7%'
 * ```
 */
export function percent(ratio: number): string {
  return `${Math.round(ratio * 1000) / 10}%`;
}

/**
 * The text of a language.
 *
 * @example
 * ```ts
 * pick({ zh: '总分', en: 'Total' }, 'en'); // 'Total'
 * ```
 */
export function pick(text: Bilingual, lang: Lang): string {
  return text[lang];
}

/**
 * A lookup in a label map, falling back to the key itself.
 *
 * @example
 * ```ts
 * label({ pass: 'pass' }, 'fail'); // 'fail'
 * ```
 */
export function label(map: Readonly<Record<string, string>>, key: string): string {
  return map[key] ?? key;
}
