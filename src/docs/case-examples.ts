/**
 * The examples of a variant's item pages, taken from its test cases: each case that names the
 * item, what facts it starts from and how it changes them, and the result the library computed.
 */
import type { ResolvedItem } from '../ruleset/finalize.js';
import type { RulesetTestReport } from '../testkit/run.js';
import type { ParsedTestSuite } from '../testkit/schema.js';
import { exampleOutcome } from './item-pages.js';
import { compactJson } from './markdown.js';

const block = (value: unknown) => [
  '```json',
  Array.isArray(value) ? compactJson(value) : JSON.stringify(value, null, 2),
  '```',
  '',
];

function source(value: string | Readonly<Record<string, unknown>>, what: string): string[] {
  return typeof value === 'string'
    ? [`${what}: \`${value}\``, '']
    : [`${what}: written in the case 用例内写出:`, '', ...block(value)];
}

/**
 * The lines of an item's "Examples" section from test cases that ran: passing examples first, then
 * failing ones, each in the order of the cases file; a note when no case names the item.
 *
 * @example
 * ```ts
 * const examples = caseExamples(run.report, suite, 'jinhua-city.cases.json');
 * itemPages({ ruleset, document, note, examples });
 * ```
 */
export function caseExamples(
  report: RulesetTestReport,
  suite: ParsedTestSuite,
  casesFile: string,
): (item: ResolvedItem) => string[] {
  return (item) => {
    const named = report.cases.flatMap((outcome, i) => {
      const testCase = suite.cases[i];
      const result = outcome.result?.items.find((r) => r.id === item.id);
      if (testCase === undefined || result === undefined || !Object.hasOwn(testCase.expect.items ?? {}, item.id))
        return [];
      return [{ testCase, result, passing: result.score >= result.max }];
    });
    if (named.length === 0) {
      return [`没有测试用例涉及本项。 No case of \`${casesFile}\` names this item.`, ''];
    }
    const ordered = [...named.filter((n) => n.passing), ...named.filter((n) => !n.passing)];
    const lines = [
      `Examples from the test cases \`${casesFile}\` (file names are relative to it): each case that names this item, with the result the library computes for it.`,
      '',
    ];
    for (const { testCase, result, passing } of ordered) {
      const facts = testCase.facts ?? suite.facts;
      lines.push(`### ${passing ? '通过 Passing' : '不通过 Failing'} — ${testCase.name}`, '');
      if (facts !== undefined) lines.push(...source(facts, 'Facts 事实数据'));
      if (testCase.patch !== undefined) lines.push('Changed by 修改:', '', ...block(testCase.patch));
      if (testCase.review !== undefined) lines.push(...source(testCase.review, 'Review 评议'));
      lines.push(...exampleOutcome(result), '');
    }
    return lines;
  };
}
