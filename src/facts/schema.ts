/**
 * The public input contract: one station's evaluation period as a zod schema. Every type of the
 * facts is inferred from here. Objects are strict: an unknown field is an error, so a misspelt
 * field can never silently change a score.
 */
import * as z from 'zod';
import { DEFAULT_TIME_ZONE } from '../time/local-day.js';
import type { StationFacts, StationFactsInput } from '../types/generated.js';
import { schemaLink } from '../util/schema-link.js';
import {
  booleanField,
  countField,
  dateField,
  dateTimeField,
  entriesField,
  enumField,
  enumsField,
  FIELD_LIMITS,
  idField,
  type Label,
  refField,
  textField,
  timeZoneField,
} from './fields.js';
import { BUILT_IN_KIND_NAMES, BUILT_IN_KINDS, type BuiltInKind } from './kinds/builtin.js';
import { partSchema } from './kinds/record.js';

export { DISCLOSURE_FREQUENCIES, JOINT_ATTENDEE_KINDS } from './kinds/builtin.js';
export type { StationFacts, StationFactsInput };

/** Limits that keep a hostile or broken input from exhausting memory. */
export const FACTS_LIMITS = {
  ...FIELD_LIMITS,
  /** Records of one kind, outages, incidents. */
  recordsPerKind: 50_000,
  /** Service points, staff, appointments, dismissal grounds. */
  listLength: 1_000,
  /** Duties, supervisor reviews. */
  historyLength: 10_000,
  /** Responsibility lists, group members, facilities per point, attendees and major matters per meeting. */
  shortListLength: 100,
} as const;

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

/** Facility kinds of Annex Table 1. */
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

type Labels<V extends readonly string[]> = Readonly<Record<V[number], Label>>;

const VENUE_LABELS: Labels<typeof VENUE_KINDS> = {
  'red-boat-guangming-station': { zh: '电力红船·光明驿站', en: 'red boat guangming station' },
  'power-station': { zh: '电力驿站', en: 'power station' },
  'business-hall': { zh: '供电所营业厅', en: 'business hall' },
  'party-mass-service-centre': { zh: '社区党群服务中心', en: 'party-mass service centre' },
  'convenience-service-centre': { zh: '便民服务中心', en: 'convenience service centre' },
  other: { zh: '其他', en: 'other' },
};

const TERMINAL_SERVICE_LABELS: Labels<typeof TERMINAL_SERVICES> = {
  consultation: { zh: '咨询', en: 'consultation' },
  query: { zh: '查询', en: 'query' },
  'bill-payment': { zh: '缴费', en: 'bill payment' },
  other: { zh: '其他', en: 'other' },
};

const FACILITY_LABELS: Labels<typeof FACILITY_KINDS> = {
  'door-plate': { zh: '门牌', en: 'door plate' },
  'table-plate': { zh: '桌牌', en: 'table plate' },
  'business-cards': { zh: '社区经理名片', en: 'business cards' },
  leaflets: { zh: '宣传折页', en: 'leaflets' },
  'wall-posters': { zh: '上墙资料', en: 'wall posters' },
  'service-record-book': { zh: '服务记录簿', en: 'service record book' },
  'inspection-record-book': { zh: '巡检记录簿', en: 'inspection record book' },
  'customer-opinion-book': { zh: '客户意见簿', en: 'customer opinion book' },
  'desk-and-chairs': { zh: '办公桌椅', en: 'desk and chairs' },
  'waiting-area': { zh: '客户等待区', en: 'waiting area' },
  'first-aid-kit': { zh: '医药箱', en: 'first-aid kit' },
  'poster-screen': { zh: '海报机（电视机）', en: 'poster screen' },
  'smart-terminal': { zh: '智能服务终端（云终端）', en: 'smart terminal' },
};

const POST_ROLE_LABELS: Labels<typeof POST_ROLES> = {
  'customer-manager': { zh: '驻村客户经理', en: 'customer manager' },
  supervisor: { zh: '站点廉政监督员', en: 'supervisor' },
};

