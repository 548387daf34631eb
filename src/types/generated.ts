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
export type EvaluationResult = {
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
  /** Present when evaluated as of a day (spec §5): the scores above are the scores to date */
  asOf?: AsOfSummary | undefined;
  /** The score as of each month end of the period (§7.2), when asked for */
  monthly?: MonthlyScore[] | undefined;
};

/**
 * The library that produced the result.
 *
 * @category Evaluate
 * @example
 * ```ts
 * const library: LibraryStamp = result.library;
 * ```
 */
export type LibraryStamp = {
  /** Package name */
  name: string;
  /** Package version */
  version: string;
};

/**
 * The ruleset the station was scored with.
 *
 * @category Evaluate
 * @example
 * ```ts
 * const ruleset: RulesetStamp = result.ruleset;
 * ```
 */
export type RulesetStamp = {
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
};

/**
 * One ruleset of a chain: the base or a variant applied to it.
 *
 * @category Rulesets and variants
 * @example
 * ```ts
 * const chain: RulesetLink[] = rulesetStamp.chain;
 * ```
 */
export type RulesetLink = {
  /** Ruleset id */
  id: string;
  /** Ruleset version */
  version: string;
};

/**
 * The station evaluated.
 *
 * @category Evaluate
 * @example
 * ```ts
 * const station: StationStamp = result.station;
 * ```
 */
export type StationStamp = {
  /** Station id */
  id: string;
  /** Station name */
  name: string;
  /** The city and county companies the facts name (present only when they name one) */
  organisation?: {
    /** The city company (市公司) */
    city?: string | undefined;
    /** The county company (县公司) */
    county?: string | undefined;
  } | undefined;
};

/**
 * The evaluation period.
 *
 * @category Evaluate
 * @example
 * ```ts
 * const period: ResultPeriod = result.period;
 * ```
 */
export type ResultPeriod = {
  /** First day (YYYY-MM-DD) */
  start: string;
  /** Last day (YYYY-MM-DD) */
  end: string;
  /** The time zone its days are read in */
  timeZone: string;
};

/**
 * The most points there are.
 *
 * @category Evaluate
 * @example
 * ```ts
 * const max: MaxScores = result.max;
 * ```
 */
export type MaxScores = {
  /** Points the base part is worth */
  base: number;
  /** Points the bonus part is worth */
  bonus: number;
  /** Both together */
  total: number;
};

/**
 * The score of one part of Appendix A.
 *
 * @category Evaluate
 * @example
 * ```ts
 * const parts: PartResult[] = result.parts;
 * ```
 */
export type PartResult = {
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
};

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
export type ItemResult = {
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
   * Obligations not judged yet: their deadline lies after the judgement day (the period end, or an earlier as-of
   * day) and they are not met (present only when there are some)
   */
  pending?: PendingObligation[] | undefined;
  /** Evaluated as of a day: the obligations still open, soonest deadline first (present only when there are some) */
  upcoming?: UpcomingObligation[] | undefined;
  /** Evaluated as of a day: the local day of the soonest deadline of `upcoming` */
  nextDeadline?: string | undefined;
  /**
   * Evaluated as of a day inside the period: obligations past their deadline, judged missed, that the station
   * still has to act on (present only when there are some)
   */
  overdue?: OverdueObligation[] | undefined;
};

/**
 * One periodic check of an item: the buckets required, met and missing.
 *
 * @category Evaluate
 * @example
 * ```ts
 * const coverage: CoverageCheck[] = item.coverage;
 * ```
 */
export type CoverageCheck = {
  /** The length of a bucket */
  per: 'month' | 'quarter' | 'half' | 'year';
  /** Buckets that needed a record */
  required: string[];
  /** Buckets with a counted record */
  met: string[];
  /** Buckets without one */
  missing: string[];
  /** Evaluated as of a day: required buckets not met whose window is still open */
  upcoming?: string[] | undefined;
};

/**
 * A record present in the facts but not counted for a missing bucket, and why.
 *
 * @category Evaluate
 * @example
 * ```ts
 * const notCounted: NotCountedRecord[] = item.notCounted;
 * ```
 */
export type NotCountedRecord = {
  /** Id of the record */
  id: string;
  /** Why it was not counted (rejected, out of the period, not in post …) */
  reason: string;
  /** The bucket it would have met (2023-04, 2023-Q2, 2023-H1, 2023) */
  bucket: string;
  /** Who a record ties to a post did not hold it on its day (present only then) */
  notInPost?: NotInPost[] | undefined;
};

/**
 * A person a record ties to a post who did not hold it on the record’s day.
 *
 * @category Evaluate
 * @example
 * ```ts
 * const notInPost: NotInPost[] | undefined = notCountedRecord.notInPost;
 * ```
 */
export type NotInPost = {
  /** Id of the staff member */
  staffId: string;
  /** The post the person lacked on the record’s day */
  role: string;
  /** Whether the person gave (handed over) or received the record */
  as: 'giver' | 'receiver';
};

/**
 * An obligation whose deadline lies after the judgement day (the period end, or an earlier as-of day) and that
 * is not met yet.
 *
 * @category Evaluate
 * @example
 * ```ts
 * const pending: PendingObligation[] | undefined = item.pending;
 * ```
 */
export type PendingObligation = {
  /**
   * The record the obligation arose from (duty, ground, event, outage, problem), or servicePointId:role for a post
   * never held (item 4)
   */
  id: string;
  /** Local day, or local date-time with offset for an outage */
  arose: string;
  /** In the same form; after the judgement day */
  deadline: string;
};

/**
 * What the rules computed for an item that an expert assessment overrode.
 *
 * @category Evaluate
 * @example
 * ```ts
 * const computed: ComputedOutcome | null = item.computed;
 * ```
 */
export type ComputedOutcome = {
  /** Points the item scored before the assessment */
  score: number;
  /** Status before the assessment */
  status: 'pass' | 'partial' | 'fail' | 'notApplicable' | 'notAssessed' | 'overridden';
};

/**
 * The expert assessment applied to an item.
 *
 * @category Evaluate
 * @example
 * ```ts
 * const assessment: AssessmentResult | null = item.assessment;
 * ```
 */
export type AssessmentResult = {
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
};

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
export type Warning = {
  /** A stable code such as group-size or term-too-long */
  code: string;
  /** Ids of the records the warning is about */
  records: string[];
  /** The values the message was built from */
  params: Record<string, string | number>;
  /** The warning in Chinese and English */
  message: Localized;
};

/**
 * A record an evaluator rejected as evidence.
 *
 * @category Evaluate
 * @example
 * ```ts
 * const rejectedEvidence: RejectedEvidence[] = result.rejectedEvidence;
 * ```
 */
export type RejectedEvidence = {
  /** Id of the record */
  id: string;
  /** Why it is not authentic or valid */
  reason: string;
  /** Who rejected it */
  by: string;
  /** When (YYYY-MM-DD) */
  date: string;
};

/**
 * An obligation of an item still open as of a day: the bucket and record kind, the condition still open, or the
 * record a deadline arose from; the first day it can be met on, its deadline and the points at stake.
 *
 * @category Evaluate
 * @example
 * ```ts
 * const open: UpcomingObligation = { bucket: '2023-07', kind: 'liaisons', from: '2023-07-01', deadline: '2023-07-31', stake: 4 };
 * ```
 */
