/**
 * The named types of the public API, generated from the zod schemas by `npm run types:generate`
 * (scripts/types/). Do not edit: change the schemas (descriptions included) or the names in
 * scripts/types/config.ts, then regenerate.
 */
import type { DeclaredRecords } from '../facts/schema.js';
import type { TraceNode } from '../result/schema.js';
import type { Condition } from '../ruleset/schema.js';
import type { JsonValue } from './json.js';

/**
 * The full result of evaluating one station: plain JSON, deterministic.
 *
 * @category Evaluate
 * @example
 * ```ts
 * const result: EvaluationResult = await evaluate(facts);
 * console.log(result.total, result.grade, result.items.filter((i) => i.score < i.max).map((i) => i.id));
 * ```
 */
export interface EvaluationResult {
  /** Version of this result format */
  schemaVersion: 1;
  /** The library that produced the result */
  library: LibraryStamp;
  /** The ruleset the station was scored with */
  ruleset: RulesetStamp;
  /** The station evaluated */
  station: StationStamp;
  /** The evaluation period */
  period: ResultPeriod;
  /** excellent 优秀, qualified 合格 or unqualified 不合格 */
  grade: 'excellent' | 'qualified' | 'unqualified';
  /** The grade’s name in Chinese and English */
  gradeLabel: Localized;
  /** Points of the base part */
  base: number;
  /** Points of the bonus part */
  bonus: number;
  /** base + bonus */
  total: number;
  /** The most points there are */
  max: MaxScores;
  /** The score of each part */
  parts: PartResult[];
  /** The result of each item, in ruleset order */
  items: ItemResult[];
  /** Expert-judged items still waiting for an assessment */
  pending: string[];
  /** Coded warnings from the standard’s body text (not deducted) */
  warnings: Warning[];
  /** Records rejected by the review, set aside by the evaluation */
  rejectedEvidence: RejectedEvidence[];
}

/**
 * The library that produced the result.
 *
 * @category Evaluate
 * @example
 * ```ts
 * const library: LibraryStamp = result.library;
 * ```
 */
export interface LibraryStamp {
  /** Package name */
  name: string;
  /** Package version */
  version: string;
}

/**
 * The ruleset the station was scored with.
 *
 * @category Evaluate
 * @example
 * ```ts
 * const ruleset: RulesetStamp = result.ruleset;
 * ```
 */
export interface RulesetStamp {
  /** Id of the ruleset (the last variant of the chain) */
  id: string;
  /** Its version */
  version: string;
  /** Hash of the resolved ruleset: any change, wording included, changes it */
  hash: string;
  /** Hash of what decides scores (the ruleset without its wording): equal means comparable */
  scoringHash: string;
  /** The base and each variant applied, in order */
  chain: RulesetLink[];
}

/**
 * One ruleset of a chain: the base or a variant applied to it.
 *
 * @category Rulesets and variants
 * @example
 * ```ts
 * const chain: RulesetLink[] = rulesetStamp.chain;
 * ```
 */
export interface RulesetLink {
  /** Ruleset id */
  id: string;
  /** Ruleset version */
  version: string;
}

/**
 * The station evaluated.
 *
 * @category Evaluate
 * @example
 * ```ts
 * const station: StationStamp = result.station;
 * ```
 */
export interface StationStamp {
  /** Station id */
  id: string;
  /** Station name */
  name: string;
}

/**
 * The evaluation period.
 *
 * @category Evaluate
 * @example
 * ```ts
 * const period: ResultPeriod = result.period;
 * ```
 */
export interface ResultPeriod {
  /** First day (YYYY-MM-DD) */
  start: string;
  /** Last day (YYYY-MM-DD) */
  end: string;
  /** The time zone its days are read in */
  timeZone: string;
}

/**
 * The most points there are.
 *
 * @category Evaluate
 * @example
 * ```ts
 * const max: MaxScores = result.max;
 * ```
 */
export interface MaxScores {
  /** Points the base part is worth */
  base: number;
  /** Points the bonus part is worth */
  bonus: number;
  /** Both together */
  total: number;
}

/**
 * The score of one part of Appendix A.
 *
 * @category Evaluate
 * @example
 * ```ts
 * const parts: PartResult[] = result.parts;
 * ```
 */
export interface PartResult {
  /** Part id */
  id: string;
  /** Whether the part counts towards base or bonus */
  kind: 'base' | 'bonus';
  /** The part’s title */
  title: Localized;
  /** Points the part is worth */
  max: number;
  /** Points scored */
  score: number;
}

/**
 * The result of one item: score, status, missing buckets, the trace and the records relied on.
 *
 * @category Evaluate
 * @example
 * ```ts
 * const item: ItemResult | undefined = result.items.find((i) => i.id === 'monthly-liaison');
 * if (item && item.score < item.max) console.log(item.missing, item.advice?.zh);
 * ```
 */
export interface ItemResult {
  /** Stable kebab-case id of the item */
  id: string;
  /** Row number in Appendix A, e.g. "9" or "12a" */
  seq: string;
  /** Id of the section the item belongs to */
  section: string;
  /** Id of the part (base or bonus) the item counts towards */
  part: string;
  /** The item’s title */
  title: Localized;
  /** How the item turns its checks into points (spec §2) */
  mode: 'all-or-nothing' | 'deduct-per-failure' | 'deduct-per-occurrence' | 'bonus' | 'expert';
  /** Points the item is worth */
  max: number;
  /** Points scored, 0 … max */
  score: number;
  /** pass, partial, fail, notApplicable, notAssessed (expert item without assessment) or overridden */
  status: 'pass' | 'partial' | 'fail' | 'notApplicable' | 'notAssessed' | 'overridden';
  /** Required buckets (2023-04, 2023-Q2, 2023-H1) not met */
  missing: string[];
  /** Each periodic check of the item: the buckets required, met and missing (for heatmaps) */
  coverage: CoverageCheck[];
  /** Failures or occurrences counted by a deduction mode */
  failures: number | null;
  /** The trace of the applicability conditions (null when the item has none) */
  applicability: TraceNode | null;
  /** The trace of the item’s conditions (null when not evaluated, e.g. not applicable) */
  conditions: TraceNode | null;
  /** Ids of the records the item relied on */
  records: string[];
  /** Records present but not counted for a missing bucket, and why */
  notCounted: NotCountedRecord[];
  /** What to do to earn the full points (null at full points) */
  advice: Localized | null;
  /** The computed outcome, when an assessment replaced it */
  computed: ComputedOutcome | null;
  /** The expert assessment applied to the item (null when none) */
  assessment: AssessmentResult | null;
  /** The ruleset (base or variant id) the item comes from */
  origin: string;
  /**
   * Obligations not judged yet: their deadline lies after the period end and they are not met (present only when
   * there are some)
   */
  pending?: PendingObligation[];
}

/**
 * One periodic check of an item: the buckets required, met and missing.
 *
 * @category Evaluate
 * @example
 * ```ts
 * const coverage: CoverageCheck[] = item.coverage;
 * ```
 */
export interface CoverageCheck {
  /** The length of a bucket */
  per: 'month' | 'quarter' | 'half' | 'year';
  /** Buckets that needed a record */
  required: string[];
  /** Buckets with a counted record */
  met: string[];
  /** Buckets without one */
  missing: string[];
}

/**
 * A record present in the facts but not counted for a missing bucket, and why.
 *
 * @category Evaluate
 * @example
 * ```ts
 * const notCounted: NotCountedRecord[] = item.notCounted;
 * ```
 */
export interface NotCountedRecord {
  /** Id of the record */
  id: string;
  /** Why it was not counted (rejected, out of the period, not in post …) */
  reason: string;
  /** The bucket it would have met (2023-04, 2023-Q2, 2023-H1, 2023) */
  bucket: string;
  /** Who a record ties to a post did not hold it on its day (present only then) */
  notInPost?: NotInPost[];
}

/**
 * A person a record ties to a post who did not hold it on the record’s day.
 *
 * @category Evaluate
 * @example
 * ```ts
 * const notInPost: NotInPost[] | undefined = notCountedRecord.notInPost;
 * ```
 */
export interface NotInPost {
  /** Id of the staff member */
  staffId: string;
  /** The post the person lacked on the record’s day */
  role: string;
  /** Whether the person gave (handed over) or received the record */
  as: 'giver' | 'receiver';
}

/**
 * An obligation whose deadline lies after the period end and that is not met yet.
 *
 * @category Evaluate
 * @example
 * ```ts
 * const pending: PendingObligation[] | undefined = item.pending;
 * ```
 */
export interface PendingObligation {
  /** The record the obligation arose from (duty, ground, event, outage, problem) */
  id: string;
  /** Local day, or local date-time with offset for an outage */
  arose: string;
  /** In the same form; after the period end */
  deadline: string;
}

/**
 * What the rules computed for an item that an expert assessment overrode.
 *
 * @category Evaluate
 * @example
 * ```ts
 * const computed: ComputedOutcome | null = item.computed;
 * ```
 */
export interface ComputedOutcome {
  /** Points the item scored before the assessment */
  score: number;
  /** Status before the assessment */
  status: 'pass' | 'partial' | 'fail' | 'notApplicable' | 'notAssessed' | 'overridden';
}

/**
 * The expert assessment applied to an item.
 *
 * @category Evaluate
 * @example
 * ```ts
 * const assessment: AssessmentResult | null = item.assessment;
 * ```
 */