const END_REASON_LABELS: Labels<typeof END_REASONS> = {
  left: { zh: '离职', en: 'left' },
  dismissed: { zh: '解聘', en: 'dismissed' },
  transferred: { zh: '调动', en: 'transferred' },
  'term-expired': { zh: '任期届满', en: 'term expired' },
  other: { zh: '其他', en: 'other' },
};

const DISMISSAL_GROUND_LABELS: Labels<typeof DISMISSAL_GROUNDS> = {
  sanctioned: { zh: '受到处分或处罚', en: 'sanctioned' },
  'inactive-six-months': { zh: '连续六个月不履职', en: 'inactive for six months' },
  unsuitable: { zh: '不宜继续担任', en: 'unsuitable' },
  'concealment-or-retaliation': { zh: '瞒报或打击报复', en: 'concealment or retaliation' },
  other: { zh: '其他原因', en: 'other' },
};

const GROUP_ROLE_LABELS: Labels<typeof GROUP_ROLES> = {
  'branch-secretary': { zh: '党支部书记', en: 'branch secretary' },
  'discipline-member': { zh: '纪检委员', en: 'discipline member' },
  supervisor: { zh: '廉政监督员', en: 'supervisor' },
  'staff-representative': { zh: '职工代表', en: 'staff representative' },
  other: { zh: '其他', en: 'other' },
};

const INCIDENT_LABELS: Labels<typeof INCIDENT_KINDS> = {
  'service-complaint': { zh: '供电服务投诉', en: 'service complaint' },
  'state-grid-notified-event': { zh: '国网通报的供电服务事件', en: 'State Grid notified event' },
  'leapfrog-petition': { zh: '越级信访举报', en: 'leapfrog petition' },
  'staff-violation': { zh: '员工违规违法违纪', en: 'staff violation' },
};

const OUTAGE_LABELS: Labels<typeof OUTAGE_KINDS> = {
  planned: { zh: '计划停电', en: 'planned' },
  temporary: { zh: '临时检修', en: 'temporary' },
  fault: { zh: '故障停电', en: 'fault' },
};

const APPROVERS = ['discipline-committee', 'other'] as const;
const APPROVER_LABELS: Labels<typeof APPROVERS> = {
  'discipline-committee': { zh: '公司纪委', en: 'discipline committee' },
  other: { zh: '其他', en: 'other' },
};

const REVIEW_OUTCOMES = ['fit', 'unfit'] as const;
const OUTCOME_LABELS: Labels<typeof REVIEW_OUTCOMES> = {
  fit: { zh: '称职', en: 'fit' },
  unfit: { zh: '不称职', en: 'unfit' },
};

const title = (zh: string, en: string) => ({ title: { zh, en } });
const staffRef = (zh = '人员', en = 'staff member') => refField('staff', title(zh, en));
const noteField = () => textField(title('备注', 'note')).optional().meta({ description: 'A free note' });

/** The name of a company the station belongs to: one line, at most the length of an id. */
const companyName = (zh: string, en: string, description: string) =>
  textField({ min: 1, max: FIELD_LIMITS.idLength, ...title(zh, en) })
    .optional()
    .meta({ description });

/**
 * The organisation a station belongs to (所属单位): its city company and county company. Reports
 * group stations by either (`batch --group-by county|city`); scores never read it.
 */
const organisation = partSchema(
  { title: { zh: '所属单位', en: 'Organisation' } },
  {
    city: companyName(
      '市公司',
      'city company',
      '市公司 — the city company the station belongs to, e.g. 国网金华供电公司',
    ),
    county: companyName(
      '县公司',
      'county company',
      '县公司 — the county company the station belongs to, e.g. 国网武义县供电公司',
    ),
  },
  {
    title: 'Organisation 所属单位',
    description:
      '所属单位 — the companies the station belongs to; reports group stations by them, scores never read them',
  },
);

const station = partSchema(
  { title: { zh: '供电所', en: 'Station' } },
  {
    id: idField(),
    name: textField({ min: 1, ...title('供电所名称', 'name') }).meta({ description: 'Name of the station' }),
    established: dateField(title('建所日期', 'established'))
      .optional()
      .meta({ description: '建所日期 — the day the station started operating' }),
    timeZone: timeZoneField(title('时区', 'time zone'))
      .default(DEFAULT_TIME_ZONE)
      .meta({ description: 'IANA time zone, e.g. Asia/Shanghai' }),
    organisation: organisation
      .optional()
      .meta({ description: 'the city and county companies the station belongs to (for grouping reports)' }),
  },
  { title: 'Station 供电所', description: '供电所 — the station under evaluation' },
);

