/** The example regional variant end to end, and how its results differ from the base. */
import { describe, expect, it } from 'vitest';
import type { EvaluationResult } from '../../src/result/schema.js';
import { baseRuleset } from '../../src/ruleset/base.js';
import { loadRuleset, loadRulesetOrThrow } from '../../src/ruleset/load.js';
import { factsJsonSchemaFor } from '../../src/schemas/json-schemas.js';
import { testRuleset } from '../../src/testkit/run.js';
import type { TestSuite } from '../../src/testkit/schema.js';
import { compliantFacts, day, evaluateInput, itemOf } from '../support/station.js';
import { baseDoc, readJson } from '../support/variants.js';

const jinhuaDoc = readJson('examples/variants/jinhua-city.json');
const jinhua = loadRulesetOrThrow(jinhuaDoc, { files: ['jinhua-city.json'] });
const scores = (result: EvaluationResult) => new Map(result.items.map((i) => [i.id, i.score]));

describe('examples/variants/jinhua-city.json', () => {
  it('loads with or without the base file and stamps the chain', () => {
    expect(loadRulesetOrThrow([baseDoc(), jinhuaDoc]).hash).toBe(jinhua.hash);
    expect(jinhua.chain).toEqual([
      { id: 'zj-clean-station', version: '1.0.0' },
      { id: 'jinhua-city', version: '1.0.0' },
    ]);
    expect(jinhua.hash).not.toBe(baseRuleset().hash);
  });

  it('keeps 100 base and 10 bonus points with its own section totals', () => {
    const result = evaluateInput(compliantFacts(), jinhua);
    expect(result.max).toEqual({ base: 100, bonus: 10, total: 110 });
    expect(jinhua.sections.filter((s) => s.part === 'A1').map((s) => [s.id, s.points])).toEqual([
      ['A1.1', 8],
      ['A1.2', 20],
      ['A1.3', 2],
    ]);
  });

  it.each([
    ['examples/compliant-station.json', 100, 98],
    ['examples/station-with-lapses.json', 73, 71],
  ])('scores %s %d under the base and %d under the variant', (file, baseTotal, jinhuaTotal) => {
    const facts = readJson(file);
    const before = evaluateInput(facts);
    const after = evaluateInput(facts, jinhua);
    expect([before.total, after.total]).toEqual([baseTotal, jinhuaTotal]);
    const a = scores(before);
    const b = scores(after);
    const changed = [...new Set([...a.keys(), ...b.keys()])].filter((id) => a.get(id) !== b.get(id));
    expect(changed).toEqual(['facilities', 'usage-publicity', 'monthly-safety-training', 'complaint-replies']);
    expect(b.has('facilities')).toBe(false);
    expect(after.items.find((i) => i.id === 'complaint-replies')).toMatchObject({ status: 'notApplicable', score: 2 });
    const training = after.items.find((i) => i.id === 'monthly-safety-training');
    expect(training).toMatchObject({ score: 0, status: 'fail', origin: 'jinhua-city', max: 2 });
    expect(training?.missing).toHaveLength(12);
    expect(after.ruleset.chain.map((l) => l.id)).toEqual(['zj-clean-station', 'jinhua-city']);
  });

  it('counts a month-end publication dated in the last 7 days, which the base does not', async () => {
    const facts = compliantFacts();
    facts.records.resultPublications = (facts.records.resultPublications ?? []).map((r, i) =>
      i === 8 ? { ...r, date: day(9, 25) } : r,
    );
    expect((await itemOf(facts, 'result-publication')).missing).toEqual(['2023-09']);
    const widened = await itemOf(facts, 'result-publication', jinhua);
    expect(widened).toMatchObject({ status: 'pass', origin: 'jinhua-city' });
  });

  it('scores the monthly safety training from safetyTrainings records, through both engines', async () => {
    const trainings = Array.from({ length: 12 }, (_, i) => ({ id: `st-${i + 1}`, date: day(i + 1, 8), attendees: 6 }));
    const facts = { ...compliantFacts(), records: { ...compliantFacts().records, safetyTrainings: trainings } };
    expect(await itemOf(facts, 'monthly-safety-training', jinhua)).toMatchObject({ score: 2, status: 'pass' });
    trainings.splice(3, 1);
    const lapsed = await itemOf(facts, 'monthly-safety-training', jinhua);
    expect([lapsed.score, lapsed.missing]).toEqual([0, ['2023-04']]);
  });

  it('does not count a training with fewer attendees than its trainingMinAttendees param for its month', async () => {
    const trainings = Array.from({ length: 12 }, (_, i) => ({
      id: `st-${i + 1}`,
      date: day(i + 1, 8),
      attendees: i === 6 ? 4 : 5,
    }));
    const facts = { ...compliantFacts(), records: { ...compliantFacts().records, safetyTrainings: trainings } };
    const item = await itemOf(facts, 'monthly-safety-training', jinhua);
    expect(item).toMatchObject({ score: 0, status: 'fail', missing: ['2023-07'] });
    expect(item.notCounted).toEqual([{ id: 'st-7', reason: 'condition-not-met', bucket: '2023-07' }]);
  });

  it('scores complaint replies within 5 days, the fifth day included, and leaves a late-December complaint pending', async () => {
    const withComplaints = (replyDay: string) => ({
      ...compliantFacts(),
      records: {
        ...compliantFacts().records,
        complaints: [
          { id: 'cp-1', date: day(3, 1), channel: '95598' },
          { id: 'cp-2', date: day(12, 30), channel: 'walk-in' },
        ],
        complaintReplies: [{ id: 'cr-1', date: replyDay, complaintId: 'cp-1', staffId: 'cm-1' }],
      },
    });
    expect(await itemOf(withComplaints(day(3, 6)), 'complaint-replies', jinhua)).toMatchObject({
      score: 2,
      status: 'pass',
    });
    const late = await itemOf(withComplaints(day(3, 7)), 'complaint-replies', jinhua);
    expect(late).toMatchObject({ score: 0, status: 'fail' });
    expect(late.advice?.zh).toContain('5日内答复');
  });

  it('shows the overridden advice with the 7-day window', async () => {
    const facts = compliantFacts();
    facts.records.resultPublications = (facts.records.resultPublications ?? []).slice(1);
    const item = await itemOf(facts, 'result-publication', jinhua);
    expect(item.advice?.en).toContain('last 7 days');
  });

  it('is refused against a base outside its pinned range', () => {
    const future = { ...baseDoc(), version: '2.0.0' };
    const loaded = loadRuleset([future, jinhuaDoc], { files: ['base.json', 'jinhua-city.json'] });
    expect(loaded.issues.map((i) => [i.file, i.code])).toEqual([['jinhua-city.json', 'base-version-mismatch']]);
  });

  it('passes every case of its cases file through testRuleset, with the files the cases name', () => {
    const suite = readJson('examples/variants/jinhua-city.cases.json') as TestSuite;
    const files = Object.fromEntries(
      ['jinhua-city/station.json', 'jinhua-city/station-with-lapses.json'].map((f) => [
        f,
        readJson(`examples/variants/${f}`),
      ]),
    );
    const run = testRuleset(jinhua, suite, { files });
    expect(run.ok).toBe(true);
    if (!run.ok) return;
    expect(run.value.cases.filter((c) => !c.passed)).toEqual([]);
    expect(run.value.passed).toBe(suite.cases.length);
    const names = run.value.cases.map((c) => c.name).join('\n');
    for (const part of [
      '4 人',
      '恰好 5 人',
      '第 5 日',
      '第 6 日',
      '暂不评判',
      '不适用',
      '7 天窗口',
      '用电宣传',
      '基础设施',
    ]) {
      expect(names).toContain(part);
    }
  });

  it('ships the JSON Schema of its facts beside its example station, up to date with its record kinds', () => {
    const shipped = readJson('examples/variants/jinhua-city/facts.schema.json');
    expect(shipped).toEqual(factsJsonSchemaFor(jinhua));
  });
});