export interface AssessmentResult {
  /** Who assessed (name or id) */
  assessor: string;
  /** When the assessment was made (YYYY-MM-DD) */
  date: string;
  /** Why (empty when none was given) */
  justification: string;
  /** pass → full points, fail → 0; null when a score was given */
  verdict: 'pass' | 'fail' | null;
  /** Points awarded */
  score: number;
}

/**
 * A coded warning from the standard’s body text (for example a supervision group outside 3–7 members): shown in
 * reports, never deducted.
 *
 * @category Evaluate
 * @example
 * ```ts
 * const warnings: readonly Warning[] = result.warnings;
 * for (const warning of warnings) console.log(warning.code, warning.message.en);
 * ```
 */
export interface Warning {
  /** A stable code such as group-size or term-too-long */
  code: string;
  /** Ids of the records the warning is about */
  records: string[];
  /** The values the message was built from */
  params: Record<string, string | number>;
  /** The warning in Chinese and English */
  message: Localized;
}

/**
 * A record an evaluator rejected as evidence.
 *
 * @category Evaluate
 * @example
 * ```ts
 * const rejectedEvidence: RejectedEvidence[] = result.rejectedEvidence;
 * ```
 */
export interface RejectedEvidence {
  /** Id of the record */
  id: string;
  /** Why it is not authentic or valid */
  reason: string;
  /** Who rejected it */
  by: string;
  /** When (YYYY-MM-DD) */
  date: string;
}

/**
 * A text in Chinese and English, as results carry it.
 *
 * @category Evaluate
 * @example
 * ```ts
 * const title: Localized = { zh: '每月对接村电工', en: 'Monthly liaison' };
 * ```
 */
export interface Localized {
  /** Chinese */
  zh: string;
  /** English */
  en: string;
}

/**
 * One station’s evaluation period: the station, its service points, staff and posts, and the dated records of
 * its obligations. `StationFacts` is what `parseFacts` returns (defaults filled in); `StationFactsInput` is what
 * a facts file holds: build it from your own data and pass it to `parseFacts`.
 *
 * @category Facts
 * @example
 * ```ts
 * const input: StationFactsInput = {
 *   station: { id: 'st-1', name: '桐琴供电所' },
 *   period: { start: '2023-01-01', end: '2023-12-31' },
 *   incidents: [{ id: 'i-1', kind: 'service-complaint', date: '2023-05-02' }],
 * };
 * const facts: StationFacts = parseFactsOrThrow(input);
 * facts.station.timeZone; // 'Asia/Shanghai' when the input left it out
 * ```
 */
export interface StationFacts {
  /** The JSON Schema the file follows (for editors); ignored */
  $schema?: string;
  /** 供电所 — the station under evaluation */
  station: Station;
  /** 评价周期 — the evaluation period, one year at most (§7.1) */
  period: Period;
  /** 驻村服务站点 — the station’s village service points */
  servicePoints: ServicePoint[];
  /** 人员 — the people who hold or held a post */
  staff: StaffMember[];
  /** 岗位任职 — who held which post at which point, when */
  duties: Duty[];
  /** 廉政监督员聘任 — supervisor appointments */
  appointments: Appointment[];
  /** 廉政监督员考评 — reviews of supervisors */
  reviews: SupervisorReview[];
  /** 解聘情形 — grounds for dismissing a supervisor */
  dismissalGrounds: DismissalGround[];
  /** 工作责任清单 — the responsibility lists of the posts */
  responsibilityLists: ResponsibilityList[];
  /** 廉政监督小组 — the supervision group */
  supervisionGroup?: SupervisionGroup;
  /** Dated records of the periodic obligations, one list per kind */
  records: Records;
  /** 停电 — outages and their notices (items 10, 11) */
  outages: Outage[];
  /** 风险事件 — complaints, notified events, petitions, violations (items 23–25) */
  incidents: Incident[];
}

/**
 * One station’s evaluation period: the station, its service points, staff and posts, and the dated records of
 * its obligations. `StationFacts` is what `parseFacts` returns (defaults filled in); `StationFactsInput` is what
 * a facts file holds: build it from your own data and pass it to `parseFacts`.
 * As written in a file, before defaults are filled in: fields with a default may be left out.
 *
 * @category Facts
 * @example
 * ```ts
 * const input: StationFactsInput = {
 *   station: { id: 'st-1', name: '桐琴供电所' },
 *   period: { start: '2023-01-01', end: '2023-12-31' },
 * };
 * const parsed = parseFacts(input);
 * ```
 */
export interface StationFactsInput {
  /** The JSON Schema the file follows (for editors); ignored */
  $schema?: string;
  /** 供电所 — the station under evaluation */
  station: StationInput;
  /** 评价周期 — the evaluation period, one year at most (§7.1) */
  period: Period;
  /** 驻村服务站点 — the station’s village service points */
  servicePoints?: ServicePointInput[];
  /** 人员 — the people who hold or held a post */
  staff?: StaffMember[];
  /** 岗位任职 — who held which post at which point, when */
  duties?: Duty[];
  /** 廉政监督员聘任 — supervisor appointments */
  appointments?: Appointment[];
  /** 廉政监督员考评 — reviews of supervisors */
  reviews?: SupervisorReview[];
  /** 解聘情形 — grounds for dismissing a supervisor */
  dismissalGrounds?: DismissalGround[];
  /** 工作责任清单 — the responsibility lists of the posts */
  responsibilityLists?: ResponsibilityList[];
  /** 廉政监督小组 — the supervision group */
  supervisionGroup?: SupervisionGroup;
  /** Dated records of the periodic obligations, one list per kind */
  records?: RecordsInput;
  /** 停电 — outages and their notices (items 10, 11) */
  outages?: Outage[];
  /** 风险事件 — complaints, notified events, petitions, violations (items 23–25) */
  incidents?: IncidentInput[];
}

/**
 * Station 供电所: 供电所 — the station under evaluation.
 *
 * @category Facts
 * @example
 * ```ts
 * const station: Station = facts.station;
 * ```
 */
export interface Station {
  /** Identifier, unique in the file */
  id: string;
  /** Name of the station */
  name: string;
  /** 建所日期 — the day the station started operating */
  established?: string;
  /** IANA time zone, e.g. Asia/Shanghai */
  timeZone: string;
}

/**
 * Station 供电所: 供电所 — the station under evaluation.
 * As written in a file, before defaults are filled in: fields with a default may be left out.
 *
 * @category Facts
 * @example
 * ```ts
 * const station: StationInput = facts.station;
 * ```
 */
export interface StationInput {
  /** Identifier, unique in the file */
  id: string;
  /** Name of the station */
  name: string;
  /** 建所日期 — the day the station started operating */
  established?: string;
  /** IANA time zone, e.g. Asia/Shanghai */
  timeZone?: string;
}

/**
 * Period 评价周期: 评价周期 — the evaluation period, one year at most (§7.1)
 *
 * @category Facts
 * @example
 * ```ts
 * const period: Period = facts.period;
 * ```
 */
export interface Period {
  /** First day of the evaluation period (inclusive) */
  start: string;
  /** Last day of the evaluation period (inclusive) */
  end: string;
}

/**
 * Service point 驻村服务站点: A village service point of the station (§5.2.2.1)
 *
 * @category Facts
 * @example
 * ```ts
 * const servicePoints: ServicePoint[] = facts.servicePoints;
 * ```
 */
export interface ServicePoint {
  /** Identifier, unique in the file */
  id: string;
  /** Name of the service point */
  name: string;
  /** 依托场所 — the existing venue the point is set up at */
  venue?: 'red-boat-guangming-station' | 'power-station' | 'business-hall' | 'party-mass-service-centre' | 'convenience-service-centre' | 'other';
  /** 云服务站点 — a cloud service point */
  cloud: boolean;
  /** 智能服务终端（云终端） — the smart service terminal and the services it offers */
  terminal?: SmartTerminal;
  /** 基础设施配置 — facilities of Table 附表1 */
  facilities: Facility[];
  /** The day the point opened; absent if before the period */
  opened?: string;
  /** The day the point closed; absent while open */
  closed?: string;
}

/**
 * Service point 驻村服务站点: A village service point of the station (§5.2.2.1)
 * As written in a file, before defaults are filled in: fields with a default may be left out.
 *
 * @category Facts
 * @example
 * ```ts
 * const servicePoints: ServicePointInput[] | undefined = facts.servicePoints;
 * ```
 */
export interface ServicePointInput {
  /** Identifier, unique in the file */
  id: string;
  /** Name of the service point */
  name: string;
  /** 依托场所 — the existing venue the point is set up at */
  venue?: 'red-boat-guangming-station' | 'power-station' | 'business-hall' | 'party-mass-service-centre' | 'convenience-service-centre' | 'other';
  /** 云服务站点 — a cloud service point */
  cloud?: boolean;
  /** 智能服务终端（云终端） — the smart service terminal and the services it offers */
  terminal?: SmartTerminal;
  /** 基础设施配置 — facilities of Table 附表1 */
  facilities?: Facility[];
  /** The day the point opened; absent if before the period */
  opened?: string;
  /** The day the point closed; absent while open */
  closed?: string;
}

/**
 * 智能服务终端 — a smart service terminal and the services it offers.
 *
 * @category Facts
 * @example
 * ```ts
 * const terminal: SmartTerminal | undefined = servicePoint.terminal;
 * ```
 */