const period = partSchema(
  { title: { zh: '评价周期', en: 'Period' } },
  {
    start: dateField(title('评价开始日期', 'start')).meta({
      description: 'First day of the evaluation period (inclusive)',
    }),
    end: dateField(title('评价结束日期', 'end')).meta({ description: 'Last day of the evaluation period (inclusive)' }),
  },
  { title: 'Period 评价周期', description: '评价周期 — the evaluation period, one year at most (§7.1)' },
);

const facility = partSchema(
  { title: { zh: '站点设施', en: 'Facility' } },
  {
    kind: enumField(FACILITY_KINDS, FACILITY_LABELS, title('设施', 'facility')).meta({
      description: 'The facility of Annex Table 1',
    }),
    quantity: countField({ min: 0, max: 1_000_000, ...title('数量', 'quantity') }).meta({
      description: 'How many the point has',
    }),
  },
  { description: '基础设施 — one facility of Annex Table 1 and how many a service point has' },
);

const terminal = partSchema(
  { title: { zh: '智能服务终端', en: 'Terminal' } },
  {
    services: enumsField(TERMINAL_SERVICES, TERMINAL_SERVICE_LABELS, {
      max: 10,
      ...title('终端服务', 'services'),
    }).meta({
      description: 'The services it offers; the standard requires consultation, query and bill-payment',
    }),
  },
  { description: '智能服务终端 — a smart service terminal and the services it offers' },
);

const servicePoint = partSchema(
  { title: { zh: '驻村服务站点', en: 'Service point' } },
  {
    id: idField(),
    name: textField({ min: 1, ...title('站点名称', 'name') }).meta({ description: 'Name of the service point' }),
    venue: enumField(VENUE_KINDS, VENUE_LABELS, title('依托场所', 'venue'))
      .optional()
      .meta({ description: '依托场所 — the existing venue the point is set up at' }),
    cloud: booleanField(title('云服务站点', 'cloud'))
      .default(false)
      .meta({ description: '云服务站点 — a cloud service point' }),
    terminal: terminal
      .optional()
      .meta({ description: '智能服务终端（云终端） — the smart service terminal and the services it offers' }),
    facilities: entriesField(facility, { max: FACTS_LIMITS.shortListLength, ...title('基础设施', 'facilities') })
      .default([])
      .meta({ description: '基础设施配置 — facilities of Annex Table 1' }),
    opened: dateField(title('设立日期', 'opened'))
      .optional()
      .meta({ description: 'The day the point opened; absent if before the period' }),
    closed: dateField(title('撤销日期', 'closed'))
      .optional()
      .meta({ description: 'The day the point closed; absent while open' }),
  },
  { title: 'Service point 驻村服务站点', description: 'A village service point of the station (§5.2.2.1)' },
);

const staffMember = partSchema(
  { title: { zh: '人员', en: 'Staff member' } },
  { id: idField(), name: textField({ min: 1, ...title('姓名', 'name') }).meta({ description: 'Name of the person' }) },
  { title: 'Staff member 人员', description: 'A person who holds or held a post' },
);

const duty = partSchema(
  { title: { zh: '岗位任职', en: 'Duty' } },
  {
    id: idField(),
    staffId: staffRef(),
    role: enumField(POST_ROLES, POST_ROLE_LABELS, title('岗位', 'role')).meta({
      description: 'customer-manager 驻村客户经理 | supervisor 站点廉政监督员',
    }),
    servicePointId: refField('servicePoints', title('服务站点', 'service point')),
    start: dateField(title('任职开始日期', 'start')),
    end: dateField(title('任职结束日期', 'end'))
      .optional()
      .meta({ description: 'Last day of duty; absent while still in post' }),
    endReason: enumField(END_REASONS, END_REASON_LABELS, title('离岗原因', 'end reason'))
      .optional()
      .meta({ description: 'Why the duty ended' }),
  },
  { title: 'Duty 岗位任职', description: 'A span of duty of one person in one post at one service point' },
);