export type UpcomingObligation = {
  /** The first local day the obligation can be met on */
  from: string;
  /** The local day it must be met by (a local date-time with offset for an outage notice) */
  deadline: string;
  /** A periodic obligation: the bucket (2023-07, 2023-Q3@sp-1) */
  bucket?: string | undefined;
  /** Its record kind */
  kind?: string | undefined;
  /** An obligation on the whole period: the condition (its name, or fact.path) */
  condition?: string | undefined;
  /** What the condition still finds open (its actual value) */
  open?: JsonValue | undefined;
  /** A pending deadline: the record it arose from (as in `pending`) */
  obligation?: string | undefined;
  /** Points the item loses if this obligation is missed, given its score so far */
  stake: number;
};

/**
 * An obligation of an item past its deadline as of a day inside the period, judged missed and still open
 * (nothing done for it yet): the record it arose from, its deadline and the points the item lost for it.
 *
 * @category Evaluate
 * @example
 * ```ts
 * const overdue: OverdueObligation = { id: 'c-1', arose: '2023-05-02', deadline: '2023-05-09', lost: 2 };
 * ```
 */
export type OverdueObligation = {
  /** The record the obligation arose from (as in `pending`) */
  id: string;
  /** Local day, or local date-time with offset for an outage */
  arose: string;
  /** In the same form; on or before the as-of day */
  deadline: string;
  /** Points the item lost for it: one deduction of a deduction item, what an all-or-nothing item lost */
  lost: number;
};

/**
 * The as-of part of a result evaluated as of a day: the day, the settled day, the projected score, the next
 * deadline.
 *
 * @category Evaluate
 * @example
 * ```ts
 * const asOf: AsOfSummary | undefined = (await evaluate(facts, { asOf: '2023-06-30' })).asOf;
 * console.log(asOf?.projected.total, asOf?.nextDeadline);
 * ```
 */
export type AsOfSummary = {
  /** The as-of day D: what was recorded up to its end was judged */
  date: string;
  /** From this day on (the period end plus its grace windows and deadlines) the result is the full-year one */
  settled: string;
  /** The score if every obligation still open is met (see docs/mid-year.md) */
  projected: ProjectedScore;
  /** The soonest deadline of any item, or null */
  nextDeadline: string | null;
};

/**
 * The score if every obligation still open is met (see docs/mid-year.md)
 *
 * @category Evaluate
 * @example
 * ```ts
 * const projected: ProjectedScore = asOfSummary.projected;
 * ```
 */
export type ProjectedScore = {
  /** Projected points of the base part */
  base: number;
  /** Projected points of the bonus part */
  bonus: number;
  /** base + bonus */
  total: number;
  /** The grade of the projected total */
  grade: 'excellent' | 'qualified' | 'unqualified';
  /** That grade’s name in Chinese and English */
  gradeLabel: Localized;
};

/**
 * The score of a station as of one month end (`evaluateMonthly`, `result.monthly`).
 *
 * @category Evaluate
 * @example
 * ```ts
 * const june: MonthlyScore = { month: '2023-06', asOf: '2023-06-30', total: 88, projected: 88, grade: 'qualified' };
 * ```
 */
export type MonthlyScore = {
  /** The month (YYYY-MM) */
  month: string;
  /** Its last day in the period (YYYY-MM-DD) */
  asOf: string;
  /** The score to date as of that day */
  total: number;
  /** The projected score as of that day */
  projected: number;
  /** The grade of the score to date */
  grade: 'excellent' | 'qualified' | 'unqualified';
};

/**
 * A text in Chinese and English, as results carry it.
 *
 * @category Evaluate
 * @example
 * ```ts
 * const title: Localized = { zh: '每月对接村电工', en: 'Monthly liaison' };
 * ```
 */
export type Localized = {
  /** Chinese */
  zh: string;
  /** English */
  en: string;
};

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
export type StationFacts = {
  /** The JSON Schema the file follows (for editors); ignored */
  $schema?: string | undefined;
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
  supervisionGroup?: SupervisionGroup | undefined;
  /** Dated records of the periodic obligations, one list per kind */
  records: Records;
  /** 停电 — outages and their notices (items 10, 11) */
  outages: Outage[];
  /** 风险事件 — complaints, notified events, petitions, violations (items 23–25) */
  incidents: Incident[];
};

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
export type StationFactsInput = {
  /** The JSON Schema the file follows (for editors); ignored */
  $schema?: string | undefined;
  /** 供电所 — the station under evaluation */
  station: StationInput;
  /** 评价周期 — the evaluation period, one year at most (§7.1) */
  period: Period;
  /** 驻村服务站点 — the station’s village service points */
  servicePoints?: ServicePointInput[] | undefined;
  /** 人员 — the people who hold or held a post */
  staff?: StaffMember[] | undefined;
  /** 岗位任职 — who held which post at which point, when */
  duties?: Duty[] | undefined;
  /** 廉政监督员聘任 — supervisor appointments */
  appointments?: Appointment[] | undefined;
  /** 廉政监督员考评 — reviews of supervisors */
  reviews?: SupervisorReview[] | undefined;
  /** 解聘情形 — grounds for dismissing a supervisor */
  dismissalGrounds?: DismissalGround[] | undefined;
  /** 工作责任清单 — the responsibility lists of the posts */
  responsibilityLists?: ResponsibilityList[] | undefined;
  /** 廉政监督小组 — the supervision group */
  supervisionGroup?: SupervisionGroup | undefined;
  /** Dated records of the periodic obligations, one list per kind */
  records?: RecordsInput | undefined;
  /** 停电 — outages and their notices (items 10, 11) */
  outages?: Outage[] | undefined;
  /** 风险事件 — complaints, notified events, petitions, violations (items 23–25) */
  incidents?: IncidentInput[] | undefined;
};

/**
 * Station 供电所: 供电所 — the station under evaluation.
 *
 * @category Facts
 * @example
 * ```ts
 * const station: Station = facts.station;
 * ```
 */
export type Station = {
  /** Identifier, unique in the file */
  id: string;
  /** Name of the station */
  name: string;
  /** 建所日期 — the day the station started operating */
  established?: string | undefined;
  /** IANA time zone, e.g. Asia/Shanghai */
  timeZone: string;
  /** the city and county companies the station belongs to (for grouping reports) */
  organisation?: {
    /** 市公司 — the city company the station belongs to, e.g. 国网金华供电公司 */
    city?: string | undefined;
    /** 县公司 — the county company the station belongs to, e.g. 国网武义县供电公司 */
    county?: string | undefined;
  } | undefined;
};

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
export type StationInput = {
  /** Identifier, unique in the file */
  id: string;
  /** Name of the station */
  name: string;
  /** 建所日期 — the day the station started operating */
  established?: string | undefined;
  /** IANA time zone, e.g. Asia/Shanghai */
  timeZone?: string | undefined;
  /** the city and county companies the station belongs to (for grouping reports) */
  organisation?: {
    /** 市公司 — the city company the station belongs to, e.g. 国网金华供电公司 */
    city?: string | undefined;
    /** 县公司 — the county company the station belongs to, e.g. 国网武义县供电公司 */
    county?: string | undefined;
  } | undefined;
};

/**
 * Period 评价周期: 评价周期 — the evaluation period, one year at most (§7.1)
 *
 * @category Facts
 * @example
 * ```ts
 * const period: Period = facts.period;
 * ```
 */
export type Period = {
  /** First day of the evaluation period (inclusive) */
  start: string;
  /** Last day of the evaluation period (inclusive) */
  end: string;
};