export interface SmartTerminal {
  /** The services it offers; the standard requires consultation, query and bill-payment */
  services: Array<'consultation' | 'query' | 'bill-payment' | 'other'>;
}

/**
 * 基础设施 — one facility of Table 附表1 and how many a service point has.
 *
 * @category Facts
 * @example
 * ```ts
 * const facilities: Facility[] = servicePoint.facilities;
 * ```
 */
export interface Facility {
  /** The facility of Table 附表1 */
  kind: 'door-plate' | 'table-plate' | 'business-cards' | 'leaflets' | 'wall-posters' | 'service-record-book' | 'inspection-record-book' | 'customer-opinion-book' | 'desk-and-chairs' | 'waiting-area' | 'first-aid-kit' | 'poster-screen' | 'smart-terminal';
  /** How many the point has */
  quantity: number;
}

/**
 * Staff member 人员: A person who holds or held a post.
 *
 * @category Facts
 * @example
 * ```ts
 * const staff: StaffMember[] = facts.staff;
 * ```
 */
export interface StaffMember {
  /** Identifier, unique in the file */
  id: string;
  /** Name of the person */
  name: string;
}

/**
 * Duty 岗位任职: A span of duty of one person in one post at one service point.
 *
 * @category Facts
 * @example
 * ```ts
 * const duties: Duty[] = facts.duties;
 * ```
 */
export interface Duty {
  /** Identifier, unique in the file */
  id: string;
  /** Id of a staff member */
  staffId: string;
  /** customer-manager 驻村客户经理 | supervisor 站点廉政监督员 */
  role: 'customer-manager' | 'supervisor';
  /** Id of a service point */
  servicePointId: string;
  /** A calendar day YYYY-MM-DD in the station time zone */
  start: string;
  /** Last day of duty; absent while still in post */
  end?: string;
  /** Why the duty ended */
  endReason?: 'left' | 'dismissed' | 'transferred' | 'term-expired' | 'other';
}

/**
 * Supervisor appointment 廉政监督员聘任: Supervisor appointment 廉政监督员聘任.
 *
 * @category Facts
 * @example
 * ```ts
 * const appointments: Appointment[] = facts.appointments;
 * ```
 */
export interface Appointment {
  /** Identifier, unique in the file */
  id: string;
  /** Id of a staff member */
  staffId: string;
  /** discipline-committee 公司纪委 */
  approver: 'discipline-committee' | 'other';
  /** A calendar day YYYY-MM-DD in the station time zone */
  date: string;
  /** 批准文件文号 */
  documentNo?: string;
  /** 聘任条件审核 (§5.2.2.4 a–d) recorded */
  eligibilityChecked: boolean;
  /** 推荐人数 */
  candidatesRecommended?: number;
  /** A calendar day YYYY-MM-DD in the station time zone */
  termStart: string;
  /** A calendar day YYYY-MM-DD in the station time zone */
  termEnd: string;
  /** 连续聘任届次: 1 for a first term */
  termNumber: number;
}

/**
 * Supervisor review 廉政监督员考评: A review of a supervisor’s performance.
 *
 * @category Facts
 * @example
 * ```ts
 * const reviews: SupervisorReview[] = facts.reviews;
 * ```
 */
export interface SupervisorReview {
  /** Identifier, unique in the file */
  id: string;
  /** Id of a staff member */
  staffId: string;
  /** A calendar day YYYY-MM-DD in the station time zone */
  date: string;
  /** fit 称职 | unfit 不称职 */
  outcome: 'fit' | 'unfit';
  /** A free note */
  note?: string;
}

/**
 * Dismissal ground 解聘情形: A ground of §5.2.2.7 and the day it arose.
 *
 * @category Facts
 * @example
 * ```ts
 * const dismissalGrounds: DismissalGround[] = facts.dismissalGrounds;
 * ```
 */
export interface DismissalGround {
  /** Identifier, unique in the file */
  id: string;
  /** Id of a staff member */
  staffId: string;
  /** The ground of §5.2.2.7 a–e */
  ground: 'sanctioned' | 'inactive-six-months' | 'unsuitable' | 'concealment-or-retaliation' | 'other';
  /** The day the ground arose */
  date: string;
  /** A free note */
  note?: string;
}

/**
 * Responsibility list 工作责任清单: The responsibility list of a post.
 *
 * @category Facts
 * @example
 * ```ts
 * const responsibilityLists: ResponsibilityList[] = facts.responsibilityLists;
 * ```
 */
export interface ResponsibilityList {
  /** Identifier, unique in the file */
  id: string;
  /** The post the list is for */
  role: 'customer-manager' | 'supervisor';
  /** The day it was issued */
  issued: string;
}

/**
 * Supervision group 廉政监督小组: Supervision group 廉政监督小组.
 *
 * @category Facts
 * @example
 * ```ts
 * const supervisionGroup: SupervisionGroup | undefined = facts.supervisionGroup;
 * ```
 */
export interface SupervisionGroup {
  /** The group’s members */
  members: GroupMember[];
  /** 组长 — should be the branch secretary */
  leaderId?: string;
}

/**
 * A member of the supervision group.
 *
 * @category Facts
 * @example
 * ```ts
 * const members: GroupMember[] = supervisionGroup.members;
 * ```
 */
export interface GroupMember {
  /** Identifier, unique in the file */
  id: string;
  /** Name of the member */
  name: string;
  /** The member’s role in the group (§5.2.2.8) */
  role: 'branch-secretary' | 'discipline-member' | 'supervisor' | 'staff-representative' | 'other';
  /** Id of a staff member */
  staffId?: string;
}

/**
 * The dated records of the periodic obligations, one list per kind: the standard’s kinds below, and the kinds a
 * ruleset declares (read those with `declaredRecords(facts, kind)`).
 *
 * @category Facts
 * @example
 * ```ts
 * const records: Records = facts.records;
 * ```
 */
export interface Records extends DeclaredRecords {
  /** A customer manager’s liaison with the demands collected 客户经理对接记录及收集的诉求 */
  liaisons: Liaison[];
  /** Demand ledger handed by the customer manager to the supervisor 客户经理将诉求台账移交监督员 */
  ledgerHandovers: LedgerHandover[];
  /** Publicity 用电宣传和错峰用电引导 */
  publicity: Publicity[];
  /** An event that needs immediate disclosure 需要即时公开的事项 */
  disclosureEvents: DisclosureEvent[];
  /** Monthly, quarterly or immediate disclosure 月度、季度或即时公开 */
  disclosures: Disclosure[];
  /** Supervision meeting 监督小组会议 */
  supervisionMeetings: SupervisionMeeting[];
  /** Joint meeting 监督联席会 */
  jointMeetings: JointMeeting[];
  /** Special inspection 专项监督检查 */
  specialInspections: SpecialInspection[];
  /** Four-winds check “四风”检查 */
  fourWindsChecks: FourWindsCheck[];
  /** Risk identification 岗位廉政风险辨识 */
  riskIdentifications: RiskIdentification[];
  /** Customer visit 客户走访 */
  customerVisits: CustomerVisit[];
  /** A service problem spotted by supervision 监督中发现的服务问题 */
  problemFlags: ProblemFlag[];
  /** Correction reminder 提醒督促自我纠偏 */
  correctionReminders: CorrectionReminder[];
  /** Result publication 监督结果公开 */
  resultPublications: ResultPublication[];
  /** Supervisor report 廉政监督员履职汇报 */
  supervisorReports: SupervisorReport[];
  /** Leader report 组长向公司纪委汇报 */
  leaderReports: LeaderReport[];
}

/**
 * The dated records of the periodic obligations, one list per kind: the standard’s kinds below, and the kinds a
 * ruleset declares (read those with `declaredRecords(facts, kind)`).
 * As written in a file, before defaults are filled in: fields with a default may be left out.
 *
 * @category Facts
 * @example
 * ```ts
 * const records: RecordsInput | undefined = facts.records;
 * ```
 */
export interface RecordsInput extends DeclaredRecords {
  /** A customer manager’s liaison with the demands collected 客户经理对接记录及收集的诉求 */
  liaisons?: LiaisonInput[];
  /** Demand ledger handed by the customer manager to the supervisor 客户经理将诉求台账移交监督员 */
  ledgerHandovers?: LedgerHandover[];
  /** Publicity 用电宣传和错峰用电引导 */
  publicity?: Publicity[];
  /** An event that needs immediate disclosure 需要即时公开的事项 */
  disclosureEvents?: DisclosureEvent[];
  /** Monthly, quarterly or immediate disclosure 月度、季度或即时公开 */
  disclosures?: DisclosureInput[];
  /** Supervision meeting 监督小组会议 */
  supervisionMeetings?: SupervisionMeetingInput[];
  /** Joint meeting 监督联席会 */
  jointMeetings?: JointMeeting[];
  /** Special inspection 专项监督检查 */
  specialInspections?: SpecialInspection[];
  /** Four-winds check “四风”检查 */
  fourWindsChecks?: FourWindsCheck[];
  /** Risk identification 岗位廉政风险辨识 */
  riskIdentifications?: RiskIdentification[];
  /** Customer visit 客户走访 */
  customerVisits?: CustomerVisit[];
  /** A service problem spotted by supervision 监督中发现的服务问题 */
  problemFlags?: ProblemFlag[];
  /** Correction reminder 提醒督促自我纠偏 */
  correctionReminders?: CorrectionReminder[];
  /** Result publication 监督结果公开 */
  resultPublications?: ResultPublication[];
  /** Supervisor report 廉政监督员履职汇报 */
  supervisorReports?: SupervisorReport[];
  /** Leader report 组长向公司纪委汇报 */
  leaderReports?: LeaderReport[];
}

