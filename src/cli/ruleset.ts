/** The ruleset a command scores with: the base ruleset, or `--ruleset` files (base, then variants). */
import { baseRuleset } from '../ruleset/base.js';
import type { Ruleset } from '../ruleset/finalize.js';
import { loadRuleset } from '../ruleset/load.js';
import { CliError, EXIT, issueProblems } from './context.js';
import { readJson } from './files.js';

/** A loaded ruleset. */
export interface LoadedRuleset {
  readonly ruleset: Ruleset;
  /** The `--ruleset` documents as read (none for the bundled base ruleset), for resolving a variant on top. */
  readonly documents: readonly unknown[];
  /** Their file names, in the same order. */
  readonly files: readonly string[];
}

/**
 * Loads the ruleset named by repeated `--ruleset` options (base first, then variants in order),
 * or the standard's base ruleset when none is given.
 *
 * @example
 * ```ts
 * const { ruleset } = loadRulesetFiles(['rules/base/zj-clean-station.json', 'rules/variants/wuyi.json']);
 * ```
 */
export function loadRulesetFiles(files: readonly string[]): LoadedRuleset {
  if (files.length === 0) return { ruleset: baseRuleset(), documents: [], files: [] };
  const documents = files.map((file) => readJson(file));
  const loaded = loadRuleset(documents, { files });
  if (!loaded.ok) throw new CliError(EXIT.invalid, issueProblems(files[0] as string, loaded.issues));
  return { ruleset: loaded.value, documents, files };
}
