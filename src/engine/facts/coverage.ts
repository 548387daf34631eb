/**
 * `coverage`: which required buckets (months, quarters, halves) of the period have a record of a
 * kind that counts, which are missing, and which records were there but did not count and why.
 */
import * as z from 'zod';
import type { RecordKindInfo } from '../../facts/kinds/describe.js';
import { DISCLOSURE_FREQUENCIES, JOINT_ATTENDEE_KINDS, POST_ROLES } from '../../facts/schema.js';
import { type Issue, makeIssue } from '../../issues/issue.js';
import type { Per } from '../../time/buckets.js';
import { addDays, type LocalDay } from '../../time/local-day.js';
import { idsInOrder } from '../../util/ids.js';
import { bucketIndex, bucketName, bucketNames, requiredBucketRange } from '../bucket-index.js';
import { monthLength } from '../calendar.js';
import { type DatedRecord, kindRecords, type PreparedStation } from '../prepare.js';
import { activePoints, heldRoleOn, pointWindow } from './common.js';
import { comparePairs, defineFact, type FactContext, type Json } from './fact.js';
import { checkRecordCondition, kindNamed, type RecordCondition, recordTest } from './record-condition.js';

const coverageParams = z.strictObject({
  kind: z.string().min(1).max(64).meta({ description: 'A record kind of the ruleset (built-in or declared)' }),
  per: z.enum(['month', 'quarter', 'half', 'year']),
  window: z.enum(['anytime', 'month-end', 'quarter-end']).default('anytime'),
  monthEndDays: z.int().min(1).max(31).default(5),
  graceDays: z.int().min(0).max(31).default(0),
  scope: z.enum(['station', 'service-point']).default('station'),
  require: z
    .strictObject({
      minutes: z.boolean().optional(),
      majorMatterQuorum: z.number().min(0).max(1).optional(),
      attendeeKinds: z.array(z.enum(JOINT_ATTENDEE_KINDS)).max(10).optional(),
      frequency: z.enum(DISCLOSURE_FREQUENCIES).optional(),
      handover: z.strictObject({ from: z.enum(POST_ROLES), to: z.enum(POST_ROLES) }).optional(),
    })
    .default({}),
  where: z
    .custom<RecordCondition>((value) => value !== null && typeof value === 'object')
    .optional()
    .meta({ description: 'Conditions on the record’s fields; a record that fails them does not count' }),
});

type CoverageParams = z.output<typeof coverageParams>;
type AnyRecord = Record<string, unknown> & { id: string };
type Role = (typeof POST_ROLES)[number];

/** Someone a record ties to a post who did not hold it on the record's day. */
type NotInPost = {
  readonly staffId: string;
  /** The post the person lacked that day. */
  readonly role: Role;
  /** Their part in the record. */
  readonly as: 'giver' | 'receiver';
};

/** Why a record did not count: a reason, with who was not in post when that is the reason. */
type Failure = string | { readonly reason: string; readonly notInPost: NotInPost[] };

/** One requirement a record must meet to count: why it does not, or null. */
type Requirement = (station: PreparedStation, record: AnyRecord, day: LocalDay) => Failure | null;

/**
 * Who of a handover's giver and receiver did not hold their post on its day (spec §3, people in
 * post on the record's day), or null when both did.
 */
function handoverFailure(
  station: PreparedStation,
  record: AnyRecord,
  day: LocalDay,
  handover: { from: Role; to: Role },
): Failure | null {
  const giver = record.fromStaffId as string;
  const receiver = record.toStaffId as string;
  const giverInPost = heldRoleOn(station, giver, handover.from, day);
  const receiverInPost = heldRoleOn(station, receiver, handover.to, day);
  if (giverInPost && receiverInPost) return null;
  const notInPost: NotInPost[] = [];
  if (!giverInPost) notInPost.push({ staffId: giver, role: handover.from, as: 'giver' });
  if (!receiverInPost) notInPost.push({ staffId: receiver, role: handover.to, as: 'receiver' });
  return { reason: 'wrong-handover-roles', notInPost };
}

/**
 * The requirements of the params, each its own function (so that each reads one kind of record),
 * made once per params object: the built-in ones of `require`, then the record conditions of
 * `where`.
 */
