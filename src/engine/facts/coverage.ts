/**
 * `coverage`: which required buckets (months, quarters, halves) of the period have a record of a
 * kind that counts, which are missing, and which records were there but did not count and why.
 */
import { z } from 'zod';
import type { RecordKind } from '../../facts/schema.js';
import { DISCLOSURE_FREQUENCIES, JOINT_ATTENDEE_KINDS, POST_ROLES, RECORD_KINDS } from '../../facts/schema.js';
import type { Per } from '../../time/buckets.js';
import type { LocalDay } from '../../time/local-day.js';
import { bucketIndex, bucketName, requiredBucketRange } from '../bucket-index.js';
import type { DatedRecord, PreparedStation } from '../prepare.js';
import { activePoints, heldRoleOn, pointWindow } from './common.js';
import { compareKeys, defineFact, type Json } from './fact.js';

const coverageParams = z.strictObject({
  kind: z.enum(RECORD_KINDS as [RecordKind, ...RecordKind[]]),
  per: z.enum(['month', 'quarter', 'half']),
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
});

type CoverageParams = z.output<typeof coverageParams>;
type AnyRecord = Record<string, unknown> & { id: string };

/** Why a record present in the data did not count for its bucket. */
function whyNotCounted(
  station: PreparedStation,
  record: AnyRecord,
  day: LocalDay,
  require: CoverageParams['require'],
): string | null {
  if (require.minutes === true && record.minutes !== true) return 'no-minutes';
  if (require.majorMatterQuorum !== undefined && Array.isArray(record.majorMatters) && record.majorMatters.length > 0) {
    const groupSize = station.facts.supervisionGroup?.members.length ?? 0;
    const present = new Set(record.attendees as string[]).size;
    if (groupSize === 0 || present < require.majorMatterQuorum * groupSize) return 'no-quorum';
  }
  if (require.attendeeKinds) {
    const kinds = new Set(record.attendeeKinds as string[]);
    if (!require.attendeeKinds.every((k) => kinds.has(k))) return 'missing-attendee-kinds';
  }
  if (require.handover) {
    const from = record.fromStaffId as string;
    const to = record.toStaffId as string;
    if (!heldRoleOn(station, from, require.handover.from, day) || !heldRoleOn(station, to, require.handover.to, day)) {
      return 'wrong-handover-roles';
    }
  }
  return null;
}

/** The length of the buckets a record counts for under the params' window. */
function windowPer(params: CoverageParams): Per {
  if (params.window === 'month-end') return 'month';
  if (params.window === 'quarter-end') return 'quarter';
  return params.per;
}

/** The number of the bucket (of length `windowPer`) a record counts for, or null outside the window. */
function bucketFor(dated: DatedRecord<AnyRecord>, params: CoverageParams): number | null {
  if (params.window === 'month-end') {
    // As `monthEndBucket`: the last `monthEndDays` days of a month, or the first `graceDays` of the next.
    if (dated.dayOfMonth <= params.graceDays) return dated.month - 1;
    if (dated.dayOfMonth > dated.monthLength - params.monthEndDays) return dated.month;
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

interface Scope {
  readonly suffix: string;
  readonly servicePointId: string | null;
  /** Numbers of the first and last required bucket. */
  readonly first: number;
  readonly last: number;
}

function scopesOf(station: PreparedStation, params: CoverageParams): Scope[] {
  if (params.scope === 'station') {
    const [first, last] = requiredBucketRange(params.per, station.windowStart, station.periodEnd);
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
  readonly reason: string;
  readonly scope: number;
  readonly index: number;
}

export const coverage = defineFact({
  name: 'coverage',
  description:
    'Required buckets of a record kind (month, quarter, half, within the station window) and which of them have a record that counts.',
  params: coverageParams,
  compute(station, params) {
    const per = params.per;
    // A window whose buckets are not of length `per` (month-end with per quarter …) never counts.
    const sameLength = windowPer(params) === per;
    const list = station.records[params.kind] as ReadonlyArray<DatedRecord<AnyRecord>>;
    const rejectedList = (station.rejected[params.kind] ?? []) as ReadonlyArray<DatedRecord<AnyRecord>>;
    const { frequency } = params.require;
    const scopes = scopesOf(station, params);
    const met = scopes.map((scope) => new Array<boolean>(Math.max(0, scope.last - scope.first + 1)).fill(false));
    const records: string[] = [];
    const notes: Note[] = [];
    const noted = new Set<string>();
    const note = (id: string, reason: string, scope: number, index: number) => {
      const key = `${id}|${scope}|${index}`;
      if (noted.has(key)) return;
      noted.add(key);
      notes.push({ id, reason, scope, index });
    };
    const consider = (dated: DatedRecord<AnyRecord>, rejectedReason: string | null) => {
      const record = dated.record;
      if (frequency !== undefined && record.frequency !== frequency) return;
      if (dated.day < station.periodStart) return;
      const bucket = bucketFor(dated, params);
      for (let s = 0; s < scopes.length; s++) {
        const scope = scopes[s] as Scope;
        if (scope.servicePointId !== null && record.servicePointId !== scope.servicePointId) continue;
        if (bucket === null) {
          // Outside every window: name it against its own bucket and the one before (a late
          // report), so whichever is missing shows the record that was there.
          const home = bucketIndex(dated.month, per);
          for (const candidate of [home - 1, home]) {
            if (candidate >= scope.first && candidate <= scope.last) note(dated.id, 'outside-window', s, candidate);
          }
          continue;
        }
        if (!sameLength || bucket < scope.first || bucket > scope.last) continue;
        const reason = rejectedReason ?? whyNotCounted(station, record, dated.day, params.require);
        if (reason !== null) {
          note(dated.id, reason, s, bucket);
          continue;
        }
        (met[s] as boolean[])[bucket - scope.first] = true;
        records.push(dated.id);
      }
    };
    for (const dated of list) consider(dated, null);
    for (const dated of rejectedList) consider(dated, 'rejected-evidence');
    const required: string[] = [];
    const metNames: string[] = [];
    const missing: string[] = [];
    scopes.forEach((scope, s) => {
      for (let index = scope.first; index <= scope.last; index++) {
        const name = bucketName(index, per) + scope.suffix;
        required.push(name);
        ((met[s] as boolean[])[index - scope.first] ? metNames : missing).push(name);
      }
    });
    const notCounted: Array<{ [key: string]: Json }> = [];
    for (const n of notes) {
      const scope = scopes[n.scope] as Scope;
      if ((met[n.scope] as boolean[])[n.index - scope.first]) continue;
      notCounted.push({ id: n.id, reason: n.reason, bucket: bucketName(n.index, per) + scope.suffix });
    }
    return {
      per,
      required,
      met: metNames,
      missing,
      records: records.length < 2 ? records : [...new Set(records)].sort(),
      notCounted: notCounted.sort((a, b) =>
        compareKeys([a.bucket as string, a.id as string], [b.bucket as string, b.id as string]),
      ),
    };
  },
});
