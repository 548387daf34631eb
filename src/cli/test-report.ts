/**
 * What `clean-station test` prints: one line per case (✓ / ✗ and its name) under each cases file,
 * then each failure with its differences (item, field, expected, actual) or the issues that
 * refused its facts, then a summary line. Or the same as JSON for CI.
 */
import { formatPath, type Issue } from '../issues/issue.js';
import type { Lang } from '../report/messages/index.js';
import type { TestDifference } from '../testkit/expect.js';
import type { TestCaseReport } from '../testkit/run.js';
import { canonicalJson } from '../util/canonical-json.js';
import { besideCases, type CasesRun } from './cases.js';
import { problemLine } from './context.js';
import { cliMessages } from './messages.js';

const PASS = '✓';
const FAIL = '✗';
const INDENT = '    ';

/** Where an issue of a case's input is: its file (patched or not), or the cases file for inline input. */
function issueLine(run: CasesRun, testCase: TestCaseReport, issue: Issue, lang: Lang): string {
  const file =
    issue.file === undefined
      ? `${run.file} ${cliMessages.inline()[lang]}`
      : `${besideCases(run.file, issue.file)}${testCase.patched && issue.file === testCase.facts ? ` ${cliMessages.patched()[lang]}` : ''}`;
  return problemLine({ where: `${file}: ${formatPath(issue.path)}`, message: issue.message, code: issue.code }, lang);
}

function differenceLines(run: CasesRun, testCase: TestCaseReport, difference: TestDifference, lang: Lang): string[] {
  if (difference.field !== 'issues') {
    const what = difference.item === null ? difference.field : `${difference.item} ${difference.field}`;
    const message = cliMessages.testExpected({
      what,
      expected: canonicalJson(difference.expected),
      actual: canonicalJson(difference.actual),
    });
    return [message[lang]];
  }
  const expected = canonicalJson(difference.expected);
  if (testCase.issues.length === 0) return [cliMessages.testNotRefused({ expected })[lang]];
  const header =
    (difference.expected as unknown[]).length === 0
      ? cliMessages.testRefused()
      : cliMessages.testRefusedOtherwise({ expected });
  return [header[lang], ...testCase.issues.map((issue) => `  ${issueLine(run, testCase, issue, lang)}`)];
}

/** The passed and failed cases of all runs. */
function totals(runs: readonly CasesRun[]): { passed: number; failed: number } {
  return {
    passed: runs.reduce((n, run) => n + run.report.passed, 0),
    failed: runs.reduce((n, run) => n + run.report.failed, 0),
  };
}

/**
 * The text report of the runs.
 *
 * @example
 * ```ts
 * ctx.out(renderTestText(runs, 'en'));
 * ```
 */
export function renderTestText(runs: readonly CasesRun[], lang: Lang): string {
  const lines: string[] = [];
  for (const run of runs) {
    const { id, version } = run.report.ruleset;
    lines.push(`${run.file} (${id}@${version})`);
    for (const testCase of run.report.cases) lines.push(`  ${testCase.passed ? PASS : FAIL} ${testCase.name}`);
  }
  for (const run of runs) {
    for (const testCase of run.report.cases) {
      if (testCase.passed) continue;
      lines.push('', `${FAIL} ${run.file} › ${testCase.name}`);
      for (const difference of testCase.differences) {
        lines.push(...differenceLines(run, testCase, difference, lang).map((line) => `${INDENT}${line}`));
      }
    }
  }
  const { passed, failed } = totals(runs);
  lines.push('', cliMessages.testSummary({ total: passed + failed, passed, failed })[lang]);
  return `${lines.join('\n')}\n`;
}

/**
 * The JSON report of the runs (for CI): per cases file, the ruleset and each case's outcome, its
 * differences and issues (results left out).
 *
 * @example
 * ```ts
 * ctx.out(renderTestJson(runs));
 * ```
 */
export function renderTestJson(runs: readonly CasesRun[]): string {
  const { passed, failed } = totals(runs);
  const files = runs.map((run) => ({
    file: run.file,
    ruleset: run.report.ruleset,
    passed: run.report.passed,
    failed: run.report.failed,
    cases: run.report.cases.map(({ result: _result, ...rest }) => rest),
  }));
  return `${JSON.stringify({ passed, failed, files }, null, 2)}\n`;
}
