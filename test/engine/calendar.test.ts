import { tzOffset } from '@date-fns/tz';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bucketIndex, bucketName, bucketNames, requiredBucketRange } from '../../src/engine/bucket-index.js';
import { monthIndexOf, monthLength } from '../../src/engine/calendar.js';
import { bucketOf, type Per, requiredBuckets } from '../../src/time/buckets.js';
import { addDays, addMonths, lastDayOfMonth, localDayOfInstant } from '../../src/time/local-day.js';

const day = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const per = fc.constantFrom<Per>('month', 'quarter', 'half');
const run = { seed: 7, numRuns: 2000 };

describe('month numbers', () => {
  it('numbers months consecutively and knows their length', () => {
    fc.assert(
      fc.property(day, (d) => {
        expect(monthIndexOf(addMonths(`${d.slice(0, 7)}-01`, 1))).toBe(monthIndexOf(d) + 1);
        expect(monthLength(monthIndexOf(d))).toBe(Number(lastDayOfMonth(d).slice(8)));
      }),
      run,
    );
    expect(monthLength(monthIndexOf('2024-02-10'))).toBe(29);
    expect(monthLength(monthIndexOf('2100-02-10'))).toBe(28);
  });
});

describe('numbered buckets', () => {
  it('name the bucket bucketOf names', () => {
    fc.assert(
      fc.property(day, per, (d, p) => {
        expect(bucketName(bucketIndex(monthIndexOf(d), p), p)).toBe(bucketOf(d, p));
      }),
      run,
    );
  });

  it('cover exactly the buckets requiredBuckets lists', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: -30, max: 400 }), per, (from, length, p) => {
        const to = addDays(from, length);
        const [first, last] = requiredBucketRange(p, from, to);
        const names: string[] = [];
        for (let i = first; i <= last; i++) names.push(bucketName(i, p));
        expect(names).toEqual(requiredBuckets(p, from, to));
      }),
      run,
    );
  });
});

describe('lists of bucket names', () => {
  it('name buckets first..last with the suffix, as a fresh array each call', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: -1, max: 30 }), per, fc.constantFrom('', '@SP-1'), (d, span, p, suffix) => {
        const first = bucketIndex(monthIndexOf(d), p);
        const expected: string[] = [];
        for (let i = first; i <= first + span; i++) expected.push(bucketName(i, p) + suffix);
        const names = bucketNames(p, first, first + span, suffix);
        expect(names).toEqual(expected);
        names.push('changed');
        expect(bucketNames(p, first, first + span, suffix)).toEqual(expected);
      }),
      run,
    );
  });
});

describe('local day of an instant', () => {
  it('matches the zone offset at the instant, also on days with a transition', () => {
    const zones = ['Asia/Shanghai', 'Europe/Berlin', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kathmandu'];
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2040, 0, 1) }),
        fc.constantFrom(...zones),
        (ms, zone) => {
          const exact = new Date(ms + tzOffset(zone, new Date(ms)) * 60_000).toISOString().slice(0, 10);
          expect(localDayOfInstant(ms, zone)).toBe(exact);
        },
      ),
      run,
    );
    // Either side of Berlin's spring-forward instant (2023-03-26 01:00 UTC), and just before midnight.
    expect(localDayOfInstant(Date.parse('2023-03-26T00:59:59Z'), 'Europe/Berlin')).toBe('2023-03-26');
    expect(localDayOfInstant(Date.parse('2023-03-25T22:59:59Z'), 'Europe/Berlin')).toBe('2023-03-25');
    expect(localDayOfInstant(Date.parse('2023-03-26T21:59:59Z'), 'Europe/Berlin')).toBe('2023-03-26');
    expect(localDayOfInstant(Date.parse('2023-03-26T22:00:00Z'), 'Europe/Berlin')).toBe('2023-03-27');
  });
});
