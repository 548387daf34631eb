import { describe, expect, it } from 'vitest';
import { describeItem, recordOf, remove, unchanged } from '../support/cases.js';
import { compliantFacts, itemOf } from '../support/station.js';

describeItem('responsibility-lists', [
  {
    name: 'both lists issued in an earlier year pass',
    change: unchanged,
    score: 4,
    status: 'pass',
    failures: 0,
    records: ['rl-cm', 'rl-sup'],
  },
  {
    name: 'no customer-manager list: 2 off',
    change: (f) => remove(f.responsibilityLists, 'rl-cm'),
    score: 2,
    status: 'partial',
    failures: 1,
    records: ['rl-sup'],
  },
  {
    name: 'no supervisor list: 2 off',
    change: (f) => remove(f.responsibilityLists, 'rl-sup'),
    score: 2,
    status: 'partial',
    failures: 1,
  },
  {
    name: 'no list at all: 0',
    change: (f) => {
      f.responsibilityLists = [];
    },
    score: 0,
    status: 'fail',
    failures: 2,
  },
  {
    name: 'a list issued on the period’s last day counts',
    change: (f) => {
      recordOf(f.responsibilityLists, 'rl-sup').issued = '2023-12-31';
    },
    score: 4,
    status: 'pass',
  },
  {
    name: 'a list issued after the period end does not count',
    change: (f) => {
      recordOf(f.responsibilityLists, 'rl-sup').issued = '2024-01-01';
    },
    score: 2,
    status: 'partial',
    failures: 1,
  },
  {
    name: 'two lists for the same role do not make up for the other one',
    change: (f) => {
      recordOf(f.responsibilityLists, 'rl-sup').role = 'customer-manager';
    },
    score: 2,
    status: 'partial',
    failures: 1,
  },
]);

describe('responsibility-lists trace', () => {
  it('evaluates both conditions even when the first fails, with actual and expected values', async () => {
    const facts = compliantFacts();
    facts.responsibilityLists = [];
    const item = await itemOf(facts, 'responsibility-lists');
    const leaves = item.conditions?.kind === 'all' ? item.conditions.children : [];
    expect(leaves.map((l) => (l.kind === 'leaf' ? [l.name, l.actual, l.expected, l.result] : null))).toEqual([
      ['customer-manager-list', false, true, false],
      ['supervisor-list', false, true, false],
    ]);
    expect(item.advice?.zh).toBeTruthy();
  });
});
