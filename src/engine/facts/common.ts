/** Helpers shared by fact functions: service-point windows and who held which post when. */
import type { StationFacts } from '../../facts/schema.js';
import { addDays, type LocalDay, maxDay, minDay } from '../../time/local-day.js';
import type { Duty, PreparedStation } from '../prepare.js';
import { coversDays, OPEN_END } from '../spans.js';

type ServicePoint = StationFacts['servicePoints'][number];

/** The part of the period in which a service point had to meet its obligations, or null. */
export function pointWindow(station: PreparedStation, point: ServicePoint): { from: LocalDay; to: LocalDay } | null {
  const from = point.opened ? maxDay(station.windowStart, point.opened) : station.windowStart;
  const to = point.closed ? minDay(station.periodEnd, point.closed) : station.periodEnd;
  return from <= to ? { from, to } : null;
}

/** Service points open at some time in the period, sorted by id. */
export function activePoints(station: PreparedStation): readonly ServicePoint[] {
  return station.activePoints;
}

/**
 * Ids of the active service points, one list per station shared by the facts that rely on them
 * (fact values are never written to; results copy what they show).
 */
export function activePointIds(station: PreparedStation): string[] {
  return station.activePointIds as string[];
}

/** Ids of people who held a supervisor post at some time in the period, sorted. */
export function activeSupervisors(station: PreparedStation): readonly string[] {
  return station.activeSupervisors;
}

/** Whether `staffId` held a post of `role` (at any service point) on `day`. */
export function heldRoleOn(station: PreparedStation, staffId: string, role: Duty['role'], day: LocalDay): boolean {
  return coversDays(station.heldSpans.get(staffId)?.[role], day, day);
}

/** Whether `staffId` held a post of `role` on `day` and still on the day after, in one duty. */
export function heldRoleBeyond(station: PreparedStation, staffId: string, role: Duty['role'], day: LocalDay): boolean {
  return coversDays(station.heldSpans.get(staffId)?.[role], day, addDays(day, 1));
}

/** The duties of one post (a role at a service point), in the order of `station.duties`. */
export function dutiesOfPost(station: PreparedStation, servicePointId: string, role: Duty['role']): readonly Duty[] {
  return station.dutiesByPost.get(servicePointId)?.get(role) ?? [];
}

/**
 * The first duty of a post's list (in the order of `station.duties`) that starts on or before
 * `by` and runs past `after` (an open duty runs on), or undefined: who held or took up the post
 * across a vacancy. A long list is searched by halving over the latest end of each of its
 * prefixes (made once per list); a post has a few duties as a rule, and those are scanned.
 */
export function holderAcross(duties: readonly Duty[], after: LocalDay, by: LocalDay): Duty | undefined {
  if (duties.length <= SHORT_LIST) {
    for (const duty of duties) {
      if (duty.start > by) return undefined;
      if (duty.end === undefined || duty.end > after) return duty;
    }
    return undefined;
  }
  const latest = latestEndsOf(duties);
  // The first prefix whose latest end is after `after`: its last duty is the first to run past it.
  let low = 0;
  let high = latest.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((latest[middle] as LocalDay) <= after) low = middle + 1;
    else high = middle;
  }
  const duty = duties[low];
  return duty !== undefined && duty.start <= by ? duty : undefined;
}

/** Up to this length a post's duties are scanned (an index costs more than it saves). */
const SHORT_LIST = 8;

/** The latest end of each prefix of a post's duties, made once per list. */
function latestEndsOf(duties: readonly Duty[]): readonly LocalDay[] {
  let latest = latestEnds.get(duties);
  if (latest === undefined) {
    const made: LocalDay[] = [];
    let max = '';
    for (const duty of duties) {
      const end = duty.end ?? OPEN_END;
      if (end > max) max = end;
      made.push(max);
    }
    latest = made;
    latestEnds.set(duties, latest);
  }
  return latest;
}

const latestEnds = new WeakMap<readonly Duty[], readonly LocalDay[]>();

/** The service point with this id (rejected ones left out), or undefined. */
export function servicePoint(station: PreparedStation, id: string): StationFacts['servicePoints'][number] | undefined {
  return station.servicePointById.get(id);
}
