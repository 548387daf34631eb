/**
 * The generic facts over declared record kinds: coverage with record conditions and per year,
 * count, and followUp, scored through both evaluation paths.
 */
import { describe, expect, it } from 'vitest';
import { coverageHeatmap } from '../../src/report/heatmap.js';
import { loadRuleset } from '../../src/ruleset/load.js';
import { answeredWithin, drillsEachMonth, regionalVariant, withItem } from '../support/regional-item.js';
import { compliantFacts, day, evaluateInput, itemOf } from '../support/station.js';

const facts = (records: Record<string, unknown>) => {
  const base = compliantFacts();
  return { ...base, records: { ...base.records, ...records } };
};

const monthlyDrills = (attendees: (month: number) => number) =>
  Array.from({ length: 12 }, (_, i) => ({ id: `dr-${i + 1}`, date: day(i + 1, 10), attendees: attendees(i + 1) }));

describe('coverage over a declared kind', () => {
  const ruleset = drillsEachMonth();

  it('passes when every month has a record meeting the condition on its fields', async () => {
    const item = await itemOf(facts({ drills: monthlyDrills(() => 5) }), 'regional-item', ruleset);
    expect(item).toMatchObject({ score: 2, status: 'pass', missing: [] });
    expect(item.records).toHaveLength(12);
  });

  it('makes the month missing when its only record fails the condition, and names that record and why', async () => {
    const item = await itemOf(facts({ drills: monthlyDrills((m) => (m === 4 ? 4 : 9)) }), 'regional-item', ruleset);
    expect(item).toMatchObject({ score: 0, status: 'fail', missing: ['2023-04'] });
    expect(item.notCounted).toEqual([{ id: 'dr-4', reason: 'condition-not-met', bucket: '2023-04' }]);
    expect(item.advice?.en).toBe('Do as the region requires.');
    expect(item.coverage).toEqual([expect.objectContaining({ per: 'month', missing: ['2023-04'] })]);
  });

  it('counts a year as one bucket with per: year', async () => {
    const yearly = withItem({
      all: [
        {
          fact: 'coverage',
          params: { kind: 'drills', per: 'year' },
          path: 'missing',
          operator: 'isEmpty',
          value: true,
        },
      ],
    });
    expect(await itemOf(facts({ drills: [] }), 'regional-item', yearly)).toMatchObject({
      status: 'fail',
      missing: ['2023'],
    });
    const one = await itemOf(
      facts({ drills: [{ id: 'dr-1', date: day(11, 2), attendees: 1 }] }),
      'regional-item',
      yearly,
    );
    expect(one).toMatchObject({
      status: 'pass',
      coverage: [{ per: 'year', required: ['2023'], met: ['2023'], missing: [] }],
    });
  });

  it('draws a declared kind’s coverage as heatmap rows: per month one cell a month, per year the whole row', () => {
    const monthly = coverageHeatmap(evaluateInput(facts({ drills: monthlyDrills((m) => (m === 4 ? 4 : 9)) }), ruleset));
    const row = monthly.rows.find((r) => r.itemId === 'regional-item');
    expect(row?.cells.filter((c) => c === 'missing')).toHaveLength(1);
    expect(row?.cells[3]).toBe('missing');
    const yearly = withItem({
      all: [
        {
          fact: 'coverage',
          params: { kind: 'drills', per: 'year' },
          path: 'missing',
          operator: 'isEmpty',
          value: true,
        },
      ],
    });
    const empty = coverageHeatmap(evaluateInput(facts({ drills: [] }), yearly)).rows.find(
      (r) => r.itemId === 'regional-item',
    );
    expect(new Set(empty?.cells)).toEqual(new Set(['missing']));
    expect(new Set(empty?.buckets)).toEqual(new Set(['2023']));
  });

  it('does not count a rejected record, and says so', async () => {
    const review = {
      assessments: [],
      rejectedEvidence: [{ recordId: 'dr-6', reason: 'photo reused', by: '审核员', date: '2024-01-05' }],
    };
    const item = await itemOf(facts({ drills: monthlyDrills(() => 8) }), 'regional-item', ruleset, review);
    expect(item).toMatchObject({ status: 'fail', missing: ['2023-06'] });
    expect(item.notCounted).toEqual([{ id: 'dr-6', reason: 'rejected-evidence', bucket: '2023-06' }]);
  });
});

