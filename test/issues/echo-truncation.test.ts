/**
 * Issues repeat input values (a bad time zone, an unknown key, an unknown param), but never more
 * than MAX_ECHO_LENGTH code units of one: a hostile value of a megabyte must not be copied into
 * every message, in either language, nor into the params.
 */
import { describe, expect, it } from 'vitest';
import { parseReview } from '../../src/assess/parse.js';
import { parseFacts, parseFactsJson } from '../../src/facts/parse.js';
import type { Issue } from '../../src/issues/issue.js';
import { echoed, MAX_ECHO_LENGTH } from '../../src/issues/messages.js';
import { baseRulesetDocument } from '../../src/ruleset/base.js';
import { loadRuleset } from '../../src/ruleset/load.js';
import { echoProblems } from '../robustness/support/fuzz.js';
import { compliantFacts } from '../support/station.js';

const huge = 'Z'.repeat(100_000);

function issuesOf(result: { issues: readonly Issue[] }, code: string): Issue[] {
  const found = result.issues.filter((issue) => issue.code === code);
  expect(found.length).toBeGreaterThan(0);
  return found;
}

function expectCut(issue: Issue, param: string): void {
  const value = issue.params[param];
  expect(value).toBe(`${'Z'.repeat(MAX_ECHO_LENGTH)}…`);
  expect(issue.message.en).toContain(value);
  expect(issue.message.zh).toContain(value);
  expect(issue.message.en.length).toBeLessThan(MAX_ECHO_LENGTH + 500);
  expect(issue.message.zh.length).toBeLessThan(MAX_ECHO_LENGTH + 500);
}

describe('echoed input in issues', () => {
  it('cuts a huge invalid time zone in the params and both messages', () => {
    const facts = compliantFacts();
    facts.station.timeZone = huge;
    for (const issue of issuesOf(parseFacts(facts), 'invalid-time-zone')) expectCut(issue, 'value');
  });

  it('cuts a huge unknown key in the params and messages but keeps the exact key in the path', () => {
    const facts = { ...compliantFacts(), [huge]: 1 };
    const [issue] = issuesOf(parseFacts(facts), 'unknown-field');
    expectCut(issue as Issue, 'field');
    expect(issue?.path).toEqual([huge]);
  });

  it('cuts a huge unknown param name, fact name and path in a ruleset', () => {
    const doc = baseRulesetDocument() as unknown as { items: Array<Record<string, unknown>> };
    const item = doc.items.find((i) => i.conditions !== undefined) as Record<string, unknown>;
    item.conditions = {
      all: [
        { fact: huge, operator: 'equal', value: 1 },
        { fact: 'incidents', path: `${huge}..`, operator: 'equal', value: { $param: huge } },
      ],
    };
    const loaded = loadRuleset(doc);
    expectCut(issuesOf(loaded, 'unknown-fact')[0] as Issue, 'name');
    expectCut(issuesOf(loaded, 'unknown-param')[0] as Issue, 'name');
    const [pathIssue] = issuesOf(loaded, 'invalid-path');
    expect(String(pathIssue?.params.path).length).toBe(MAX_ECHO_LENGTH + 1);
  });

  it('cuts the detail of a JSON syntax error and a huge unknown key in a review', () => {
    for (const issue of parseFactsJson(`{"a": "${huge}" "b"}`).issues) expect(echoProblems(issue)).toEqual([]);
    expectCut(issuesOf(parseReview({ [huge]: [] }), 'unknown-field')[0] as Issue, 'field');
  });

  it('never splits a surrogate pair and leaves short values alone', () => {
    const emoji = `${'a'.repeat(MAX_ECHO_LENGTH - 1)}😀tail`;
    expect(echoed(emoji)).toBe(`${'a'.repeat(MAX_ECHO_LENGTH - 1)}…`);
    expect(echoed('Asia/Shanghai')).toBe('Asia/Shanghai');
    expect(echoed('x'.repeat(MAX_ECHO_LENGTH))).toBe('x'.repeat(MAX_ECHO_LENGTH));
  });
});
