import { describe, expect, it } from 'vitest';
import {
  bucketOf,
  bucketRange,
  bucketsOverlapping,
  monthEndBucket,
  quarterEndBucket,
  requiredBuckets,
} from '../../src/time/buckets.js';

describe('bucketOf', () => {
  it.each([
    ['2023-04-15', 'month', '2023-04'],
    ['2023-03-31', 'quarter', '2023-Q1'],
    ['2023-04-01', 'quarter', '2023-Q2'],
    ['2023-09-30', 'quarter', '2023-Q3'],
    ['2023-12-31', 'quarter', '2023-Q4'],
    ['2023-06-30', 'half', '2023-H1'],
    ['2023-07-01', 'half', '2023-H2'],
    ['2024-02-29', 'month', '2024-02'],
  ] as const)('%s is in the %s %s', (day, per, bucket) => {
    expect(bucketOf(day, per)).toBe(bucket);
  });
});

describe('bucketRange', () => {
  it.each([
    ['2024-02', '2024-02-01', '2024-02-29'],
    ['2023-02', '2023-02-01', '2023-02-28'],
    ['2023-04', '2023-04-01', '2023-04-30'],
    ['2023-Q1', '2023-01-01', '2023-03-31'],
    ['2023-Q4', '2023-10-01', '2023-12-31'],
    ['2023-H1', '2023-01-01', '2023-06-30'],
    ['2023-H2', '2023-07-01', '2023-12-31'],
  ])('%s runs from %s to %s', (bucket, first, last) => {
    expect(bucketRange(bucket)).toEqual([first, last]);
  });
});

const MONTHS_2023 = Array.from({ length: 12 }, (_, i) => `2023-${String(i + 1).padStart(2, '0')}`);

describe('requiredBuckets', () => {
  it.each([
    ['a whole year of months', 'month', '2023-01-01', '2023-12-31', MONTHS_2023],
    ['a whole year of quarters', 'quarter', '2023-01-01', '2023-12-31', ['2023-Q1', '2023-Q2', '2023-Q3', '2023-Q4']],
    ['a whole year of halves', 'half', '2023-01-01', '2023-12-31', ['2023-H1', '2023-H2']],
    ['a station established mid-February: months', 'month', '2023-02-15', '2023-12-31', MONTHS_2023.slice(2)],
    [
      'a station established mid-February: quarters',
      'quarter',
      '2023-02-15',
      '2023-12-31',
      ['2023-Q2', '2023-Q3', '2023-Q4'],
    ],
    ['a station established on 2 January: halves', 'half', '2023-01-02', '2023-12-31', ['2023-H2']],
    [
      'a window starting on the first of a month includes it',
      'month',
      '2023-03-01',
      '2023-12-31',
      MONTHS_2023.slice(2),
    ],
    [
      'a window ending on the 30th of December leaves December out',
      'month',
      '2023-01-01',
      '2023-12-30',
      MONTHS_2023.slice(0, 11),
    ],
    ['February of a leap year needs the 29th', 'month', '2024-02-01', '2024-02-28', []],
    ['February of a leap year, whole', 'month', '2024-02-01', '2024-02-29', ['2024-02']],
    ['February of a common year, whole', 'month', '2023-02-01', '2023-02-28', ['2023-02']],
    ['a period across two years', 'quarter', '2023-07-01', '2024-06-30', ['2023-Q3', '2023-Q4', '2024-Q1', '2024-Q2']],
    ['a single day', 'month', '2023-05-10', '2023-05-10', []],
    ['an empty window', 'month', '2023-06-01', '2023-05-31', []],
  ] as const)('%s', (_name, per, from, to, expected) => {
    expect(requiredBuckets(per, from, to)).toEqual(expected);
  });
});

describe('bucketsOverlapping', () => {
  it('lists partial buckets too', () => {
    expect(bucketsOverlapping('month', '2023-11-15', '2024-01-10')).toEqual(['2023-11', '2023-12', '2024-01']);
    expect(bucketsOverlapping('half', '2023-06-30', '2023-07-01')).toEqual(['2023-H1', '2023-H2']);
    expect(bucketsOverlapping('quarter', '2023-05-01', '2023-04-30')).toEqual([]);
  });
});

describe('monthEndBucket (last 5 days, or first 3 of the next month)', () => {
  it.each([
    ['the 26th of a 30-day month', '2023-04-26', 5, 3, '2023-04'],
    ['the 25th of a 30-day month', '2023-04-25', 5, 3, null],
    ['the 27th of a 31-day month', '2023-05-27', 5, 3, '2023-05'],
    ['the 26th of a 31-day month', '2023-05-26', 5, 3, null],
    ['the last day', '2023-05-31', 5, 3, '2023-05'],
    ['the 1st of the next month', '2023-05-01', 5, 3, '2023-04'],
    ['the 3rd of the next month', '2023-05-03', 5, 3, '2023-04'],
    ['the 4th of the next month', '2023-05-04', 5, 3, null],
    ['2 January of the next year', '2024-01-02', 5, 3, '2023-12'],
    ['4 January of the next year', '2024-01-04', 5, 3, null],
    ['24 February of a common year', '2023-02-24', 5, 3, '2023-02'],
    ['23 February of a common year', '2023-02-23', 5, 3, null],
    ['25 February of a leap year', '2024-02-25', 5, 3, '2024-02'],
    ['24 February of a leap year', '2024-02-24', 5, 3, null],
    ['1 March of a leap year', '2024-03-01', 5, 3, '2024-02'],
    ['the 1st with no grace days', '2023-05-01', 5, 0, null],
    ['the last day with a one-day window', '2023-04-30', 1, 0, '2023-04'],
    ['the day before it with a one-day window', '2023-04-29', 1, 0, null],
  ] as const)('%s (%s, %i, %i) → %s', (_name, day, monthEndDays, graceDays, bucket) => {
    expect(monthEndBucket(day, monthEndDays, graceDays)).toBe(bucket);
  });
});

describe('quarterEndBucket (last month of the quarter, or first 10 days of the next)', () => {
  it.each([
    ['the first day of the last month', '2023-03-01', 10, '2023-Q1'],
    ['the last day of the second month', '2023-02-28', 10, null],
    ['the last day of the quarter', '2023-12-31', 10, '2023-Q4'],
    ['the 10th of the next quarter', '2023-04-10', 10, '2023-Q1'],
    ['the 11th of the next quarter', '2023-04-11', 10, null],
    ['10 January of the next year', '2024-01-10', 10, '2023-Q4'],
    ['11 January of the next year', '2024-01-11', 10, null],
    ['the second month of a quarter', '2023-05-05', 10, null],
    ['the 1st of the next quarter with no grace days', '2023-07-01', 0, null],
    ['the last day with no grace days', '2023-06-30', 0, '2023-Q2'],
  ] as const)('%s (%s, %i) → %s', (_name, day, graceDays, bucket) => {
    expect(quarterEndBucket(day, graceDays)).toBe(bucket);
  });
});