/**
 * Liaison 对接村电工、企业电工: A customer manager’s liaison with the demands collected 客户经理对接记录及收集的诉求.
 *
 * @category Facts
 * @example
 * ```ts
 * const liaisons: Liaison[] = records.liaisons;
 * ```
 */
export interface Liaison {
  /** Identifier, unique in the file */
  id: string;
  /** A calendar day YYYY-MM-DD, or an ISO 8601 date-time with an offset or Z */
  date: string;
  /** 服务站点 — service point */
  servicePointId?: string;
  /** 备注 — note */
  note?: string;
  /** 客户经理 — customer manager */
  staffId?: string;
  /** 诉求 — demands */
  demands: Demand[];
}

/**
 * Liaison 对接村电工、企业电工: A customer manager’s liaison with the demands collected 客户经理对接记录及收集的诉求.
 * As written in a file, before defaults are filled in: fields with a default may be left out.
 *
 * @category Facts
 * @example
 * ```ts
 * const liaisons: LiaisonInput[] | undefined = recordsInput.liaisons;
 * ```
 */
export interface LiaisonInput {
  /** Identifier, unique in the file */
  id: string;
  /** A calendar day YYYY-MM-DD, or an ISO 8601 date-time with an offset or Z */
  date: string;
  /** 服务站点 — service point */
  servicePointId?: string;
  /** 备注 — note */
  note?: string;
  /** 客户经理 — customer manager */
  staffId?: string;
  /** 诉求 — demands */
  demands?: Demand[];
}

/**
 * Ledger handover 台账移交: Demand ledger handed by the customer manager to the supervisor 客户经理将诉求台账移交监督员.
 *
 * @category Facts
 * @example
 * ```ts
 * const ledgerHandovers: LedgerHandover[] = records.ledgerHandovers;
 * ```
 */
export interface LedgerHandover {
  /** Identifier, unique in the file */
  id: string;
  /** A calendar day YYYY-MM-DD, or an ISO 8601 date-time with an offset or Z */
  date: string;
  /** 服务站点 — service point */
  servicePointId?: string;
  /** 备注 — note */
  note?: string;
  /** Id of a staff member */
  fromStaffId: string;
  /** Id of a staff member */
  toStaffId: string;
}

/**
 * Publicity 用电宣传和错峰用电引导: Publicity 用电宣传和错峰用电引导.
 *
 * @category Facts
 * @example
 * ```ts
 * const publicity: Publicity[] = records.publicity;
 * ```
 */
export interface Publicity {
  /** Identifier, unique in the file */
  id: string;
  /** A calendar day YYYY-MM-DD, or an ISO 8601 date-time with an offset or Z */
  date: string;
  /** 服务站点 — service point */
  servicePointId?: string;
  /** 备注 — note */
  note?: string;
}

/**
 * Disclosure event 即时公开事项: An event that needs immediate disclosure 需要即时公开的事项.
 *
 * @category Facts
 * @example
 * ```ts
 * const disclosureEvents: DisclosureEvent[] = records.disclosureEvents;
 * ```
 */
export interface DisclosureEvent {
  /** Identifier, unique in the file */
  id: string;
  /** A calendar day YYYY-MM-DD, or an ISO 8601 date-time with an offset or Z */
  date: string;
  /** 服务站点 — service point */
  servicePointId?: string;
  /** 备注 — note */
  note?: string;
}

/**
 * Disclosure 服务公开: Monthly, quarterly or immediate disclosure 月度、季度或即时公开.
 *
 * @category Facts
 * @example
 * ```ts
 * const disclosures: Disclosure[] = records.disclosures;
 * ```
 */
export interface Disclosure {
  /** Identifier, unique in the file */
  id: string;
  /** A calendar day YYYY-MM-DD, or an ISO 8601 date-time with an offset or Z */
  date: string;
  /** 服务站点 — service point */
  servicePointId?: string;
  /** 备注 — note */
  note?: string;
  /** 公开频次 — frequency */
  frequency: 'monthly' | 'quarterly' | 'immediate';
  /** 公开事项 — events */
  eventIds: string[];
}

/**
 * Disclosure 服务公开: Monthly, quarterly or immediate disclosure 月度、季度或即时公开.
 * As written in a file, before defaults are filled in: fields with a default may be left out.
 *
 * @category Facts
 * @example
 * ```ts
 * const disclosures: DisclosureInput[] | undefined = recordsInput.disclosures;
 * ```
 */
export interface DisclosureInput {
  /** Identifier, unique in the file */
  id: string;
  /** A calendar day YYYY-MM-DD, or an ISO 8601 date-time with an offset or Z */
  date: string;
  /** 服务站点 — service point */
  servicePointId?: string;
  /** 备注 — note */
  note?: string;
  /** 公开频次 — frequency */
  frequency: 'monthly' | 'quarterly' | 'immediate';
  /** 公开事项 — events */
  eventIds?: string[];
}

/**
 * Supervision meeting 监督小组会议: Supervision meeting 监督小组会议.
 *
 * @category Facts
 * @example
 * ```ts
 * const supervisionMeetings: SupervisionMeeting[] = records.supervisionMeetings;
 * ```
 */
export interface SupervisionMeeting {
  /** Identifier, unique in the file */
  id: string;
  /** A calendar day YYYY-MM-DD, or an ISO 8601 date-time with an offset or Z */
  date: string;
  /** 服务站点 — service point */
  servicePointId?: string;
  /** 备注 — note */
  note?: string;
  /** 会议记录 — minutes were kept */
  minutes: boolean;
  /** 参会人员 — attendees */
  attendees: string[];
  /** 重大事项 decided at the meeting */
  majorMatters: string[];
}

/**
 * Supervision meeting 监督小组会议: Supervision meeting 监督小组会议.
 * As written in a file, before defaults are filled in: fields with a default may be left out.
 *
 * @category Facts
 * @example
 * ```ts
 * const supervisionMeetings: SupervisionMeetingInput[] | undefined = recordsInput.supervisionMeetings;
 * ```
 */
export interface SupervisionMeetingInput {
  /** Identifier, unique in the file */
  id: string;
  /** A calendar day YYYY-MM-DD, or an ISO 8601 date-time with an offset or Z */
  date: string;
  /** 服务站点 — service point */
  servicePointId?: string;
  /** 备注 — note */
  note?: string;
  /** 会议记录 — minutes were kept */
  minutes: boolean;
  /** 参会人员 — attendees */
  attendees?: string[];
  /** 重大事项 decided at the meeting */
  majorMatters?: string[];
}

/**
 * Joint meeting 监督联席会: Joint meeting 监督联席会.
 *
 * @category Facts
 * @example
 * ```ts
 * const jointMeetings: JointMeeting[] = records.jointMeetings;
 * ```
 */
export interface JointMeeting {
  /** Identifier, unique in the file */
  id: string;
  /** A calendar day YYYY-MM-DD, or an ISO 8601 date-time with an offset or Z */
  date: string;
  /** 服务站点 — service point */
  servicePointId?: string;
  /** 备注 — note */
  note?: string;
  /** 参会人员类别 — attendee kinds */
  attendeeKinds: Array<'station-head' | 'team-leader' | 'villager' | 'village-enterprise' | 'other'>;
}

/**
 * Special inspection 专项监督检查: Special inspection 专项监督检查.
 *
 * @category Facts
 * @example
 * ```ts
 * const specialInspections: SpecialInspection[] = records.specialInspections;
 * ```
 */
export interface SpecialInspection {
  /** Identifier, unique in the file */
  id: string;
  /** A calendar day YYYY-MM-DD, or an ISO 8601 date-time with an offset or Z */
  date: string;
  /** 服务站点 — service point */
  servicePointId?: string;
  /** 备注 — note */
  note?: string;
}

/**
 * Four-winds check “四风”检查: Four-winds check “四风”检查.
 *
 * @category Facts
 * @example
 * ```ts
 * const fourWindsChecks: FourWindsCheck[] = records.fourWindsChecks;
 * ```
 */
export interface FourWindsCheck {
  /** Identifier, unique in the file */
  id: string;
  /** A calendar day YYYY-MM-DD, or an ISO 8601 date-time with an offset or Z */
  date: string;
  /** 服务站点 — service point */
  servicePointId?: string;
  /** 备注 — note */
  note?: string;
}

/**
 * Risk identification 岗位廉政风险辨识: Risk identification 岗位廉政风险辨识.
 *
 * @category Facts
 * @example
 * ```ts
 * const riskIdentifications: RiskIdentification[] = records.riskIdentifications;
 * ```
 */
export interface RiskIdentification {
  /** Identifier, unique in the file */
  id: string;
  /** A calendar day YYYY-MM-DD, or an ISO 8601 date-time with an offset or Z */
  date: string;
  /** 服务站点 — service point */
  servicePointId?: string;
  /** 备注 — note */
  note?: string;
}

/**
 * Customer visit 客户走访: Customer visit 客户走访.
 *
 * @category Facts
 * @example
 * ```ts
 * const customerVisits: CustomerVisit[] = records.customerVisits;
 * ```
 */
