/**
 * Evaluation is linear in the size of the facts (docs/security.md). Each shape below grows one
 * part of a station that a fact function searches per record (duties of one person, duties of one
 * post, appointments, service points, follow-ups), and is evaluated at n and 8n: linear work takes
 * about 8× as long, quadratic work 64×. No time is compared with a fixed limit, only the two sizes
 * with each other: CPU time (waiting for a core does not count), the fastest of several
 * alternating samples, so that a busy machine slows both sizes alike.
 */
import { describe, expect, it } from 'vitest';
import { evaluateSync } from '../../src/engine/evaluate.js';
import type { StationFacts } from '../../src/facts/schema.js';
import type { Ruleset } from '../../src/ruleset/finalize.js';
import { loadRulesetOrThrow } from '../../src/ruleset/load.js';
import { addDays } from '../../src/time/local-day.js';
import { compliantFacts, type Fixture, parsed } from '../support/station.js';
import { baseDoc, variant } from '../support/variants.js';

/** How much larger the large station is than the small one. */
const GROWTH = 8;
/**
 * Linear work grows 8× from n to 8n, a little more as the larger station fits the processor's
 * caches less well; quadratic work grows 64×. The bound sits between the two.
 */
const MAX_RATIO = 24;
const RUNS = 5;
const SAMPLE_MS = 50;

type Duty = Fixture['duties'][number];

/**
 * CPU milliseconds taken by `times` evaluations of a station: CPU time, not wall time, so that
 * waiting for a core another process holds does not count.
 */
