/** Record kinds declared by a ruleset: declarations, their errors, and facts that carry them. */
import { describe, expect, it } from 'vitest';
import { parseFacts } from '../../src/facts/parse.js';
import { baseRuleset } from '../../src/ruleset/base.js';
import { loadRuleset, loadRulesetOrThrow } from '../../src/ruleset/load.js';
import { factsJsonSchemaFor } from '../../src/schemas/json-schemas.js';
import { compliantFacts } from '../support/station.js';
import { variant } from '../support/variants.js';

const drills = {
  title: { zh: '应急演练', en: 'Emergency drill' },
  fields: {
    scenario: { type: 'enum', values: { flood: { zh: '防汛' }, fire: { zh: '消防', en: 'fire' } }, required: true },
    attendees: { type: 'count', min: 1, max: 500, required: true, title: { zh: '参加人数' } },
    leaderId: { type: 'ref', to: 'staff' },
    observers: { type: 'refs', to: 'staff', maxItems: 5 },
    score: { type: 'number', min: 0, max: 100 },
    reviewed: { type: 'boolean' },
    reviewedOn: { type: 'date' },
    summary: { type: 'text', maxLength: 20 },
  },
};
const findings = {
  title: { zh: '演练问题' },
  fields: { drillId: { type: 'ref', to: 'drills', required: true }, fixedAt: { type: 'date-time' } },
};

const regional = loadRulesetOrThrow([variant({ recordKinds: { drills, findings } })]);

const withRecords = (records: Record<string, unknown>) => {
  const facts = compliantFacts();
  return { ...facts, records: { ...facts.records, ...records } };
};

const codesAt = (issues: ReadonlyArray<{ code: string; path: ReadonlyArray<string | number> }>) =>
  issues.map((i) => `${i.path.join('.')} ${i.code}`).sort();

describe('record kinds declared by a ruleset', () => {
  it('lists every kind of the resolved ruleset, built-in first, each declared one credited to its ruleset', () => {
    const names = regional.recordKinds.map((k) => k.name);
    expect(names.slice(0, 2)).toEqual(['liaisons', 'ledgerHandovers']);
    expect(names.slice(-2)).toEqual(['drills', 'findings']);
    expect(regional.recordKinds.at(-2)).toMatchObject({ origin: 'test-variant', title: { zh: '应急演练' } });
    expect(regional.recordKinds[0]?.origin).toBe('built-in');
    const attendees = regional.recordKinds.at(-2)?.fields.find((f) => f.name === 'attendees');
    expect(attendees).toEqual({
      name: 'attendees',
      type: 'count',
      required: true,
      min: 1,
      max: 500,
      title: { zh: '参加人数' },
    });
    const scenario = regional.recordKinds.at(-2)?.fields.find((f) => f.name === 'scenario');
    expect(scenario?.values).toEqual([
      { value: 'flood', label: { zh: '防汛' } },
      { value: 'fire', label: { zh: '消防', en: 'fire' } },
    ]);
  });

  it('keeps the base ruleset without declared kinds and its hash unchanged by the new field', () => {
    expect(baseRuleset().declaredKinds).toEqual({});
    expect(loadRulesetOrThrow([variant()]).hash).toBe(baseRuleset().hash);
    expect(regional.hash).not.toBe(baseRuleset().hash);
  });

  it('validates records of a declared kind with the same coded, located issues as built-in kinds', () => {
    const parsed = parseFacts(
      withRecords({
        drills: [
          { id: 'dr-1', date: '2023-03-01', scenario: 'flood', attendees: 12, leaderId: 'cm-1', observers: ['sup-1'] },
          { id: 'dr-2', date: '2023-02-30', scenario: 'quake', attendees: 0, leaderId: 'nobody', colour: 'red' },
          { id: 'dr-3', date: '2023-04-01', attendees: 1.5, summary: 'x'.repeat(21), reviewedOn: '2023-04-01T08:00Z' },
          { id: 'dr-1', date: '2023-05-01', scenario: 'fire', attendees: 3, observers: ['sup-1', 'ghost'] },
        ],
        findings: [{ id: 'fi-1', date: '2023-03-02', drillId: 'dr-9' }],
      }),
      { ruleset: regional },
    );
    expect(parsed.ok).toBe(false);
    expect(codesAt(parsed.issues)).toEqual(
      [
        'records.drills.1.date invalid-date',
        'records.drills.1.scenario invalid-value',
        'records.drills.1.attendees too-small',
        'records.drills.1.leaderId unknown-reference',
        'records.drills.1.colour unknown-field',
        'records.drills.2.scenario missing-field',
        'records.drills.2.attendees invalid-type',
        'records.drills.2.summary too-big',
        'records.drills.2.reviewedOn invalid-date',
        'records.drills.3.id duplicate-id',
        'records.drills.3.observers.1 unknown-reference',
        'records.findings.0.drillId unknown-reference',
      ].sort(),
    );
    const drillReference = parsed.issues.find((issue) => issue.path.join('.') === 'records.findings.0.drillId');
    expect(drillReference?.message).toEqual({
      zh: '引用了不存在的应急演练记录：“dr-9”',
      en: 'Unknown emergency drill "dr-9"',
    });
  });

  it('fills the defaults of a declared kind: an absent list is empty, an absent list of references too', () => {
    const parsed = parseFacts(
      withRecords({ drills: [{ id: 'dr-1', date: '2023-03-01', scenario: 'fire', attendees: 4 }] }),
      {
        ruleset: regional,
      },
    );
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value.records.drills).toEqual([
      { id: 'dr-1', date: '2023-03-01', scenario: 'fire', attendees: 4, observers: [] },
    ]);
    expect(parsed.value.records.findings).toEqual([]);
  });

  it('refuses records of a kind the ruleset does not declare, as any unknown field', () => {
    const facts = withRecords({ drills: [] });
    const parsed = parseFacts(facts);
    expect(codesAt(parsed.issues)).toEqual(['records.drills unknown-field']);
    expect(parseFacts(facts, { ruleset: regional }).ok).toBe(true);
  });

  it('validates facts again when they are evaluated with a ruleset of other kinds than they were parsed with', async () => {
    const { evaluate } = await import('../../src/engine/evaluate.js');
    const base = parseFacts(compliantFacts());
    if (!base.ok) throw new Error('fixture');
    const result = await evaluate(base.value, { ruleset: regional });
    expect(result.ruleset.id).toBe('test-variant');
    const declared = parseFacts(withRecords({ drills: [] }), { ruleset: regional });
    if (!declared.ok) throw new Error('fixture');
    await expect(evaluate(declared.value)).rejects.toThrow(/records\.drills/);
  });

  it('publishes the JSON Schema of a ruleset’s facts with its declared kinds', () => {
    const schema = factsJsonSchemaFor(regional) as { properties: { records: { properties: Record<string, unknown> } } };
    const records = schema.properties.records.properties;
    expect(Object.keys(records)).toContain('drills');
    expect(JSON.stringify(records.drills)).toContain('"enum":["flood","fire"]');
    expect(Object.keys(records)).not.toContain('safetyTrainings');
  });
});