function requirementsOf(params: CoverageParams): readonly Requirement[] {
  let list = requirementLists.get(params);
  if (list === undefined) {
    const require = params.require;
    const checks: Requirement[] = [];
    if (require.minutes === true) checks.push((_, record) => (record.minutes !== true ? 'no-minutes' : null));
    const quorum = require.majorMatterQuorum;
    if (quorum !== undefined) {
      checks.push((station, record) => {
        if (!Array.isArray(record.majorMatters) || record.majorMatters.length === 0) return null;
        const groupSize = station.facts.supervisionGroup?.members.length ?? 0;
        const present = distinctCount(record.attendees as string[]);
        return groupSize === 0 || present < quorum * groupSize ? 'no-quorum' : null;
      });
    }
    const kinds = require.attendeeKinds;
    if (kinds) {
      checks.push((_, record) => {
        const present = record.attendeeKinds as string[];
        return kinds.every((k) => present.includes(k)) ? null : 'missing-attendee-kinds';
      });
    }
    const handover = require.handover;
    if (handover) checks.push((station, record, day) => handoverFailure(station, record, day, handover));
    if (params.where !== undefined) {
      const test = recordTest(params.where);
      checks.push((_, record) => (test(record) ? null : 'condition-not-met'));
    }
    list = checks;
    requirementLists.set(params, list);
  }
  return list;
}

/** How many different ids a list holds (attendee lists are short: a scan, no set). */
function distinctCount(ids: readonly string[]): number {
  if (ids.length > 32) return new Set(ids).size;
  let count = 0;
  for (let i = 0; i < ids.length; i++) if (ids.indexOf(ids[i] as string) === i) count++;
  return count;
}

const requirementLists = new WeakMap<CoverageParams, readonly Requirement[]>();

/** Why a record present in the data did not count for its bucket (the first requirement it fails). */
function whyNotCounted(
  requirements: readonly Requirement[],
  station: PreparedStation,
  record: AnyRecord,
  day: LocalDay,
): Failure | null {
  for (const requirement of requirements) {
    const reason = requirement(station, record, day);
    if (reason !== null) return reason;
  }
  return null;
}

/** The length of the buckets a record counts for under the params' window. */
function windowPer(params: CoverageParams): Per {
  if (params.window === 'month-end') return 'month';
  if (params.window === 'quarter-end') return 'quarter';
  return params.per;
}

/**
 * The params of a coverage call in one fixed shape, made once per params object: the counting
 * loop reads them for every record, and params objects parsed from different rulesets have
 * different shapes.
 */
interface Spec {
  readonly kind: string;
  readonly per: Per;
  readonly window: CoverageParams['window'];
  readonly monthEndDays: number;
  readonly graceDays: number;
  readonly stationScope: boolean;
  readonly frequency: string | null;
  readonly requirements: readonly Requirement[];
  /** Whether the window's buckets have the length `per` (month-end with per quarter never counts). */
  readonly sameLength: boolean;
}

function specOf(params: CoverageParams): Spec {
  let spec = specs.get(params);
  if (spec === undefined) {
    spec = {
      kind: params.kind,
      per: params.per,
      window: params.window,
      monthEndDays: params.monthEndDays,
      graceDays: params.graceDays,
      stationScope: params.scope === 'station',
      frequency: params.require.frequency ?? null,
      requirements: requirementsOf(params),
      sameLength: windowPer(params) === params.per,
    };
    specs.set(params, spec);
  }
  return spec;
}

const specs = new WeakMap<CoverageParams, Spec>();

/** The number of the bucket (of length `windowPer`) a record counts for, or null outside the window. */
function bucketFor(dated: DatedRecord<AnyRecord>, params: Spec): number | null {
  if (params.window === 'month-end') {
    // As `monthEndBucket`: the last `monthEndDays` days of a month, or the first `graceDays` of the next.
    if (dated.dayOfMonth <= params.graceDays) return dated.month - 1;
    if (dated.dayOfMonth > monthLength(dated.month) - params.monthEndDays) return dated.month;
    return null;
  }
  if (params.window === 'quarter-end') {
    // As `quarterEndBucket`: the last month of a quarter, or the first `graceDays` days of the next.
    const inQuarter = dated.month % 3;
    if (inQuarter === 2) return bucketIndex(dated.month, 'quarter');
    if (inQuarter === 0 && dated.dayOfMonth <= params.graceDays) return bucketIndex(dated.month, 'quarter') - 1;
    return null;
  }
  return bucketIndex(dated.month, params.per);
}