/**
 * Service point 驻村服务站点: A village service point of the station (§5.2.2.1)
 *
 * @category Facts
 * @example
 * ```ts
 * const servicePoints: ServicePoint[] = facts.servicePoints;
 * ```
 */
export type ServicePoint = {
  /** Identifier, unique in the file */
  id: string;
  /** Name of the service point */
  name: string;
  /** 依托场所 — the existing venue the point is set up at */
  venue?: 'red-boat-guangming-station' | 'power-station' | 'business-hall' | 'party-mass-service-centre' | 'convenience-service-centre' | 'other' | undefined;
  /** 云服务站点 — a cloud service point */
  cloud: boolean;
  /** 智能服务终端（云终端） — the smart service terminal and the services it offers */
  terminal?: SmartTerminal | undefined;
  /** 基础设施配置 — facilities of Annex Table 1 */
  facilities: Facility[];
  /** The day the point opened; absent if before the period */
  opened?: string | undefined;
  /** The day the point closed; absent while open */
  closed?: string | undefined;
};

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
export type ServicePointInput = {
  /** Identifier, unique in the file */
  id: string;
  /** Name of the service point */
  name: string;
  /** 依托场所 — the existing venue the point is set up at */
  venue?: 'red-boat-guangming-station' | 'power-station' | 'business-hall' | 'party-mass-service-centre' | 'convenience-service-centre' | 'other' | undefined;
  /** 云服务站点 — a cloud service point */
  cloud?: boolean | undefined;
  /** 智能服务终端（云终端） — the smart service terminal and the services it offers */
  terminal?: SmartTerminal | undefined;
  /** 基础设施配置 — facilities of Annex Table 1 */
  facilities?: Facility[] | undefined;
  /** The day the point opened; absent if before the period */
  opened?: string | undefined;
  /** The day the point closed; absent while open */
  closed?: string | undefined;
};

/**
 * 智能服务终端 — a smart service terminal and the services it offers.
 *
 * @category Facts
 * @example
 * ```ts
 * const terminal: SmartTerminal | undefined = servicePoint.terminal;
 * ```
 */
export type SmartTerminal = {
  /** The services it offers; the standard requires consultation, query and bill-payment */
  services: Array<'consultation' | 'query' | 'bill-payment' | 'other'>;
};

/**
 * 基础设施 — one facility of Annex Table 1 and how many a service point has.
 *
 * @category Facts
 * @example
 * ```ts
 * const facilities: Facility[] = servicePoint.facilities;
 * ```
 */
export type Facility = {
  /** The facility of Annex Table 1 */
  kind: 'door-plate' | 'table-plate' | 'business-cards' | 'leaflets' | 'wall-posters' | 'service-record-book' | 'inspection-record-book' | 'customer-opinion-book' | 'desk-and-chairs' | 'waiting-area' | 'first-aid-kit' | 'poster-screen' | 'smart-terminal';
  /** How many the point has */
  quantity: number;
};

/**
 * Staff member 人员: A person who holds or held a post.
 *
 * @category Facts
 * @example
 * ```ts
 * const staff: StaffMember[] = facts.staff;
 * ```
 */
export type StaffMember = {
  /** Identifier, unique in the file */
  id: string;
  /** Name of the person */
  name: string;
};

/**
 * Duty 岗位任职: A span of duty of one person in one post at one service point.
 *
 * @category Facts
 * @example
 * ```ts
 * const duties: Duty[] = facts.duties;
 * ```
 */
export type Duty = {
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
  end?: string | undefined;
  /** Why the duty ended */
  endReason?: 'left' | 'dismissed' | 'transferred' | 'term-expired' | 'other' | undefined;
};

/**
 * Supervisor appointment 廉政监督员聘任: Supervisor appointment 廉政监督员聘任.
 *
 * @category Facts
 * @example
 * ```ts
 * const appointments: Appointment[] = facts.appointments;
 * ```
 */
export type Appointment = {
  /** Identifier, unique in the file */
  id: string;
  /** Id of a staff member */
  staffId: string;
  /** discipline-committee 公司纪委 */
  approver: 'discipline-committee' | 'other';
  /** A calendar day YYYY-MM-DD in the station time zone */
  date: string;
  /** 批准文件文号 */
  documentNo?: string | undefined;
  /** 聘任条件审核 (§5.2.2.4 a–d) recorded */
  eligibilityChecked: boolean;
  /** 推荐人数 */
  candidatesRecommended?: number | undefined;
  /** A calendar day YYYY-MM-DD in the station time zone */
  termStart: string;
  /** A calendar day YYYY-MM-DD in the station time zone */
  termEnd: string;
  /** 连续聘任届次: 1 for a first term */
  termNumber: number;
};

/**
 * Supervisor review 廉政监督员考评: A review of a supervisor’s performance.
 *
 * @category Facts
 * @example
 * ```ts
 * const reviews: SupervisorReview[] = facts.reviews;
 * ```
 */
export type SupervisorReview = {
  /** Identifier, unique in the file */
  id: string;
  /** Id of a staff member */
  staffId: string;
  /** A calendar day YYYY-MM-DD in the station time zone */
  date: string;
  /** fit 称职 | unfit 不称职 */
  outcome: 'fit' | 'unfit';
  /** A free note */
  note?: string | undefined;
};

/**
 * Dismissal ground 解聘情形: A ground of §5.2.2.7 and the day it arose.
 *
 * @category Facts
 * @example
 * ```ts
 * const dismissalGrounds: DismissalGround[] = facts.dismissalGrounds;
 * ```
 */
export type DismissalGround = {
  /** Identifier, unique in the file */
  id: string;
  /** Id of a staff member */
  staffId: string;
  /** The ground of §5.2.2.7 a–e */
  ground: 'sanctioned' | 'inactive-six-months' | 'unsuitable' | 'concealment-or-retaliation' | 'other';
  /** The day the ground arose */
  date: string;
  /** A free note */
  note?: string | undefined;
};

/**
 * Responsibility list 工作责任清单: The responsibility list of a post.
 *
 * @category Facts
 * @example
 * ```ts
 * const responsibilityLists: ResponsibilityList[] = facts.responsibilityLists;
 * ```
 */
export type ResponsibilityList = {
  /** Identifier, unique in the file */
  id: string;
  /** The post the list is for */
  role: 'customer-manager' | 'supervisor';
  /** The day it was issued */
  issued: string;
};

/**
 * Supervision group 廉政监督小组: Supervision group 廉政监督小组.
 *
 * @category Facts
 * @example
 * ```ts
 * const supervisionGroup: SupervisionGroup | undefined = facts.supervisionGroup;
 * ```
 */
export type SupervisionGroup = {
  /** The group’s members */
  members: GroupMember[];
  /** 组长 — should be the branch secretary */
  leaderId?: string | undefined;
};

/**
 * A member of the supervision group.
 *
 * @category Facts
 * @example
 * ```ts
 * const members: GroupMember[] = supervisionGroup.members;
 * ```
 */
