/** `loadRuleset`: validate and resolve ruleset JSON, reporting every problem at once. */
import semver from 'semver';
import { InvalidInputError, type Issue, makeIssue, type ParseResult } from '../issues/issue.js';
import { fromZodIssues } from '../issues/zod-issues.js';
import { finalizeRuleset, type Ruleset } from './finalize.js';
import { baseRulesetSchema } from './schema.js';

function withFile(issues: readonly Issue[], file: string | undefined): Issue[] {
  return file === undefined ? [...issues] : issues.map((i) => ({ ...i, file }));
}

/**
 * Validates and resolves a ruleset. Pass the base ruleset document alone, or an array of
 * documents. Returns the {@link Ruleset} or every issue (code, JSON path, zh/en message, file).
 * Never throws; nothing in the documents is evaluated as code.
 *
 * @example
 * ```ts
 * import base from 'clean-station/rules/base' with { type: 'json' };
 * const loaded = loadRuleset(base);
 * if (loaded.ok) console.log(loaded.value.hash);
 * ```
 */
export function loadRuleset(input: unknown, options: { files?: readonly string[] } = {}): ParseResult<Ruleset> {
  const documents = Array.isArray(input) ? input : [input];
  const file = options.files?.[0];
  const parsed = baseRulesetSchema.safeParse(documents[0]);
  if (!parsed.success) return { ok: false, issues: withFile(fromZodIssues(parsed.error.issues), file) };
  const doc = parsed.data;
  if (semver.valid(doc.version) === null) {
    return { ok: false, issues: withFile([makeIssue('invalid-version', ['version'], { value: doc.version })], file) };
  }
  const done = finalizeRuleset(doc, [{ id: doc.id, version: doc.version }]);
  if (!done.ok) return { ok: false, issues: withFile(done.issues, file) };
  return { ok: true, value: done.value, issues: [] };
}

/**
 * Like {@link loadRuleset} but throws an {@link InvalidInputError} with every issue.
 *
 * @example
 * ```ts
 * const ruleset = loadRulesetOrThrow([base, variant]);
 * ```
 */
export function loadRulesetOrThrow(input: unknown, options: { files?: readonly string[] } = {}): Ruleset {
  const loaded = loadRuleset(input, options);
  if (!loaded.ok) throw new InvalidInputError('ruleset', loaded.issues);
  return loaded.value;
}
