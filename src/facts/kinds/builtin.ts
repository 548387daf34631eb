/**
 * The record kinds of the standard itself (liaisons, handovers, meetings, reports …): the lists
 * under `records` that every ruleset has. They are written with the same field constructors as
 * the kinds a ruleset declares, so that both are described, checked and shown alike.
 */
import * as z from 'zod';
import {
  booleanField,
  entriesField,
  enumField,
  enumsField,
  FIELD_LIMITS,
  idField,
  type Label,
  refField,
  refsField,
  textField,
  textsField,
} from '../fields.js';
import { recordKindSchema } from './record.js';

/** Disclosure frequencies of item 12. */
export const DISCLOSURE_FREQUENCIES = ['monthly', 'quarterly', 'immediate'] as const;

/** Kinds of attendee a quarterly joint meeting must include. */
export const JOINT_ATTENDEE_KINDS = ['station-head', 'team-leader', 'villager', 'village-enterprise', 'other'] as const;

const FREQUENCY_LABELS: Record<(typeof DISCLOSURE_FREQUENCIES)[number], Label> = {
  monthly: { zh: '月度公开', en: 'monthly' },
  quarterly: { zh: '季度公开', en: 'quarterly' },
  immediate: { zh: '即时公开', en: 'immediate' },
};

const ATTENDEE_KIND_LABELS: Record<(typeof JOINT_ATTENDEE_KINDS)[number], Label> = {
  'station-head': { zh: '站所长', en: 'station head' },
  'team-leader': { zh: '班组长', en: 'team leader' },
  villager: { zh: '村民代表', en: 'villager' },
  'village-enterprise': { zh: '村企代表', en: 'village enterprise' },
  other: { zh: '其他', en: 'other' },
};

const demand = z
  .strictObject({
    id: idField(),
    description: textField({ title: { zh: '诉求内容', en: 'description' } }).optional(),
    resolved: booleanField({ title: { zh: '已解决', en: 'resolved' } }),
    reason: textField({ title: { zh: '未解决原因', en: 'reason' } })
      .optional()
      .meta({ description: 'Recorded reason when a demand is not resolved' }),
  })
  .meta({ title: 'Demand 诉求' });

const plain = (title: Label, description?: Label) =>
  recordKindSchema({ title, ...(description ? { description } : {}) }, {});

/** The standard's record kinds, in the order the facts list them. */
export const BUILT_IN_KINDS = {
  liaisons: recordKindSchema(
    {
      title: { zh: '对接村电工、企业电工', en: 'Liaison' },
      description: {
        zh: '客户经理对接记录及收集的诉求',
        en: 'A customer manager’s liaison with the demands collected',
      },
    },
    {
      staffId: refField('staff', { title: { zh: '客户经理', en: 'customer manager' } }).optional(),
      demands: entriesField(demand, {
        max: FIELD_LIMITS.entriesPerRecord,
        title: { zh: '诉求', en: 'demands' },
      }).default([]),
    },
  ),
  ledgerHandovers: recordKindSchema(
    {
      title: { zh: '台账移交', en: 'Ledger handover' },
      description: {
        zh: '客户经理将诉求台账移交监督员',
        en: 'Demand ledger handed by the customer manager to the supervisor',
      },
    },
    {
      fromStaffId: refField('staff', { title: { zh: '移交人', en: 'handed over by' } }),
      toStaffId: refField('staff', { title: { zh: '接收人', en: 'received by' } }),
    },
  ),
  publicity: plain({ zh: '用电宣传和错峰用电引导', en: 'Publicity' }),
  disclosureEvents: plain(
    { zh: '即时公开事项', en: 'Disclosure event' },
    { zh: '需要即时公开的事项', en: 'An event that needs immediate disclosure' },
  ),
  disclosures: recordKindSchema(
    {
      title: { zh: '服务公开', en: 'Disclosure' },
      description: { zh: '月度、季度或即时公开', en: 'Monthly, quarterly or immediate disclosure' },
    },
    {
      frequency: enumField(DISCLOSURE_FREQUENCIES, FREQUENCY_LABELS, { title: { zh: '公开频次', en: 'frequency' } }),
      eventIds: refsField('disclosureEvents', {
        max: FIELD_LIMITS.entriesPerRecord,
        title: { zh: '公开事项', en: 'events' },
      }).default([]),
    },
  ),
  supervisionMeetings: recordKindSchema(
    { title: { zh: '监督小组会议', en: 'Supervision meeting' } },
    {
      minutes: booleanField({ title: { zh: '会议记录', en: 'minutes' } }).meta({
        description: '会议记录 — minutes were kept',
      }),
      attendees: refsField('groupMembers', {
        max: FIELD_LIMITS.shortListLength,
        title: { zh: '参会人员', en: 'attendees' },
      }).default([]),
      majorMatters: textsField({ max: FIELD_LIMITS.shortListLength, title: { zh: '重大事项', en: 'major matters' } })
        .default([])
        .meta({ description: '重大事项 decided at the meeting' }),
    },
  ),
  jointMeetings: recordKindSchema(
    { title: { zh: '监督联席会', en: 'Joint meeting' } },
    {
      attendeeKinds: enumsField(JOINT_ATTENDEE_KINDS, ATTENDEE_KIND_LABELS, {
        max: 10,
        title: { zh: '参会人员类别', en: 'attendee kinds' },
      }),
    },
  ),
  specialInspections: plain({ zh: '专项监督检查', en: 'Special inspection' }),
  fourWindsChecks: plain({ zh: '“四风”检查', en: 'Four-winds check' }),
  riskIdentifications: plain({ zh: '岗位廉政风险辨识', en: 'Risk identification' }),
  customerVisits: plain({ zh: '客户走访', en: 'Customer visit' }),
  problemFlags: plain(
    { zh: '苗头性、倾向性服务问题', en: 'Problem flag' },
    { zh: '监督中发现的服务问题', en: 'A service problem spotted by supervision' },
  ),
  correctionReminders: recordKindSchema(
    { title: { zh: '提醒督促自我纠偏', en: 'Correction reminder' } },
    { problemId: refField('problemFlags', { title: { zh: '问题', en: 'problem' } }) },
  ),
  resultPublications: plain({ zh: '监督结果公开', en: 'Result publication' }),
  supervisorReports: recordKindSchema(
    { title: { zh: '廉政监督员履职汇报', en: 'Supervisor report' } },
    { staffId: refField('staff', { title: { zh: '监督员', en: 'supervisor' } }).optional() },
  ),
  leaderReports: plain({ zh: '组长向公司纪委汇报', en: 'Leader report' }),
} as const;

/**
 * The name of a record kind of the standard.
 *
 * @category Facts
 * @example
 * ```ts
 * const kind: BuiltInKind = 'liaisons';
 * ```
 */
export type BuiltInKind = keyof typeof BUILT_IN_KINDS;

/** The standard's record kinds, in order. */
export const BUILT_IN_KIND_NAMES = Object.keys(BUILT_IN_KINDS) as BuiltInKind[];
