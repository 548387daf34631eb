/**
 * Calendar properties against independent oracles: the engine's numbered buckets name the same
 * required buckets as `requiredBuckets`, and local days agree with `Intl` in zones with DST.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bucketIndex, bucketName, requiredBucketRange } from '../../src/engine/bucket-index.js';
import { monthIndexOf } from '../../src/engine/calendar.js';
import { bucketOf, monthEndBucket, type Per, quarterEndBucket, requiredBuckets } from '../../src/time/buckets.js';
import { addDays, addMonths, daysBetween, localDayOfInstant } from '../../src/time/local-day.js';

const SEED = Number(process.env.FC_SEED ?? 20_230_101);
const dayArb = fc.integer({ min: 0, max: 3 * 366 }).map((n) => addDays('2022-11-01', n));
const perArb = fc.constantFrom<Per>('month', 'quarter', 'half');

function intlDay(ms: number, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(ms);
}

describe(`calendar properties (fast-check seed ${SEED})`, () => {
  it('numbered required buckets name exactly the buckets requiredBuckets lists', () => {
    fc.assert(
      fc.property(perArb, dayArb, dayArb, (per, from, to) => {
        const [first, last] = requiredBucketRange(per, from, to);
        const names: string[] = [];
        for (let i = first; i <= last; i++) names.push(bucketName(i, per));
        expect(names).toEqual(requiredBuckets(per, from, to));
      }),
      { seed: SEED, numRuns: 500 },
    );
  });

  it('a day’s numbered bucket has the name bucketOf gives', () => {
    fc.assert(
      fc.property(perArb, dayArb, (per, day) => {
        expect(bucketName(bucketIndex(monthIndexOf(day), per), per)).toBe(bucketOf(day, per));
      }),
      { seed: SEED, numRuns: 500 },
    );
  });

  it('every required bucket lies wholly inside the window and no whole bucket is left out', () => {
    fc.assert(
      fc.property(perArb, dayArb, dayArb, (per, from, to) => {
        const required = requiredBuckets(per, from, to);
        for (const bucket of required) expect(bucket >= bucketOf(from, per) && bucket <= bucketOf(to, per)).toBe(true);
        const fromBucketWhole = bucketOf(addDays(from, -1), per) !== bucketOf(from, per);
        const toBucketWhole = bucketOf(addDays(to, 1), per) !== bucketOf(to, per);
        if (from <= to && fromBucketWhole && toBucketWhole) {
          expect(required[0]).toBe(bucketOf(from, per));
          expect(required[required.length - 1]).toBe(bucketOf(to, per));
        }
      }),
      { seed: SEED, numRuns: 500 },
    );
  });

  it('a month-end record counts for the month of one of the days just before or on it', () => {
    fc.assert(
      fc.property(dayArb, fc.integer({ min: 1, max: 10 }), fc.integer({ min: 0, max: 5 }), (day, endDays, grace) => {
        const bucket = monthEndBucket(day, endDays, grace);
        const nextMonthStart = addMonths(`${day.slice(0, 7)}-01`, 1);
        const inLast = daysBetween(day, nextMonthStart) <= endDays;
        const inGrace = Number(day.slice(8, 10)) <= grace;
        expect(bucket).toBe(
          inGrace ? bucketOf(addDays(day, -Number(day.slice(8, 10))), 'month') : inLast ? bucketOf(day, 'month') : null,
        );
      }),
      { seed: SEED, numRuns: 500 },
    );
  });

  it('a quarter-end record counts for its own quarter or the one before', () => {
    fc.assert(
      fc.property(dayArb, fc.integer({ min: 0, max: 20 }), (day, grace) => {
        const bucket = quarterEndBucket(day, grace);
        if (bucket !== null)
          expect([bucketOf(day, 'quarter'), bucketOf(addDays(day, -grace), 'quarter')]).toContain(bucket);
        expect(bucket === bucketOf(day, 'quarter')).toBe(Number(day.slice(5, 7)) % 3 === 0);
      }),
      { seed: SEED, numRuns: 500 },
    );
  });

  it.each([
    'Asia/Shanghai',
    'America/New_York',
    'Europe/London',
    'Australia/Lord_Howe',
    'Pacific/Chatham',
    'Asia/Kolkata',
  ])('the local day of any instant in %s agrees with Intl', (zone) => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.parse('2022-01-01T00:00:00Z'), max: Date.parse('2025-12-31T23:59:59Z') }),
        (ms) => {
          expect(localDayOfInstant(ms, zone)).toBe(intlDay(ms, zone));
        },
      ),
      { seed: SEED, numRuns: 1000 },
    );
  });

  it('local days agree with Intl at every minute around DST transitions', () => {
    const transitions = [
      '2023-03-12T07:00:00Z',
      '2023-11-05T06:00:00Z',
      '2023-03-26T01:00:00Z',
      '2023-10-29T01:00:00Z',
    ];
    for (const zone of ['America/New_York', 'Europe/London']) {
      for (const at of transitions) {
        const center = Date.parse(at);
        for (let minutes = -26 * 60; minutes <= 26 * 60; minutes += 15) {
          const ms = center + minutes * 60_000;
          expect(localDayOfInstant(ms, zone)).toBe(intlDay(ms, zone));
        }
      }
    }
  });
});
