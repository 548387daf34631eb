/**
 * `testRuleset`: runs a ruleset's test cases (the JSON of a `*.cases.json` file) and says, per case,
 * whether the result is what the case expects and, when not, how it differs. Pure: files the cases
 * name are passed in as data, nothing is read, nothing reads the clock.
 */
import { parseReview } from '../assess/parse.js';
import { evaluateSync } from '../engine/evaluate.js';
import { parseFacts } from '../facts/parse.js';
import {
  formatPath,
  InvalidInputError,
  type Issue,
  type JsonPath,
  makeIssue,
  type ParseResult,
} from '../issues/issue.js';
import { orderedIssues } from '../issues/limit.js';
import type { EvaluationResult } from '../result/schema.js';
import type { Ruleset, RulesetLink } from '../ruleset/finalize.js';
import { loadRuleset } from '../ruleset/load.js';
import { closestName } from '../util/closest.js';
import { applyJsonPatch, applyMergePatch, type JsonPatchOperation } from '../util/json-patch.js';
import { issueDifferences, resultDifferences, type TestDifference } from './expect.js';
import {
  type Expectation,
  type ParsedTestCase,
  type ParsedTestSuite,
  parseTestSuite,
  type TestCase,
  type TestSuite,
} from './schema.js';

/**
 * Options of {@link testRuleset}.
 *
 * @category Rulesets and variants
 * @example
 * ```ts
 * const options: TestRulesetOptions = { files: { 'station.json': JSON.parse(readFileSync('station.json', 'utf8')) } };
 * ```
 */
export interface TestRulesetOptions {
  /** The content of every file the cases name (facts, reviews), by the name as written in the cases. */
  readonly files?: Readonly<Record<string, unknown>>;
}

/**
 * The outcome of one test case.
 *
 * @category Rulesets and variants
 * @example
 * ```ts
 * const failed: TestCaseReport[] = report.cases.filter((c) => !c.passed);
 * ```
 */
export interface TestCaseReport {
  readonly name: string;
  readonly passed: boolean;
  /** The facts file the case read (as named in the cases), or null for inline facts. */
  readonly facts: string | null;
  /** Whether the case changed its facts with a `patch` before evaluating them. */
  readonly patched: boolean;
  /** Each field the case expects that came out otherwise; empty when the case passed. */
  readonly differences: readonly TestDifference[];
  /**
   * The issues of the case's facts or review when they were refused (what `expect.issues`
   * compares), with paths inside the facts or review and the `file` they came from, if any.
   */
  readonly issues: readonly Issue[];
  /** The result the case's facts scored, or null when they or the review were refused. */
  readonly result: EvaluationResult | null;
}

/**
 * The outcome of a ruleset's test cases.
 *
 * @category Rulesets and variants
 * @example
 * ```ts
 * const report: RulesetTestReport = run.value;
 * console.log(`${report.passed} passed, ${report.failed} failed`);
 * ```
 */
export interface RulesetTestReport {
  readonly ruleset: {
    readonly id: string;
    readonly version: string;
    readonly hash: string;
    readonly scoringHash: string;
    readonly chain: readonly RulesetLink[];
  };
  readonly passed: number;
  readonly failed: number;
  readonly cases: readonly TestCaseReport[];
}

/** A case with its inputs resolved and patched, ready to run. */
interface ReadyCase {
  readonly name: string;
  readonly facts: unknown;
  readonly factsFile: string | null;
  readonly patched: boolean;
  readonly review: unknown;
  readonly reviewFile: string | null;
  readonly expect: Expectation;
}

type Source = string | Readonly<Record<string, unknown>>;

/** The content of a source: inline, or a file named in `files`. */
function contentOf(
  source: Source,
  files: Readonly<Record<string, unknown>>,
  path: JsonPath,
  issues: Issue[],
): { value: unknown; file: string | null } | null {
  if (typeof source !== 'string') return { value: source, file: null };
  if (Object.hasOwn(files, source)) return { value: files[source], file: source };
  issues.push(makeIssue('missing-file', path, { file: source }));
  return null;
}

