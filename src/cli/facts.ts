/** Reading one station's facts file into typed facts, or its problems. */
import { parseFacts } from '../facts/parse.js';
import type { StationFacts } from '../facts/schema.js';
import type { Ruleset } from '../ruleset/finalize.js';
import { CliError, EXIT, issueProblems } from './context.js';
import { readJson } from './files.js';

/**
 * Reads and validates a facts file against a ruleset's record kinds; every problem is located by
 * file and JSON path.
 *
 * @example
 * ```ts
 * const facts = readFacts('station.json', ruleset);
 * ```
 */
export function readFacts(file: string, ruleset: Ruleset): StationFacts {
  const parsed = parseFacts(readJson(file), { ruleset });
  if (!parsed.ok) throw new CliError(EXIT.invalid, issueProblems(file, parsed.issues));
  return parsed.value;
}