export interface CustomerVisit {
  /** Identifier, unique in the file */
  id: string;
  /** A calendar day YYYY-MM-DD, or an ISO 8601 date-time with an offset or Z */
  date: string;
  /** 服务站点 — service point */
  servicePointId?: string;
  /** 备注 — note */
  note?: string;
}

/**
 * Problem flag 苗头性、倾向性服务问题: A service problem spotted by supervision 监督中发现的服务问题.
 *
 * @category Facts
 * @example
 * ```ts
 * const problemFlags: ProblemFlag[] = records.problemFlags;
 * ```
 */
export interface ProblemFlag {
  /** Identifier, unique in the file */
  id: string;
  /** A calendar day YYYY-MM-DD, or an ISO 8601 date-time with an offset or Z */
  date: string;
  /** 服务站点 — service point */
  servicePointId?: string;
  /** 备注 — note */
  note?: string;
}

/**
 * Correction reminder 提醒督促自我纠偏: Correction reminder 提醒督促自我纠偏.
 *
 * @category Facts
 * @example
 * ```ts
 * const correctionReminders: CorrectionReminder[] = records.correctionReminders;
 * ```
 */
export interface CorrectionReminder {
  /** Identifier, unique in the file */
  id: string;
  /** A calendar day YYYY-MM-DD, or an ISO 8601 date-time with an offset or Z */
  date: string;
  /** 服务站点 — service point */
  servicePointId?: string;
  /** 备注 — note */
  note?: string;
  /** Id of a problemFlags record */
  problemId: string;
}

/**
 * Result publication 监督结果公开: Result publication 监督结果公开.
 *
 * @category Facts
 * @example
 * ```ts
 * const resultPublications: ResultPublication[] = records.resultPublications;
 * ```
 */
export interface ResultPublication {
  /** Identifier, unique in the file */
  id: string;
  /** A calendar day YYYY-MM-DD, or an ISO 8601 date-time with an offset or Z */
  date: string;
  /** 服务站点 — service point */
  servicePointId?: string;
  /** 备注 — note */
  note?: string;
}

/**
 * Supervisor report 廉政监督员履职汇报: Supervisor report 廉政监督员履职汇报.
 *
 * @category Facts
 * @example
 * ```ts
 * const supervisorReports: SupervisorReport[] = records.supervisorReports;
 * ```
 */
export interface SupervisorReport {
  /** Identifier, unique in the file */
  id: string;
  /** A calendar day YYYY-MM-DD, or an ISO 8601 date-time with an offset or Z */
  date: string;
  /** 服务站点 — service point */
  servicePointId?: string;
  /** 备注 — note */
  note?: string;
  /** 监督员 — supervisor */
  staffId?: string;
}

/**
 * Leader report 组长向公司纪委汇报: Leader report 组长向公司纪委汇报.
 *
 * @category Facts
 * @example
 * ```ts
 * const leaderReports: LeaderReport[] = records.leaderReports;
 * ```
 */
export interface LeaderReport {
  /** Identifier, unique in the file */
  id: string;
  /** A calendar day YYYY-MM-DD, or an ISO 8601 date-time with an offset or Z */
  date: string;
  /** 服务站点 — service point */
  servicePointId?: string;
  /** 备注 — note */
  note?: string;
}

/**
 * Demand 诉求: Demand 诉求.
 *
 * @category Facts
 * @example
 * ```ts
 * const demands: Demand[] = liaison.demands;
 * ```
 */
export interface Demand {
  /** Identifier, unique in the file */
  id: string;
  /** 诉求内容 — description */
  description?: string;
  /** 已解决 — resolved */
  resolved: boolean;
  /** Recorded reason when a demand is not resolved */
  reason?: string;
}

/**
 * Outage 停电: A power outage and when its information was published.
 *
 * @category Facts
 * @example
 * ```ts
 * const outages: Outage[] = facts.outages;
 * ```
 */
export interface Outage {
  /** Identifier, unique in the file */
  id: string;
  /** planned 计划停电 | temporary 临时检修 | fault 故障停电 */
  kind: 'planned' | 'temporary' | 'fault';
  /** A calendar day YYYY-MM-DD, or an ISO 8601 date-time with an offset or Z */
  start: string;
  /** When the outage information was published; absent if never */
  noticeAt?: string;
  /** A free note */
  note?: string;
}

/**
 * Incident 风险事件: An event of the risk-control items 23–25.
 *
 * @category Facts
 * @example
 * ```ts
 * const incidents: Incident[] = facts.incidents;
 * ```
 */
export interface Incident {
  /** Identifier, unique in the file */
  id: string;
  /** service-complaint 服务投诉 | state-grid-notified-event 国网通报事件 | leapfrog-petition 越级上访 | staff-violation 违规违纪 */
  kind: 'service-complaint' | 'state-grid-notified-event' | 'leapfrog-petition' | 'staff-violation';
  /** A calendar day YYYY-MM-DD, or an ISO 8601 date-time with an offset or Z */
  date: string;
  /** 经核实排除责任 — responsibility ruled out */
  responsibilityRuledOut: boolean;
  /** A free note */
  note?: string;
}

/**
 * Incident 风险事件: An event of the risk-control items 23–25.
 * As written in a file, before defaults are filled in: fields with a default may be left out.
 *
 * @category Facts
 * @example
 * ```ts
 * const incidents: IncidentInput[] | undefined = facts.incidents;
 * ```
 */
export interface IncidentInput {
  /** Identifier, unique in the file */
  id: string;
  /** service-complaint 服务投诉 | state-grid-notified-event 国网通报事件 | leapfrog-petition 越级上访 | staff-violation 违规违纪 */
  kind: 'service-complaint' | 'state-grid-notified-event' | 'leapfrog-petition' | 'staff-violation';
  /** A calendar day YYYY-MM-DD, or an ISO 8601 date-time with an offset or Z */
  date: string;
  /** 经核实排除责任 — responsibility ruled out */
  responsibilityRuledOut?: boolean;
  /** A free note */
  note?: string;
}

/**
 * Expert assessments and rejected evidence for one station’s evaluation: `Review` is what `parseReview` returns,
 * `ReviewInput` what a review file holds (the lists may be left out).
 *
 * @category Review
 * @example
 * ```ts
 * const input: ReviewInput = {
 *   assessments: [{ itemId: 'recognition', verdict: 'pass', assessor: '王工', date: '2024-01-15' }],
 * };
 * const review: Review = parseReviewOrThrow(input);
 * ```
 */
export interface Review {
  /** The JSON Schema the file follows (for editors); ignored */
  $schema?: string;
  /** 专家评议 — expert assessments, at most one per item */
  assessments: Assessment[];
  /** 证据驳回 — records rejected as not authentic or not valid, at most once each */
  rejectedEvidence: EvidenceRejection[];
}

/**
 * Expert assessments and rejected evidence for one station’s evaluation: `Review` is what `parseReview` returns,
 * `ReviewInput` what a review file holds (the lists may be left out).
 * As written in a file, before defaults are filled in: fields with a default may be left out.
 *
 * @category Review
 * @example
 * ```ts
 * const input: ReviewInput = {
 *   rejectedEvidence: [{ recordId: 'liaison-2023-03', reason: '签名不实', by: '李审核', date: '2024-01-10' }],
 * };
 * const parsed = parseReview(input);
 * ```
 */
export interface ReviewInput {
  /** The JSON Schema the file follows (for editors); ignored */
  $schema?: string;
  /** 专家评议 — expert assessments, at most one per item */
  assessments?: Assessment[];
  /** 证据驳回 — records rejected as not authentic or not valid, at most once each */
  rejectedEvidence?: EvidenceRejection[];
}

/**
 * Assessment 专家评议: A verdict or a score for an item, by whom, when and why.
 *
 * @category Review
 * @example
 * ```ts
 * const assessments: Assessment[] = review.assessments;
 * ```
 */
export interface Assessment {
  /** Id of the item assessed */
  itemId: string;
  /** pass → full points, fail → 0 */
  verdict?: 'pass' | 'fail';
  /** Points awarded, 0 … max of the item, at most 4 decimal places */
  score?: number;
  /** Who assessed (name or id) */
  assessor: string;
  /** When the assessment was made */
  date: string;
  /** Why; required when the assessment overrides a computed item */
  justification?: string;
}

/**
 * Rejected evidence 证据驳回: A record an evaluator rejected as evidence; it is left out of the evaluation and
 * listed in the result.
 *
 * @category Review
 * @example
 * ```ts
 * const rejectedEvidence: EvidenceRejection[] = review.rejectedEvidence;
 * ```
 */
export interface EvidenceRejection {
  /** Id of the record in the facts */
  recordId: string;
  /** Why it is not authentic or valid */
  reason: string;
  /** Who rejected it */
  by: string;
  /** When it was rejected */
  date: string;
}

/**
 * A complete (base) ruleset document: `BaseRuleset` after validation (defaults filled in, English texts
 * completed), the shape of `clean-station/rules/base`; `BaseRulesetInput` as written.
 *
 * @category Rulesets and variants
 * @example
 * ```ts
 * const doc: BaseRuleset = baseRulesetDocument();
 * doc.items.map((item) => [item.seq, item.id, item.points].join(' '));
 * ```
 */