const appointment = partSchema(
  { title: { zh: '廉政监督员聘任', en: 'Supervisor appointment' } },
  {
    id: idField(),
    staffId: staffRef('监督员', 'supervisor'),
    approver: enumField(APPROVERS, APPROVER_LABELS, title('批准单位', 'approver')).meta({
      description: 'discipline-committee 公司纪委',
    }),
    date: dateField(title('批准日期', 'date')),
    documentNo: textField(title('批准文件文号', 'document no.')).optional().meta({ description: '批准文件文号' }),
    eligibilityChecked: booleanField(title('聘任条件审核', 'eligibility checked')).meta({
      description: '聘任条件审核 (§5.2.2.4 a–d) recorded',
    }),
    candidatesRecommended: countField({ min: 1, max: 1000, ...title('推荐人数', 'candidates recommended') })
      .optional()
      .meta({ description: '推荐人数' }),
    termStart: dateField(title('任期开始日期', 'term start')),
    termEnd: dateField(title('任期结束日期', 'term end')),
    termNumber: countField({ min: 1, max: 100, ...title('连续聘任届次', 'term number') }).meta({
      description: '连续聘任届次: 1 for a first term',
    }),
  },
);

const review = partSchema(
  { title: { zh: '廉政监督员考评', en: 'Supervisor review' } },
  {
    id: idField(),
    staffId: staffRef('监督员', 'supervisor'),
    date: dateField(title('考评日期', 'date')),
    outcome: enumField(REVIEW_OUTCOMES, OUTCOME_LABELS, title('考评结果', 'outcome')).meta({
      description: 'fit 称职 | unfit 不称职',
    }),
    note: noteField(),
  },
  { title: 'Supervisor review 廉政监督员考评', description: 'A review of a supervisor’s performance' },
);

const dismissalGround = partSchema(
  { title: { zh: '解聘情形', en: 'Dismissal ground' } },
  {
    id: idField(),
    staffId: staffRef('监督员', 'supervisor'),
    ground: enumField(DISMISSAL_GROUNDS, DISMISSAL_GROUND_LABELS, title('情形', 'ground')).meta({
      description: 'The ground of §5.2.2.7 a–e',
    }),
    date: dateField(title('发生日期', 'date')).meta({ description: 'The day the ground arose' }),
    note: noteField(),
  },
  { title: 'Dismissal ground 解聘情形', description: 'A ground of §5.2.2.7 and the day it arose' },
);

const responsibilityList = partSchema(
  { title: { zh: '工作责任清单', en: 'Responsibility list' } },
  {
    id: idField(),
    role: enumField(POST_ROLES, POST_ROLE_LABELS, title('岗位', 'role')).meta({
      description: 'The post the list is for',
    }),
    issued: dateField(title('下发日期', 'issued')).meta({ description: 'The day it was issued' }),
  },
  { title: 'Responsibility list 工作责任清单', description: 'The responsibility list of a post' },
);

const groupMember = partSchema(
  { title: { zh: '监督小组成员', en: 'Group member' } },
  {
    id: idField(),
    name: textField({ min: 1, ...title('姓名', 'name') }).meta({ description: 'Name of the member' }),
    role: enumField(GROUP_ROLES, GROUP_ROLE_LABELS, title('小组职务', 'role')).meta({
      description: 'The member’s role in the group (§5.2.2.8)',
    }),
    staffId: staffRef().optional().meta({ description: 'Id of a staff member' }),
  },
  { description: 'A member of the supervision group' },
);

const supervisionGroup = partSchema(
  { title: { zh: '廉政监督小组', en: 'Supervision group' } },
  {
    members: entriesField(groupMember, { max: FACTS_LIMITS.shortListLength, ...title('小组成员', 'members') }).meta({
      description: 'The group’s members',
    }),
    leaderId: refField('groupMembers', title('组长', 'leader'))
      .optional()
      .meta({ description: '组长 — should be the branch secretary' }),
  },
);

