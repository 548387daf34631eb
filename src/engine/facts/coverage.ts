/**
 * `coverage`: which required buckets (months, quarters, halves) of the period have a record of a
 * kind that counts, which are missing, and which records were there but did not count and why.
 */
import { z } from 'zod';
import type { RecordKind } from '../../facts/schema.js';
import { DISCLOSURE_FREQUENCIES, JOINT_ATTENDEE_KINDS, POST_ROLES, RECORD_KINDS } from '../../facts/schema.js';
import { bucketOf, bucketRange, monthEndBucket, quarterEndBucket, requiredBuckets } from '../../time/buckets.js';
import { addDays, type LocalDay } from '../../time/local-day.js';
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

/** The bucket a record counts for under the params' window, or null when outside it. */
function bucketFor(day: LocalDay, params: CoverageParams): string | null {
  if (params.window === 'month-end') return monthEndBucket(day, params.monthEndDays, params.graceDays);
  if (params.window === 'quarter-end') return quarterEndBucket(day, params.graceDays);
  return bucketOf(day, params.per);
}

interface Scope {
  readonly suffix: string;
  readonly from: LocalDay;
  readonly to: LocalDay;
  readonly accepts: (record: AnyRecord) => boolean;
}

function scopesOf(station: PreparedStation, params: CoverageParams): Scope[] {
  if (params.scope === 'station') {
    return [{ suffix: '', from: station.windowStart, to: station.periodEnd, accepts: () => true }];
  }
  const scopes: Scope[] = [];
  for (const point of activePoints(station)) {
    const window = pointWindow(station, point);
    if (window) scopes.push({ suffix: `@${point.id}`, ...window, accepts: (r) => r.servicePointId === point.id });
  }
  return scopes;
}

export const coverage = defineFact({
  name: 'coverage',
  description:
    'Required buckets of a record kind (month, quarter, half, within the station window) and which of them have a record that counts.',
  params: coverageParams,
  compute(station, params) {
    const required: string[] = [];
    const met = new Set<string>();
    const records: string[] = [];
    const notCounted: Array<{ [key: string]: Json }> = [];
    const noted = new Set<string>();
    const list = station.records[params.kind] as ReadonlyArray<DatedRecord<AnyRecord>>;
    const rejectedList = (station.rejected[params.kind] ?? []) as ReadonlyArray<DatedRecord<AnyRecord>>;
    const { frequency } = params.require;
    for (const scope of scopesOf(station, params)) {
      const scopeRequired = requiredBuckets(params.per, scope.from, scope.to);
      const requiredSet = new Set(scopeRequired);
      for (const bucket of scopeRequired) required.push(bucket + scope.suffix);
      const consider = (dated: DatedRecord<AnyRecord>, rejectedReason: string | null) => {
        const record = dated.record;
        if (frequency !== undefined && record.frequency !== frequency) return;
        if (!scope.accepts(record)) return;
        if (dated.day < station.periodStart) return;
        const bucket = bucketFor(dated.day, params);
        if (bucket === null) {
          // Outside every window: name it against its own bucket and the one before (a late
          // report), so whichever is missing shows the record that was there.
          const home = bucketOf(dated.day, params.per);
          const previous = bucketOf(addDays(bucketRange(home)[0], -1), params.per);
          for (const candidate of [previous, home]) {
            if (requiredSet.has(candidate)) note(dated.id, 'outside-window', candidate + scope.suffix);
          }
          return;
        }
        if (!requiredSet.has(bucket)) return;
        const reason = rejectedReason ?? whyNotCounted(station, record, dated.day, params.require);
        if (reason !== null) {
          note(dated.id, reason, bucket + scope.suffix);
          return;
        }
        met.add(bucket + scope.suffix);
        records.push(dated.id);
      };
      const note = (id: string, reason: string, bucket: string) => {
        const key = `${id}|${bucket}`;
        if (noted.has(key)) return;
        noted.add(key);
        notCounted.push({ id, reason, bucket });
      };
      for (const dated of list) consider(dated, null);
      for (const dated of rejectedList) consider(dated, 'rejected-evidence');
    }
    const missing = required.filter((b) => !met.has(b));
    const metInOrder = required.filter((b) => met.has(b));
    const missingSet = new Set(missing);
    return {
      required,
      met: metInOrder,
      missing,
      records: [...new Set(records)].sort(),
      notCounted: notCounted
        .filter((n) => missingSet.has(n.bucket as string))
        .sort((a, b) => compareKeys([a.bucket as string, a.id as string], [b.bucket as string, b.id as string])),
    };
  },
});
