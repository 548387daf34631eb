/**
 * The monthly link (§7.2): the score to date and the projected score as of each month end are
 * those of evaluating as of that day.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluateSync } from '../../src/engine/evaluate.js';
import { evaluateMonthly } from '../../src/engine/monthly.js';
import { parseFactsOrThrow } from '../../src/facts/parse.js';
import { compliantFacts, parsed } from '../support/station.js';

const lapses = parseFactsOrThrow(
  JSON.parse(readFileSync(new URL('../../examples/station-with-lapses.json', import.meta.url), 'utf8')),
);

describe('monthly scores', () => {
  it('give one entry per month end of the period, each the result of evaluating as of that day', () => {
    const monthly = evaluateMonthly(lapses);
    expect(monthly.map((m) => m.asOf)).toEqual([
      '2023-01-31',
      '2023-02-28',
      '2023-03-31',
      '2023-04-30',
      '2023-05-31',
      '2023-06-30',
      '2023-07-31',
      '2023-08-31',
      '2023-09-30',
      '2023-10-31',
      '2023-11-30',
      '2023-12-31',
    ]);
    for (const month of monthly) {
      const result = evaluateSync(lapses, { asOf: month.asOf });
      expect(month).toEqual({
        month: month.asOf.slice(0, 7),
        asOf: month.asOf,
        total: result.total,
        projected: result.asOf?.projected.total,
        grade: result.grade,
      });
    }
  });

  it('stop at the as-of day', () => {
    expect(evaluateMonthly(lapses, { asOf: '2023-06-29' }).map((m) => m.month)).toEqual([
      '2023-01',
      '2023-02',
      '2023-03',
      '2023-04',
      '2023-05',
    ]);
  });

  it('end a partial last month on the period end', () => {
    const facts = compliantFacts();
    facts.period = { start: '2023-01-01', end: '2023-06-15' };
    const monthly = evaluateMonthly(parsed(facts));
    expect(monthly.at(-1)).toMatchObject({ month: '2023-06', asOf: '2023-06-15' });
  });

  it('of the lapses example show the lapses of May and June as they were judged', () => {
    const totals = evaluateMonthly(lapses).map((m) => m.total);
    expect(totals.slice(0, 4)).toEqual([100, 100, 100, 100]);
    expect(totals[4]).toBe(97);
    expect(totals[5]).toBe(88);
  });
});
