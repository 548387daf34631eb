/**
 * The passing and failing examples of the item pages. Each starts from
 * `examples/compliant-station.json` (a full-marks station-year) and changes one thing; the page
 * shows the facts that differ and the result the library actually computes for them.
 */

/** A facts document as plain JSON, changed in place by an example. */
export type FactsJson = Record<string, unknown>;

/** One change to the baseline facts, described in both languages. */
export interface FactsChange {
  readonly zh: string;
  readonly en: string;
  readonly apply: (facts: FactsJson) => void;
}

/** The examples of one item. */
export interface ItemExample {
  /** What to show of the facts: a dot path to a list or object, or `path#id` for one record of a list. */
  readonly show: readonly string[];
  /** A change, applied on top of the passing facts, that makes the item lose points. */
  readonly fail: FactsChange;
  /** A change that makes the item apply and pass, when the baseline does not exercise it. */
  readonly pass?: FactsChange;
}

type Row = Record<string, unknown>;

/**
 * The value at a dot path of the facts.
 *
 * @example
 * ```ts
 * at(facts, 'records.liaisons'); // the liaison records
 * ```
 */
export function at(facts: FactsJson, path: string): unknown {
  let value: unknown = facts;
  for (const key of path.split('.')) value = (value as Row | undefined)?.[key];
  return value;
}

const rows = (facts: FactsJson, path: string): Row[] => at(facts, path) as Row[];
const byId = (facts: FactsJson, path: string, id: string): Row => {
  const row = rows(facts, path).find((r) => r.id === id);
  if (!row) throw new Error(`no ${id} in ${path}`);
  return row;
};
const drop = (facts: FactsJson, path: string, keep: (row: Row) => boolean): void => {
  const list = rows(facts, path);
  list.splice(0, list.length, ...list.filter(keep));
};
const dated = (from: string, to: string) => (row: Row) => {
  const date = String(row.date);
  return date < from || date > to;
};
const set = (path: string, id: string, fields: Row) => (facts: FactsJson) => {
  Object.assign(byId(facts, path, id), fields);
};
const without = (path: string, from: string, to: string) => (facts: FactsJson) => drop(facts, path, dated(from, to));
const incident = (kind: string, id: string) => (facts: FactsJson) => {
  rows(facts, 'incidents').push({ id, kind, date: '2023-06-14' });
};
const replaceSupervisor = (facts: FactsJson) => {
  Object.assign(byId(facts, 'duties', 'duty-quanxi-sup'), { end: '2023-03-31', endReason: 'left' });
  rows(facts, 'staff').push({ id: 'p-sunli', name: '孙丽' });
  rows(facts, 'duties').push({
    id: 'duty-quanxi-sup-2',
    staffId: 'p-sunli',
    role: 'supervisor',
    servicePointId: 'sp-quanxi-cloud',
    start: '2023-04-20',
  });
};