export type GroupMember = {
  /** Identifier, unique in the file */
  id: string;
  /** Name of the member */
  name: string;
  /** The member’s role in the group (§5.2.2.8) */
  role: 'branch-secretary' | 'discipline-member' | 'supervisor' | 'staff-representative' | 'other';
  /** Id of a staff member */
  staffId?: string | undefined;
};

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
  liaisons?: LiaisonInput[] | undefined;
  /** Demand ledger handed by the customer manager to the supervisor 客户经理将诉求台账移交监督员 */
  ledgerHandovers?: LedgerHandover[] | undefined;
  /** Publicity 用电宣传和错峰用电引导 */
  publicity?: Publicity[] | undefined;
  /** An event that needs immediate disclosure 需要即时公开的事项 */
  disclosureEvents?: DisclosureEvent[] | undefined;
  /** Monthly, quarterly or immediate disclosure 月度、季度或即时公开 */
  disclosures?: DisclosureInput[] | undefined;
  /** Supervision meeting 监督小组会议 */
  supervisionMeetings?: SupervisionMeetingInput[] | undefined;
  /** Joint meeting 监督联席会 */
  jointMeetings?: JointMeeting[] | undefined;
  /** Special inspection 专项监督检查 */
  specialInspections?: SpecialInspection[] | undefined;
  /** Four-winds check “四风”检查 */
  fourWindsChecks?: FourWindsCheck[] | undefined;
  /** Risk identification 岗位廉政风险辨识 */
  riskIdentifications?: RiskIdentification[] | undefined;
  /** Customer visit 客户走访 */
  customerVisits?: CustomerVisit[] | undefined;
  /** A service problem spotted by supervision 监督中发现的服务问题 */
  problemFlags?: ProblemFlag[] | undefined;
  /** Correction reminder 提醒督促自我纠偏 */
  correctionReminders?: CorrectionReminder[] | undefined;
  /** Result publication 监督结果公开 */
  resultPublications?: ResultPublication[] | undefined;
  /** Supervisor report 廉政监督员履职汇报 */
  supervisorReports?: SupervisorReport[] | undefined;
  /** Leader report 组长向公司纪委汇报 */
  leaderReports?: LeaderReport[] | undefined;
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
export type Liaison = {
  /** Identifier, unique in the file */
  id: string;
  /** A calendar day YYYY-MM-DD, or an ISO 8601 date-time with an offset or Z */
  date: string;
  /** 服务站点 — service point */
  servicePointId?: string | undefined;
  /** 备注 — note */
  note?: string | undefined;
  /** 客户经理 — customer manager */
  staffId?: string | undefined;
  /** 诉求 — demands */
  demands: Demand[];
};

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
export type LiaisonInput = {
  /** Identifier, unique in the file */
  id: string;
  /** A calendar day YYYY-MM-DD, or an ISO 8601 date-time with an offset or Z */
  date: string;
  /** 服务站点 — service point */
  servicePointId?: string | undefined;
  /** 备注 — note */
  note?: string | undefined;
  /** 客户经理 — customer manager */
  staffId?: string | undefined;
  /** 诉求 — demands */
  demands?: Demand[] | undefined;
};

/**
 * Ledger handover 台账移交: Demand ledger handed by the customer manager to the supervisor 客户经理将诉求台账移交监督员.
 *
 * @category Facts
 * @example
 * ```ts
 * const ledgerHandovers: LedgerHandover[] = records.ledgerHandovers;
 * ```
 */
export type LedgerHandover = {
  /** Identifier, unique in the file */
  id: string;
  /** A calendar day YYYY-MM-DD, or an ISO 8601 date-time with an offset or Z */
  date: string;
  /** 服务站点 — service point */
  servicePointId?: string | undefined;
  /** 备注 — note */
  note?: string | undefined;
  /** Id of a staff member */
  fromStaffId: string;
  /** Id of a staff member */
  toStaffId: string;
};

/**
 * Publicity 用电宣传和错峰用电引导: Publicity 用电宣传和错峰用电引导.
 *
 * @category Facts
 * @example
 * ```ts
 * const publicity: Publicity[] = records.publicity;
 * ```
 */
export type Publicity = {
  /** Identifier, unique in the file */
  id: string;
  /** A calendar day YYYY-MM-DD, or an ISO 8601 date-time with an offset or Z */
  date: string;
  /** 服务站点 — service point */
  servicePointId?: string | undefined;
  /** 备注 — note */
  note?: string | undefined;
};

/**
 * Disclosure event 即时公开事项: An event that needs immediate disclosure 需要即时公开的事项.
 *
 * @category Facts
 * @example
 * ```ts
 * const disclosureEvents: DisclosureEvent[] = records.disclosureEvents;
 * ```
 */
export type DisclosureEvent = {
  /** Identifier, unique in the file */
  id: string;
  /** A calendar day YYYY-MM-DD, or an ISO 8601 date-time with an offset or Z */
  date: string;
  /** 服务站点 — service point */
  servicePointId?: string | undefined;
  /** 备注 — note */
  note?: string | undefined;
};

/**
 * Disclosure 服务公开: Monthly, quarterly or immediate disclosure 月度、季度或即时公开.
 *
 * @category Facts
 * @example
 * ```ts
 * const disclosures: Disclosure[] = records.disclosures;
 * ```
 */
export type Disclosure = {
  /** Identifier, unique in the file */
  id: string;
  /** A calendar day YYYY-MM-DD, or an ISO 8601 date-time with an offset or Z */
  date: string;
  /** 服务站点 — service point */
  servicePointId?: string | undefined;
  /** 备注 — note */
  note?: string | undefined;
  /** 公开频次 — frequency */
  frequency: 'monthly' | 'quarterly' | 'immediate';
  /** 公开事项 — events */
  eventIds: string[];
};

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
export type DisclosureInput = {
  /** Identifier, unique in the file */
  id: string;
  /** A calendar day YYYY-MM-DD, or an ISO 8601 date-time with an offset or Z */
  date: string;
  /** 服务站点 — service point */
  servicePointId?: string | undefined;
  /** 备注 — note */
  note?: string | undefined;
  /** 公开频次 — frequency */
  frequency: 'monthly' | 'quarterly' | 'immediate';
  /** 公开事项 — events */
  eventIds?: string[] | undefined;
};

/**
 * Supervision meeting 监督小组会议: Supervision meeting 监督小组会议.
 *
 * @category Facts
 * @example
 * ```ts
 * const supervisionMeetings: SupervisionMeeting[] = records.supervisionMeetings;
 * ```
 */
export type SupervisionMeeting = {
  /** Identifier, unique in the file */
  id: string;
  /** A calendar day YYYY-MM-DD, or an ISO 8601 date-time with an offset or Z */
  date: string;
  /** 服务站点 — service point */
  servicePointId?: string | undefined;
  /** 备注 — note */
  note?: string | undefined;
  /** 会议记录 — minutes were kept */
  minutes: boolean;
  /** 参会人员 — attendees */
  attendees: string[];
  /** 重大事项 decided at the meeting */
  majorMatters: string[];
};

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
export type SupervisionMeetingInput = {
  /** Identifier, unique in the file */
  id: string;
  /** A calendar day YYYY-MM-DD, or an ISO 8601 date-time with an offset or Z */
  date: string;
  /** 服务站点 — service point */
  servicePointId?: string | undefined;
  /** 备注 — note */
  note?: string | undefined;
  /** 会议记录 — minutes were kept */
  minutes: boolean;
  /** 参会人员 — attendees */
  attendees?: string[] | undefined;
  /** 重大事项 decided at the meeting */
  majorMatters?: string[] | undefined;
};

/**
 * Joint meeting 监督联席会: Joint meeting 监督联席会.
 *
 * @category Facts
 * @example
 * ```ts
 * const jointMeetings: JointMeeting[] = records.jointMeetings;
 * ```
 */