describe('bad declarations get located errors', () => {
  const issuesOf = (recordKinds: unknown, extra: Record<string, unknown> = {}) => {
    const loaded = loadRuleset([variant({ recordKinds, ...extra })], { files: ['v.json'] });
    expect(loaded.ok).toBe(false);
    return codesAt(loaded.issues);
  };

  it('refuses a kind colliding with a built-in kind, or with a reference target', () => {
    expect(issuesOf({ liaisons: drills, staff: drills })).toEqual([
      'recordKinds.liaisons duplicate-kind',
      'recordKinds.staff reserved-kind',
    ]);
  });

  it('refuses a kind the extended variant already declares', () => {
    const first = variant({ recordKinds: { drills } });
    const second = {
      ...variant({ recordKinds: { drills } }),
      id: 'second',
      extends: { id: 'test-variant', version: '^1.0.0' },
    };
    const loaded = loadRuleset([first, second], { files: ['first.json', 'second.json'] });
    expect(loaded.ok).toBe(false);
    expect(loaded.issues.map((i) => [i.file, i.path.join('.'), i.code])).toEqual([
      ['second.json', 'recordKinds.drills', 'duplicate-kind'],
    ]);
  });

  it('refuses an unknown field type, naming the known ones', () => {
    const loaded = loadRuleset([
      variant({ recordKinds: { drills: { title: { zh: '演练' }, fields: { at: { type: 'time' } } } } }),
    ]);
    expect(loaded.ok).toBe(false);
    expect(loaded.issues[0]).toMatchObject({
      code: 'invalid-value',
      path: ['recordKinds', 'drills', 'fields', 'at', 'type'],
    });
    expect(loaded.issues[0]?.message.en).toContain('date-time');
  });

  it('refuses reserved fields, unknown reference targets (with a did-you-mean) and bounds that exclude every value', () => {
    const kind = {
      title: { zh: '演练' },
      fields: {
        date: { type: 'date' },
        leaderId: { type: 'ref', to: 'staf' },
        attendees: { type: 'count', min: 10, max: 5 },
        summary: { type: 'text', minLength: 30, maxLength: 20 },
        level: { type: 'enum', values: {} },
      },
    };
    const loaded = loadRuleset([variant({ recordKinds: { drills: kind } })]);
    expect(codesAt(loaded.issues)).toEqual([
      'recordKinds.drills.fields.attendees.max invalid-bounds',
      'recordKinds.drills.fields.date reserved-field',
      'recordKinds.drills.fields.leaderId.to unknown-ref-target',
      'recordKinds.drills.fields.level.values too-small',
      'recordKinds.drills.fields.summary.maxLength invalid-bounds',
    ]);
    expect(loaded.issues.find((i) => i.code === 'unknown-ref-target')?.message.en).toContain('Did you mean "staff"?');
  });

  it('refuses a kind name or field name that is not a simple identifier, saying what a name must look like', () => {
    const kinds = {
      'safety-drills': { title: { zh: '演练' } },
      drills: { title: { zh: '演练' }, fields: { 'Bad Name': { type: 'date' } } },
    };
    const loaded = loadRuleset([variant({ recordKinds: kinds })]);
    expect(codesAt(loaded.issues)).toEqual([
      'recordKinds.drills.fields.Bad Name invalid-name',
      'recordKinds.safety-drills invalid-name',
    ]);
    expect(loaded.issues.map((i) => i.message.en)).toContain(
      '"safety-drills" is not a valid name: use a lowercase letter followed by letters and digits (camelCase), at most 64 characters (like safetyTrainings)',
    );
  });

  it('refuses a __proto__ kind instead of dropping it silently', () => {
    const loaded = loadRuleset([variant({ recordKinds: JSON.parse('{"__proto__": {"title": {"zh": "x"}}}') })]);
    expect(codesAt(loaded.issues)).toEqual(['recordKinds.__proto__ forbidden-key']);
  });
});