/** The examples by item id; expert-judged items have none. */
export const ITEM_EXAMPLES: Readonly<Record<string, ItemExample>> = {
  'service-point-siting': {
    show: ['servicePoints#sp-houchen'],
    fail: {
      zh: '后陈村站点的依托场所改为“其他”，且不是云服务站点。',
      en: 'The Houchen point’s venue becomes “other”, and it is not a cloud point.',
      apply: set('servicePoints', 'sp-houchen', { venue: 'other' }),
    },
  },
  'smart-terminal': {
    show: ['servicePoints#sp-quanxi-cloud'],
    fail: {
      zh: '泉溪村云站点的终端不提供交费服务。',
      en: 'The Quanxi cloud point’s terminal offers no bill payment.',
      apply: set('servicePoints', 'sp-quanxi-cloud', { terminal: { services: ['consultation', 'query'] } }),
    },
  },
  facilities: {
    show: ['servicePoints#sp-houchen'],
    fail: {
      zh: '后陈村站点没有宣传资料。',
      en: 'The Houchen point has no leaflets.',
      apply: (facts) => drop(facts, 'servicePoints.0.facilities', (f) => f.kind !== 'leaflets'),
    },
  },
  staffing: {
    show: ['duties'],
    fail: {
      zh: '泉溪村站点的廉政监督员 3 月 31 日离岗，无人接任。',
      en: 'The Quanxi point’s supervisor leaves on 31 March and nobody takes over.',
      apply: set('duties', 'duty-quanxi-sup', { end: '2023-03-31', endReason: 'left' }),
    },
  },
  'supervisor-appointment': {
    show: ['appointments#appt-chenxiaoyan'],
    fail: {
      zh: '陈晓燕的聘任没有聘任条件审核记录。',
      en: 'Chen Xiaoyan’s appointment has no recorded eligibility check.',
      apply: set('appointments', 'appt-chenxiaoyan', { eligibilityChecked: false }),
    },
  },
  'supervisor-review': {
    show: ['reviews'],
    fail: {
      zh: '陈晓燕在评价周期内没有考评记录。',
      en: 'Chen Xiaoyan is not reviewed in the period.',
      apply: (facts) => drop(facts, 'reviews', (r) => r.id !== 'rev-2023-chenxiaoyan'),
    },
  },
  'staff-adjustment': {
    show: ['duties'],
    pass: {
      zh: '泉溪村站点的廉政监督员 3 月 31 日离岗，4 月 20 日有人接任（1 个月内）。',
      en: 'The Quanxi point’s supervisor leaves on 31 March; a successor starts on 20 April (within one month).',
      apply: replaceSupervisor,
    },
    fail: {
      zh: '接任者 6 月 1 日才到岗（超过 1 个月）。',
      en: 'The successor only starts on 1 June (later than one month).',
      apply: set('duties', 'duty-quanxi-sup-2', { start: '2023-06-01' }),
    },
  },
  'responsibility-lists': {
    show: ['responsibilityLists'],
    fail: {
      zh: '没有廉政监督员的工作责任清单。',
      en: 'There is no responsibility list for supervisors.',
      apply: (facts) => drop(facts, 'responsibilityLists', (r) => r.role !== 'supervisor'),
    },
  },
  'monthly-liaison': {
    show: ['records.liaisons'],
    fail: {
      zh: '4 月没有对接记录。',
      en: 'No liaison record in April.',
      apply: without('records.liaisons', '2023-04-01', '2023-04-30'),
    },
  },
  'demand-ledger-handover': {
    show: ['records.ledgerHandovers'],
    fail: {
      zh: '4 月没有移交需求台账。',
      en: 'No ledger handover in April.',
      apply: without('records.ledgerHandovers', '2023-04-01', '2023-04-30'),
    },
  },
  'usage-publicity': {
    show: ['records.publicity'],
    fail: {
      zh: '第二季度没有用电宣传。',
      en: 'No publicity in the second quarter.',
      apply: without('records.publicity', '2023-04-01', '2023-06-30'),
    },
  },
  'service-disclosure': {
    show: ['records.disclosures', 'records.disclosureEvents'],
    fail: {
      zh: '第三季度没有季度公开。',
      en: 'No quarterly disclosure for the third quarter.',
      apply: (facts) =>
        drop(facts, 'records.disclosures', (r) => r.frequency !== 'quarterly' || dated('2023-07-01', '2023-10-10')(r)),
    },
  },
  'outage-notice': {
    show: ['outages'],
    fail: {
      zh: '4 月 18 日的计划停电 4 月 15 日才公告（不足 7 天）。',
      en: 'The planned outage of 18 April is only announced on 15 April (less than 7 days ahead).',
      apply: set('outages', 'outage-planned-2023-04', { noticeAt: '2023-04-15T09:00:00+08:00' }),
    },
  },
  'monthly-supervision-meeting': {
    show: ['records.supervisionMeetings#meeting-2023-06'],
    fail: {
      zh: '6 月的监督小组会议没有会议记录。',
      en: 'The June supervision meeting kept no minutes.',
      apply: set('records.supervisionMeetings', 'meeting-2023-06', { minutes: false }),
    },
  },
  'quarterly-joint-meeting': {
    show: ['records.jointMeetings#joint-2023-q2'],
    fail: {
      zh: '第二季度联席会没有村民代表参加。',
      en: 'No villager attends the second-quarter joint meeting.',
      apply: set('records.jointMeetings', 'joint-2023-q2', {
        attendeeKinds: ['station-head', 'team-leader', 'village-enterprise'],
      }),
    },
  },
  'monthly-special-inspection': {
    show: ['records.specialInspections'],
    fail: {
      zh: '8 月没有专项监督检查。',
      en: 'No special inspection in August.',
      apply: without('records.specialInspections', '2023-08-01', '2023-08-31'),
    },
  },
  'four-winds-check': {
    show: ['records.fourWindsChecks'],
    fail: {
      zh: '第三季度没有“四风”检查。',
      en: 'No four-winds check in the third quarter.',
      apply: without('records.fourWindsChecks', '2023-07-01', '2023-09-30'),
    },
  },
  'risk-identification': {
    show: ['records.riskIdentifications'],
    fail: {
      zh: '下半年没有岗位廉政风险辨识。',
      en: 'No risk identification in the second half.',
      apply: without('records.riskIdentifications', '2023-07-01', '2023-12-31'),
    },
  },
  'customer-visits': {
    show: ['records.customerVisits'],
    fail: {
      zh: '第四季度没有客户走访。',
      en: 'No customer visit in the fourth quarter.',
      apply: without('records.customerVisits', '2023-10-01', '2023-12-31'),
    },
  },
  'correction-reminders': {
    show: ['records.problemFlags', 'records.correctionReminders'],
    fail: {
      zh: '7 月 6 日发现的问题 8 月 20 日才提醒（超过 30 天）。',
      en: 'The problem flagged on 6 July is only reminded on 20 August (more than 30 days).',
      apply: set('records.correctionReminders', 'reminder-2023-07', { date: '2023-08-20' }),
    },
  },
  'result-publication': {
    show: ['records.resultPublications#publication-2023-05'],
    fail: {
      zh: '5 月的监督结果 5 月 15 日公开，不在月底。',
      en: 'May’s results are published on 15 May, not at the month end.',
      apply: set('records.resultPublications', 'publication-2023-05', { date: '2023-05-15' }),
    },
  },
  'supervisor-monthly-report': {
    show: ['records.supervisorReports#sup-report-2023-05'],
    fail: {
      zh: '廉政监督员 5 月的汇报在 5 月 10 日，不在月末。',
      en: 'The supervisor’s May report is dated 10 May, not at the month end.',
      apply: set('records.supervisorReports', 'sup-report-2023-05', { date: '2023-05-10' }),
    },
  },
  'leader-quarterly-report': {
    show: ['records.leaderReports#leader-report-2023-q2'],
    fail: {
      zh: '组长第二季度的汇报在 5 月 10 日，不在季度末。',
      en: 'The leader’s second-quarter report is dated 10 May, not at the quarter end.',
      apply: set('records.leaderReports', 'leader-report-2023-q2', { date: '2023-05-10' }),
    },
  },
  'no-service-complaints': {
    show: ['incidents'],
    fail: {
      zh: '6 月 14 日发生一起责任投诉。',
      en: 'A service complaint on 14 June.',
      apply: incident('service-complaint', 'complaint-2023-06'),
    },
  },
  'no-leapfrog-petitions': {
    show: ['incidents'],
    fail: {
      zh: '6 月 14 日发生一起越级信访举报。',
      en: 'A leapfrog petition on 14 June.',
      apply: incident('leapfrog-petition', 'petition-2023-06'),
    },
  },
  'no-staff-violations': {
    show: ['incidents'],
    fail: {
      zh: '6 月 14 日发生一起员工违纪事件。',
      en: 'A staff violation on 14 June.',
      apply: incident('staff-violation', 'violation-2023-06'),
    },
  },
};
