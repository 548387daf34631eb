/** Body-text warnings (spec §4, A1.2): coded, with records, zh/en, thresholds from params. */
import { describe, expect, it } from 'vitest';
import { parseReviewOrThrow } from '../../src/assess/parse.js';
import { evaluateSync } from '../../src/engine/evaluate.js';
import { loadRulesetOrThrow } from '../../src/ruleset/load.js';
import { compliantFacts, evaluateInput, parsed } from '../support/station.js';
import { readJson, variant } from '../support/variants.js';

type Facts = ReturnType<typeof compliantFacts>;
type Appointment = NonNullable<Facts['appointments']>[number];

function withAppointment(fields: Partial<Appointment>): Facts {
  const facts = compliantFacts();
  const [first] = facts.appointments ?? [];
  facts.appointments = [{ ...(first as Appointment), ...fields }];
  return facts;
}

/** The fixture's group (leader `g-sec`, meetings attended by `g-sec` and `g-sup`) resized to `size` ≥ 2. */
function withGroupSize(size: number, leaderRole: 'branch-secretary' | 'supervisor' = 'branch-secretary'): Facts {
  const facts = compliantFacts();
  const members = Array.from({ length: size }, (_, i) => ({
    id: i === 0 ? 'g-sec' : i === 1 ? 'g-sup' : `g-${i}`,
    name: `成员${i}`,
    role: i === 0 ? leaderRole : ('staff-representative' as const),
  }));
  facts.supervisionGroup = { members, leaderId: 'g-sec' };
  return facts;
}

const warningsOf = (facts: unknown, ruleset?: ReturnType<typeof loadRulesetOrThrow>) =>
  evaluateInput(facts, ruleset).warnings.map((w) => [w.code, w.records]);

const cases: Array<[string, () => unknown, Array<[string, string[]]>]> = [
  ['a compliant station', compliantFacts, []],
  ['2 candidates recommended', () => withAppointment({ candidatesRecommended: 2 }), []],
  [
    '3 candidates recommended',
    () => withAppointment({ candidatesRecommended: 3 }),
    [['too-many-candidates', ['ap-sup-1']]],
  ],
  ['a term of exactly 2 years', () => withAppointment({ termStart: '2022-03-01', termEnd: '2024-02-29' }), []],

  [
    'a term one day over 2 years',
    () => withAppointment({ termStart: '2022-03-01', termEnd: '2024-03-01' }),
    [['term-too-long', ['ap-sup-1']]],
  ],
  ['a second consecutive term', () => withAppointment({ termNumber: 2 }), []],
  [
    'a third consecutive term',
    () => withAppointment({ termNumber: 3 }),
    [['too-many-consecutive-terms', ['ap-sup-1']]],
  ],
  [
    'an appointment whose term ended before the period',
    () => withAppointment({ termStart: '2020-01-01', termEnd: '2021-12-31', termNumber: 5 }),
    [],
  ],
  ['a group of 3', () => withGroupSize(3), []],
  ['a group of 7', () => withGroupSize(7), []],
  ['a group of 2', () => withGroupSize(2), [['group-size', ['g-sec', 'g-sup']]]],
  [
    'a group of 8',
    () => withGroupSize(8),
    [['group-size', ['g-2', 'g-3', 'g-4', 'g-5', 'g-6', 'g-7', 'g-sec', 'g-sup']]],
  ],
  ['a group led by a supervisor', () => withGroupSize(4, 'supervisor'), [['group-leader-not-secretary', ['g-sec']]]],
  [
    'a group with no leader',
    () => {
      const facts = withGroupSize(4);
      delete (facts.supervisionGroup as { leaderId?: string }).leaderId;
      return facts;
    },
    [['group-leader-not-secretary', []]],
  ],
  [
    'no supervision group recorded',
    () => {
      const { supervisionGroup: _group, ...facts } = compliantFacts();
      facts.records.supervisionMeetings = (facts.records.supervisionMeetings ?? []).map((m) => ({
        ...m,
        attendees: [],
      }));
      return facts;
    },
    [['group-size', []]],
  ],
];

describe('body-text warnings', () => {
  it.each(cases)('for %s', (_name, facts, expected) => {
    expect(warningsOf(facts())).toEqual(expected);
  });

  it('never change a score', () => {
    const facts = withAppointment({ candidatesRecommended: 5, termNumber: 4 });
    expect(evaluateInput(facts).total).toBe(evaluateInput(compliantFacts()).total);
  });

  it('carry their params and a message in Chinese and English', () => {
    const [warning] = evaluateInput(withAppointment({ candidatesRecommended: 3 })).warnings;
    expect(warning?.params).toMatchObject({ appointment: 'ap-sup-1', count: 3, max: 2 });
    expect(warning?.message.zh).toContain('3 名');
    expect(warning?.message.en).toContain('3 candidates');
  });

  it('take their thresholds from the ruleset params', () => {
    const lenient = loadRulesetOrThrow(
      variant({ params: { maxCandidates: 3, maxConsecutiveTerms: 3, groupSize: { min: 2, max: 9 } } }),
    );
    expect(warningsOf(withAppointment({ candidatesRecommended: 3, termNumber: 3 }), lenient)).toEqual([]);
    expect(warningsOf(withGroupSize(2), lenient)).toEqual([]);
  });

  it('count a term from 29 February in years that end the day before its anniversary (1 March)', () => {
    const threeYears = loadRulesetOrThrow(variant({ params: { maxTermYears: 3 } }));
    const term = (termEnd: string) => withAppointment({ termStart: '2020-02-29', termEnd });
    expect(warningsOf(term('2023-02-28'), threeYears)).toEqual([]);
    expect(warningsOf(term('2023-03-01'), threeYears)).toEqual([['term-too-long', ['ap-sup-1']]]);
  });

  it('ignore a rejected appointment', () => {
    const facts = parsed(withAppointment({ candidatesRecommended: 3 }));
    const review = parseReviewOrThrow({
      rejectedEvidence: [{ recordId: 'ap-sup-1', reason: '聘任文件不实', by: '陈刚', date: '2024-01-16' }],
    });
    expect(evaluateSync(facts, { review }).warnings).toEqual([]);
  });

  it('flag the third candidate of the example station with lapses', () => {
    expect(warningsOf(readJson('examples/station-with-lapses.json'))).toEqual([
      ['too-many-candidates', ['appt-hanxue']],
    ]);
  });
});
