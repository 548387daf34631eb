/**
 * Findings read as sentences naming records, in both languages, for every fact of the standard and
 * for a region's conditions: never a raw JSON value (`[{"servicePointId":…}]`) in a report.
 */
import { describe, expect, it } from 'vitest';
import { generateStationYear } from '../../bench/generate.js';
import { seedFor } from '../../bench/random.js';
import { evaluateSync } from '../../src/engine/evaluate.js';
import { parseFactsOrThrow } from '../../src/facts/parse.js';
import { findingsOf, moment } from '../../src/report/findings.js';
import { reportMessages } from '../../src/report/messages/index.js';
import type { TraceNode } from '../../src/result/schema.js';
import { loadRulesetOrThrow } from '../../src/ruleset/load.js';
import { baseDoc, readJson } from '../support/variants.js';

const zh = reportMessages('zh').finding;
const en = reportMessages('en').finding;

/** An item whose one condition failed with `actual`. */
function failed(fact: string, path: string, actual: unknown, extra: Partial<TraceNode> = {}) {
  const leaf = {
    kind: 'leaf',
    name: 'c',
    fact,
    params: {},
    path,
    operator: 'isEmpty',
    expected: true,
    actual,
    result: false,
    ...extra,
  };
  return { conditions: { kind: 'all', result: false, children: [leaf] } as TraceNode };
}

/** Raw JSON in a text: braces, brackets, or a quoted key. */
const RAW_JSON = /[{}[\]]|"\w+":/;

