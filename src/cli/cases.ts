/**
 * Reading a test-case file with everything it names: the ruleset files, the facts and review
 * files (paths relative to the cases file), then running its cases. Every problem of the file
 * and of the files it names is collected, so an author sees them all at once.
 */
import { dirname, isAbsolute, join } from 'node:path';
import { formatPath, type JsonPath } from '../issues/issue.js';
import { baseRuleset } from '../ruleset/base.js';
import type { Ruleset } from '../ruleset/finalize.js';
import { loadRuleset } from '../ruleset/load.js';
import { type RulesetTestReport, testRuleset } from '../testkit/run.js';
import { type ParsedTestSuite, parseTestSuite, type TestSuite } from '../testkit/schema.js';
import { issueProblems, type Problem } from './context.js';
import { readJson, readReferencedJson } from './files.js';

/** A cases file that ran: its ruleset and the report of its cases. */
export interface CasesRun {
  readonly file: string;
  readonly ruleset: Ruleset;
  readonly suite: ParsedTestSuite;
  readonly report: RulesetTestReport;
}

/** The files a suite names, with where each is named. */
function referencesOf(suite: ParsedTestSuite): Array<{ ref: string; path: JsonPath }> {
  const refs: Array<{ ref: string; path: JsonPath }> = [];
  if (typeof suite.facts === 'string') refs.push({ ref: suite.facts, path: ['facts'] });
  suite.cases.forEach((testCase, i) => {
    if (typeof testCase.facts === 'string') refs.push({ ref: testCase.facts, path: ['cases', i, 'facts'] });
    if (typeof testCase.review === 'string') refs.push({ ref: testCase.review, path: ['cases', i, 'review'] });
  });
  return refs;
}

/**
 * A path written in a cases file (relative to it, or absolute), as a path from the working
 * directory.
 *
 * @example
 * ```ts
 * besideCases('examples/variants/jinhua-city.cases.json', 'jinhua-city.json'); // 'examples/variants/jinhua-city.json'
 * ```
 */
export function besideCases(casesFile: string, ref: string): string {
  return isAbsolute(ref) ? ref : join(dirname(casesFile), ref);
}

function rulesetOf(casesFile: string, suite: ParsedTestSuite, problems: Problem[]): Ruleset | null {
  if (suite.ruleset === undefined) return baseRuleset();
  const refs = typeof suite.ruleset === 'string' ? [suite.ruleset] : suite.ruleset;
  const files = refs.map((ref) => besideCases(casesFile, ref));
  const documents: unknown[] = [];
  files.forEach((file, i) => {
    const where = `${casesFile}: ${formatPath(typeof suite.ruleset === 'string' ? ['ruleset'] : ['ruleset', i])}`;
    const read = readReferencedJson(file, where);
    if (read.ok) documents.push(read.value);
    else problems.push(...read.problems);
  });
  if (documents.length < files.length) return null;
  const loaded = loadRuleset(documents, { files });
  if (loaded.ok) return loaded.value;
  problems.push(...issueProblems(files[0] as string, loaded.issues));
  return null;
}

/**
 * Reads a cases file and the files it names, and runs its cases: the run, or every problem that
 * keeps it from running (a malformed cases file, a file that cannot be read, an invalid ruleset,
 * an unknown item).
 *
 * @example
 * ```ts
 * const run = runCasesFile('examples/variants/jinhua-city.cases.json');
 * if (run.ok) console.log(run.value.report.failed);
 * ```
 */
export function runCasesFile(casesFile: string): { ok: true; value: CasesRun } | { ok: false; problems: Problem[] } {
  const value = readJson(casesFile);
  const parsed = parseTestSuite(value);
  if (!parsed.ok) return { ok: false, problems: issueProblems(casesFile, parsed.issues) };
  const problems: Problem[] = [];
  const ruleset = rulesetOf(casesFile, parsed.value, problems);
  const files: Record<string, unknown> = {};
  for (const { ref, path } of referencesOf(parsed.value)) {
    if (Object.hasOwn(files, ref)) continue;
    const read = readReferencedJson(besideCases(casesFile, ref), `${casesFile}: ${formatPath(path)}`);
    if (read.ok) files[ref] = read.value;
    else problems.push(...read.problems);
  }
  if (ruleset === null || problems.length > 0) return { ok: false, problems };
  const run = testRuleset(ruleset, value as TestSuite, { files });
  if (!run.ok) return { ok: false, problems: issueProblems(casesFile, run.issues) };
  return { ok: true, value: { file: casesFile, ruleset, suite: parsed.value, report: run.value } };
}