/** A required bucket not met yet whose window is still open on the as-of day (spec §5). */
type Upcoming = { bucket: string; from: LocalDay; deadline: LocalDay };

/** The day a month (by its number) ends, as `YYYY-MM-DD`. */
function lastDayOfMonthIndex(month: number): LocalDay {
  return dayOfMonthIndex(month, monthLength(month));
}

function dayOfMonthIndex(month: number, dayOfMonth: number): LocalDay {
  const year = Math.floor(month / 12);
  const pad = (n: number) => (n < 10 ? `0${n}` : String(n));
  return `${String(year).padStart(4, '0')}-${pad(month - year * 12 + 1)}-${pad(dayOfMonth)}`;
}

/** The months (by number) a bucket of the params' length begins and ends with. */
function monthsOfBucket(index: number, params: Spec): [number, number] {
  const size = params.per === 'month' ? 1 : params.per === 'quarter' ? 3 : params.per === 'half' ? 6 : 12;
  return [index * size, index * size + size - 1];
}

/**
 * The last day a record can count for a bucket: its last day, or the end of its grace window
 * (month end, quarter end). A bucket is judged once this day has passed (spec §5).
 */
function closingDay(index: number, params: Spec): LocalDay {
  const last = lastDayOfMonthIndex(monthsOfBucket(index, params)[1]);
  return params.window === 'anytime' ? last : addDays(last, params.graceDays);
}

/** An upcoming bucket with the first and last day a record can count for it. */
function upcomingBucket(bucket: string, index: number, params: Spec): Upcoming {
  const [firstMonth, lastMonth] = monthsOfBucket(index, params);
  let from = dayOfMonthIndex(firstMonth, 1);
  if (params.window === 'month-end') from = addDays(lastDayOfMonthIndex(lastMonth), 1 - params.monthEndDays);
  else if (params.window === 'quarter-end') from = dayOfMonthIndex(lastMonth, 1);
  return { bucket, from, deadline: closingDay(index, params) };
}

interface Scope {
  readonly suffix: string;
  readonly servicePointId: string | null;
  /** Numbers of the first and last required bucket. */
  readonly first: number;
  readonly last: number;
}

function scopesOf(station: PreparedStation, params: Spec): Scope[] {
  if (params.stationScope) {
    const [first, last] = station.requiredBuckets[params.per];
    return [{ suffix: '', servicePointId: null, first, last }];
  }
  const scopes: Scope[] = [];
  for (const point of activePoints(station)) {
    const window = pointWindow(station, point);
    if (!window) continue;
    const [first, last] = requiredBucketRange(params.per, window.from, window.to);
    scopes.push({ suffix: `@${point.id}`, servicePointId: point.id, first, last });
  }
  return scopes;
}

interface Note {
  readonly id: string;
  readonly why: Failure;
  readonly scope: number;
  readonly index: number;
}

/** What one coverage computation has seen so far: met buckets per scope, counted ids, notes. */
class Tally {
  readonly met: boolean[][];
  readonly records: string[] = [];
  readonly notes: Note[] = [];
  /** The scope of each service point, when obligations are counted per service point. */
  private readonly scopeOfPoint: ReadonlyMap<unknown, number> | null;

  constructor(
    readonly station: PreparedStation,
    readonly params: Spec,
    readonly scopes: readonly Scope[],
  ) {
    this.met = scopes.map((scope) => {
      const met: boolean[] = [];
      for (let i = scope.first; i <= scope.last; i++) met.push(false);
      return met;
    });
    this.scopeOfPoint = params.stationScope ? null : new Map(scopes.map((scope, s) => [scope.servicePointId, s]));
  }