function timeOf(facts: StationFacts, options: { ruleset?: Ruleset }, times: number): number {
  const start = process.cpuUsage();
  for (let i = 0; i < times; i++) evaluateSync(facts, options);
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/**
 * The fastest of `RUNS` samples of each station, taken alternately. A sample repeats the
 * evaluation as many times for both stations, enough to last about `SAMPLE_MS` at the small
 * size, so that timer steps and single pauses do not decide the ratio.
 */
function fastest(small: StationFacts, large: StationFacts, ruleset: Ruleset | undefined): [number, number] {
  const options = ruleset ? { ruleset } : {};
  // Warm up (compilation, caches), then time small evaluations to size the samples.
  for (let i = 0; i < 2; i++) timeOf(large, options, 1);
  const once = timeOf(small, options, 5) / 5;
  const times = Math.max(1, Math.ceil(SAMPLE_MS / Math.max(once, 0.01)));
  const best = [Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY];
  for (let run = 0; run < RUNS; run++) {
    best[0] = Math.min(best[0] as number, timeOf(small, options, times));
    best[1] = Math.min(best[1] as number, timeOf(large, options, times));
  }
  return best as [number, number];
}

function growthOf(make: (n: number) => Fixture, n: number, ruleset?: Ruleset): number {
  const [small, large] = fastest(parsed(make(n)), parsed(make(GROWTH * n)), ruleset);
  return large / small;
}

/** `n` one-day duties of `role` for `staffId` at sp-1, on consecutive days from 1995 (long over). */
function pastDuties(staffId: string, role: Duty['role'], n: number): Duty[] {
  return Array.from({ length: n }, (_, i) => {
    const day = addDays('1995-01-01', i);
    return {
      id: `past-${staffId}-${i}`,
      staffId,
      role,
      servicePointId: 'sp-1',
      start: day,
      end: day,
      endReason: 'left',
    };
  });
}

/** A day of 2023 for the i-th of n records, spread over the year. */
const dayOfYear = (i: number, n: number) => addDays('2023-01-01', Math.floor((i * 365) / n));

const perServicePoint = loadRulesetOrThrow([
  baseDoc(),
  variant({
    params: { liaisonScope: 'service-point', handoverScope: 'service-point', publicityScope: 'service-point' },
  }),
]);

const shapes: ReadonlyArray<{ name: string; n: number; make: (n: number) => Fixture; ruleset?: Ruleset }> = [
  {
    name: 'n events, problems and fault outages, each followed up',
    n: 500,
    make: (n) => {
      const f = compliantFacts();
      for (let i = 0; i < n; i++) {
        const day = dayOfYear(i, n);
        f.records.disclosureEvents.push({ id: `ev-${i}`, date: day });
        f.records.disclosures.push({
          id: `ds-i-${i}`,
          date: addDays(day, 1),
          frequency: 'immediate',
          eventIds: [`ev-${i}`],
        });
        f.records.problemFlags.push({ id: `pf-${i}`, date: day });
        f.records.correctionReminders.push({ id: `cr-${i}`, date: addDays(day, 2), problemId: `pf-${i}` });
        f.outages.push({
          id: `out-${i}`,
          kind: 'fault',
          start: `${day}T10:00:00+08:00`,
          noticeAt: `${day}T11:00:00+08:00`,
        });
      }
      return f;
    },
  },
  {
    name: 'one customer manager with n past duties hands the ledger over n times',
    n: 1200,
    make: (n) => {
      const f = compliantFacts();
      f.duties.push(...pastDuties('cm-1', 'customer-manager', n));
      f.records.ledgerHandovers = Array.from({ length: n }, (_, i) => ({
        id: `lh-${i}`,
        date: dayOfYear(i, n),
        fromStaffId: 'cm-1',
        toStaffId: 'sup-1',
      }));
      return f;
    },
  },
  {
    name: 'one post is vacated n times in the year',
    n: 1200,
    make: (n) => {
      const f = compliantFacts();
      f.staff.push(...Array.from({ length: 100 }, (_, i) => ({ id: `cm-x${i}`, name: `客户经理 ${i}` })));
      f.duties = f.duties.filter((d) => d.role !== 'customer-manager');
      for (let i = 0; i < n; i++) {
        f.duties.push({
          id: `d-cm-x${i}`,
          staffId: `cm-x${i % 100}`,
          role: 'customer-manager',
          servicePointId: 'sp-1',
          start: addDays('1995-01-01', i),
          end: dayOfYear(i, n),
          endReason: 'left',
        });
      }
      return f;
    },
  },
  {
    name: 'one supervisor with n past duties has n unfit reviews',
    n: 1200,
    make: (n) => {
      const f = compliantFacts();
      f.duties.push(...pastDuties('sup-1', 'supervisor', n));
      f.reviews = Array.from({ length: n }, (_, i) => ({
        id: `rv-${i}`,
        staffId: 'sup-1',
        date: dayOfYear(i, n),
        outcome: 'unfit' as const,
      }));
      return f;
    },
  },
  {
    name: 'n supervisors, none approved by the discipline committee',
    n: 120,
    make: (n) => {
      const f = compliantFacts();
      const template = f.appointments[0] as Fixture['appointments'][number];
      for (let i = 0; i < n; i++) {
        f.staff.push({ id: `sup-x${i}`, name: `监督员 ${i}` });
        f.duties.push({
          id: `d-sup-x${i}`,
          staffId: `sup-x${i}`,
          role: 'supervisor',
          servicePointId: 'sp-1',
          start: '2021-01-01',
        });
        f.appointments.push({ ...template, id: `ap-x${i}`, staffId: `sup-x${i}`, approver: 'other' });
      }
      return f;
    },
  },
  {
    name: 'n service points, each with its own records and a post refilled in the year, counted per point',
    n: 120,
    ruleset: perServicePoint,
    make: (n) => {
      const f = compliantFacts();
      const template = f.servicePoints[0] as Fixture['servicePoints'][number];
      // Staff lists hold at most 1 000 people: customer managers serve several points each.
      f.staff.push(...Array.from({ length: 400 }, (_, i) => ({ id: `cm-p${i}`, name: `客户经理 ${i}` })));
      for (let i = 0; i < n; i++) {
        const point = `sp-x${i}`;
        const [leaver, successor] = [`cm-p${(2 * i) % 400}`, `cm-p${(2 * i + 1) % 400}`];
        f.servicePoints.push({ ...structuredClone(template), id: point });
        f.duties.push(
          {
            id: `d-cm-x${i}`,
            staffId: leaver,
            role: 'customer-manager',
            servicePointId: point,
            start: '2020-01-01',
            end: '2023-06-30',
            endReason: 'left',
          },
          {
            id: `d-cm-y${i}`,
            staffId: successor,
            role: 'customer-manager',
            servicePointId: point,
            start: '2023-07-10',
          },
          { id: `d-sup-x${i}`, staffId: 'sup-1', role: 'supervisor', servicePointId: point, start: '2020-01-01' },
        );
        for (let m = 1; m <= 12; m++) {
          const date = `2023-${String(m).padStart(2, '0')}-10`;
          const giver = m <= 6 ? leaver : successor;
          f.records.liaisons.push({ id: `li-x${i}-${m}`, date, servicePointId: point, demands: [] });
          f.records.publicity.push({ id: `pu-x${i}-${m}`, date, servicePointId: point });
          f.records.ledgerHandovers.push({
            id: `lh-x${i}-${m}`,
            date,
            servicePointId: point,
            fromStaffId: giver,
            toStaffId: 'sup-1',
          });
        }
      }
      return f;
    },
  },
];

describe('evaluation time grows linearly with the facts', () => {
  it.each(shapes)('$name: 8× the size costs less than 24× the time', ({ make, n, ruleset }) => {
    const growth = growthOf(make, n, ruleset);
    expect(growth, `time at 8n ÷ time at n = ${growth.toFixed(2)}`).toBeLessThan(MAX_RATIO);
  });
});