export type JointMeeting = {
  /** Identifier, unique in the file */
  id: string;
  /** A calendar day YYYY-MM-DD, or an ISO 8601 date-time with an offset or Z */
  date: string;
  /** 服务站点 — service point */
  servicePointId?: string | undefined;
  /** 备注 — note */
  note?: string | undefined;
  /** 参会人员类别 — attendee kinds */
  attendeeKinds: Array<'station-head' | 'team-leader' | 'villager' | 'village-enterprise' | 'other'>;
};

/**
 * Special inspection 专项监督检查: Special inspection 专项监督检查.
 *
 * @category Facts
 * @example
 * ```ts
 * const specialInspections: SpecialInspection[] = records.specialInspections;
 * ```
 */
export type SpecialInspection = {
  /** Identifier, unique in the file */
  id: string;
  /** A calendar day YYYY-MM-DD, or an ISO 8601 date-time with an offset or Z */
  date: string;
  /** 服务站点 — service point */
  servicePointId?: string | undefined;
  /** 备注 — note */
  note?: string | undefined;
};

/**
 * Four-winds check “四风”检查: Four-winds check “四风”检查.
 *
 * @category Facts
 * @example
 * ```ts
 * const fourWindsChecks: FourWindsCheck[] = records.fourWindsChecks;
 * ```
 */
export type FourWindsCheck = {
  /** Identifier, unique in the file */
  id: string;
  /** A calendar day YYYY-MM-DD, or an ISO 8601 date-time with an offset or Z */
  date: string;
  /** 服务站点 — service point */
  servicePointId?: string | undefined;
  /** 备注 — note */
  note?: string | undefined;
};

/**
 * Risk identification 岗位廉政风险辨识: Risk identification 岗位廉政风险辨识.
 *
 * @category Facts
 * @example
 * ```ts
 * const riskIdentifications: RiskIdentification[] = records.riskIdentifications;
 * ```
 */
export type RiskIdentification = {
  /** Identifier, unique in the file */
  id: string;
  /** A calendar day YYYY-MM-DD, or an ISO 8601 date-time with an offset or Z */
  date: string;
  /** 服务站点 — service point */
  servicePointId?: string | undefined;
  /** 备注 — note */
  note?: string | undefined;
};

/**
 * Customer visit 客户走访: Customer visit 客户走访.
 *
 * @category Facts
 * @example
 * ```ts
 * const customerVisits: CustomerVisit[] = records.customerVisits;
 * ```
 */
export type CustomerVisit = {
  /** Identifier, unique in the file */
  id: string;
  /** A calendar day YYYY-MM-DD, or an ISO 8601 date-time with an offset or Z */
  date: string;
  /** 服务站点 — service point */
  servicePointId?: string | undefined;
  /** 备注 — note */
  note?: string | undefined;
};

/**
 * Problem flag 苗头性、倾向性服务问题: A service problem spotted by supervision 监督中发现的服务问题.
 *
 * @category Facts
 * @example
 * ```ts
 * const problemFlags: ProblemFlag[] = records.problemFlags;
 * ```
 */
export type ProblemFlag = {
  /** Identifier, unique in the file */
  id: string;
  /** A calendar day YYYY-MM-DD, or an ISO 8601 date-time with an offset or Z */
  date: string;
  /** 服务站点 — service point */
  servicePointId?: string | undefined;
  /** 备注 — note */
  note?: string | undefined;
};

/**
 * Correction reminder 提醒督促自我纠偏: Correction reminder 提醒督促自我纠偏.
 *
 * @category Facts
 * @example
 * ```ts
 * const correctionReminders: CorrectionReminder[] = records.correctionReminders;
 * ```
 */
export type CorrectionReminder = {
  /** Identifier, unique in the file */
  id: string;
  /** A calendar day YYYY-MM-DD, or an ISO 8601 date-time with an offset or Z */
  date: string;
  /** 服务站点 — service point */
  servicePointId?: string | undefined;
  /** 备注 — note */
  note?: string | undefined;
  /** Id of a problemFlags record */
  problemId: string;
};

/**
 * Result publication 监督结果公开: Result publication 监督结果公开.
 *
 * @category Facts
 * @example
 * ```ts
 * const resultPublications: ResultPublication[] = records.resultPublications;
 * ```
 */
export type ResultPublication = {
  /** Identifier, unique in the file */
  id: string;
  /** A calendar day YYYY-MM-DD, or an ISO 8601 date-time with an offset or Z */
  date: string;
  /** 服务站点 — service point */
  servicePointId?: string | undefined;
  /** 备注 — note */
  note?: string | undefined;
};

/**
 * Supervisor report 廉政监督员履职汇报: Supervisor report 廉政监督员履职汇报.
 *
 * @category Facts
 * @example
 * ```ts
 * const supervisorReports: SupervisorReport[] = records.supervisorReports;
 * ```
 */
export type SupervisorReport = {
  /** Identifier, unique in the file */
  id: string;
  /** A calendar day YYYY-MM-DD, or an ISO 8601 date-time with an offset or Z */
  date: string;
  /** 服务站点 — service point */
  servicePointId?: string | undefined;
  /** 备注 — note */
  note?: string | undefined;
  /** 监督员 — supervisor */
  staffId?: string | undefined;
};

/**
 * Leader report 组长向公司纪委汇报: Leader report 组长向公司纪委汇报.
 *
 * @category Facts
 * @example
 * ```ts
 * const leaderReports: LeaderReport[] = records.leaderReports;
 * ```
 */
export type LeaderReport = {
  /** Identifier, unique in the file */
  id: string;
  /** A calendar day YYYY-MM-DD, or an ISO 8601 date-time with an offset or Z */
  date: string;
  /** 服务站点 — service point */
  servicePointId?: string | undefined;
  /** 备注 — note */
  note?: string | undefined;
};

/**
 * Demand 诉求: Demand 诉求.
 *
 * @category Facts
 * @example
 * ```ts
 * const demands: Demand[] = liaison.demands;
 * ```
 */
export type Demand = {
  /** Identifier, unique in the file */
  id: string;
  /** 诉求内容 — description */
  description?: string | undefined;
  /** 已解决 — resolved */
  resolved: boolean;
  /** Recorded reason when a demand is not resolved */
  reason?: string | undefined;
};

/**
 * Outage 停电: A power outage and when its information was published.
 *
 * @category Facts
 * @example
 * ```ts
 * const outages: Outage[] = facts.outages;
 * ```
 */
export type Outage = {
  /** Identifier, unique in the file */
  id: string;
  /** planned 计划停电 | temporary 临时检修 | fault 故障停电 */
  kind: 'planned' | 'temporary' | 'fault';
  /** A calendar day YYYY-MM-DD, or an ISO 8601 date-time with an offset or Z */
  start: string;
  /** When the outage information was published; absent if never */
  noticeAt?: string | undefined;
  /** A free note */
  note?: string | undefined;
};

/**
 * Incident 风险事件: An event of the risk-control items 23–25.
 *
 * @category Facts
 * @example
 * ```ts
 * const incidents: Incident[] = facts.incidents;
 * ```
 */
