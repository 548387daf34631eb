/**
 * The public input contract: one station's evaluation period as a zod schema. Every type of the
 * facts is inferred from here. Objects are strict: an unknown field is an error, so a misspelt
 * field can never silently change a score.
 */
import * as z from 'zod';
import { DEFAULT_TIME_ZONE } from '../time/local-day.js';
import { dateOrDateTime, plainDate, timeZone } from './dates.js';

/** Limits that keep a hostile or broken input from exhausting memory. */
export const FACTS_LIMITS = {
  idLength: 200,
  textLength: 2000,
  /** Records of one kind, outages, incidents. */
  recordsPerKind: 50_000,
  /** Service points, staff, appointments, dismissal grounds. */
  listLength: 1_000,
  /** Duties, supervisor reviews. */
  historyLength: 10_000,
  /** Responsibility lists, group members, facilities per point, attendees and major matters per meeting. */
  shortListLength: 100,
  /** Demands per liaison, event ids per disclosure. */
  entriesPerRecord: 1_000,
} as const;

const id = z.string().min(1).max(FACTS_LIMITS.idLength).meta({ description: 'Identifier, unique in the file' });
const ref = (target: string) =>
  z
    .string()
    .min(1)
    .max(FACTS_LIMITS.idLength)
    .meta({ description: `Id of a ${target}` });
const text = z.string().max(FACTS_LIMITS.textLength);
const list = <T extends z.ZodType>(item: T, max: number = FACTS_LIMITS.recordsPerKind) => z.array(item).max(max);

/** Venue kinds named by the standard for village service points (§5.2.2.1). */
export const VENUE_KINDS = [
  'red-boat-guangming-station',
  'power-station',
  'business-hall',
  'party-mass-service-centre',
  'convenience-service-centre',
  'other',
] as const;

/** Services a smart terminal can offer; the standard requires the first three. */
export const TERMINAL_SERVICES = ['consultation', 'query', 'bill-payment', 'other'] as const;

/** Facility kinds of Table 附表1. */
export const FACILITY_KINDS = [
  'door-plate',
  'table-plate',
  'business-cards',
  'leaflets',
  'wall-posters',
  'service-record-book',
  'inspection-record-book',
  'customer-opinion-book',
  'desk-and-chairs',
  'waiting-area',
  'first-aid-kit',
  'poster-screen',
  'smart-terminal',
] as const;

/** The two posts every service point needs. */
export const POST_ROLES = ['customer-manager', 'supervisor'] as const;

/** Why a span of duty ended. */
export const END_REASONS = ['left', 'dismissed', 'transferred', 'term-expired', 'other'] as const;

/** Dismissal grounds of §5.2.2.7 a–e. */
export const DISMISSAL_GROUNDS = [
  'sanctioned',
  'inactive-six-months',
  'unsuitable',
  'concealment-or-retaliation',
  'other',
] as const;

/** Kinds of attendee a quarterly joint meeting must include. */
export const JOINT_ATTENDEE_KINDS = ['station-head', 'team-leader', 'villager', 'village-enterprise', 'other'] as const;

/** Roles in the supervision group (§5.2.2.8). */
export const GROUP_ROLES = [
  'branch-secretary',
  'discipline-member',
  'supervisor',
  'staff-representative',
  'other',
] as const;

/** Incident kinds of the risk-control items 23–25. */
export const INCIDENT_KINDS = [
  'service-complaint',
  'state-grid-notified-event',
  'leapfrog-petition',
  'staff-violation',
] as const;

/** Outage kinds with their own notice rules. */
export const OUTAGE_KINDS = ['planned', 'temporary', 'fault'] as const;

/** Disclosure frequencies of item 12. */
export const DISCLOSURE_FREQUENCIES = ['monthly', 'quarterly', 'immediate'] as const;

const station = z
  .strictObject({
    id,
    name: text.min(1),
    established: plainDate.optional().meta({ description: '建所日期 — the day the station started operating' }),
    timeZone: timeZone.default(DEFAULT_TIME_ZONE),
  })
  .meta({ title: 'Station 供电所', description: '供电所 — the station under evaluation' });

