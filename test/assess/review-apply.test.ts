/** A review in `evaluate`: expert items, overrides, rejected evidence, and the errors it can raise. */
import { describe, expect, it } from 'vitest';
import { parseReviewOrThrow } from '../../src/assess/parse.js';
import type { ReviewInput } from '../../src/assess/schema.js';
import { evaluate, evaluateSync } from '../../src/engine/evaluate.js';
import { InvalidInputError } from '../../src/issues/issue.js';
import { loadRulesetOrThrow } from '../../src/ruleset/load.js';
import { compliantFacts, parsed } from '../support/station.js';
import { readJson, variant } from '../support/variants.js';

const by = { assessor: '专家组（王敏）', date: '2024-01-18' };

async function bothPaths(facts: unknown, review: ReviewInput) {
  const valid = parsed(facts);
  const options = { review: parseReviewOrThrow(review) };
  const compiled = evaluateSync(valid, options);
  const reference = await evaluate(valid, { ...options, engine: 'json-rules-engine' });
  expect(JSON.stringify(reference)).toBe(JSON.stringify(compiled));
  return compiled;
}

function reviewIssues(facts: unknown, review: unknown, ruleset?: ReturnType<typeof loadRulesetOrThrow>) {
  try {
    evaluateSync(parsed(facts), { review: review as never, ...(ruleset ? { ruleset } : {}) });
  } catch (error) {
    if (error instanceof InvalidInputError) return error.issues.map((i) => [i.code, i.path]);
    throw error;
  }
  return [];
}

const item = (result: { items: ReadonlyArray<{ id: string }> }, id: string) => {
  const found = result.items.find((i) => i.id === id);
  if (!found) throw new Error(`no item ${id}`);
  return found as ReturnType<typeof evaluateSync>['items'][number];
};

describe('expert-judged items', () => {
  it('stay notAssessed with score 0 and are listed as pending without an assessment', async () => {
    const result = await bothPaths(compliantFacts(), {});
    expect(result.pending).toEqual(['recognition', 'innovation']);
    expect(item(result, 'recognition')).toMatchObject({ status: 'notAssessed', score: 0, assessment: null });
  });

  it.each([
    [{ verdict: 'pass' as const }, 5, 'pass'],
    [{ verdict: 'fail' as const }, 0, 'fail'],
    [{ score: 2.5 }, 2.5, 'partial'],
    [{ score: 5 }, 5, 'pass'],
  ])('take their score from an assessment %j', async (given, score, status) => {
    const result = await bothPaths(compliantFacts(), { assessments: [{ itemId: 'innovation', ...by, ...given }] });
    expect(item(result, 'innovation')).toMatchObject({ score, status, computed: null });
    expect(item(result, 'innovation').assessment).toMatchObject({ ...by, score, justification: '' });
    expect(result.pending).toEqual(['recognition']);
    expect(result.bonus).toBe(score);
  });
});

describe('an assessment of a computed item', () => {
  it('overrides it and keeps the computed outcome beside the assessed one', async () => {
    const facts = compliantFacts();
    facts.records.liaisons = (facts.records.liaisons ?? []).slice(1);
    const justification = '1月对接记录在纸质台账中，现场核实属实。';
    const result = await bothPaths(facts, {
      assessments: [{ itemId: 'monthly-liaison', verdict: 'pass', ...by, justification }],
    });
    const liaison = item(result, 'monthly-liaison');
    expect(liaison).toMatchObject({
      status: 'overridden',
      score: 4,
      computed: { score: 0, status: 'fail' },
      assessment: { ...by, justification, verdict: 'pass', score: 4 },
      missing: ['2023-01'],
      advice: null,
    });
    expect(result.base).toBe(100);
  });

  it('can lower a computed score, and then gives the advice', async () => {
    const result = await bothPaths(compliantFacts(), {
      assessments: [{ itemId: 'staffing', score: 3, ...by, justification: '客户经理长期借调，实际未在岗。' }],
    });
    expect(item(result, 'staffing')).toMatchObject({
      status: 'overridden',
      score: 3,
      computed: { score: 6, status: 'pass' },
    });
    expect(item(result, 'staffing').advice).not.toBeNull();
  });
});

describe('rejected evidence', () => {
  it('is set aside before evaluation, named in the trace and listed in the result', async () => {
    const result = await bothPaths(compliantFacts(), {
      rejectedEvidence: [
        { recordId: 'si-4', reason: '记录无签字', by: '陈刚', date: '2024-01-16' },
        { recordId: 'li-2', reason: '补记', by: '陈刚', date: '2024-01-16' },
      ],
    });
    const inspection = item(result, 'monthly-special-inspection');
    expect(inspection).toMatchObject({ status: 'fail', missing: ['2023-04'] });
    expect(inspection.notCounted).toEqual([{ id: 'si-4', reason: 'rejected-evidence', bucket: '2023-04' }]);
    expect(inspection.records).not.toContain('si-4');
    expect(result.rejectedEvidence).toEqual([
      { id: 'li-2', reason: '补记', by: '陈刚', date: '2024-01-16' },
      { id: 'si-4', reason: '记录无签字', by: '陈刚', date: '2024-01-16' },
    ]);
  });

  it('can remove an incident, so that it no longer deducts', async () => {
    const facts = compliantFacts();
    facts.incidents = [{ id: 'inc-1', kind: 'service-complaint', date: '2023-03-03' }];
    const result = await bothPaths(facts, {
      rejectedEvidence: [{ recordId: 'inc-1', reason: '工单重复', by: '陈刚', date: '2024-01-16' }],
    });
    expect(item(result, 'no-service-complaints').score).toBe(5);
  });
});