export type Incident = {
  /** Identifier, unique in the file */
  id: string;
  /** service-complaint 服务投诉 | state-grid-notified-event 国网通报事件 | leapfrog-petition 越级上访 | staff-violation 违规违纪 */
  kind: 'service-complaint' | 'state-grid-notified-event' | 'leapfrog-petition' | 'staff-violation';
  /** A calendar day YYYY-MM-DD, or an ISO 8601 date-time with an offset or Z */
  date: string;
  /** 经核实排除责任 — responsibility ruled out */
  responsibilityRuledOut: boolean;
  /** A free note */
  note?: string | undefined;
};

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
export type IncidentInput = {
  /** Identifier, unique in the file */
  id: string;
  /** service-complaint 服务投诉 | state-grid-notified-event 国网通报事件 | leapfrog-petition 越级上访 | staff-violation 违规违纪 */
  kind: 'service-complaint' | 'state-grid-notified-event' | 'leapfrog-petition' | 'staff-violation';
  /** A calendar day YYYY-MM-DD, or an ISO 8601 date-time with an offset or Z */
  date: string;
  /** 经核实排除责任 — responsibility ruled out */
  responsibilityRuledOut?: boolean | undefined;
  /** A free note */
  note?: string | undefined;
};

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
export type Review = {
  /** The JSON Schema the file follows (for editors); ignored */
  $schema?: string | undefined;
  /**
   * The station reviewed (站所). When given, the review is refused for facts of another station; `batch --reviews`
   * matches reviews to stations by it
   */
  station?: {
    /** Id of the station, as in its facts */
    id: string;
    /** Its name, for readers */
    name?: string | undefined;
  } | undefined;
  /**
   * The evaluation period reviewed (评价周期). When given, the review is refused for facts of another period; `batch
   * --reviews` matches by it
   */
  period?: {
    /** First day of the period reviewed (YYYY-MM-DD) */
    start: string;
    /** Last day of the period reviewed (YYYY-MM-DD) */
    end: string;
  } | undefined;
  /** 专家评议 — expert assessments, at most one per item */
  assessments: Assessment[];
  /** 证据驳回 — records rejected as not authentic or not valid, at most once each */
  rejectedEvidence: EvidenceRejection[];
};

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
export type ReviewInput = {
  /** The JSON Schema the file follows (for editors); ignored */
  $schema?: string | undefined;
  /**
   * The station reviewed (站所). When given, the review is refused for facts of another station; `batch --reviews`
   * matches reviews to stations by it
   */
  station?: {
    /** Id of the station, as in its facts */
    id: string;
    /** Its name, for readers */
    name?: string | undefined;
  } | undefined;
  /**
   * The evaluation period reviewed (评价周期). When given, the review is refused for facts of another period; `batch
   * --reviews` matches by it
   */
  period?: {
    /** First day of the period reviewed (YYYY-MM-DD) */
    start: string;
    /** Last day of the period reviewed (YYYY-MM-DD) */
    end: string;
  } | undefined;
  /** 专家评议 — expert assessments, at most one per item */
  assessments?: Assessment[] | undefined;
  /** 证据驳回 — records rejected as not authentic or not valid, at most once each */
  rejectedEvidence?: EvidenceRejection[] | undefined;
};

/**
 * Assessment 专家评议: A verdict or a score for an item, by whom, when and why.
 *
 * @category Review
 * @example
 * ```ts
 * const assessments: Assessment[] = review.assessments;
 * ```
 */
export type Assessment = {
  /** Id of the item assessed */
  itemId: string;
  /** pass → full points, fail → 0 */
  verdict?: 'pass' | 'fail' | undefined;
  /** Points awarded, 0 … max of the item, at most 4 decimal places */
  score?: number | undefined;
  /** Who assessed (name or id) */
  assessor: string;
  /** When the assessment was made */
  date: string;
  /** Why; required when the assessment overrides a computed item */
  justification?: string | undefined;
};

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
export type EvidenceRejection = {
  /** Id of the record in the facts */
  recordId: string;
  /** Why it is not authentic or valid */
  reason: string;
  /** Who rejected it */
  by: string;
  /** When it was rejected */
  date: string;
};

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
export type BaseRuleset = {
  /** The JSON Schema the file follows (for editors); ignored */
  $schema?: string | undefined;
  /** Stable id of the ruleset */
  id: string;
  /** Semantic version of the ruleset */
  version: string;
  /** The ruleset’s title */
  title: Localized;
  /** What the ruleset is for */
  description?: Localized | undefined;
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
};

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
export type BaseRulesetInput = {
  /** The JSON Schema the file follows (for editors); ignored */
  $schema?: string | undefined;
  /** Stable id of the ruleset */
  id: string;
  /** Semantic version of the ruleset */
  version: string;
  /** The ruleset’s title */
  title: LocalizedText;
  /** What the ruleset is for */
  description?: LocalizedText | undefined;
  /** The ruleset’s tunables (month-end days, grace days …), referenced in conditions as { "$param": name } */
  params: Record<string, JsonValue>;
  /** Record kinds this ruleset declares, by name (the lists facts carry under records.<name>) */
  recordKinds?: Record<string, RecordKindDeclarationInput> | undefined;
  /** The parts of Appendix A (base, bonus) */
  parts: PartInput[];
  /** The sections the items are grouped in */
  sections: SectionInput[];
  /** The three grade bands, best first */
  grades: GradeInput[];
  /** The items, in order */
  items: ItemInput[];
};

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
export type LocalizedText = {
  /** Chinese */
  zh: string;
  /** English; the Chinese text is shown when absent */
  en?: string | undefined;
};

/**
 * A part of Appendix A (base or bonus)
 *
 * @category Rulesets and variants
 * @example
 * ```ts
 * const parts: Part[] = doc.parts;
 * ```
 */
export type Part = {
  /** Part id */
  id: string;
  /** Whether the part counts towards base or bonus points */
  kind: 'base' | 'bonus';
  /** Points the part is worth (its items add up to it) */
  points: number;
  /** The part’s title */
  title: Localized;
};

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
export type PartInput = {
  /** Part id */
  id: string;
  /** Whether the part counts towards base or bonus points */
  kind: 'base' | 'bonus';
  /** Points the part is worth (its items add up to it) */
  points: number;
  /** The part’s title */
  title: LocalizedText;
};

/**
 * A section of Appendix A.
 *
 * @category Rulesets and variants
 * @example
 * ```ts
 * const sections: Section[] = doc.sections;
 * ```
 */
export type Section = {
  /** Section id */
  id: string;
  /** Id of the part the section belongs to */
  part: string;
  /** Points the section is worth (its items add up to it) */
  points: number;
  /** The section’s title */
  title: Localized;
};

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
export type SectionInput = {
  /** Section id */
  id: string;
  /** Id of the part the section belongs to */
  part: string;
  /** Points the section is worth (its items add up to it) */
  points: number;
  /** The section’s title */
  title: LocalizedText;
};

/**
 * A grade band: the lowest total that earns it.
 *
 * @category Rulesets and variants
 * @example
 * ```ts
 * const grades: Grade[] = doc.grades;
 * ```
 */
export type Grade = {
  /** excellent, qualified or unqualified */
  id: 'excellent' | 'qualified' | 'unqualified';
  /** The lowest total of the grade (null for the lowest grade) */
  min: number | null;
  /** The grade’s name */
  label: Localized;
};

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
export type GradeInput = {
  /** excellent, qualified or unqualified */
  id: 'excellent' | 'qualified' | 'unqualified';
  /** The lowest total of the grade (null for the lowest grade) */
  min: number | null;
  /** The grade’s name */
  label: LocalizedText;
};

/**
 * One item of Appendix A: what it requires, how it is checked and scored.
 *
 * @category Rulesets and variants
 * @example
 * ```ts
 * const items: Item[] = doc.items;
 * ```
 */
