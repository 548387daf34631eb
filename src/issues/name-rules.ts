/**
 * The rules for names and ids in rulesets (item ids, ruleset ids, param names, record kind
 * names …), each a regular expression with its rule in words, so that a name that breaks one is
 * reported as "must be lowercase letters, digits and hyphens …", not "Invalid string: regex".
 */

/** A rule for names, in Chinese and English. */
interface NameRule {
  readonly pattern: RegExp;
  readonly zh: string;
  readonly en: string;
}

/** Every rule for names, by what it names. */
export const NAME_RULES = {
  itemId: {
    pattern: /^[a-z][a-z0-9-]{0,63}$/,
    zh: '由小写字母、数字和连字符组成，以字母开头，最多 64 个字符（如 monthly-liaison）',
    en: 'lowercase letters, digits and hyphens, starting with a letter, at most 64 characters (like monthly-liaison)',
  },
  rulesetId: {
    pattern: /^[a-z0-9][a-z0-9.-]{0,99}$/,
    zh: '由小写字母、数字、点和连字符组成，以字母或数字开头，最多 100 个字符（如 jinhua-city）',
    en: 'lowercase letters, digits, dots and hyphens, starting with a letter or digit, at most 100 characters (like jinhua-city)',
  },
  partId: {
    pattern: /^[A-Z][0-9A-Za-z.]{0,15}$/,
    zh: '以大写字母开头，后接字母、数字或点，最多 16 个字符（如 A1、B1）',
    en: 'a capital letter followed by letters, digits or dots, at most 16 characters (like A1, B1)',
  },
  seq: {
    pattern: /^\d{1,3}[a-z]?$/,
    zh: '1 至 3 位数字，可带一个小写字母（如 9、12a）',
    en: '1 to 3 digits, optionally followed by one lowercase letter (like 9, 12a)',
  },
  paramName: {
    pattern: /^[a-zA-Z][a-zA-Z0-9]{0,63}$/,
    zh: '以字母开头，只含字母和数字，最多 64 个字符（如 monthEndDays）',
    en: 'a letter followed by letters and digits, at most 64 characters (like monthEndDays)',
  },
  kindName: {
    pattern: /^[a-z][A-Za-z0-9]{0,63}$/,
    zh: '以小写字母开头，只含字母和数字（驼峰式），最多 64 个字符（如 safetyTrainings）',
    en: 'a lowercase letter followed by letters and digits (camelCase), at most 64 characters (like safetyTrainings)',
  },
  enumValue: {
    pattern: /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/,
    zh: '由字母、数字、下划线和连字符组成，以字母或数字开头，最多 64 个字符',
    en: 'letters, digits, underscores and hyphens, starting with a letter or digit, at most 64 characters',
  },
} as const satisfies Record<string, NameRule>;

/** What a name rule is for. */
export type NameRuleId = keyof typeof NAME_RULES;

const byPattern = new Map<string, NameRule>(Object.values(NAME_RULES).map((rule) => [String(rule.pattern), rule]));

/**
 * The regular expression of a name rule (give it to `z.string().regex`).
 *
 * @example
 * ```ts
 * const itemId = z.string().regex(namePattern('itemId'));
 * ```
 */
export function namePattern(id: NameRuleId): RegExp {
  return NAME_RULES[id].pattern;
}

/**
 * The rule in words of a pattern made by {@link namePattern} (written as `/…/`, as zod reports
 * it), or undefined for another pattern.
 *
 * @example
 * ```ts
 * nameRuleOf(String(namePattern('itemId')))?.en; // 'lowercase letters, digits and hyphens, …'
 * ```
 */
export function nameRuleOf(pattern: string): { readonly zh: string; readonly en: string } | undefined {
  return byPattern.get(pattern);
}
