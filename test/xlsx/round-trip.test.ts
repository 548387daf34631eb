/**
 * Facts → workbook → facts gives the same facts: a property over generated station-years (the
 * seeded generator of the benchmarks and the arbitraries of the robustness tests), for the base
 * ruleset and for the Jinhua variant with records of its declared kinds; and the same result.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateStationYear } from '../../bench/generate.js';
import { evaluateSync } from '../../src/engine/evaluate.js';
import { parseFactsOrThrow } from '../../src/facts/parse.js';
import type { StationFacts, StationFactsInput } from '../../src/facts/schema.js';
import { baseRuleset } from '../../src/ruleset/base.js';
import type { Ruleset } from '../../src/ruleset/finalize.js';
import { readWorkbook } from '../../src/xlsx/read.js';
import { workbookTemplate } from '../../src/xlsx/write.js';
import { stationYear } from '../robustness/support/station-years.js';
import { jinhua } from './support.js';

/** Plain JSON of facts, without `$schema` (an editor hint a workbook does not carry). */
function plain(facts: StationFacts): unknown {
  const { $schema: _, ...rest } = facts as StationFacts & { $schema?: string };
  return JSON.parse(JSON.stringify(rest));
}

async function roundTrip(input: StationFactsInput, ruleset: Ruleset) {
  const facts = parseFactsOrThrow(input, { ruleset });
  const read = await readWorkbook(await workbookTemplate(ruleset, { facts }), { ruleset });
  if (!read.ok) throw new Error(read.issues.map((i) => `${i.code} ${i.path.join('.')}`).join('\n'));
  return { facts, back: read.value, read };
}

const generated = fc.integer({ min: 0, max: 2 ** 31 - 1 }).map((seed) => generateStationYear(seed));
const station = fc.oneof(generated, stationYear(8));

/** Records of Jinhua's declared kinds for a station: trainings, complaints and replies to some. */
const jinhuaRecords = fc.record({
  trainings: fc.array(
    fc.record({
      day: fc.integer({ min: 1, max: 28 }),
      month: fc.integer({ min: 1, max: 12 }),
      attendees: fc.integer({ min: 0, max: 40 }),
      topic: fc.option(fc.string({ maxLength: 30 }), { nil: undefined }),
    }),
    { maxLength: 14 },
  ),
  complaints: fc.array(
    fc.record({
      time: fc.option(fc.constantFrom('T09:30:00+08:00', 'T23:10:00Z'), { nil: undefined }),
      channel: fc.option(fc.constantFrom('95598', 'walk-in', 'online'), { nil: undefined }),
      replied: fc.boolean(),
    }),
    { maxLength: 5 },
  ),
});

type JinhuaRecords = typeof jinhuaRecords extends fc.Arbitrary<infer T> ? T : never;

function withJinhuaRecords(input: StationFactsInput, extra: JinhuaRecords): StationFactsInput {
  const year = input.period.start.slice(0, 4);
  const day = (month: number, d: number) => `${year}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  const staffId = input.staff?.[0]?.id;
  const complaints = extra.complaints.map((c, i) => ({
    id: `jc-${i}`,
    date: `${day(3 + i, 10)}${c.time ?? ''}`,
    ...(c.channel === undefined ? {} : { channel: c.channel }),
  }));
  const records = {
    ...input.records,
    safetyTrainings: extra.trainings.map((t, i) => ({
      id: `jt-${i}`,
      date: day(t.month, t.day),
      attendees: t.attendees,
      ...(t.topic === undefined ? {} : { topic: t.topic }),
    })),
    complaints,
    complaintReplies: extra.complaints.flatMap((c, i) =>
      c.replied
        ? [{ id: `jr-${i}`, date: day(3 + i, 14), complaintId: `jc-${i}`, ...(staffId ? { staffId } : {}) }]
        : [],
    ),
  };
  return { ...input, records } as StationFactsInput;
}

describe('a station through its workbook and back', () => {
  it('gives the same facts and the same result for generated station-years (base ruleset)', async () => {
    const ruleset = baseRuleset();
    await fc.assert(
      fc.asyncProperty(station, async (input) => {
        const { facts, back } = await roundTrip(input, ruleset);
        expect(plain(back)).toEqual(plain(facts));
        expect(JSON.stringify(evaluateSync(back, { ruleset }))).toBe(JSON.stringify(evaluateSync(facts, { ruleset })));
      }),
      { numRuns: 12, seed: 14 },
    );
  }, 240_000);

  it('gives the same facts for station-years with records of the Jinhua variant’s declared kinds', async () => {
    await fc.assert(
      fc.asyncProperty(station, jinhuaRecords, async (input, extra) => {
        const { facts, back } = await roundTrip(withJinhuaRecords(input, extra), jinhua);
        expect(plain(back)).toEqual(plain(facts));
        expect(JSON.stringify(evaluateSync(back, { ruleset: jinhua }))).toBe(
          JSON.stringify(evaluateSync(facts, { ruleset: jinhua })),
        );
      }),
      { numRuns: 8, seed: 1414 },
    );
  }, 240_000);

  it('keeps a supervision group with no members, and an empty terminal, as they were', async () => {
    const input = structuredClone(generateStationYear(7)) as StationFactsInput & Record<string, unknown>;
    input.supervisionGroup = { members: [] };
    for (const meeting of input.records?.supervisionMeetings ?? []) meeting.attendees = [];
    input.servicePoints = [
      { ...input.servicePoints![0]!, terminal: { services: [] } },
      ...input.servicePoints!.slice(1),
    ];
    const { facts, back } = await roundTrip(input, baseRuleset());
    expect(back.supervisionGroup).toEqual({ members: [] });
    expect(back.servicePoints[0]?.terminal).toEqual({ services: [] });
    expect(plain(back)).toEqual(plain(facts));
  }, 60_000);
});
