/**
 * Resource bombs for the parsers: inputs within the size limits that once made them build
 * millions of issues, copy a param a thousand times or walk a shared tree without end. Each case
 * runs in this one child process, started by `resource-bombs.test.ts` with a small heap, so an
 * unbounded allocation fails the test (the process dies) instead of the test runner. Prints
 * `start <case>` before each case and one JSON line with what the parser answered after it.
 *
 * Usage: node --max-old-space-size=256 --import tsx test/robustness/support/resource-bombs.ts [part of a case name]
 */
import { parseReview } from '../../../src/assess/parse.js';
import { parseFacts, parseFactsJson } from '../../../src/facts/parse.js';
import type { Issue } from '../../../src/issues/issue.js';
import { loadRuleset } from '../../../src/ruleset/load.js';
import { compliantFacts } from '../../support/station.js';

type Answer = { ok: boolean; issues: readonly Issue[] };

const disclosure = (id: string, eventIds: unknown[]) => ({ id, date: '2023-05-01', frequency: 'immediate', eventIds });

/** Compliant facts with `extra` disclosures. */
function withDisclosures(extra: unknown[]): unknown {
  const facts = compliantFacts() as { records: { disclosures: unknown[] } };
  facts.records.disclosures.push(...extra);
  return facts;
}

/** A variant of the base that references param `big` from `references` leaves (100 per item). */
function variantReferencing(big: unknown, references: number): unknown {
  const leaf = {
    fact: 'incidents',
    params: { kinds: ['service-complaint'] },
    path: 'counted',
    operator: 'notIn',
    value: { $param: 'big' },
  };
  const items = ['no-service-complaints', 'no-leapfrog-petitions', 'no-staff-violations', 'monthly-liaison'];
  const override: Record<string, unknown> = {};
  for (let i = 0; i < references / 100; i++) {
    override[items[i % items.length] as string] = { conditions: { all: Array.from({ length: 100 }, () => leaf) } };
  }
  return {
    id: 'bomb',
    version: '1.0.0',
    extends: { id: 'zj-clean-station', version: '^1.0.0' },
    params: { big },
    override,
  };
}

/** A condition that shares one object at each of `depth` levels: 2^depth leaves as a tree. */
function sharedTree(depth: number): unknown {
  let node: unknown = { fact: 'incidents', path: 'counted', operator: 'isEmpty', value: true };
  for (let i = 0; i < depth; i++) node = { any: [node, node] };
  return node;
}

const cases: Record<string, () => Answer> = {
  'one disclosure naming 2 million unknown events (a value)': () =>
    parseFacts(withDisclosures([disclosure('d-x', new Array(2_000_000).fill('no-such-event'))])),
  'five hundred disclosures naming a thousand unknown events each (JSON text)': () =>
    parseFactsJson(
      JSON.stringify(
        withDisclosures(Array.from({ length: 500 }, (_, i) => disclosure(`d-${i}`, new Array(1000).fill('e')))),
      ),
    ),
  'five hundred disclosures listing a thousand numbers each (JSON text)': () =>
    parseFactsJson(
      JSON.stringify(
        withDisclosures(Array.from({ length: 500 }, (_, i) => disclosure(`d-${i}`, new Array(1000).fill(7)))),
      ),
    ),
  'twenty thousand empty records of every kind': () => {
    const facts = compliantFacts() as { records: Record<string, unknown[]> };
    for (const list of Object.values(facts.records)) for (let i = 0; i < 20_000; i++) list.push({});
    return parseFacts(facts);
  },
  'a hundred unknown keys of a hundred thousand characters each (JSON text)': () => {
    const facts = compliantFacts() as Record<string, unknown>;
    for (let i = 0; i < 100; i++) facts[`${i}${'k'.repeat(100_000)}`] = i;
    return parseFactsJson(JSON.stringify(facts));
  },
  'a review rejecting a million records': () =>
    parseReview({
      rejectedEvidence: new Array(1_000_000).fill({ recordId: 'r', reason: 'x', by: 'y', date: '2024-01-10' }),
    }),
  'a review of ten thousand empty assessments and rejections': () =>
    parseReview({ assessments: new Array(10_000).fill({}), rejectedEvidence: new Array(10_000).fill({}) }),
  'a 1000×1000 param referenced a thousand times': () => {
    const row = new Array(1000).fill(0);
    return loadRuleset([variantReferencing(new Array(1000).fill(row), 1000)]);
  },
  'a condition sharing one object at each of 60 levels': () =>
    loadRuleset([
      {
        id: 'bomb',
        version: '1.0.0',
        extends: { id: 'zj-clean-station', version: '^1.0.0' },
        override: { 'no-service-complaints': { conditions: sharedTree(60) } },
      },
    ]),
  'ruleset params with a hundred thousand invalid names': () => {
    const params: Record<string, number> = {};
    for (let i = 0; i < 100_000; i++) params[`bad name ${i}`] = i;
    return loadRuleset([
      { id: 'bomb', version: '1.0.0', extends: { id: 'zj-clean-station', version: '^1.0.0' }, params },
    ]);
  },
  'ruleset params of a thousand lists of four hundred objects with forbidden keys': () => {
    const row = new Array(400).fill(JSON.parse('{"__proto__": 1}'));
    return loadRuleset([
      {
        id: 'bomb',
        version: '1.0.0',
        extends: { id: 'zj-clean-station', version: '^1.0.0' },
        params: { big: new Array(1000).fill(row) },
      },
    ]);
  },
  'a million ruleset documents': () => loadRuleset(new Array(1_000_000).fill({})),
};

const only = process.argv[2] ?? '';
for (const [name, run] of Object.entries(cases)) {
  if (!name.includes(only)) continue;
  process.stdout.write(`start ${name}\n`);
  const answer = run();
  const codes = [...new Set(answer.issues.map((issue) => issue.code))].sort();
  // What the issues repeat of the input (paths locate exactly, so they keep every key whole).
  const echoed = JSON.stringify(answer.issues.map((issue) => [issue.params, issue.message])).length;
  process.stdout.write(`${JSON.stringify({ name, ok: answer.ok, issues: answer.issues.length, codes, echoed })}\n`);
}
