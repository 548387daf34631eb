/**
 * The indexes of who held a post when give the answers a scan of every duty gives: merged spans
 * for "held the role on a day" and "still held it the day after", the latest end of each prefix
 * for "who held or took up a post across a vacancy", for short lists and long ones alike.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { holderAcross } from '../../src/engine/facts/common.js';
import type { Duty } from '../../src/engine/prepare.js';
import { addSpan, coversDays, type Spans } from '../../src/engine/spans.js';
import { addDays } from '../../src/time/local-day.js';

/** A day in a short stretch, so that duties overlap, touch and leave gaps. */
const dayArb = fc.integer({ min: 0, max: 60 }).map((n) => addDays('2023-01-01', n));

/** Duties of one post (or one person's role), sorted by (start, id) as `prepareStation` sorts them. */
const dutiesArb = fc
  .array(fc.record({ start: dayArb, length: fc.option(fc.integer({ min: 0, max: 20 }), { nil: undefined }) }), {
    maxLength: 30,
  })
  .map((spans) =>
    spans
      .map(({ start, length }, i): Duty => {
        const id = `d-${String(i).padStart(2, '0')}`;
        const base = { id, staffId: 's-1', role: 'supervisor' as const, servicePointId: 'sp-1', start };
        return length === undefined ? base : { ...base, end: addDays(start, length), endReason: 'left' as const };
      })
      .sort((a, b) => (a.start !== b.start ? (a.start < b.start ? -1 : 1) : a.id < b.id ? -1 : 1)),
  );

function spansOf(duties: readonly Duty[]): Spans {
  const spans: Spans = [];
  for (const duty of duties) addSpan(spans, duty.start, duty.end);
  return spans;
}

const covers = (duty: Duty, day: string) => duty.start <= day && (duty.end === undefined || duty.end >= day);

describe('spans of who held a role', () => {
  it('cover a day exactly when some duty covers it', () => {
    fc.assert(
      fc.property(dutiesArb, dayArb, (duties, day) => {
        expect(coversDays(spansOf(duties), day, day)).toBe(duties.some((d) => covers(d, day)));
      }),
      { seed: 11, numRuns: 500 },
    );
  });

  it('cover a day and the next exactly when one duty covers both', () => {
    fc.assert(
      fc.property(dutiesArb, dayArb, (duties, day) => {
        const next = addDays(day, 1);
        expect(coversDays(spansOf(duties), day, next)).toBe(duties.some((d) => covers(d, day) && covers(d, next)));
      }),
      { seed: 12, numRuns: 500 },
    );
  });

  it('merge overlapping duties and keep touching ones apart', () => {
    const spans: Spans = [];
    addSpan(spans, '2023-01-01', '2023-01-10');
    addSpan(spans, '2023-01-05', '2023-01-20');
    addSpan(spans, '2023-01-21', undefined);
    expect(spans.slice(0, 3)).toEqual(['2023-01-01', '2023-01-20', '2023-01-21']);
    expect(coversDays(spans, '2023-01-20', '2023-01-21')).toBe(false);
    expect(coversDays(spans, '2030-01-01', '2030-01-02')).toBe(true);
    expect(coversDays(undefined, '2023-01-01', '2023-01-01')).toBe(false);
  });
});

describe('the holder of a post across a vacancy', () => {
  it('is the first duty that starts by the deadline and runs past the vacancy date, for any number of duties', () => {
    fc.assert(
      fc.property(dutiesArb, dayArb, fc.integer({ min: 0, max: 40 }), (duties, after, days) => {
        const by = addDays(after, days);
        const scanned = duties.find((d) => d.start <= by && (d.end === undefined || d.end > after));
        expect(holderAcross(duties, after, by)).toBe(scanned);
      }),
      { seed: 13, numRuns: 500 },
    );
  });
});