describe('findings of the standard’s facts', () => {
  const cases: Array<[string, ReturnType<typeof failed>, string, string]> = [
    [
      'a vacant post, with its gap',
      failed('staffing', 'unfilled', [
        { servicePointId: 'sp-shanxia', role: 'supervisor', gaps: [{ from: '2023-06-01', to: '2023-07-19' }] },
      ]),
      '服务站点 sp-shanxia 的站点廉政监督员岗位在 2023-06-01 至 2023-07-19 期间空缺。',
      'The integrity supervisor post of service point sp-shanxia was vacant from 2023-06-01 to 2023-07-19.',
    ],
    [
      'no service point at all',
      failed('staffing', 'unfilled', [{ servicePointId: null, role: 'customer-manager', gaps: [] }]),
      '没有驻村服务站点，驻村客户经理岗位无人到岗。',
      'No service point, so no customer manager post was filled.',
    ],
    [
      'a late refill',
      failed('vacancies', 'late', [
        {
          dutyId: 'd-1',
          servicePointId: 'sp-1',
          role: 'customer-manager',
          vacated: '2023-05-31',
          deadline: '2023-06-30',
          status: 'late',
          refilledBy: null,
        },
      ]),
      '服务站点 sp-1 的驻村客户经理岗位于 2023-05-31 出缺，到 2023-06-30 仍未补充到位。',
      'The customer manager post of service point sp-1 fell vacant on 2023-05-31 and was not refilled by 2023-06-30.',
    ],
    [
      'missing quarters',
      failed('coverage', 'missing', ['2023-Q1', '2023-Q3'], { params: { kind: 'publicity', per: 'quarter' } }),
      '以下季度没有符合要求的记录：2023-Q1、2023-Q3。',
      'No record that counts for these quarters: 2023-Q1, 2023-Q3.',
    ],
    [
      'a terminal lacking services',
      failed('terminals', 'lacking', [{ servicePointId: 'sp-1', missing: ['query', 'bill-payment'] }]),
      '服务站点 sp-1 的智能服务终端不提供查询、缴费功能（或未配置终端）。',
      'The smart terminal of service point sp-1 does not offer query, bill payment (or the point has none).',
    ],
    [
      'too few facilities',
      failed('facilities', 'lacking', [{ servicePointId: 'sp-1', kind: 'desk-and-chairs', have: 0, need: 1 }]),
      '服务站点 sp-1 的办公桌椅有 0 个（套），应至少 1 个（套）。',
      'Service point sp-1 has 0 desk and chairs; at least 1 required.',
    ],
    [
      'an unsited point',
      failed('servicePoints', 'unsited', ['sp-1']),
      '服务站点 sp-1 既未依托规定场所设立，也不是云服务站点。',
      'Service point sp-1 is neither at an accepted venue nor a cloud service point.',
    ],
    [
      'no active point',
      failed('servicePoints', 'active', [], { expected: false }),
      '评价周期内没有在用的驻村服务站点。',
      'No service point was active in the period.',
    ],
    [
      'an unapproved supervisor',
      failed('supervisorApprovals', 'unapproved', ['sup-6']),
      '廉政监督员 sup-6 没有经公司纪委批准（含日期、文号）并审核聘任条件的记录。',
      'Supervisor sup-6 has no approval by the discipline committee with a date, document number and eligibility check.',
    ],
    [
      'no supervisor',
      failed('supervisorReviews', 'supervisors', [], { expected: false }),
      '评价周期内没有在岗的站点廉政监督员。',
      'No integrity supervisor was in post in the period.',
    ],
    [
      'an unreviewed supervisor',
      failed('supervisorReviews', 'unreviewed', ['sup-4']),
      '廉政监督员 sup-4 在评价周期内未经考评。',
      'Supervisor sup-4 was not reviewed in the period.',
    ],
    [
      'a late dismissal',
      failed('supervisorReviews', 'lateDismissals', [
        { staffId: 'sup-6', groundId: 'rv-25', ground: 'unfit-review', arose: '2023-09-27', deadline: '2023-10-27' },
      ]),
      '廉政监督员 sup-6 于 2023-09-27 出现解聘情形（考评不称职，rv-25），到 2023-10-27 仍未解聘。',
      'Supervisor sup-6 met a dismissal ground (reviewed as unfit, rv-25) on 2023-09-27 and was still in post after 2023-10-27.',
    ],
    [
      'a missing duty list',
      failed('responsibilityLists', 'present', false, { params: { role: 'supervisor' }, operator: 'equal' }),
      '评价周期结束前没有印发站点廉政监督员工作责任清单。',
      'No written responsibility list for the integrity supervisor issued by the period end.',
    ],
    [
      'unresolved demands',
      failed('demands', 'unresolved', ['dm-1', 'dm-2']),
      '以下诉求既未解决，也未记录原因：dm-1、dm-2。',
      'Demands neither resolved nor given a recorded reason: dm-1, dm-2.',
    ],
    [
      'a late disclosure',
      failed('immediateDisclosures', 'late', [
        { eventId: 'ev-85', occurred: '2024-10-04', deadline: '2024-10-07', disclosedOn: '2024-10-10' },
      ]),
      '事项 ev-85（2024-10-04）应在 2024-10-07 前即时公开，实际于 2024-10-10 公开。',
      'Event ev-85 (2024-10-04) needed an immediate disclosure by 2024-10-07; it was published on 2024-10-10.',
    ],
    [
      'an undisclosed event',
      failed('immediateDisclosures', 'late', [
        { eventId: 'ev-1', occurred: '2024-10-04', deadline: '2024-10-07', disclosedOn: null },
      ]),
      '事项 ev-1（2024-10-04）应在 2024-10-07 前即时公开，但未公开。',
      'Event ev-1 (2024-10-04) needed an immediate disclosure by 2024-10-07; none was published.',
    ],
    [
      'a late outage notice',
      failed('outageNotices', 'late', [
        { id: 'og-1', kind: 'fault', start: '2023-08-03T14:20:00+08:00', noticeAt: '2023-08-03T17:30:00+08:00' },
      ]),
      '故障停电 og-1（2023-08-03 14:20 UTC+08:00 开始）的停电信息于 2023-08-03 17:30 UTC+08:00 发布，不及时。',
      'The fault outage og-1, starting 2023-08-03 14:20 UTC+08:00, was notified only at 2023-08-03 17:30 UTC+08:00, too late.',
    ],
    [
      'an outage never noticed',
      failed('outageNotices', 'late', [{ id: 'og-2', kind: 'planned', start: '2023-08-03', noticeAt: null }]),
      '计划停电 og-2（2023-08-03 开始）未发布停电信息。',
      'The planned outage og-2, starting 2023-08-03, had no notice published.',
    ],
    [
      'an unreminded problem',
      failed('correctionReminders', 'unreminded', [
        { problemId: 'pf-1', flagged: '2023-08-23', deadline: '2023-09-22' },
      ]),
      '问题 pf-1（2023-08-23 发现）到 2023-09-22 仍未提醒整改。',
      'Problem pf-1 flagged on 2023-08-23 had no correction reminder by 2023-09-22.',
    ],
    [
      'incidents',
      failed('incidents', 'counted', ['in-1', 'in-2']),
      '计入扣分的事件 2 起：in-1、in-2。',
      '2 incidents counted: in-1, in-2.',
    ],
  ];

  it.each(cases)('%s', (_name, item, chinese, english) => {
    expect(findingsOf(item, zh)).toEqual([chinese]);
    expect(findingsOf(item, en)).toEqual([english]);
  });

  it('gives one sentence per record concerned', () => {
    const item = failed('supervisorReviews', 'unreviewed', ['sup-1', 'sup-2', 'sup-3']);
    expect(findingsOf(item, en)).toHaveLength(3);
  });

  it('says nothing for an item whose conditions held', () => {
    expect(findingsOf({ conditions: null }, zh)).toEqual([]);
    const leaf = { kind: 'leaf', fact: 'demands', params: {}, path: 'unresolved', operator: 'isEmpty' } as const;
    const held: TraceNode = { ...leaf, expected: true, actual: [], result: true };
    expect(findingsOf({ conditions: { kind: 'all', result: true, children: [held] } }, zh)).toEqual([]);
  });
});

