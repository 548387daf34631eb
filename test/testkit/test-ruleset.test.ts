/**
 * `testRuleset`: partial expectations, differences per named field, facts from files, inline or
 * patched, expected issues, and the problems of a cases file itself — reported without running.
 */
import { describe, expect, it } from 'vitest';
import { loadRulesetOrThrow } from '../../src/ruleset/load.js';
import { testRuleset } from '../../src/testkit/run.js';
import type { TestCase, TestSuite } from '../../src/testkit/schema.js';
import { compliantFacts, day } from '../support/station.js';
import { readJson } from '../support/variants.js';

const jinhuaDoc = readJson('examples/variants/jinhua-city.json');
const jinhua = loadRulesetOrThrow([jinhuaDoc]);

/** The fixture station with a training every month (6 attendees) and one complaint answered on the 2nd day. */
function station() {
  const facts = compliantFacts();
  return {
    ...facts,
    records: {
      ...facts.records,
      safetyTrainings: Array.from({ length: 12 }, (_, i) => ({ id: `st-${i + 1}`, date: day(i + 1, 8), attendees: 6 })),
      complaints: [{ id: 'cp-1', date: day(3, 1), channel: '95598' }],
      complaintReplies: [{ id: 'cr-1', date: day(3, 3), complaintId: 'cp-1' }],
    },
  };
}

const files = { 'station.json': station() };
const run = (cases: TestSuite | readonly TestCase[]) => testRuleset(jinhua, cases, { files });
const report = (cases: TestSuite | readonly TestCase[]) => {
  const done = run(cases);
  if (!done.ok) throw new Error(done.issues.map((i) => `${i.path.join('.')} ${i.message.en}`).join('\n'));
  return done.value;
};
const only = (testCase: Omit<TestCase, 'name' | 'facts'> & { facts?: TestCase['facts'] }) =>
  report({ facts: 'station.json', cases: [{ name: 'the case', ...testCase }] }).cases[0]!;