export interface BaseRuleset {
  /** The JSON Schema the file follows (for editors); ignored */
  $schema?: string;
  /** Stable id of the ruleset */
  id: string;
  /** Semantic version of the ruleset */
  version: string;
  /** The ruleset’s title */
  title: Localized;
  /** What the ruleset is for */
  description?: Localized;
  /** The ruleset’s tunables (month-end days, grace days …), referenced in conditions as { "$param": name } */
  params: Record<string, JsonValue>;
  /** Record kinds this ruleset declares, by name (the lists facts carry under records.<name>) */
  recordKinds: Record<string, RecordKindDeclaration>;
  /** The parts of Appendix A (base, bonus) */
  parts: Part[];
  /** The sections the items are grouped in */
  sections: Section[];
  /** The three grade bands, best first */
  grades: Grade[];
  /** The items, in order */
  items: Item[];
}

/**
 * A complete (base) ruleset document: `BaseRuleset` after validation (defaults filled in, English texts
 * completed), the shape of `clean-station/rules/base`; `BaseRulesetInput` as written.
 * As written in a file, before defaults are filled in: fields with a default may be left out.
 *
 * @category Rulesets and variants
 * @example
 * ```ts
 * const input: BaseRulesetInput = JSON.parse(readFileSync('my-base.json', 'utf8'));
 * const ruleset = loadRulesetOrThrow(input);
 * ```
 */
export interface BaseRulesetInput {
  /** The JSON Schema the file follows (for editors); ignored */
  $schema?: string;
  /** Stable id of the ruleset */
  id: string;
  /** Semantic version of the ruleset */
  version: string;
  /** The ruleset’s title */
  title: LocalizedText;
  /** What the ruleset is for */
  description?: LocalizedText;
  /** The ruleset’s tunables (month-end days, grace days …), referenced in conditions as { "$param": name } */
  params: Record<string, JsonValue>;
  /** Record kinds this ruleset declares, by name (the lists facts carry under records.<name>) */
  recordKinds?: Record<string, RecordKindDeclarationInput>;
  /** The parts of Appendix A (base, bonus) */
  parts: PartInput[];
  /** The sections the items are grouped in */
  sections: SectionInput[];
  /** The three grade bands, best first */
  grades: GradeInput[];
  /** The items, in order */
  items: ItemInput[];
}

/**
 * A text of a ruleset as written: Chinese, English optional (a text without English resolves to the Chinese
 * one).
 * As written in a file, before defaults are filled in: fields with a default may be left out.
 *
 * @category Rulesets and variants
 * @example
 * ```ts
 * const title: LocalizedText = { zh: '每月开展安全培训' };
 * ```
 */
export interface LocalizedText {
  /** Chinese */
  zh: string;
  /** English; the Chinese text is shown when absent */
  en?: string;
}

/**
 * A part of Appendix A (base or bonus)
 *
 * @category Rulesets and variants
 * @example
 * ```ts
 * const parts: Part[] = doc.parts;
 * ```
 */
export interface Part {
  /** Part id */
  id: string;
  /** Whether the part counts towards base or bonus points */
  kind: 'base' | 'bonus';
  /** Points the part is worth (its items add up to it) */
  points: number;
  /** The part’s title */
  title: Localized;
}

/**
 * A part of Appendix A (base or bonus)
 * As written in a file, before defaults are filled in: fields with a default may be left out.
 *
 * @category Rulesets and variants
 * @example
 * ```ts
 * const parts: PartInput[] = doc.parts;
 * ```
 */
export interface PartInput {
  /** Part id */
  id: string;
  /** Whether the part counts towards base or bonus points */
  kind: 'base' | 'bonus';
  /** Points the part is worth (its items add up to it) */
  points: number;
  /** The part’s title */
  title: LocalizedText;
}

/**
 * A section of Appendix A.
 *
 * @category Rulesets and variants
 * @example
 * ```ts
 * const sections: Section[] = doc.sections;
 * ```
 */
export interface Section {
  /** Section id */
  id: string;
  /** Id of the part the section belongs to */
  part: string;
  /** Points the section is worth (its items add up to it) */
  points: number;
  /** The section’s title */
  title: Localized;
}

/**
 * A section of Appendix A.
 * As written in a file, before defaults are filled in: fields with a default may be left out.
 *
 * @category Rulesets and variants
 * @example
 * ```ts
 * const sections: SectionInput[] = doc.sections;
 * ```
 */
export interface SectionInput {
  /** Section id */
  id: string;
  /** Id of the part the section belongs to */
  part: string;
  /** Points the section is worth (its items add up to it) */
  points: number;
  /** The section’s title */
  title: LocalizedText;
}

/**
 * A grade band: the lowest total that earns it.
 *
 * @category Rulesets and variants
 * @example
 * ```ts
 * const grades: Grade[] = doc.grades;
 * ```
 */
export interface Grade {
  /** excellent, qualified or unqualified */
  id: 'excellent' | 'qualified' | 'unqualified';
  /** The lowest total of the grade (null for the lowest grade) */
  min: number | null;
  /** The grade’s name */
  label: Localized;
}

/**
 * A grade band: the lowest total that earns it.
 * As written in a file, before defaults are filled in: fields with a default may be left out.
 *
 * @category Rulesets and variants
 * @example
 * ```ts
 * const grades: GradeInput[] = doc.grades;
 * ```
 */
export interface GradeInput {
  /** excellent, qualified or unqualified */
  id: 'excellent' | 'qualified' | 'unqualified';
  /** The lowest total of the grade (null for the lowest grade) */
  min: number | null;
  /** The grade’s name */
  label: LocalizedText;
}

/**
 * One item of Appendix A: what it requires, how it is checked and scored.
 *
 * @category Rulesets and variants
 * @example
 * ```ts
 * const items: Item[] = doc.items;
 * ```
 */
export interface Item {
  /** Stable kebab-case id of an item */
  id: string;
  /** Row number in the seed, e.g. "9" or "12a" */
  seq: string;
  /** Id of the section the item belongs to */
  section: string;
  /** Points the item is worth */
  points: number;
  /** The item’s title */
  title: Localized;
  /** What the standard requires */
  requirement: Localized;
  /** How the item is checked */
  check: Localized;
  /** How the item’s checks turn into points */
  scoring: Scoring;
  /** What the item checks (absent for an expert item) */
  conditions?: Condition;
  /** When false the item is notApplicable (full points) */
  applicability?: Condition;
  /** What to do to earn the full points */
  advice: Localized;
}

/**
 * One item of Appendix A: what it requires, how it is checked and scored.
 * As written in a file, before defaults are filled in: fields with a default may be left out.
 *
 * @category Rulesets and variants
 * @example
 * ```ts
 * const items: ItemInput[] = doc.items;
 * ```
 */
export interface ItemInput {
  /** Stable kebab-case id of an item */
  id: string;
  /** Row number in the seed, e.g. "9" or "12a" */
  seq: string;
  /** Id of the section the item belongs to */
  section: string;
  /** Points the item is worth */
  points: number;
  /** The item’s title */
  title: LocalizedText;
  /** What the standard requires */
  requirement: LocalizedText;
  /** How the item is checked */
  check: LocalizedText;
  /** How the item’s checks turn into points */
  scoring: ScoringInput;
  /** What the item checks (absent for an expert item) */
  conditions?: Condition;
  /** When false the item is notApplicable (full points) */
  applicability?: Condition;
  /** What to do to earn the full points */
  advice: LocalizedText;
}

/**
 * How an item turns its checks into points (spec §2).
 *
 * @category Rulesets and variants
 * @example
 * ```ts
 * const scoring: Scoring = { mode: 'deduct-per-failure', deduct: 2, floor: 0, failures: 'failed-conditions' };
 * ```
 */
export type Scoring = {
  /** Full points when every condition holds, else 0 */
  mode: 'all-or-nothing';
} | {
  /** Points less `deduct` per failure, down to `floor` */
  mode: 'deduct-per-failure';
  /** Points deducted per failure */
  deduct: number;
  /** The lowest score (0 unless given) */
  floor: number;
  /** What counts as a failure: each failed top-level condition, or a counted fact */
  failures: 'failed-conditions' | FactReference;
} | {
  /** Points less `deduct` per occurrence (a complaint, a violation), down to `floor` */
  mode: 'deduct-per-occurrence';
  /** Points deducted per occurrence */
  deduct: number;
  /** The lowest score (0 unless given); null for none, so a score may go below 0 */
  floor: number | null;
  /** The fact that counts the occurrences */
  occurrences: FactReference;
} | {
  /** Bonus points when every condition holds */
  mode: 'bonus';
} | {
  /** Judged by an expert assessment in the review */
  mode: 'expert';
};

/**
 * How an item turns its checks into points (spec §2).
 * As written in a file, before defaults are filled in: fields with a default may be left out.
 *
 * @category Rulesets and variants
 * @example
 * ```ts
 * const scoring: ScoringInput = itemInput.scoring;
 * ```
 */
export type ScoringInput = {
  /** Full points when every condition holds, else 0 */
  mode: 'all-or-nothing';
} | {
  /** Points less `deduct` per failure, down to `floor` */
  mode: 'deduct-per-failure';
  /** Points deducted per failure */
  deduct: number;
  /** The lowest score (0 unless given) */
  floor?: number;
  /** What counts as a failure: each failed top-level condition, or a counted fact */
  failures: 'failed-conditions' | FactReference;
} | {
  /** Points less `deduct` per occurrence (a complaint, a violation), down to `floor` */
  mode: 'deduct-per-occurrence';
  /** Points deducted per occurrence */
  deduct: number;
  /** The lowest score (0 unless given); null for none, so a score may go below 0 */
  floor?: number | null;
  /** The fact that counts the occurrences */
  occurrences: FactReference;
} | {
  /** Bonus points when every condition holds */
  mode: 'bonus';
} | {
  /** Judged by an expert assessment in the review */
  mode: 'expert';
};