describe('count over a declared kind', () => {
  const ruleset = withItem(
    {
      all: [
        {
          fact: 'count',
          params: { kind: 'complaints', where: { field: 'serious', operator: 'equal', value: true } },
          path: 'counted',
          operator: 'isEmpty',
          value: true,
        },
      ],
    },
    {
      mode: 'deduct-per-occurrence',
      deduct: 1,
      floor: 0,
      occurrences: {
        fact: 'count',
        params: { kind: 'complaints', where: { field: 'serious', operator: 'equal', value: true } },
        path: 'counted',
      },
    },
  );

  it('deducts per record in the period that meets the condition, and ignores the others', async () => {
    const complaints = [
      { id: 'c-1', date: day(2, 1), serious: true },
      { id: 'c-2', date: day(3, 1), serious: false },
      { id: 'c-3', date: day(4, 1) },
      { id: 'c-4', date: '2022-12-31', serious: true },
    ];
    const item = await itemOf(facts({ complaints }), 'regional-item', ruleset);
    expect(item).toMatchObject({ score: 1, status: 'partial', failures: 1, records: ['c-1'] });
  });
});

describe('followUp: every X followed by a Y within N days', () => {
  const answered = answeredWithin;

  it('counts a follow-up on the last day of the deadline as in time, and one a day later as late', async () => {
    const ruleset = answered({ days: 5 });
    const complaints = [{ id: 'c-1', date: day(3, 1) }];
    const inTime = await itemOf(
      facts({ complaints, answers: [{ id: 'a-1', date: day(3, 6), complaintId: 'c-1' }] }),
      'regional-item',
      ruleset,
    );
    expect(inTime).toMatchObject({ status: 'pass', records: ['a-1', 'c-1'] });
    const late = await itemOf(
      facts({ complaints, answers: [{ id: 'a-1', date: day(3, 7), complaintId: 'c-1' }] }),
      'regional-item',
      ruleset,
    );
    expect(late).toMatchObject({ status: 'fail', score: 0 });
    const leaf = late.conditions?.kind === 'all' ? late.conditions.children[0] : null;
    expect(leaf).toMatchObject({
      actual: [{ id: 'c-1', occurred: '2023-03-01', deadline: '2023-03-06', followedOn: '2023-03-07' }],
    });
  });

  it('ignores a follow-up dated before its trigger, and one that fails its own condition', async () => {
    const ruleset = answered({ days: 5 }, { where: { field: 'final', operator: 'equal', value: true } });
    const complaints = [{ id: 'c-1', date: day(3, 10) }];
    const answers = [
      { id: 'a-0', date: day(3, 9), complaintId: 'c-1', final: true },
      { id: 'a-1', date: day(3, 11), complaintId: 'c-1', final: false },
    ];
    expect(await itemOf(facts({ complaints, answers }), 'regional-item', ruleset)).toMatchObject({ status: 'fail' });
  });

  it('leaves an obligation whose deadline falls after the period end pending, not failed (spec §3)', async () => {
    const ruleset = answered({ days: 5 });
    const complaints = [{ id: 'c-1', date: day(12, 29) }];
    const pending = await itemOf(facts({ complaints }), 'regional-item', ruleset);
    expect(pending).toMatchObject({ status: 'pass', score: 2 });
    expect(pending.pending).toEqual([{ id: 'c-1', arose: '2023-12-29', deadline: '2024-01-03' }]);
    const afterDeadline = await itemOf(
      facts({ complaints, answers: [{ id: 'a-1', date: '2024-01-05', complaintId: 'c-1' }] }),
      'regional-item',
      ruleset,
    );
    expect(afterDeadline).toMatchObject({ status: 'pass' });
    const metAfterPeriod = await itemOf(
      facts({ complaints, answers: [{ id: 'a-1', date: '2024-01-02', complaintId: 'c-1' }] }),
      'regional-item',
      ruleset,
    );
    expect(metAfterPeriod).toMatchObject({ status: 'pass', records: ['a-1', 'c-1'] });
  });

  it('reads the follow-up from a date field of the record itself', async () => {
    const ruleset = withItem({
      all: [
        {
          fact: 'followUp',
          params: { kind: 'complaints', by: { field: 'answeredOn' }, within: { months: 1 } },
          path: 'late',
          operator: 'isEmpty',
          value: true,
        },
      ],
    });
    const ok = [{ id: 'c-1', date: day(1, 31), answeredOn: day(2, 28) }];
    const late = [{ id: 'c-1', date: day(1, 31), answeredOn: day(3, 1) }];
    expect(await itemOf(facts({ complaints: ok }), 'regional-item', ruleset)).toMatchObject({ status: 'pass' });
    expect(await itemOf(facts({ complaints: late }), 'regional-item', ruleset)).toMatchObject({ status: 'fail' });
  });

  it('measures a deadline in hours as elapsed time, inclusive', async () => {
    const ruleset = answered({ hours: 2 });
    const complaints = [{ id: 'c-1', date: '2023-05-01T10:00:00+08:00' }];
    const at = (time: string) => [{ id: 'a-1', date: `2023-05-01T${time}+08:00`, complaintId: 'c-1' }];
    expect(await itemOf(facts({ complaints, answers: at('12:00:00') }), 'regional-item', ruleset)).toMatchObject({
      status: 'pass',
    });
    expect(await itemOf(facts({ complaints, answers: at('12:00:01') }), 'regional-item', ruleset)).toMatchObject({
      status: 'fail',
    });
  });
});