const period = z
  .strictObject({
    start: plainDate.meta({ description: 'First day of the evaluation period (inclusive)' }),
    end: plainDate.meta({ description: 'Last day of the evaluation period (inclusive)' }),
  })
  .meta({ title: 'Period 评价周期', description: '评价周期 — the evaluation period, one year at most (§7.1)' });

const facility = z.strictObject({
  kind: z.enum(FACILITY_KINDS),
  quantity: z.int().min(0).max(1_000_000),
});

const servicePoint = z
  .strictObject({
    id,
    name: text.min(1),
    venue: z.enum(VENUE_KINDS).optional().meta({ description: '依托场所 — the existing venue the point is set up at' }),
    cloud: z.boolean().default(false).meta({ description: '云服务站点 — a cloud service point' }),
    terminal: z
      .strictObject({ services: list(z.enum(TERMINAL_SERVICES), 10) })
      .optional()
      .meta({ description: '智能服务终端（云终端） — the smart service terminal and the services it offers' }),
    facilities: list(facility, FACTS_LIMITS.shortListLength)
      .default([])
      .meta({ description: '基础设施配置 — facilities of Table 附表1' }),
    opened: plainDate.optional(),
    closed: plainDate.optional(),
  })
  .meta({ title: 'Service point 驻村服务站点' });

const staffMember = z.strictObject({ id, name: text.min(1) }).meta({ title: 'Staff member 人员' });

const duty = z
  .strictObject({
    id,
    staffId: ref('staff member'),
    role: z.enum(POST_ROLES).meta({ description: 'customer-manager 驻村客户经理 | supervisor 站点廉政监督员' }),
    servicePointId: ref('service point'),
    start: plainDate,
    end: plainDate.optional().meta({ description: 'Last day of duty; absent while still in post' }),
    endReason: z.enum(END_REASONS).optional(),
  })
  .meta({ title: 'Duty 岗位任职', description: 'A span of duty of one person in one post at one service point' });

const appointment = z
  .strictObject({
    id,
    staffId: ref('staff member'),
    approver: z.enum(['discipline-committee', 'other']).meta({ description: 'discipline-committee 公司纪委' }),
    date: plainDate,
    documentNo: text.optional().meta({ description: '批准文件文号' }),
    eligibilityChecked: z.boolean().meta({ description: '聘任条件审核 (§5.2.2.4 a–d) recorded' }),
    candidatesRecommended: z.int().min(1).max(1000).optional().meta({ description: '推荐人数' }),
    termStart: plainDate,
    termEnd: plainDate,
    termNumber: z.int().min(1).max(100).meta({ description: '连续聘任届次: 1 for a first term' }),
  })
  .meta({ title: 'Supervisor appointment 廉政监督员聘任' });

const review = z
  .strictObject({
    id,
    staffId: ref('staff member'),
    date: plainDate,
    outcome: z.enum(['fit', 'unfit']),
    note: text.optional(),
  })
  .meta({ title: 'Supervisor review 廉政监督员考评' });

const dismissalGround = z
  .strictObject({
    id,
    staffId: ref('staff member'),
    ground: z.enum(DISMISSAL_GROUNDS),
    date: plainDate,
    note: text.optional(),
  })
  .meta({ title: 'Dismissal ground 解聘情形', description: 'A ground of §5.2.2.7 and the day it arose' });

const responsibilityList = z
  .strictObject({ id, role: z.enum(POST_ROLES), issued: plainDate })
  .meta({ title: 'Responsibility list 工作责任清单' });

const groupMember = z.strictObject({
  id,
  name: text.min(1),
  role: z.enum(GROUP_ROLES),
  staffId: ref('staff member').optional(),
});