  /**
   * Remembers that a record did not count for a bucket of a scope. Each record is considered once
   * (for its one scope) and noted at most once per bucket (ids are unique in valid facts), so no
   * note repeats.
   */
  note(id: string, why: Failure, scope: number, index: number): void {
    this.notes.push({ id, why, scope, index });
  }

  /** Counts (or notes) the records of a list; `rejectedReason` is set for rejected evidence. */
  consider(list: ReadonlyArray<DatedRecord<AnyRecord>>, rejectedReason: string | null): void {
    const { station, params, scopes, scopeOfPoint } = this;
    const { per, frequency, requirements, sameLength } = params;
    // Records before the period never count (lists are sorted by day: skip them at once).
    for (let i = firstOnOrAfter(list, station.periodStart); i < list.length; i++) {
      const dated = list[i] as DatedRecord<AnyRecord>;
      const record = dated.record;
      if (frequency !== null && record.frequency !== frequency) continue;
      // A record counts for the station, or for the service point it names (none: for no point).
      const s = scopeOfPoint === null ? 0 : (scopeOfPoint.get(record.servicePointId) ?? -1);
      if (s < 0) continue;
      const scope = scopes[s] as Scope;
      const bucket = bucketFor(dated, params);
      if (bucket === null) {
        // Outside every window: name it against its own bucket and the one before (a late
        // report), so whichever is missing shows the record that was there.
        const home = bucketIndex(dated.month, per);
        if (home - 1 >= scope.first && home - 1 <= scope.last) this.note(dated.id, 'outside-window', s, home - 1);
        if (home >= scope.first && home <= scope.last) this.note(dated.id, 'outside-window', s, home);
        continue;
      }
      if (!sameLength || bucket < scope.first || bucket > scope.last) continue;
      const why = rejectedReason ?? whyNotCounted(requirements, station, record, dated.day);
      if (why !== null) {
        this.note(dated.id, why, s, bucket);
        continue;
      }
      (this.met[s] as boolean[])[bucket - scope.first] = true;
      this.records.push(dated.id);
    }
  }

  /**
   * The number of the last bucket of a scope that is judged: every one, or, as of a day, the last
   * whose window has closed by then (spec §5); later ones not met are upcoming.
   */
  lastJudged(scope: Scope): number {
    const asOf = this.station.asOf;
    if (asOf === null) return scope.last;
    let index = scope.last;
    while (index >= scope.first && closingDay(index, this.params) > asOf) index--;
    return index;
  }

  /** The bucket names of every scope: required, met and missing; as of a day, upcoming too. */
  buckets(): { required: string[]; met: string[]; missing: string[]; upcoming: Upcoming[] } {
    const per = this.params.per;
    if (this.scopes.length === 1 && this.station.asOf === null) {
      const scope = this.scopes[0] as Scope;
      const met = this.met[0] as boolean[];
      const required = bucketNames(per, scope.first, scope.last, scope.suffix);
      if (!met.includes(false)) return { required, met: required.slice(), missing: [], upcoming: [] };
      if (!met.includes(true)) return { required, met: [], missing: required.slice(), upcoming: [] };
    }
    const required: string[] = [];
    const metNames: string[] = [];
    const missing: string[] = [];
    const upcoming: Upcoming[] = [];
    for (let s = 0; s < this.scopes.length; s++) {
      const scope = this.scopes[s] as Scope;
      const met = this.met[s] as boolean[];
      const lastJudged = this.lastJudged(scope);
      const names = bucketNames(per, scope.first, scope.last, scope.suffix);
      for (let i = 0; i < names.length; i++) {
        const name = names[i] as string;
        required.push(name);
        if (met[i]) metNames.push(name);
        else if (scope.first + i <= lastJudged) missing.push(name);
        else upcoming.push(upcomingBucket(name, scope.first + i, this.params));
      }
    }
    return { required, met: metNames, missing, upcoming };
  }