/**
 * A reference to a factual quantity: a derived fact with params and a path to a number or a list.
 *
 * @category Rulesets and variants
 * @example
 * ```ts
 * const occurrences: FactReference = { fact: 'incidents', params: { kinds: ['staff-violation'] }, path: 'counted.length' };
 * ```
 */
export interface FactReference {
  /** Name of a derived fact (coverage, count, incidents …) */
  fact: string;
  /** The fact’s params; a value may be { "$param": name } */
  params?: Record<string, JsonValue>;
  /** A path into the fact’s value: missing, counted.length */
  path?: string;
}

/**
 * A record kind declared by a ruleset: its title and its own fields.
 *
 * @category Rulesets and variants
 * @example
 * ```ts
 * const kind: RecordKindDeclaration = {
 *   title: { zh: '安全培训', en: 'Safety training' },
 *   fields: { attendees: { type: 'count', min: 1, required: true } },
 * };
 * ```
 */
export interface RecordKindDeclaration {
  /** What the kind is called (spreadsheet sheets, reports, documentation) */
  title: Label;
  /** What a record of the kind is */
  description?: Label;
  /** The kind’s own fields; every record also has id, date, servicePointId and note */
  fields: Record<string, FieldDeclaration>;
}

/**
 * A record kind declared by a ruleset: its title and its own fields.
 * As written in a file, before defaults are filled in: fields with a default may be left out.
 *
 * @category Rulesets and variants
 * @example
 * ```ts
 * const recordKinds: Record<string, RecordKindDeclarationInput> | undefined = doc.recordKinds;
 * ```
 */
export interface RecordKindDeclarationInput {
  /** What the kind is called (spreadsheet sheets, reports, documentation) */
  title: Label;
  /** What a record of the kind is */
  description?: Label;
  /** The kind’s own fields; every record also has id, date, servicePointId and note */
  fields?: Record<string, FieldDeclaration>;
}

/**
 * One field of a declared record kind, as written in a ruleset.
 *
 * @category Rulesets and variants
 * @example
 * ```ts
 * const field: FieldDeclaration = { type: 'count', min: 1, required: true, title: { zh: '参加人数' } };
 * ```
 */
export type FieldDeclaration = {
  /** A calendar day YYYY-MM-DD */
  type: 'date';
  /** What the field is called (spreadsheet header, documentation) */
  title?: Label;
  /** What the field holds (documentation) */
  description?: Label;
  /** Whether every record must have the field (default false) */
  required?: boolean;
} | {
  /** A calendar day, or a date-time with an offset */
  type: 'date-time';
  /** What the field is called (spreadsheet header, documentation) */
  title?: Label;
  /** What the field holds (documentation) */
  description?: Label;
  /** Whether every record must have the field (default false) */
  required?: boolean;
} | {
  /** Free text */
  type: 'text';
  /** What the field is called (spreadsheet header, documentation) */
  title?: Label;
  /** What the field holds (documentation) */
  description?: Label;
  /** Whether every record must have the field (default false) */
  required?: boolean;
  /** Shortest text */
  minLength?: number;
  /** Longest text */
  maxLength?: number;
} | {
  /** A finite number */
  type: 'number';
  /** What the field is called (spreadsheet header, documentation) */
  title?: Label;
  /** What the field holds (documentation) */
  description?: Label;
  /** Whether every record must have the field (default false) */
  required?: boolean;
  /** Lowest value */
  min?: number;
  /** Highest value */
  max?: number;
} | {
  /** A whole number, 0 or more */
  type: 'count';
  /** What the field is called (spreadsheet header, documentation) */
  title?: Label;
  /** What the field holds (documentation) */
  description?: Label;
  /** Whether every record must have the field (default false) */
  required?: boolean;
  /** Lowest value */
  min?: number;
  /** Highest value */
  max?: number;
} | {
  /** Yes or no */
  type: 'boolean';
  /** What the field is called (spreadsheet header, documentation) */
  title?: Label;
  /** What the field holds (documentation) */
  description?: Label;
  /** Whether every record must have the field (default false) */
  required?: boolean;
} | {
  /** One of the values listed */
  type: 'enum';
  /** What the field is called (spreadsheet header, documentation) */
  title?: Label;
  /** What the field holds (documentation) */
  description?: Label;
  /** Whether every record must have the field (default false) */
  required?: boolean;
  /** The allowed values, each with its label ({ "zh": …, "en"?: … }) */
  values: Record<string, Label>;
} | {
  /** The id of a staff member, service point, group member or record */
  type: 'ref';
  /** What the field is called (spreadsheet header, documentation) */
  title?: Label;
  /** What the field holds (documentation) */
  description?: Label;
  /** Whether every record must have the field (default false) */
  required?: boolean;
  /** staff, servicePoints, groupMembers or a record kind */
  to: string;
} | {
  /** A list of ids (see ref) */
  type: 'refs';
  /** What the field is called (spreadsheet header, documentation) */
  title?: Label;
  /** What the field holds (documentation) */
  description?: Label;
  /** Whether every record must have the field (default false) */
  required?: boolean;
  /** staff, servicePoints, groupMembers or a record kind */
  to: string;
  /** Most ids in the list */
  maxItems?: number;
};

/**
 * A text in Chinese, with English where the author gave it.
 *
 * @category Rulesets and variants
 * @example
 * ```ts
 * const label: Label = { zh: '市级' };
 * ```
 */
export interface Label {
  /** Chinese */
  zh: string;
  /** English */
  en?: string;
}

/**
 * A ruleset that extends another one (the base of the standard, or another variant) by changing params,
 * overriding, removing and adding items, and redeclaring grade bands, parts and sections: `VariantInput` as
 * written, `Variant` after validation.
 *
 * @category Rulesets and variants
 * @example
 * ```ts
 * const variant: Variant = variantSchema.parse(JSON.parse(text));
 * variant.extends; // { id: 'zj-clean-station', version: '^1.0.0' }
 * ```
 */
export interface Variant {
  /** The JSON Schema the file follows (for editors); ignored */
  $schema?: string;
  /** Stable id of the variant */
  id: string;
  /** Semantic version of this variant */
  version: string;
  /** The variant’s title (the extended ruleset’s when absent) */
  title?: Localized;
  /** What the variant changes and why */
  description?: Localized;
  /** The ruleset this variant extends, pinned by a semver range */
  extends: ExtendedRuleset;
  /** Params to set; each replaces the value it names */
  params?: Record<string, JsonValue>;
  /** Record kinds this variant adds (a kind the extended ruleset has cannot be redeclared) */
  recordKinds?: Record<string, RecordKindDeclaration>;
  /** Items to change, by id: the fields given replace the extended item’s */
  override?: Record<string, ItemOverride>;
  /** Ids of the items to remove */
  remove?: string[];
  /** New items (their ids must be new) */
  add?: Item[];
  /** Grade bands to change */
  grades?: GradePatch[];
  /** Parts to change or add */
  parts?: PartPatch[];
  /** Sections to change or add */
  sections?: SectionPatch[];
}

/**
 * A ruleset that extends another one (the base of the standard, or another variant) by changing params,
 * overriding, removing and adding items, and redeclaring grade bands, parts and sections: `VariantInput` as
 * written, `Variant` after validation.
 * As written in a file, before defaults are filled in: fields with a default may be left out.
 *
 * @category Rulesets and variants
 * @example
 * ```ts
 * const variant: VariantInput = {
 *   id: 'jinhua-city',
 *   version: '1.0.0',
 *   extends: { id: 'zj-clean-station', version: '^1.0.0' },
 *   params: { monthEndDays: 7 },
 * };
 * const ruleset = loadRulesetOrThrow([variant]);
 * ```
 */
export interface VariantInput {
  /** The JSON Schema the file follows (for editors); ignored */
  $schema?: string;
  /** Stable id of the variant */
  id: string;
  /** Semantic version of this variant */
  version: string;
  /** The variant’s title (the extended ruleset’s when absent) */
  title?: LocalizedText;
  /** What the variant changes and why */
  description?: LocalizedText;
  /** The ruleset this variant extends, pinned by a semver range */
  extends: ExtendedRuleset;
  /** Params to set; each replaces the value it names */
  params?: Record<string, JsonValue>;
  /** Record kinds this variant adds (a kind the extended ruleset has cannot be redeclared) */
  recordKinds?: Record<string, RecordKindDeclarationInput>;
  /** Items to change, by id: the fields given replace the extended item’s */
  override?: Record<string, ItemOverrideInput>;
  /** Ids of the items to remove */
  remove?: string[];
  /** New items (their ids must be new) */
  add?: ItemInput[];
  /** Grade bands to change */
  grades?: GradePatchInput[];
  /** Parts to change or add */
  parts?: PartPatchInput[];
  /** Sections to change or add */
  sections?: SectionPatchInput[];
}

/**
 * The ruleset this variant extends, pinned by a semver range.
 *
 * @category Rulesets and variants
 * @example
 * ```ts
 * const extends: ExtendedRuleset = variant.extends;
 * ```
 */
export interface ExtendedRuleset {
  /** Id of the ruleset this variant extends */
  id: string;
  /** Semver range the extended ruleset’s version must satisfy */
  version: string;
}