const supervisionGroup = z
  .strictObject({
    members: list(groupMember, FACTS_LIMITS.shortListLength),
    leaderId: ref('group member').optional().meta({ description: '组长 — should be the branch secretary' }),
  })
  .meta({ title: 'Supervision group 廉政监督小组' });

/** Fields every dated record has. */
const datedRecord = {
  id,
  date: dateOrDateTime,
  servicePointId: ref('service point').optional(),
  note: text.optional(),
};

const plainRecord = z.strictObject(datedRecord);

const demand = z.strictObject({
  id,
  description: text.optional(),
  resolved: z.boolean(),
  reason: text.optional().meta({ description: 'Recorded reason when a demand is not resolved' }),
});

const records = z
  .strictObject({
    liaisons: list(
      z.strictObject({
        ...datedRecord,
        staffId: ref('staff member').optional(),
        demands: list(demand, FACTS_LIMITS.entriesPerRecord).default([]),
      }),
    )
      .default([])
      .meta({ title: 'Liaison 对接村电工、企业电工', description: '客户经理对接记录 with the demands collected' }),
    ledgerHandovers: list(
      z.strictObject({ ...datedRecord, fromStaffId: ref('staff member'), toStaffId: ref('staff member') }),
    )
      .default([])
      .meta({
        title: 'Ledger handover 台账移交',
        description: 'Demand ledger handed by the customer manager to the supervisor',
      }),
    publicity: list(plainRecord).default([]).meta({ title: 'Publicity 用电宣传和错峰用电引导' }),
    disclosureEvents: list(plainRecord)
      .default([])
      .meta({ title: 'Disclosure event 即时公开事项', description: 'An event that needs immediate disclosure' }),
    disclosures: list(
      z.strictObject({
        ...datedRecord,
        frequency: z.enum(DISCLOSURE_FREQUENCIES),
        eventIds: list(ref('disclosure event'), FACTS_LIMITS.entriesPerRecord).default([]),
      }),
    )
      .default([])
      .meta({ title: 'Disclosure 服务公开', description: 'Monthly, quarterly or immediate disclosure' }),
    supervisionMeetings: list(
      z.strictObject({
        ...datedRecord,
        minutes: z.boolean().meta({ description: '会议记录 — minutes were kept' }),
        attendees: list(ref('group member'), FACTS_LIMITS.shortListLength).default([]),
        majorMatters: list(text, FACTS_LIMITS.shortListLength)
          .default([])
          .meta({ description: '重大事项 decided at the meeting' }),
      }),
    )
      .default([])
      .meta({ title: 'Supervision meeting 监督小组会议' }),
    jointMeetings: list(z.strictObject({ ...datedRecord, attendeeKinds: list(z.enum(JOINT_ATTENDEE_KINDS), 10) }))
      .default([])
      .meta({ title: 'Joint meeting 监督联席会' }),
    specialInspections: list(plainRecord).default([]).meta({ title: 'Special inspection 专项监督检查' }),
    fourWindsChecks: list(plainRecord).default([]).meta({ title: 'Four-winds check “四风”检查' }),
    riskIdentifications: list(plainRecord).default([]).meta({ title: 'Risk identification 岗位廉政风险辨识' }),
    customerVisits: list(plainRecord).default([]).meta({ title: 'Customer visit 客户走访' }),
    problemFlags: list(plainRecord)
      .default([])
      .meta({ title: 'Problem flag 苗头性、倾向性服务问题', description: 'A service problem spotted by supervision' }),
    correctionReminders: list(z.strictObject({ ...datedRecord, problemId: ref('problem flag') }))
      .default([])
      .meta({ title: 'Correction reminder 提醒督促自我纠偏' }),
    resultPublications: list(plainRecord).default([]).meta({ title: 'Result publication 监督结果公开' }),
    supervisorReports: list(z.strictObject({ ...datedRecord, staffId: ref('staff member').optional() }))
      .default([])
      .meta({ title: 'Supervisor report 廉政监督员履职汇报' }),
    leaderReports: list(plainRecord).default([]).meta({ title: 'Leader report 组长向公司纪委汇报' }),
    safetyTrainings: list(plainRecord).default([]).meta({
      title: 'Safety training 安全培训',
      description: 'A safety training session; the base standard does not score it, regional variants may',
    }),
  })
  .meta({ title: 'Records 过程记录', description: 'Dated records of the periodic obligations, one list per kind' });