describe('conditions on declared kinds are checked when the ruleset is loaded', () => {
  const load = (conditions: unknown) => loadRuleset([regionalVariant(conditions)]);
  const leaf = (fact: string, params: unknown) => ({
    all: [{ fact, params, path: 'missing', operator: 'isEmpty', value: true }],
  });
  const problems = (conditions: unknown) => {
    const loaded = load(conditions);
    expect(loaded.ok).toBe(false);
    return loaded.issues.map((i) => [i.path.slice(2).join('.'), i.code, i.message.en]);
  };

  it('refuses an undeclared kind, with a did-you-mean', () => {
    const [problem, ...rest] = problems(leaf('coverage', { kind: 'drill', per: 'month' }));
    expect(rest).toEqual([]);
    expect(problem?.slice(0, 2)).toEqual(['conditions.all.0.params.kind', 'unknown-kind']);
    expect(problem?.[2]).toMatch(
      /^Record kind "drill" is not declared \(known: liaisons, .*, answers\)\. Did you mean "drills"\?$/,
    );
  });

  it('refuses a condition on an undeclared field, with a did-you-mean', () => {
    const where = { field: 'attendee', operator: 'greaterThan', value: 4 };
    expect(problems(leaf('coverage', { kind: 'drills', per: 'month', where }))).toEqual([
      [
        'conditions.all.0.params.where.field',
        'unknown-record-field',
        expect.stringContaining('Did you mean "attendees"?'),
      ],
    ]);
  });

  it('refuses operators and values that do not fit the field', () => {
    const wrong = {
      all: [
        { field: 'attendees', operator: 'greaterThan', value: 'five' },
        { field: 'scenario', operator: 'equal', value: 'quake' },
        { field: 'scenario', operator: 'lessThan', value: 3 },
        { field: 'attendees', operator: 'contains', value: 1 },
      ],
    };
    expect(
      problems(leaf('coverage', { kind: 'drills', per: 'month', where: wrong })).map(
        ([path, code]) => `${path} ${code}`,
      ),
    ).toEqual([
      'conditions.all.0.params.where.all.0.value field-type-mismatch',
      'conditions.all.0.params.where.all.1.value field-type-mismatch',
      'conditions.all.0.params.where.all.2.value field-type-mismatch',
      'conditions.all.0.params.where.all.3.value field-type-mismatch',
    ]);
  });

  it('refuses a follow-up whose reference field does not point at the trigger kind, or with no single deadline unit', () => {
    const params = { kind: 'complaints', by: { kind: 'answers', ref: 'final' }, within: { days: 5, hours: 2 } };
    expect(problems(leaf('followUp', params)).map(([path, code]) => `${path} ${code}`)).toEqual([
      'conditions.all.0.params.within invalid-condition',
      'conditions.all.0.params.by.ref field-type-mismatch',
    ]);
  });

  it('refuses a built-in requirement on a kind that lacks its fields', () => {
    expect(problems(leaf('coverage', { kind: 'drills', per: 'month', require: { minutes: true } }))).toEqual([
      ['conditions.all.0.params.require.minutes', 'field-type-mismatch', expect.stringContaining('minutes')],
    ]);
  });
});