export type Item = {
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
  conditions?: Condition | undefined;
  /** When false the item is notApplicable (full points) */
  applicability?: Condition | undefined;
  /** What to do to earn the full points */
  advice: Localized;
};

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
export type ItemInput = {
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
  conditions?: Condition | undefined;
  /** When false the item is notApplicable (full points) */
  applicability?: Condition | undefined;
  /** What to do to earn the full points */
  advice: LocalizedText;
};

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
  floor?: number | undefined;
  /** What counts as a failure: each failed top-level condition, or a counted fact */
  failures: 'failed-conditions' | FactReference;
} | {
  /** Points less `deduct` per occurrence (a complaint, a violation), down to `floor` */
  mode: 'deduct-per-occurrence';
  /** Points deducted per occurrence */
  deduct: number;
  /** The lowest score (0 unless given); null for none, so a score may go below 0 */
  floor?: number | null | undefined;
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
export type FactReference = {
  /** Name of a derived fact (coverage, count, incidents …) */
  fact: string;
  /** The fact’s params; a value may be { "$param": name } */
  params?: Record<string, JsonValue> | undefined;
  /** A path into the fact’s value: missing, counted.length */
  path?: string | undefined;
};

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
export type RecordKindDeclaration = {
  /** What the kind is called (spreadsheet sheets, reports, documentation) */
  title: Label;
  /** What a record of the kind is */
  description?: Label | undefined;
  /** The kind’s own fields; every record also has id, date, servicePointId and note */
  fields: Record<string, FieldDeclaration>;
};

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
export type RecordKindDeclarationInput = {
  /** What the kind is called (spreadsheet sheets, reports, documentation) */
  title: Label;
  /** What a record of the kind is */
  description?: Label | undefined;
  /** The kind’s own fields; every record also has id, date, servicePointId and note */
  fields?: Record<string, FieldDeclaration> | undefined;
};

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
  title?: Label | undefined;
  /** What the field holds (documentation) */
  description?: Label | undefined;
  /** Whether every record must have the field (default false) */
  required?: boolean | undefined;
} | {
  /** A calendar day, or a date-time with an offset */
  type: 'date-time';
  /** What the field is called (spreadsheet header, documentation) */
  title?: Label | undefined;
  /** What the field holds (documentation) */
  description?: Label | undefined;
  /** Whether every record must have the field (default false) */
  required?: boolean | undefined;
} | {
  /** Free text */
  type: 'text';
  /** What the field is called (spreadsheet header, documentation) */
  title?: Label | undefined;
  /** What the field holds (documentation) */
  description?: Label | undefined;
  /** Whether every record must have the field (default false) */
  required?: boolean | undefined;
  /** Shortest text */
  minLength?: number | undefined;
  /** Longest text */
  maxLength?: number | undefined;
} | {
  /** A finite number */
  type: 'number';
  /** What the field is called (spreadsheet header, documentation) */
  title?: Label | undefined;
  /** What the field holds (documentation) */
  description?: Label | undefined;
  /** Whether every record must have the field (default false) */
  required?: boolean | undefined;
  /** Lowest value */
  min?: number | undefined;
  /** Highest value */
  max?: number | undefined;
} | {
  /** A whole number, 0 or more */
  type: 'count';
  /** What the field is called (spreadsheet header, documentation) */
  title?: Label | undefined;
  /** What the field holds (documentation) */
  description?: Label | undefined;
  /** Whether every record must have the field (default false) */
  required?: boolean | undefined;
  /** Lowest value */
  min?: number | undefined;
  /** Highest value */
  max?: number | undefined;
} | {
  /** Yes or no */
  type: 'boolean';
  /** What the field is called (spreadsheet header, documentation) */
  title?: Label | undefined;
  /** What the field holds (documentation) */
  description?: Label | undefined;
  /** Whether every record must have the field (default false) */
  required?: boolean | undefined;
} | {
  /** One of the values listed */
  type: 'enum';
  /** What the field is called (spreadsheet header, documentation) */
  title?: Label | undefined;
  /** What the field holds (documentation) */
  description?: Label | undefined;
  /** Whether every record must have the field (default false) */
  required?: boolean | undefined;
  /** The allowed values, each with its label ({ "zh": …, "en"?: … }) */
  values: Record<string, Label>;
} | {
  /** The id of a staff member, service point, group member or record */
  type: 'ref';
  /** What the field is called (spreadsheet header, documentation) */
  title?: Label | undefined;
  /** What the field holds (documentation) */
  description?: Label | undefined;
  /** Whether every record must have the field (default false) */
  required?: boolean | undefined;
  /** staff, servicePoints, groupMembers or a record kind */
  to: string;
} | {
  /** A list of ids (see ref) */
  type: 'refs';
  /** What the field is called (spreadsheet header, documentation) */
  title?: Label | undefined;
  /** What the field holds (documentation) */
  description?: Label | undefined;
  /** Whether every record must have the field (default false) */
  required?: boolean | undefined;
  /** staff, servicePoints, groupMembers or a record kind */
  to: string;
  /** Most ids in the list */
  maxItems?: number | undefined;
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
export type Label = {
  /** Chinese */
  zh: string;
  /** English */
  en?: string | undefined;
};

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
export type Variant = {
  /** The JSON Schema the file follows (for editors); ignored */
  $schema?: string | undefined;
  /** Stable id of the variant */
  id: string;
  /** Semantic version of this variant */
  version: string;
  /** The variant’s title (the extended ruleset’s when absent) */
  title?: Localized | undefined;
  /** What the variant changes and why */
  description?: Localized | undefined;
  /** The ruleset this variant extends, pinned by a semver range */
  extends: ExtendedRuleset;
  /** Params to set; each replaces the value it names */
  params?: Record<string, JsonValue> | undefined;
  /** Record kinds this variant adds (a kind the extended ruleset has cannot be redeclared) */
  recordKinds?: Record<string, RecordKindDeclaration> | undefined;
  /** Items to change, by id: the fields given replace the extended item’s */
  override?: Record<string, ItemOverride> | undefined;
  /** Ids of the items to remove */
  remove?: string[] | undefined;
  /** New items (their ids must be new) */
  add?: Item[] | undefined;
  /** Grade bands to change */
  grades?: GradePatch[] | undefined;
  /** Parts to change or add */
  parts?: PartPatch[] | undefined;
  /** Sections to change or add */
  sections?: SectionPatch[] | undefined;
};

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
export type VariantInput = {
  /** The JSON Schema the file follows (for editors); ignored */
  $schema?: string | undefined;
  /** Stable id of the variant */
  id: string;
  /** Semantic version of this variant */
  version: string;
  /** The variant’s title (the extended ruleset’s when absent) */
  title?: LocalizedText | undefined;
  /** What the variant changes and why */
  description?: LocalizedText | undefined;
  /** The ruleset this variant extends, pinned by a semver range */
  extends: ExtendedRuleset;
  /** Params to set; each replaces the value it names */
  params?: Record<string, JsonValue> | undefined;
  /** Record kinds this variant adds (a kind the extended ruleset has cannot be redeclared) */
  recordKinds?: Record<string, RecordKindDeclarationInput> | undefined;
  /** Items to change, by id: the fields given replace the extended item’s */
  override?: Record<string, ItemOverrideInput> | undefined;
  /** Ids of the items to remove */
  remove?: string[] | undefined;
  /** New items (their ids must be new) */
  add?: ItemInput[] | undefined;
  /** Grade bands to change */
  grades?: GradePatchInput[] | undefined;
  /** Parts to change or add */
  parts?: PartPatchInput[] | undefined;
  /** Sections to change or add */
  sections?: SectionPatchInput[] | undefined;
};

/**
 * The ruleset this variant extends, pinned by a semver range.
 *
 * @category Rulesets and variants
 * @example
 * ```ts
 * const extends: ExtendedRuleset = variant.extends;
 * ```
 */
export type ExtendedRuleset = {
  /** Id of the ruleset this variant extends */
  id: string;
  /** Semver range the extended ruleset’s version must satisfy */
  version: string;
};

/**
 * The fields of an item a variant overrides; each replaces the extended item’s value as a whole.
 *
 * @category Rulesets and variants
 * @example
 * ```ts
 * const override: ItemOverride = { advice: { zh: '每月对接并记录需求。', en: 'Meet monthly and log demands.' } };
 * ```
 */
export type ItemOverride = {
  /** Points the item is worth */
  points?: number | undefined;
  /** The item’s title */
  title?: Localized | undefined;
  /** What the standard requires */
  requirement?: Localized | undefined;
  /** How the item is checked */
  check?: Localized | undefined;
  /** What to do to earn the full points */
  advice?: Localized | undefined;
  /** How the item’s checks turn into points */
  scoring?: Scoring | undefined;
  /** What the item checks (absent for an expert item) */
  conditions?: Condition | undefined;
  /** When false the item is notApplicable (full points) */
  applicability?: Condition | undefined;
};

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
export type ItemOverrideInput = {
  /** Points the item is worth */
  points?: number | undefined;
  /** The item’s title */
  title?: LocalizedText | undefined;
  /** What the standard requires */
  requirement?: LocalizedText | undefined;
  /** How the item is checked */
  check?: LocalizedText | undefined;
  /** What to do to earn the full points */
  advice?: LocalizedText | undefined;
  /** How the item’s checks turn into points */
  scoring?: ScoringInput | undefined;
  /** What the item checks (absent for an expert item) */
  conditions?: Condition | undefined;
  /** When false the item is notApplicable (full points) */
  applicability?: Condition | undefined;
};

/**
 * A grade band’s fields to change.
 *
 * @category Rulesets and variants
 * @example
 * ```ts
 * const grades: GradePatch[] | undefined = variant.grades;
 * ```
 */
export type GradePatch = {
  /** The grade to change */
  id: 'excellent' | 'qualified' | 'unqualified';
  /** The lowest total of the grade (null for none) */
  min?: number | null | undefined;
  /** The grade’s name */
  label?: Localized | undefined;
};

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
export type GradePatchInput = {
  /** The grade to change */
  id: 'excellent' | 'qualified' | 'unqualified';
  /** The lowest total of the grade (null for none) */
  min?: number | null | undefined;
  /** The grade’s name */
  label?: LocalizedText | undefined;
};

/**
 * A part to change (the fields given) or to add (all fields)
 *
 * @category Rulesets and variants
 * @example
 * ```ts
 * const parts: PartPatch[] | undefined = variant.parts;
 * ```
 */
export type PartPatch = {
  /** Id of the part to change or add */
  id: string;
  /** Whether the part counts towards base or bonus */
  kind?: 'base' | 'bonus' | undefined;
  /** Points the part is worth */
  points?: number | undefined;
  /** The part’s title */
  title?: Localized | undefined;
};

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
export type PartPatchInput = {
  /** Id of the part to change or add */
  id: string;
  /** Whether the part counts towards base or bonus */
  kind?: 'base' | 'bonus' | undefined;
  /** Points the part is worth */
  points?: number | undefined;
  /** The part’s title */
  title?: LocalizedText | undefined;
};

/**
 * A section to change (the fields given) or to add (all fields)
 *
 * @category Rulesets and variants
 * @example
 * ```ts
 * const sections: SectionPatch[] | undefined = variant.sections;
 * ```
 */
export type SectionPatch = {
  /** Id of the section to change or add */
  id: string;
  /** Id of the part the section belongs to */
  part?: string | undefined;
  /** Points the section is worth */
  points?: number | undefined;
  /** The section’s title */
  title?: Localized | undefined;
};

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
export type SectionPatchInput = {
  /** Id of the section to change or add */
  id: string;
  /** Id of the part the section belongs to */
  part?: string | undefined;
  /** Points the section is worth */
  points?: number | undefined;
  /** The section’s title */
  title?: LocalizedText | undefined;
};

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
export type TestSuite = {
  /** The JSON Schema the file follows (for editors); ignored */
  $schema?: string | undefined;
  /**
   * The ruleset under test: a variant file (the bundled base is used when it extends it), or files base first; the
   * base ruleset when absent
   */
  ruleset?: string | string[] | undefined;
  /** Facts the cases start from when they name none */
  facts?: string | Readonly<Record<string, unknown>> | undefined;
  /** The test cases */
  cases: TestCase[];
};

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
export type TestCase = {
  /** What the case shows, as a sentence */
  name: string;
  /** The facts of the case; the file’s `facts` when absent */
  facts?: string | Readonly<Record<string, unknown>> | undefined;
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
  }> | Readonly<Record<string, unknown>> | undefined;
  /** A review (expert assessments, rejected evidence): a file or inline */
  review?: string | Readonly<Record<string, unknown>> | undefined;
  /** Expectation */
  expect: Expectation;
};