function patched(facts: unknown, patch: ParsedTestCase['patch'], path: JsonPath, issues: Issue[]): unknown {
  if (patch === undefined) return facts;
  if (!Array.isArray(patch)) return applyMergePatch(facts, patch);
  const applied = applyJsonPatch(facts, patch as readonly JsonPatchOperation[], path);
  if (applied.ok) return applied.value;
  issues.push(applied.issue);
  return facts;
}

/** Problems of what a case expects: nothing at all, issues with a result, unknown items. */
function expectationIssues(expect: Expectation, ruleset: Ruleset, path: JsonPath): Issue[] {
  const issues: Issue[] = [];
  const items = Object.entries(expect.items ?? {});
  const named = (o: object) => Object.values(o).some((v) => v !== undefined);
  const anyTop = [expect.total, expect.base, expect.bonus, expect.grade].some((v) => v !== undefined);
  if (expect.issues !== undefined && (anyTop || expect.items !== undefined))
    issues.push(makeIssue('issues-or-result', path));
  const nothingAtAll = expect.issues === undefined && !anyTop && !items.some(([, e]) => named(e));
  if (nothingAtAll) issues.push(makeIssue('nothing-expected', path));
  const known = ruleset.items.map((item) => item.id);
  for (const [id, expected] of items) {
    const at = [...path, 'items', id];
    if (!known.includes(id)) {
      const suggestion = closestName(id, known);
      issues.push(makeIssue('unknown-item', at, { id, ...(suggestion ? { suggestion } : {}) }));
    } else if (!nothingAtAll && !named(expected)) issues.push(makeIssue('nothing-expected', at));
  }
  return issues;
}

/** Every case resolved and patched, or every problem of the cases file. */
function readyCases(suite: ParsedTestSuite, ruleset: Ruleset, files: Readonly<Record<string, unknown>>) {
  const issues: Issue[] = [];
  const firstByName = new Map<string, number>();
  const ready: ReadyCase[] = [];
  suite.cases.forEach((testCase, i) => {
    const path: JsonPath = ['cases', i];
    const first = firstByName.get(testCase.name);
    if (first === undefined) firstByName.set(testCase.name, i);
    else
      issues.push(
        makeIssue('duplicate-case', [...path, 'name'], { name: testCase.name, first: formatPath(['cases', first]) }),
      );
    issues.push(...expectationIssues(testCase.expect, ruleset, [...path, 'expect']));
    const source: Source | undefined = testCase.facts ?? suite.facts;
    const factsPath = testCase.facts === undefined ? ['facts'] : [...path, 'facts'];
    if (source === undefined) {
      issues.push(makeIssue('missing-field', [...path, 'facts']));
      return;
    }
    const facts = contentOf(source, files, factsPath, issues);
    const review =
      testCase.review === undefined ? null : contentOf(testCase.review, files, [...path, 'review'], issues);
    if (facts === null || (testCase.review !== undefined && review === null)) return;
    ready.push({
      name: testCase.name,
      facts: patched(facts.value, testCase.patch, [...path, 'patch'], issues),
      factsFile: facts.file,
      patched: testCase.patch !== undefined,
      review: review?.value,
      reviewFile: review?.file ?? null,
      expect: testCase.expect,
    });
  });
  return { ready, issues };
}

const inFile = (issues: readonly Issue[], file: string | null): Issue[] =>
  file === null ? [...issues] : issues.map((issue) => ({ ...issue, file }));

/** The result of a case, or the issues that refused its facts or review. */
function outcomeOf(testCase: ReadyCase, ruleset: Ruleset): { result: EvaluationResult } | { issues: Issue[] } {
  const facts = parseFacts(testCase.facts, { ruleset });
  if (!facts.ok) return { issues: inFile(facts.issues, testCase.factsFile) };
  if (testCase.review === undefined) return { result: evaluateSync(facts.value, { ruleset }) };
  const review = parseReview(testCase.review);
  if (!review.ok) return { issues: inFile(review.issues, testCase.reviewFile) };
  try {
    return { result: evaluateSync(facts.value, { ruleset, review: review.value }) };
  } catch (error) {
    if (error instanceof InvalidInputError) return { issues: inFile(error.issues, testCase.reviewFile) };
    throw error;
  }
}