/** A record kind's list: at most `FACTS_LIMITS.recordsPerKind` records, empty when absent. */
function recordList<S extends z.ZodObject>(schema: S) {
  const { title, description } = z.globalRegistry.get(schema) ?? {};
  return list(schema)
    .default([])
    .meta({ ...(title === undefined ? {} : { title }), ...(description === undefined ? {} : { description }) });
}

type BuiltInLists = { [K in BuiltInKind]: ReturnType<typeof recordList<(typeof BUILT_IN_KINDS)[K]>> };

const builtInLists = Object.fromEntries(
  BUILT_IN_KIND_NAMES.map((kind) => [kind, recordList(BUILT_IN_KINDS[kind])]),
) as BuiltInLists;

const RECORDS_META = {
  title: 'Records 过程记录',
  description: 'Dated records of the periodic obligations, one list per kind',
} as const;

/** The `records` object of the built-in kinds. */
const records = z.strictObject(builtInLists).meta(RECORDS_META);

const outage = partSchema(
  { title: { zh: '停电', en: 'Outage' } },
  {
    id: idField(),
    kind: enumField(OUTAGE_KINDS, OUTAGE_LABELS, title('停电类型', 'kind')).meta({
      description: 'planned 计划停电 | temporary 临时检修 | fault 故障停电',
    }),
    start: dateTimeField(title('停电开始时间', 'start')),
    noticeAt: dateTimeField(title('信息发布时间', 'notice at'))
      .optional()
      .meta({ description: 'When the outage information was published; absent if never' }),
    note: noteField(),
  },
  { title: 'Outage 停电', description: 'A power outage and when its information was published' },
);

const incident = partSchema(
  { title: { zh: '风险事件', en: 'Incident' } },
  {
    id: idField(),
    kind: enumField(INCIDENT_KINDS, INCIDENT_LABELS, title('事件类型', 'kind')).meta({
      description:
        'service-complaint 服务投诉 | state-grid-notified-event 国网通报事件 | leapfrog-petition 越级上访 | staff-violation 违规违纪',
    }),
    date: dateTimeField(title('发生日期', 'date')),
    responsibilityRuledOut: booleanField(title('经核实排除责任', 'responsibility ruled out'))
      .default(false)
      .meta({ description: '经核实排除责任 — responsibility ruled out' }),
    note: noteField(),
  },
  { title: 'Incident 风险事件', description: 'An event of the risk-control items 23–25' },
);

type Records = z.output<typeof records>;

/**
 * A `records` object with every built-in record kind present and empty (what a facts file
 * without `records` means).
 *
 * @example
 * ```ts
 * const records = emptyRecords();
 * records.liaisons.push({ id: 'L-1', date: '2023-01-10', demands: [] });
 * ```
 */
export function emptyRecords(): Records {
  return Object.fromEntries(BUILT_IN_KIND_NAMES.map((kind) => [kind, []])) as unknown as Records;
}

const outageList = list(outage).default([]).meta({ description: '停电 — outages and their notices (items 10, 11)' });
const incidentList = list(incident)
  .default([])
  .meta({ description: '风险事件 — complaints, notified events, petitions, violations (items 23–25)' });

/** Every field of the facts but `records`. */
const topLevel = {
  $schema: schemaLink,
  station,
  period,
  servicePoints: list(servicePoint, FACTS_LIMITS.listLength)
    .default([])
    .meta({ description: '驻村服务站点 — the station’s village service points' }),
  staff: list(staffMember, FACTS_LIMITS.listLength)
    .default([])
    .meta({ description: '人员 — the people who hold or held a post' }),
  duties: list(duty, FACTS_LIMITS.historyLength)
    .default([])
    .meta({ description: '岗位任职 — who held which post at which point, when' }),
  appointments: list(appointment, FACTS_LIMITS.listLength)
    .default([])
    .meta({ description: '廉政监督员聘任 — supervisor appointments' }),
  reviews: list(review, FACTS_LIMITS.historyLength)
    .default([])
    .meta({ description: '廉政监督员考评 — reviews of supervisors' }),
  dismissalGrounds: list(dismissalGround, FACTS_LIMITS.listLength)
    .default([])
    .meta({ description: '解聘情形 — grounds for dismissing a supervisor' }),
  responsibilityLists: list(responsibilityList, FACTS_LIMITS.shortListLength)
    .default([])
    .meta({ description: '工作责任清单 — the responsibility lists of the posts' }),
  supervisionGroup: supervisionGroup.optional().meta({ description: '廉政监督小组 — the supervision group' }),
} as const;