describe('testRuleset: expectations', () => {
  it('passes a case whose named fields all match, and compares nothing it does not name', () => {
    const outcome = only({ expect: { total: 100, items: { 'monthly-safety-training': { score: 2 } } } });
    expect(outcome).toMatchObject({ name: 'the case', passed: true, differences: [], issues: [] });
    expect(outcome.result?.total).toBe(100);
  });

  it('fails a case with one difference per field that came out otherwise, with both values', () => {
    const outcome = only({
      patch: [{ op: 'remove', path: '/records/safetyTrainings/3' }],
      expect: {
        total: 100,
        grade: 'excellent',
        items: { 'monthly-safety-training': { score: 2, status: 'fail', missing: ['2023-05'] } },
      },
    });
    expect(outcome.passed).toBe(false);
    expect(outcome.differences).toEqual([
      { item: null, field: 'total', expected: 100, actual: 98 },
      { item: 'monthly-safety-training', field: 'score', expected: 2, actual: 0 },
      { item: 'monthly-safety-training', field: 'missing', expected: ['2023-05'], actual: ['2023-04'] },
    ]);
  });

  it('compares missing buckets and records not counted as sets, in any order', () => {
    const outcome = only({
      patch: [
        { op: 'replace', path: '/records/safetyTrainings/6/attendees', value: 4 },
        { op: 'remove', path: '/records/safetyTrainings/1' },
      ],
      expect: {
        items: {
          'monthly-safety-training': {
            missing: ['2023-07', '2023-02'],
            notCounted: [{ bucket: '2023-07', reason: 'condition-not-met', id: 'st-7' }],
            failures: null,
          },
        },
      },
    });
    expect(outcome).toMatchObject({ passed: true, differences: [] });
  });

  it('lists the differences of items in the ruleset’s order, whatever the order they are written in', () => {
    const outcome = only({
      patch: { records: { complaintReplies: [], safetyTrainings: [] } },
      expect: { items: { 'complaint-replies': { score: 2 }, 'monthly-safety-training': { score: 2 } } },
    });
    expect(outcome.differences.map((d) => d.item)).toEqual(['monthly-safety-training', 'complaint-replies']);
  });

  it('fails a case whose facts are refused, with their issues, unless it expects exactly those issues', () => {
    const patch = [{ op: 'remove' as const, path: '/records/safetyTrainings/0/attendees' }];
    const unexpected = only({ patch, expect: { total: 100 } });
    expect(unexpected).toMatchObject({ passed: false, result: null, facts: 'station.json', patched: true });
    expect(unexpected.issues.map((i) => [i.code, i.file])).toEqual([['missing-field', 'station.json']]);
    expect(unexpected.differences).toEqual([
      {
        item: null,
        field: 'issues',
        expected: [],
        actual: [{ code: 'missing-field', path: 'records.safetyTrainings[0].attendees' }],
      },
    ]);
    const expected = only({
      patch,
      expect: { issues: [{ code: 'missing-field', path: 'records.safetyTrainings[0].attendees' }] },
    });
    expect(expected.passed).toBe(true);
    expect(only({ patch, expect: { issues: [{ code: 'missing-field' }] } }).passed).toBe(true);
    expect(
      only({ patch, expect: { issues: [{ code: 'missing-field', path: 'records.safetyTrainings[1].attendees' }] } })
        .passed,
    ).toBe(false);
  });

  it('fails a case that expects issues when its facts are valid, and one whose facts have more issues than expected', () => {
    expect(only({ expect: { issues: [{ code: 'missing-field' }] } }).differences).toEqual([
      { item: null, field: 'issues', expected: [{ code: 'missing-field' }], actual: [] },
    ]);
    const twoMissing = only({
      patch: [
        { op: 'remove', path: '/records/safetyTrainings/0/attendees' },
        { op: 'remove', path: '/records/safetyTrainings/1/attendees' },
      ],
      expect: { issues: [{ code: 'missing-field' }] },
    });
    expect(twoMissing.passed).toBe(false);
  });

  it('evaluates a case with an inline review, and fails it with the review’s issues when the review does not fit', () => {
    const assessment = { itemId: 'innovation', verdict: 'pass', assessor: '评价组', date: '2024-01-20' };
    const withReview = only({
      review: { assessments: [assessment] },
      expect: { total: 105, items: { innovation: { score: 5, status: 'pass' } } },
    });
    expect(withReview.passed).toBe(true);
    const unknownItem = only({
      review: { assessments: [{ ...assessment, itemId: 'innovations' }] },
      expect: { total: 105 },
    });
    expect(unknownItem.passed).toBe(false);
    expect(unknownItem.issues.map((i) => i.code)).toEqual(['unknown-item']);
    expect(unknownItem.issues[0]?.file).toBeUndefined();
  });

  it('takes inline facts, the documents of a ruleset, and a plain list of cases', () => {
    const done = testRuleset(
      [jinhuaDoc],
      [{ name: 'inline', facts: station(), expect: { items: { 'complaint-replies': { status: 'pass' } } } }],
    );
    expect(done.ok && done.value.cases.map((c) => [c.name, c.passed, c.facts, c.patched])).toEqual([
      ['inline', true, null, false],
    ]);
    expect(done.ok && done.value.ruleset).toMatchObject({ id: 'jinhua-city', scoringHash: jinhua.scoringHash });
  });

  it('counts passed and failed cases and gives the same report for the same input', () => {
    const suite: TestSuite = {
      facts: 'station.json',
      cases: [
        { name: 'passes', expect: { total: 100 } },
        { name: 'fails', expect: { total: 99 } },
      ],
    };
    const first = report(suite);
    expect([first.passed, first.failed]).toEqual([1, 1]);
    expect(JSON.stringify(report(suite))).toBe(JSON.stringify(first));
  });
});