describe('review errors at evaluation', () => {
  const cases: Array<[string, unknown, Array<[string, Array<string | number>]>]> = [
    [
      'an unknown item id',
      { assessments: [{ itemId: 'inovation', verdict: 'pass', ...by }] },
      [['unknown-item', ['assessments', 0, 'itemId']]],
    ],
    [
      'a score above the maximum',
      { assessments: [{ itemId: 'innovation', score: 6, ...by }] },
      [['score-out-of-range', ['assessments', 0, 'score']]],
    ],
    [
      'a negative score',
      { assessments: [{ itemId: 'staffing', score: -1, ...by, justification: '扣分' }] },
      [['score-out-of-range', ['assessments', 0, 'score']]],
    ],
    [
      'an override without justification',
      { assessments: [{ itemId: 'staffing', verdict: 'fail', ...by, justification: '  ' }] },
      [['justification-required', ['assessments', 0, 'justification']]],
    ],
    [
      'an unknown record id',
      { rejectedEvidence: [{ recordId: 'li-13', reason: '伪造', by: '陈刚', date: '2024-01-16' }] },
      [['unknown-record', ['rejectedEvidence', 0, 'recordId']]],
    ],
    [
      'a review of another station',
      { station: { id: 'st-2' }, assessments: [] },
      [['review-other-station', ['station', 'id']]],
    ],
    [
      'a review of another period',
      { period: { start: '2022-01-01', end: '2022-12-31' } },
      [['review-other-period', ['period']]],
    ],
    [
      'a review that does not even parse',
      { assessments: [{ itemId: 'innovation', ...by }] },
      [['verdict-or-score', ['assessments', 0]]],
    ],
    [
      'every problem at once',
      {
        assessments: [
          { itemId: 'nope', verdict: 'pass', ...by },
          { itemId: 'staffing', score: 7, ...by },
        ],
        rejectedEvidence: [{ recordId: 'ghost', reason: '伪造', by: '陈刚', date: '2024-01-16' }],
      },
      [
        ['unknown-item', ['assessments', 0, 'itemId']],
        ['score-out-of-range', ['assessments', 1, 'score']],
        ['justification-required', ['assessments', 1, 'justification']],
        ['unknown-record', ['rejectedEvidence', 0, 'recordId']],
      ],
    ],
  ];
  it.each(cases)('throws InvalidInputError for %s', (_name, review, expected) => {
    expect(reviewIssues(compliantFacts(), review)).toEqual(expected);
  });

  it('applies a review that names its station and period to the facts of that station and period', () => {
    const review = { station: { id: 'st-1', name: '测试供电所' }, period: { start: '2023-01-01', end: '2023-12-31' } };
    expect(reviewIssues(compliantFacts(), review)).toEqual([]);
  });

  it('checks item ids against the ruleset in use', () => {
    const withoutFacilities = loadRulesetOrThrow(
      variant({ remove: ['facilities'], sections: [{ id: 'A1.1', points: 8 }], parts: [{ id: 'A1', points: 28 }] }),
    );
    const review = { assessments: [{ itemId: 'facilities', verdict: 'pass', ...by, justification: '现场核实' }] };
    expect(reviewIssues(compliantFacts(), review)).toEqual([]);
    expect(reviewIssues(compliantFacts(), review, withoutFacilities)).toEqual([
      ['unknown-item', ['assessments', 0, 'itemId']],
    ]);
  });
});

describe('examples/review.json on examples/station-with-lapses.json', () => {
  it('scores the expert items, overrides the outage notice and rejects an inspection', async () => {
    const result = await bothPaths(
      readJson('examples/station-with-lapses.json'),
      readJson('examples/review.json') as ReviewInput,
    );
    expect(result.total).toBe(77.5);
    expect(result.pending).toEqual([]);
    expect(item(result, 'outage-notice')).toMatchObject({
      status: 'overridden',
      computed: { score: 0, status: 'fail' },
    });
    expect(item(result, 'monthly-special-inspection').notCounted).toEqual([
      { id: 'inspection-2023-04', reason: 'rejected-evidence', bucket: '2023-04' },
    ]);
    expect(result.rejectedEvidence.map((r) => r.id)).toEqual(['inspection-2023-04']);
  });
});
