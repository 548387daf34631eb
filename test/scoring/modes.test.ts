import { describe, expect, it } from 'vitest';
import type { Scoring } from '../../src/ruleset/schema.js';
import { allOrNothing, countOf, deductPer, scoreItem } from '../../src/scoring/modes.js';

describe('all-or-nothing', () => {
  it.each([
    [true, 4, { score: 4, status: 'pass' }],
    [false, 4, { score: 0, status: 'fail' }],
    [true, 0, { score: 0, status: 'pass' }],
  ] as const)('passed %s of %i → %o', (passed, max, expected) => {
    expect(allOrNothing({ max, passed, count: 0 })).toEqual(expected);
  });
});

describe('deduct per failure or occurrence', () => {
  it.each([
    ['no failure', 6, 3, 0, 0, { score: 6, status: 'pass' }],
    ['one failure', 6, 3, 0, 1, { score: 3, status: 'partial' }],
    ['two failures reach the floor', 6, 3, 0, 2, { score: 0, status: 'fail' }],
    ['three failures stay at the floor', 6, 3, 0, 3, { score: 0, status: 'fail' }],
    ['two occurrences of 5 on an item of 5, floored', 5, 5, 0, 2, { score: 0, status: 'fail' }],
    ['no floor: incidents eat into the total', 5, 5, null, 2, { score: -5, status: 'fail' }],
    ['a floor above 0', 6, 3, 1, 3, { score: 1, status: 'partial' }],
    ['half points are kept, not rounded', 4, 0.5, 0, 1, { score: 3.5, status: 'partial' }],
  ] as const)('%s', (_name, max, deduct, floor, count, expected) => {
    expect(deductPer({ max, passed: count === 0, count }, deduct, floor)).toEqual(expected);
  });
});

describe('scoreItem dispatches on the mode', () => {
  const occurrences: Scoring = {
    mode: 'deduct-per-occurrence',
    deduct: 5,
    floor: 0,
    occurrences: { fact: 'incidents' },
  };
  const perFailure: Scoring = { mode: 'deduct-per-failure', deduct: 2, floor: 0, failures: 'failed-conditions' };

  it.each([
    ['all-or-nothing passing', { mode: 'all-or-nothing' }, 3, true, 0, { score: 3, status: 'pass' }],
    ['all-or-nothing failing', { mode: 'all-or-nothing' }, 3, false, 0, { score: 0, status: 'fail' }],
    ['a bonus whose condition holds adds its points', { mode: 'bonus' }, 5, true, 0, { score: 5, status: 'pass' }],
    ['a bonus whose condition fails adds nothing', { mode: 'bonus' }, 5, false, 0, { score: 0, status: 'fail' }],
    ['deduct per failure', perFailure, 6, false, 1, { score: 4, status: 'partial' }],
    ['deduct per occurrence', occurrences, 5, false, 1, { score: 0, status: 'fail' }],
    ['deduct per occurrence, none', occurrences, 5, true, 0, { score: 5, status: 'pass' }],
  ] as const)('%s', (_name, scoring, max, passed, count, expected) => {
    expect(scoreItem(scoring as Scoring, { max, passed, count })).toEqual(expected);
  });
});

describe('countOf', () => {
  it.each([
    ['a number', 3, 3],
    ['a negative number', -2, 0],
    ['not a number', Number.NaN, 0],
    ['a list by its length', ['2023-04', '2023-05'], 2],
    ['an empty list', [], 0],
    ['true as one', true, 1],
    ['false as none', false, 0],
    ['null as none', null, 0],
    ['an object as none', { a: 1 }, 0],
  ])('%s', (_name, value, count) => {
    expect(countOf(value)).toBe(count);
  });
});