const outage = z
  .strictObject({
    id,
    kind: z.enum(OUTAGE_KINDS).meta({ description: 'planned 计划停电 | temporary 临时检修 | fault 故障停电' }),
    start: dateOrDateTime,
    noticeAt: dateOrDateTime
      .optional()
      .meta({ description: 'When the outage information was published; absent if never' }),
    note: text.optional(),
  })
  .meta({ title: 'Outage 停电' });

const incident = z
  .strictObject({
    id,
    kind: z.enum(INCIDENT_KINDS),
    date: dateOrDateTime,
    responsibilityRuledOut: z.boolean().default(false).meta({ description: '经核实排除责任' }),
    note: text.optional(),
  })
  .meta({ title: 'Incident 风险事件' });

type Records = z.output<typeof records>;

/**
 * A `records` object with every record kind present and empty (what a facts file without
 * `records` means).
 *
 * @example
 * ```ts
 * const records = emptyRecords();
 * records.liaisons.push({ id: 'L-1', date: '2023-01-10', demands: [] });
 * ```
 */
export function emptyRecords(): Records {
  return Object.fromEntries(Object.keys(records.shape).map((kind) => [kind, []])) as unknown as Records;
}

/**
 * The zod schema of one station's evaluation period.
 *
 * @example
 * ```ts
 * const result = stationFactsSchema.safeParse(json);
 * ```
 */
export const stationFactsSchema = z
  .strictObject({
    $schema: z.string().max(500).optional(),
    station,
    period,
    servicePoints: list(servicePoint, FACTS_LIMITS.listLength).default([]),
    staff: list(staffMember, FACTS_LIMITS.listLength).default([]),
    duties: list(duty, FACTS_LIMITS.historyLength).default([]),
    appointments: list(appointment, FACTS_LIMITS.listLength).default([]),
    reviews: list(review, FACTS_LIMITS.historyLength).default([]),
    dismissalGrounds: list(dismissalGround, FACTS_LIMITS.listLength).default([]),
    responsibilityLists: list(responsibilityList, FACTS_LIMITS.shortListLength).default([]),
    supervisionGroup: supervisionGroup.optional(),
    records: records.default(emptyRecords),
    outages: list(outage).default([]),
    incidents: list(incident).default([]),
  })
  .meta({ title: 'StationFacts', description: 'One station’s evaluation period: 清廉供电站所服务监督评价 facts' });

/**
 * One station's evaluation period, as `parseFacts` returns it (defaults filled in).
 *
 * @example
 * ```ts
 * const facts: StationFacts = parseFactsOrThrow(json);
 * facts.station.timeZone; // 'Asia/Shanghai' when the file left it out
 * ```
 */
export type StationFacts = z.output<typeof stationFactsSchema>;

/**
 * The facts as written in a file, before defaults are filled in: build this from your own data
 * and pass it to `parseFacts`.
 *
 * @example
 * ```ts
 * const input: StationFactsInput = {
 *   station: { id: 'st-1', name: '桐琴供电所' },
 *   period: { start: '2023-01-01', end: '2023-12-31' },
 * };
 * const facts = parseFactsOrThrow(input);
 * ```
 */
export type StationFactsInput = z.input<typeof stationFactsSchema>;

/**
 * The names of the record kinds under `records`.
 *
 * @example
 * ```ts
 * const kind: RecordKind = 'liaisons';
 * facts.records[kind].length; // liaison records in the file
 * ```
 */
export type RecordKind = keyof StationFacts['records'];

/** Every record kind under `records`, in schema order. */
export const RECORD_KINDS = Object.keys(records.shape) as RecordKind[];
