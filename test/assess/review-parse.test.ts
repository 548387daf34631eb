/** `parseReview` / `parseReviewJson`: every problem at once, coded and located. */
import { describe, expect, it } from 'vitest';
import { parseReview, parseReviewJson, parseReviewOrThrow } from '../../src/assess/parse.js';
import { InvalidInputError } from '../../src/issues/issue.js';
import { readJson } from '../support/variants.js';

const assessment = (fields: Record<string, unknown> = {}) => ({
  itemId: 'innovation',
  verdict: 'pass',
  assessor: '专家组',
  date: '2024-01-18',
  ...fields,
});
const rejection = (fields: Record<string, unknown> = {}) => ({
  recordId: 'liaison-2023-03',
  reason: '签名不实',
  by: '李审核',
  date: '2024-01-10',
  ...fields,
});

const invalid: Array<[string, unknown, Array<[string, ReadonlyArray<string | number>]>]> = [
  ['a verdict and a score', { assessments: [assessment({ score: 3 })] }, [['verdict-or-score', ['assessments', 0]]]],
  [
    'neither a verdict nor a score',
    { assessments: [assessment({ verdict: undefined })] },
    [['verdict-or-score', ['assessments', 0]]],
  ],
  [
    'an unknown verdict',
    { assessments: [assessment({ verdict: 'ok' })] },
    [['invalid-value', ['assessments', 0, 'verdict']]],
  ],
  [
    'a missing assessor',
    { assessments: [assessment({ assessor: undefined })] },
    [['missing-field', ['assessments', 0, 'assessor']]],
  ],
  [
    'a blank assessor',
    { assessments: [assessment({ assessor: '  ' })] },
    [['too-small', ['assessments', 0, 'assessor']]],
  ],
  [
    'an impossible date',
    { assessments: [assessment({ date: '2024-02-30' })] },
    [['invalid-date', ['assessments', 0, 'date']]],
  ],
  [
    'a score that is not a number',
    { assessments: [assessment({ verdict: undefined, score: 'five' })] },
    [['invalid-type', ['assessments', 0, 'score']]],
  ],
  [
    'the same item assessed twice',
    { assessments: [assessment(), assessment({ verdict: 'fail' })] },
    [['duplicate-assessment', ['assessments', 1, 'itemId']]],
  ],
  [
    'an empty reason',
    { rejectedEvidence: [rejection({ reason: ' ' })] },
    [['too-small', ['rejectedEvidence', 0, 'reason']]],
  ],
  [
    'the same record rejected twice',
    { rejectedEvidence: [rejection(), rejection({ by: '王审核' })] },
    [['duplicate-rejection', ['rejectedEvidence', 1, 'recordId']]],
  ],
  ['a misspelt field', { assesments: [] }, [['unknown-field', ['assesments']]]],
  [
    'several problems at once',
    { assessments: [assessment({ date: 'tomorrow' })], rejectedEvidence: [rejection({ by: undefined })] },
    [
      ['invalid-date', ['assessments', 0, 'date']],
      ['missing-field', ['rejectedEvidence', 0, 'by']],
    ],
  ],
];

describe('parseReview', () => {
  it.each(invalid)('reports %s', (_name, input, expected) => {
    const parsed = parseReview(input);
    expect(parsed.ok).toBe(false);
    expect(parsed.issues.map((i) => [i.code, i.path])).toEqual(expected);
    for (const issue of parsed.issues) expect(issue.message.en).not.toBe(issue.code);
  });

  it('accepts the example review and fills in absent lists', () => {
    const parsed = parseReview(readJson('examples/review.json'));
    expect(parsed.ok).toBe(true);
    const empty = parseReview({});
    expect(empty.ok && empty.value).toEqual({ assessments: [], rejectedEvidence: [] });
  });

  it('accepts a score instead of a verdict', () => {
    const parsed = parseReview({ assessments: [assessment({ verdict: undefined, score: 2.5 })] });
    expect(parsed.ok && parsed.value.assessments[0]?.score).toBe(2.5);
  });

  it('reads JSON text with a BOM and locates a syntax error', () => {
    expect(parseReviewJson('\uFEFF{"assessments": []}').ok).toBe(true);
    const broken = parseReviewJson('{\n  "assessments": []\n  "rejectedEvidence": []\n}');
    expect(broken.ok).toBe(false);
    expect(broken.issues[0]?.code).toBe('invalid-json');
    expect(broken.issues[0]?.params.line).toBe(3);
  });

  it('throws every issue from parseReviewOrThrow', () => {
    expect(() => parseReviewOrThrow({ assessments: [assessment({ score: 1 })] })).toThrow(InvalidInputError);
  });
});
