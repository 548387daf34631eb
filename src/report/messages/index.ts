/** The report message catalogues, one per language. */
import { en, type ReportMessages } from './en.js';
import { zh } from './zh.js';

/**
 * Languages the reports are written in.
 *
 * @category Reports
 * @example
 * ```ts
 * LANGS.includes('en'); // true
 * ```
 */
export const LANGS = ['zh', 'en'] as const;

/**
 * A report language.
 *
 * @category Reports
 * @example
 * ```ts
 * const lang: Lang = 'en';
 * reportMessages(lang).heatmap; // 'Coverage of periodic obligations'
 * ```
 */
export type Lang = (typeof LANGS)[number];

/** A text in Chinese and English, as results carry them. */
export type Bilingual = { readonly zh: string; readonly en: string };

/**
 * The label catalogue of a language.
 *
 * @example
 * ```ts
 * reportMessages('en').total; // 'Total'
 * reportMessages('zh').total; // '总分'
 * ```
 */
export function reportMessages(lang: Lang): ReportMessages {
  return lang === 'zh' ? zh : en;
}

export type { ReportMessages };