function runCase(testCase: ReadyCase, ruleset: Ruleset): TestCaseReport {
  const outcome = outcomeOf(testCase, ruleset);
  const { expect } = testCase;
  const refused = 'issues' in outcome;
  const differences = refused
    ? issueDifferences(expect.issues ?? [], outcome.issues)
    : expect.issues === undefined
      ? resultDifferences(expect, outcome.result)
      : issueDifferences(expect.issues, []);
  return {
    name: testCase.name,
    passed: differences.length === 0,
    facts: testCase.factsFile,
    patched: testCase.patched,
    differences,
    issues: refused ? outcome.issues : [],
    result: refused ? null : outcome.result,
  };
}

/**
 * Runs test cases against a ruleset: each case's facts (a file, inline, or the shared facts
 * changed by a JSON Merge Patch or JSON Patch) are validated with the ruleset's record kinds and
 * evaluated, and the fields the case names are compared with the result (partial expectations
 * compare only what they name). Facts that are refused fail the case unless it expects exactly
 * their issues.
 *
 * `ruleset` is a loaded {@link Ruleset} or the ruleset documents (as `loadRuleset` takes them).
 * `cases` is the JSON of a cases file or a list of cases; the files they name are looked up in
 * `options.files` (nothing is read from disk; the file's `ruleset` field is for the command line).
 * Returns every problem of the cases themselves (a malformed case, an unknown item with a
 * did-you-mean, a patch that does not apply, a file not given) without running any, else the
 * report. Deterministic; never throws on bad input.
 *
 * @category Rulesets and variants
 * @example
 * ```ts
 * import { loadRulesetOrThrow, testRuleset } from 'clean-station';
 * const run = testRuleset(loadRulesetOrThrow([variant]), {
 *   facts: 'station.json',
 *   cases: [
 *     { name: 'trains every month', expect: { items: { 'monthly-safety-training': { score: 2, status: 'pass' } } } },
 *     {
 *       name: 'April without a training',
 *       patch: [{ op: 'remove', path: '/records/safetyTrainings/3' }],
 *       expect: { items: { 'monthly-safety-training': { score: 0, missing: ['2023-04'] } } },
 *     },
 *   ],
 * }, { files: { 'station.json': stationJson } });
 * if (!run.ok) throw new Error(run.issues.map((i) => i.message.en).join('\n'));
 * for (const c of run.value.cases) console.log(c.passed ? '✓' : '✗', c.name, c.differences);
 * ```
 */
export function testRuleset(
  ruleset: Ruleset | readonly unknown[],
  cases: TestSuite | readonly TestCase[],
  options: TestRulesetOptions = {},
): ParseResult<RulesetTestReport> {
  let loaded: Ruleset;
  if (Array.isArray(ruleset)) {
    const result = loadRuleset(ruleset);
    if (!result.ok) return result;
    loaded = result.value;
  } else loaded = ruleset as Ruleset;
  const parsed = parseTestSuite(cases);
  if (!parsed.ok) return parsed;
  const { ready, issues } = readyCases(parsed.value, loaded, options.files ?? {});
  if (issues.length > 0) return { ok: false, issues: orderedIssues(issues) };
  const reports = ready.map((testCase) => runCase(testCase, loaded));
  const passed = reports.filter((r) => r.passed).length;
  return {
    ok: true,
    issues: [],
    value: {
      ruleset: {
        id: loaded.id,
        version: loaded.version,
        hash: loaded.hash,
        scoringHash: loaded.scoringHash,
        chain: loaded.chain,
      },
      passed,
      failed: reports.length - passed,
      cases: reports,
    },
  };
}