/**
 * Expectation: Expectation.
 *
 * @category Rulesets and variants
 * @example
 * ```ts
 * const expect: Expectation = testCase.expect;
 * ```
 */
export type Expectation = {
  /** The total score */
  total?: number | undefined;
  /** Points of the base part */
  base?: number | undefined;
  /** Points of the bonus part */
  bonus?: number | undefined;
  /** The grade */
  grade?: 'excellent' | 'qualified' | 'unqualified' | undefined;
  /** By item id: what each named item scores */
  items?: Record<string, ItemExpectation> | undefined;
  /** The facts (or review) are refused with exactly these issues, in any order */
  issues?: ExpectedIssue[] | undefined;
};

/**
 * Item expectation: Item expectation.
 *
 * @category Rulesets and variants
 * @example
 * ```ts
 * const items: Record<string, ItemExpectation> | undefined = expectation.items;
 * ```
 */
export type ItemExpectation = {
  /** Points the item scores */
  score?: number | undefined;
  /** The item’s status */
  status?: 'pass' | 'partial' | 'fail' | 'notApplicable' | 'notAssessed' | 'overridden' | undefined;
  /** Exactly these buckets are missing (2023-04, 2023-Q2, 2023-H1, 2023), in any order */
  missing?: string[] | undefined;
  /** Exactly these records are present but not counted, with reason and bucket, in any order */
  notCounted?: Array<{
    /** Id of the record */
    id: string;
    /** Why it is not counted */
    reason: string;
    /** The bucket it would have met */
    bucket: string;
  }> | undefined;
  /** Failures or occurrences counted by a deduction mode (null for other modes) */
  failures?: number | null | undefined;
};

/**
 * An issue a case expects the facts (or review) to be refused with.
 *
 * @category Rulesets and variants
 * @example
 * ```ts
 * const issues: ExpectedIssue[] | undefined = expectation.issues;
 * ```
 */
export type ExpectedIssue = {
  /** The issue code, like missing-field */
  code: string;
  /** Where, as the CLI prints it: records.safetyTrainings[0].attendees (any path when absent) */
  path?: string | undefined;
};
