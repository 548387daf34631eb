/** The standard's base ruleset, shipped inside the package as data. */
import baseDocument from '../../rules/base/zj-clean-station.json' with { type: 'json' };
import type { Ruleset } from './finalize.js';
import { loadRulesetOrThrow } from './load.js';

let cached: Ruleset | undefined;

/**
 * The base ruleset of the standard (Appendix A, 28 items), loaded and validated once.
 *
 * @example
 * ```ts
 * const ruleset = baseRuleset();
 * ruleset.items.map((i) => i.id); // ['service-point-siting', 'smart-terminal', …]
 * ```
 */
export function baseRuleset(): Ruleset {
  cached ??= loadRulesetOrThrow(baseDocument);
  return cached;
}

/**
 * The base ruleset document as JSON data (for variants to extend or tools to read).
 *
 * @example
 * ```ts
 * const doc = baseRulesetDocument();
 * doc.params.monthEndDays; // 5
 * ```
 */
export function baseRulesetDocument(): typeof baseDocument {
  return structuredClone(baseDocument);
}