const FACTS_META = {
  title: 'StationFacts',
  description: 'One station’s evaluation period: 清廉供电站所服务监督评价 facts',
} as const;

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
    ...topLevel,
    records: records.default(emptyRecords),
    outages: outageList,
    incidents: incidentList,
  })
  .meta(FACTS_META);

/**
 * The facts schema for the built-in kinds and the given declared kinds (record schemas by name,
 * from `declaredKindSchema`): what `parseFacts` validates against for a ruleset that declares
 * kinds of its own. Build it once per set of kinds (`factsSchemaFor` caches it).
 *
 * @example
 * ```ts
 * const schema = factsSchemaWith({ safetyTrainings: declaredKindSchema(declaration) });
 * ```
 */
export function factsSchemaWith(declared: Readonly<Record<string, z.ZodObject>>) {
  const lists: Record<string, z.ZodType> = {};
  for (const [kind, schema] of Object.entries(declared)) lists[kind] = recordList(schema);
  const withDeclared = z.strictObject({ ...builtInLists, ...lists }).meta(RECORDS_META);
  const empty = () => Object.fromEntries(Object.keys(withDeclared.shape).map((kind) => [kind, []]));
  return z
    .strictObject({
      ...topLevel,
      records: withDeclared.default(empty as unknown as () => z.output<typeof withDeclared>),
      outages: outageList,
      incidents: incidentList,
    })
    .meta(FACTS_META);
}

/**
 * The lists of the record kinds a ruleset declares, under `records` beside the built-in ones: read
 * them with `declaredRecords(facts, kind)`.
 *
 * @category Facts
 * @example
 * ```ts
 * const lists: DeclaredRecords = facts.records;
 * ```
 */
export interface DeclaredRecords {
  readonly [kind: string]: unknown;
}

/**
 * A record of a kind declared by a ruleset: the common fields, then the kind's own.
 *
 * @category Facts
 * @example
 * ```ts
 * const training: DeclaredRecord = { id: 'st-1', date: '2023-01-05', attendees: 12 };
 * ```
 */
export interface DeclaredRecord {
  readonly id: string;
  readonly date: string;
  readonly servicePointId?: string;
  readonly note?: string;
  readonly [field: string]: unknown;
}

/**
 * Every record list of the facts, built-in and declared kinds alike, by kind (in the order of the
 * facts' `records`).
 *
 * @category Facts
 * @example
 * ```ts
 * for (const [kind, list] of recordLists(facts)) console.log(kind, list.length);
 * ```
 */
export function recordLists(facts: StationFacts): Array<[string, readonly DeclaredRecord[]]> {
  const lists: Array<[string, readonly DeclaredRecord[]]> = [];
  for (const [kind, list] of Object.entries(facts.records)) if (Array.isArray(list)) lists.push([kind, list]);
  return lists;
}

/**
 * The records of a kind declared by the ruleset the facts were parsed with (empty when the facts
 * have none).
 *
 * @category Facts
 * @example
 * ```ts
 * declaredRecords(facts, 'safetyTrainings').length;
 * ```
 */
export function declaredRecords(facts: StationFacts, kind: string): readonly DeclaredRecord[] {
  const list = Object.hasOwn(facts.records, kind) ? facts.records[kind] : undefined;
  return Array.isArray(list) ? (list as DeclaredRecord[]) : [];
}

/**
 * The names of the record kinds under `records`.
 *
 * @category Facts
 * @example
 * ```ts
 * const kind: RecordKind = 'liaisons';
 * facts.records[kind].length; // liaison records in the file
 * ```
 */
export type RecordKind = BuiltInKind;

/** Every built-in record kind under `records`, in schema order. */
export const RECORD_KINDS: readonly RecordKind[] = BUILT_IN_KIND_NAMES;