/**
 * The fields of an item a variant overrides; each replaces the extended item’s value as a whole.
 *
 * @category Rulesets and variants
 * @example
 * ```ts
 * const override: ItemOverride = { advice: { zh: '每月对接并记录需求。', en: 'Meet monthly and log demands.' } };
 * ```
 */
export interface ItemOverride {
  /** Points the item is worth */
  points?: number;
  /** The item’s title */
  title?: Localized;
  /** What the standard requires */
  requirement?: Localized;
  /** How the item is checked */
  check?: Localized;
  /** What to do to earn the full points */
  advice?: Localized;
  /** How the item’s checks turn into points */
  scoring?: Scoring;
  /** What the item checks (absent for an expert item) */
  conditions?: Condition;
  /** When false the item is notApplicable (full points) */
  applicability?: Condition;
}

/**
 * The fields of an item a variant overrides; each replaces the extended item’s value as a whole.
 * As written in a file, before defaults are filled in: fields with a default may be left out.
 *
 * @category Rulesets and variants
 * @example
 * ```ts
 * const override: Record<string, ItemOverrideInput> | undefined = variant.override;
 * ```
 */
export interface ItemOverrideInput {
  /** Points the item is worth */
  points?: number;
  /** The item’s title */
  title?: LocalizedText;
  /** What the standard requires */
  requirement?: LocalizedText;
  /** How the item is checked */
  check?: LocalizedText;
  /** What to do to earn the full points */
  advice?: LocalizedText;
  /** How the item’s checks turn into points */
  scoring?: ScoringInput;
  /** What the item checks (absent for an expert item) */
  conditions?: Condition;
  /** When false the item is notApplicable (full points) */
  applicability?: Condition;
}

/**
 * A grade band’s fields to change.
 *
 * @category Rulesets and variants
 * @example
 * ```ts
 * const grades: GradePatch[] | undefined = variant.grades;
 * ```
 */
export interface GradePatch {
  /** The grade to change */
  id: 'excellent' | 'qualified' | 'unqualified';
  /** The lowest total of the grade (null for none) */
  min?: number | null;
  /** The grade’s name */
  label?: Localized;
}

/**
 * A grade band’s fields to change.
 * As written in a file, before defaults are filled in: fields with a default may be left out.
 *
 * @category Rulesets and variants
 * @example
 * ```ts
 * const grades: GradePatchInput[] | undefined = variant.grades;
 * ```
 */
export interface GradePatchInput {
  /** The grade to change */
  id: 'excellent' | 'qualified' | 'unqualified';
  /** The lowest total of the grade (null for none) */
  min?: number | null;
  /** The grade’s name */
  label?: LocalizedText;
}

/**
 * A part to change (the fields given) or to add (all fields)
 *
 * @category Rulesets and variants
 * @example
 * ```ts
 * const parts: PartPatch[] | undefined = variant.parts;
 * ```
 */
export interface PartPatch {
  /** Id of the part to change or add */
  id: string;
  /** Whether the part counts towards base or bonus */
  kind?: 'base' | 'bonus';
  /** Points the part is worth */
  points?: number;
  /** The part’s title */
  title?: Localized;
}

/**
 * A part to change (the fields given) or to add (all fields)
 * As written in a file, before defaults are filled in: fields with a default may be left out.
 *
 * @category Rulesets and variants
 * @example
 * ```ts
 * const parts: PartPatchInput[] | undefined = variant.parts;
 * ```
 */
export interface PartPatchInput {
  /** Id of the part to change or add */
  id: string;
  /** Whether the part counts towards base or bonus */
  kind?: 'base' | 'bonus';
  /** Points the part is worth */
  points?: number;
  /** The part’s title */
  title?: LocalizedText;
}

/**
 * A section to change (the fields given) or to add (all fields)
 *
 * @category Rulesets and variants
 * @example
 * ```ts
 * const sections: SectionPatch[] | undefined = variant.sections;
 * ```
 */
export interface SectionPatch {
  /** Id of the section to change or add */
  id: string;
  /** Id of the part the section belongs to */
  part?: string;
  /** Points the section is worth */
  points?: number;
  /** The section’s title */
  title?: Localized;
}

/**
 * A section to change (the fields given) or to add (all fields)
 * As written in a file, before defaults are filled in: fields with a default may be left out.
 *
 * @category Rulesets and variants
 * @example
 * ```ts
 * const sections: SectionPatchInput[] | undefined = variant.sections;
 * ```
 */
export interface SectionPatchInput {
  /** Id of the section to change or add */
  id: string;
  /** Id of the part the section belongs to */
  part?: string;
  /** Points the section is worth */
  points?: number;
  /** The section’s title */
  title?: LocalizedText;
}

/**
 * A test-case file (`*.cases.json`): the ruleset under test, shared facts, and cases.
 *
 * @category Rulesets and variants
 * @example
 * ```ts
 * const suite: TestSuite = {
 *   ruleset: 'jinhua-city.json',
 *   facts: 'station.json',
 *   cases: [{ name: 'a compliant station scores full marks', expect: { total: 100 } }],
 * };
 * ```
 */
export interface TestSuite {
  /** The JSON Schema the file follows (for editors); ignored */
  $schema?: string;
  /**
   * The ruleset under test: a variant file (the bundled base is used when it extends it), or files base first; the
   * base ruleset when absent
   */
  ruleset?: string | string[];
  /** Facts the cases start from when they name none */
  facts?: string | Readonly<Record<string, unknown>>;
  /** The test cases */
  cases: TestCase[];
}

/**
 * One test case of a ruleset: a name, the facts (a file, inline facts, or the file’s shared facts, optionally
 * changed by a `patch`), an optional review, and what is expected.
 *
 * @category Rulesets and variants
 * @example
 * ```ts
 * const testCase: TestCase = {
 *   name: 'a month without a training loses the item',
 *   facts: 'station.json',
 *   patch: [{ op: 'remove', path: '/records/safetyTrainings/3' }],
 *   expect: { items: { 'monthly-safety-training': { score: 0, status: 'fail', missing: ['2023-04'] } } },
 * };
 * ```
 */
export interface TestCase {
  /** What the case shows, as a sentence */
  name: string;
  /** The facts of the case; the file’s `facts` when absent */
  facts?: string | Readonly<Record<string, unknown>>;
  /**
   * A change to the facts before the case runs: an object is a JSON Merge Patch (RFC 7396: objects merge, null
   * deletes, lists and other values replace); a list is a JSON Patch (RFC 6902: add, remove, replace, move, copy,
   * test at JSON Pointers)
   */
  patch?: Array<{
    /** Add, replace or test the value at path */
    op: 'add' | 'replace' | 'test';
    /** A JSON Pointer (RFC 6901) into the facts: /records/liaisons/0 */
    path: string;
    /** The value to add, to replace with or to test for */
    value: unknown;
  } | {
    /** Remove the value at path */
    op: 'remove';
    /** A JSON Pointer (RFC 6901) into the facts: /records/liaisons/0 */
    path: string;
  } | {
    /** Move or copy the value at from to path */
    op: 'move' | 'copy';
    /** A JSON Pointer (RFC 6901) into the facts: /records/liaisons/0 */
    from: string;
    /** A JSON Pointer (RFC 6901) into the facts: /records/liaisons/0 */
    path: string;
  }> | Readonly<Record<string, unknown>>;
  /** A review (expert assessments, rejected evidence): a file or inline */
  review?: string | Readonly<Record<string, unknown>>;
  /** Expectation */
  expect: Expectation;
}

/**
 * Expectation: Expectation.
 *
 * @category Rulesets and variants
 * @example
 * ```ts
 * const expect: Expectation = testCase.expect;
 * ```
 */
export interface Expectation {
  /** The total score */
  total?: number;
  /** Points of the base part */
  base?: number;
  /** Points of the bonus part */
  bonus?: number;
  /** The grade */
  grade?: 'excellent' | 'qualified' | 'unqualified';
  /** By item id: what each named item scores */
  items?: Record<string, ItemExpectation>;
  /** The facts (or review) are refused with exactly these issues, in any order */
  issues?: ExpectedIssue[];
}

/**
 * Item expectation: Item expectation.
 *
 * @category Rulesets and variants
 * @example
 * ```ts
 * const items: Record<string, ItemExpectation> | undefined = expectation.items;
 * ```
 */
export interface ItemExpectation {
  /** Points the item scores */
  score?: number;
  /** The item’s status */
  status?: 'pass' | 'partial' | 'fail' | 'notApplicable' | 'notAssessed' | 'overridden';
  /** Exactly these buckets are missing (2023-04, 2023-Q2, 2023-H1, 2023), in any order */
  missing?: string[];
  /** Exactly these records are present but not counted, with reason and bucket, in any order */
  notCounted?: Array<{
    /** Id of the record */
    id: string;
    /** Why it is not counted */
    reason: string;
    /** The bucket it would have met */
    bucket: string;
  }>;
  /** Failures or occurrences counted by a deduction mode (null for other modes) */
  failures?: number | null;
}

/**
 * An issue a case expects the facts (or review) to be refused with.
 *
 * @category Rulesets and variants
 * @example
 * ```ts
 * const issues: ExpectedIssue[] | undefined = expectation.issues;
 * ```
 */
export interface ExpectedIssue {
  /** The issue code, like missing-field */
  code: string;
  /** Where, as the CLI prints it: records.safetyTrainings[0].attendees (any path when absent) */
  path?: string;
}