describe('testRuleset: problems of the cases themselves', () => {
  const issuesOf = (cases: TestSuite | readonly TestCase[], ruleset: Parameters<typeof testRuleset>[0] = jinhua) => {
    const done = testRuleset(ruleset, cases, { files });
    return done.ok ? [] : done.issues.map((i) => ({ code: i.code, path: i.path.join('.'), en: i.message.en }));
  };

  it('reports an unknown item in an expectation with a did-you-mean, and runs no case', () => {
    expect(
      issuesOf({
        facts: 'station.json',
        cases: [{ name: 'typo', expect: { items: { 'monthly-safety-trainings': { score: 2 } } } }],
      }),
    ).toEqual([
      {
        code: 'unknown-item',
        path: 'cases.0.expect.items.monthly-safety-trainings',
        en: 'Item "monthly-safety-trainings" does not exist (or was removed). Did you mean "monthly-safety-training"?',
      },
    ]);
  });

  it('reports an item the variant removed as unknown', () => {
    const issues = issuesOf({
      facts: 'station.json',
      cases: [{ name: 'gone', expect: { items: { facilities: { score: 4 } } } }],
    });
    expect(issues.map((i) => [i.code, i.path])).toEqual([['unknown-item', 'cases.0.expect.items.facilities']]);
  });

  it('reports every problem at once: duplicate names, empty expectations, issues with a result, facts not given', () => {
    const issues = issuesOf({
      cases: [
        { name: 'same', facts: 'station.json', expect: {} },
        { name: 'same', facts: 'other.json', expect: { total: 1 } },
        { name: 'both', facts: 'station.json', expect: { total: 1, issues: [{ code: 'missing-field' }] } },
        { name: 'no facts', expect: { total: 1 } },
        { name: 'empty item', facts: 'station.json', expect: { total: 1, items: { 'complaint-replies': {} } } },
      ],
    });
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ['nothing-expected', 'cases.0.expect'],
      ['missing-file', 'cases.1.facts'],
      ['duplicate-case', 'cases.1.name'],
      ['issues-or-result', 'cases.2.expect'],
      ['missing-field', 'cases.3.facts'],
      ['nothing-expected', 'cases.4.expect.items.complaint-replies'],
    ]);
  });

  it('reports a patch that does not apply at the operation that fails', () => {
    const issues = issuesOf({
      facts: 'station.json',
      cases: [
        {
          name: 'guarded',
          patch: [
            { op: 'test', path: '/records/safetyTrainings/3/id', value: 'st-5' },
            { op: 'remove', path: '/records/safetyTrainings/3' },
          ],
          expect: { total: 98 },
        },
      ],
    });
    expect(issues).toEqual([
      {
        code: 'patch-test-failed',
        path: 'cases.0.patch.0.path',
        en: 'test failed: the value at "/records/safetyTrainings/3/id" is "st-4", not "st-5"',
      },
    ]);
  });

  it('reports a malformed case with coded issues at its path, a misspelt patch member included', () => {
    const issues = issuesOf({
      cases: [
        { name: '', facts: 'station.json', expect: { totl: 1 } },
        { name: 'x', facts: 'station.json', patch: [{ op: 'delete', path: '/a' }], expect: { grade: 'good' } },
        { name: 'y', facts: 5, expect: { total: 1 } },
        { name: 'z', facts: 'station.json', patch: [{ op: 'replace', path: '/a', vaule: 1 }], expect: { total: 1 } },
      ],
    } as unknown as TestSuite);
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ['unknown-field', 'cases.0.expect.totl'],
      ['too-small', 'cases.0.name'],
      ['invalid-value', 'cases.1.expect.grade'],
      ['invalid-value', 'cases.1.patch.0.op'],
      ['invalid-type', 'cases.2.facts'],
      ['missing-field', 'cases.3.patch.0.value'],
      ['unknown-field', 'cases.3.patch.0.vaule'],
    ]);
    expect(issues[4]?.en).toBe('Expected string or object, got number');
  });

  it('returns the issues of ruleset documents that do not load', () => {
    const broken = { ...(jinhuaDoc as Record<string, unknown>), params: { trainingMinAttendee: 5 } };
    const issues = issuesOf([{ name: 'x', facts: 'station.json', expect: { total: 1 } }], [broken]);
    expect(issues.map((i) => i.code)).toContain('unknown-param');
  });
});
