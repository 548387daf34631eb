/** The standard's base ruleset, shipped inside the package as data. */
import baseDocument from '../../rules/base/zj-clean-station.json' with { type: 'json' };
import type { Ruleset } from './finalize.js';
import { loadRulesetOrThrow } from './load.js';
import { type BaseRuleset, baseRulesetSchema } from './schema.js';

let cached: Ruleset | undefined;

/**
 * The base ruleset of the standard (Appendix A, 28 items), loaded and validated once.
 *
 * @category Rulesets and variants
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
 * The base ruleset document as JSON data (for variants to extend or tools to read), a fresh copy
 * on every call. Typed by the ruleset schema rather than by the JSON file, so the published type
 * declarations never inline the file.
 *
 * @category Rulesets and variants
 * @example
 * ```ts
 * const doc = baseRulesetDocument();
 * doc.params.monthEndDays; // 5
 * ```
 */
export function baseRulesetDocument(): BaseRuleset {
  return baseRulesetSchema.parse(structuredClone(baseDocument));
}
