/**
 * The public input contract: one station's evaluation period as a zod schema. Every type of the
 * facts is inferred from here. Objects are strict: an unknown field is an error, so a misspelt
 * field can never silently change a score.
 */
import * as z from 'zod';
import { DEFAULT_TIME_ZONE } from '../time/local-day.js';
import type { StationFacts, StationFactsInput } from '../types/generated.js';
import { schemaLink } from '../util/schema-link.js';
import { dateOrDateTime, plainDate, timeZone } from './dates.js';
import { FIELD_LIMITS } from './fields.js';
import { BUILT_IN_KIND_NAMES, BUILT_IN_KINDS, type BuiltInKind } from './kinds/builtin.js';

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

const station = z
  .strictObject({
    id,
    name: text.min(1).meta({ description: 'Name of the station' }),
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

const facility = z
  .strictObject({
    kind: z.enum(FACILITY_KINDS).meta({ description: 'The facility of Table 附表1' }),
    quantity: z.int().min(0).max(1_000_000).meta({ description: 'How many the point has' }),
  })
  .meta({ description: '基础设施 — one facility of Table 附表1 and how many a service point has' });

const servicePoint = z
  .strictObject({
    id,
    name: text.min(1).meta({ description: 'Name of the service point' }),
    venue: z.enum(VENUE_KINDS).optional().meta({ description: '依托场所 — the existing venue the point is set up at' }),
    cloud: z.boolean().default(false).meta({ description: '云服务站点 — a cloud service point' }),
    terminal: z
      .strictObject({
        services: list(z.enum(TERMINAL_SERVICES), 10).meta({
          description: 'The services it offers; the standard requires consultation, query and bill-payment',
        }),
      })
      .meta({ description: '智能服务终端 — a smart service terminal and the services it offers' })
      .optional()
      .meta({ description: '智能服务终端（云终端） — the smart service terminal and the services it offers' }),
    facilities: list(facility, FACTS_LIMITS.shortListLength)
      .default([])
      .meta({ description: '基础设施配置 — facilities of Table 附表1' }),
    opened: plainDate.optional().meta({ description: 'The day the point opened; absent if before the period' }),
    closed: plainDate.optional().meta({ description: 'The day the point closed; absent while open' }),
  })
  .meta({ title: 'Service point 驻村服务站点', description: 'A village service point of the station (§5.2.2.1)' });

const staffMember = z
  .strictObject({ id, name: text.min(1).meta({ description: 'Name of the person' }) })
  .meta({ title: 'Staff member 人员', description: 'A person who holds or held a post' });

const duty = z
  .strictObject({
    id,
    staffId: ref('staff member'),
    role: z.enum(POST_ROLES).meta({ description: 'customer-manager 驻村客户经理 | supervisor 站点廉政监督员' }),
    servicePointId: ref('service point'),
    start: plainDate,
    end: plainDate.optional().meta({ description: 'Last day of duty; absent while still in post' }),
    endReason: z.enum(END_REASONS).optional().meta({ description: 'Why the duty ended' }),
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
    outcome: z.enum(['fit', 'unfit']).meta({ description: 'fit 称职 | unfit 不称职' }),
    note: text.optional().meta({ description: 'A free note' }),
  })
  .meta({ title: 'Supervisor review 廉政监督员考评', description: 'A review of a supervisor’s performance' });

const dismissalGround = z
  .strictObject({
    id,
    staffId: ref('staff member'),
    ground: z.enum(DISMISSAL_GROUNDS).meta({ description: 'The ground of §5.2.2.7 a–e' }),
    date: plainDate.meta({ description: 'The day the ground arose' }),
    note: text.optional().meta({ description: 'A free note' }),
  })
  .meta({ title: 'Dismissal ground 解聘情形', description: 'A ground of §5.2.2.7 and the day it arose' });

const responsibilityList = z
  .strictObject({
    id,
    role: z.enum(POST_ROLES).meta({ description: 'The post the list is for' }),
    issued: plainDate.meta({ description: 'The day it was issued' }),
  })
  .meta({ title: 'Responsibility list 工作责任清单', description: 'The responsibility list of a post' });

const groupMember = z
  .strictObject({
    id,
    name: text.min(1).meta({ description: 'Name of the member' }),
    role: z.enum(GROUP_ROLES).meta({ description: 'The member’s role in the group (§5.2.2.8)' }),
    staffId: ref('staff member').optional(),
  })
  .meta({ description: 'A member of the supervision group' });

const supervisionGroup = z
  .strictObject({
    members: list(groupMember, FACTS_LIMITS.shortListLength).meta({ description: 'The group’s members' }),
    leaderId: ref('group member').optional().meta({ description: '组长 — should be the branch secretary' }),
  })
  .meta({ title: 'Supervision group 廉政监督小组' });

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

const outage = z
  .strictObject({
    id,
    kind: z.enum(OUTAGE_KINDS).meta({ description: 'planned 计划停电 | temporary 临时检修 | fault 故障停电' }),
    start: dateOrDateTime,
    noticeAt: dateOrDateTime
      .optional()
      .meta({ description: 'When the outage information was published; absent if never' }),
    note: text.optional().meta({ description: 'A free note' }),
  })
  .meta({ title: 'Outage 停电', description: 'A power outage and when its information was published' });

const incident = z
  .strictObject({
    id,
    kind: z.enum(INCIDENT_KINDS).meta({
      description:
        'service-complaint 服务投诉 | state-grid-notified-event 国网通报事件 | leapfrog-petition 越级上访 | staff-violation 违规违纪',
    }),
    date: dateOrDateTime,
    responsibilityRuledOut: z
      .boolean()
      .default(false)
      .meta({ description: '经核实排除责任 — responsibility ruled out' }),
    note: text.optional().meta({ description: 'A free note' }),
  })
  .meta({ title: 'Incident 风险事件', description: 'An event of the risk-control items 23–25' });

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