describe('findings of any condition', () => {
  it('describes a region’s follow-up and count conditions in words', () => {
    const late = failed('followUp', 'late', [
      { id: 'c-1', occurred: '2023-03-01', deadline: '2023-03-06', followedOn: null },
    ]);
    expect(findingsOf(late, zh)).toEqual(['记录 c-1（2023-03-01）应在 2023-03-06 前跟进，但没有跟进记录。']);
    const count = failed('count', 'count', 2, { operator: 'greaterThanInclusive', expected: 4 });
    expect(findingsOf(count, en)).toEqual(['2 qualifying records; the count should be at least 4.']);
    expect(findingsOf(count, zh)).toEqual(['符合条件的记录有 2 条，应不少于 4 条。']);
  });

  it('describes an unknown fact from its operator and values, without raw JSON', () => {
    const item = failed('mystery', 'list', [{ id: 'x-1', day: '2023-01-02' }], { name: 'mystery-check' });
    expect(findingsOf(item, en)).toEqual(['mystery-check: (x-1, 2023-01-02).']);
    const compared = failed('mystery', 'value', 3, { name: 'm', operator: 'lessThan', expected: 2 });
    expect(findingsOf(compared, zh)).toEqual(['m：实为 3，应少于 2。']);
  });

  it('shows a date-time as a day, a time and its offset', () => {
    expect(moment('2023-03-31T20:00:00Z')).toBe('2023-03-31 20:00 UTC');
    expect(moment('2023-03-31T20:00:00.000-05:00')).toBe('2023-03-31 20:00 UTC-05:00');
    expect(moment('2023-03-31')).toBe('2023-03-31');
  });
});

describe('findings of evaluated stations', () => {
  it('never show raw JSON, in either language, for 300 generated station-years', () => {
    let findings = 0;
    for (let i = 0; i < 300; i++) {
      const result = evaluateSync(parseFactsOrThrow(generateStationYear(seedFor(15, i))));
      for (const item of result.items) {
        for (const lang of [zh, en]) {
          for (const sentence of findingsOf(item, lang)) {
            findings++;
            expect(sentence).not.toMatch(RAW_JSON);
          }
        }
      }
    }
    expect(findings).toBeGreaterThan(1000);
  });

  it('describe the Jinhua variant’s own items in words', () => {
    const ruleset = loadRulesetOrThrow([baseDoc(), readJson('examples/variants/jinhua-city.json')]);
    const facts = parseFactsOrThrow(readJson('examples/variants/jinhua-city/station-with-lapses.json'), { ruleset });
    const result = evaluateSync(facts, { ruleset });
    const own = result.items.filter((i) => i.origin !== 'zj-clean-station' && i.score < i.max);
    expect(own.length).toBeGreaterThan(0);
    for (const item of own) {
      const sentences = findingsOf(item, zh);
      expect(sentences.length).toBeGreaterThan(0);
      for (const sentence of sentences) expect(sentence).not.toMatch(RAW_JSON);
    }
  });
});