  /** Records that were there but did not count, for buckets still missing, by (bucket, id). */
  notCounted(): Array<{ [key: string]: Json }> {
    if (this.notes.length === 0) return [];
    const notCounted: NotCounted[] = [];
    const lastJudged = this.scopes.map((scope) => this.lastJudged(scope));
    for (const n of this.notes) {
      const scope = this.scopes[n.scope] as Scope;
      if ((this.met[n.scope] as boolean[])[n.index - scope.first]) continue;
      if (n.index > (lastJudged[n.scope] as number)) continue;
      const bucket = bucketName(n.index, this.params.per) + scope.suffix;
      notCounted.push(
        typeof n.why === 'string'
          ? { id: n.id, reason: n.why, bucket }
          : { id: n.id, reason: n.why.reason, bucket, notInPost: n.why.notInPost },
      );
    }
    return notCounted.sort(byBucketThenId);
  }
}

/** A record that did not count for a missing bucket, as results show it. */
type NotCounted = { id: string; reason: string; bucket: string; notInPost?: NotInPost[] };

/** The index of the first record dated `day` or later in a list sorted by day. */
function firstOnOrAfter(list: ReadonlyArray<DatedRecord<unknown>>, day: LocalDay): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((list[middle] as DatedRecord<unknown>).day < day) low = middle + 1;
    else high = middle;
  }
  return low;
}

function byBucketThenId(a: { id: string; bucket: string }, b: { id: string; bucket: string }): number {
  return comparePairs(a.bucket, a.id, b.bucket, b.id);
}

/** The fields each built-in requirement reads, with the type they must have. */
const REQUIREMENT_FIELDS: Readonly<Record<keyof CoverageParams['require'], ReadonlyArray<readonly [string, string]>>> =
  {
    minutes: [['minutes', 'boolean']],
    majorMatterQuorum: [
      ['majorMatters', 'texts'],
      ['attendees', 'refs'],
    ],
    attendeeKinds: [['attendeeKinds', 'enums']],
    frequency: [['frequency', 'enum']],
    handover: [
      ['fromStaffId', 'ref'],
      ['toStaffId', 'ref'],
    ],
  };

/** The kind exists, each requirement's fields exist on it, `where` fits its fields. */
function checkCoverage(params: CoverageParams, context: FactContext): Issue[] {
  const found = kindNamed(params.kind, context.kinds, ['kind']);
  if ('issue' in found) return [found.issue];
  const kind: RecordKindInfo = found.kind;
  const issues: Issue[] = [];
  for (const [requirement, fields] of Object.entries(REQUIREMENT_FIELDS)) {
    if (params.require[requirement as keyof CoverageParams['require']] === undefined) continue;
    for (const [name, type] of fields) {
      const field = kind.fields.find((f) => f.name === name);
      if (field?.type === type) continue;
      issues.push(
        makeIssue('field-type-mismatch', ['require', requirement], {
          field: name,
          type: field?.type ?? 'absent',
          detail: `requirement ${requirement} needs a ${type} field ${name} on ${kind.name}`,
        }),
      );
    }
  }
  if (params.where !== undefined) issues.push(...checkRecordCondition(params.where, kind, ['where']));
  return issues;
}

export const coverage = defineFact({
  name: 'coverage',
  description:
    'Required buckets of a record kind (month, quarter, half, year, within the station window) and which of them have a record that counts.',
  params: coverageParams,
  periodic: true,
  wholePeriod: { met: 'grows' },
  // A month-end or quarter-end record counts up to its grace days after the period end.
  reach: (params) => ({ days: params.window === 'anytime' ? 0 : params.graceDays }),
  check: checkCoverage,
  compute(station, params) {
    const spec = specOf(params);
    const tally = new Tally(station, spec, scopesOf(station, spec));
    tally.consider(kindRecords(station, spec.kind) as ReadonlyArray<DatedRecord<AnyRecord>>, null);
    const rejected = kindRecords(station, spec.kind, 'rejected') as ReadonlyArray<DatedRecord<AnyRecord>>;
    if (rejected.length > 0) tally.consider(rejected, 'rejected-evidence');
    const { required, met, missing, upcoming } = tally.buckets();
    return {
      per: params.per,
      required,
      met,
      missing,
      // As of a day: required buckets not met whose window is still open (spec §5).
      ...(upcoming.length > 0 ? { upcoming } : {}),
      records: idsInOrder(tally.records),
      notCounted: tally.notCounted(),
    };
  },
});
