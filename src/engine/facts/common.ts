/** Helpers shared by fact functions: service-point windows and who held which post when. */
import type { StationFacts } from '../../facts/schema.js';
import { type LocalDay, maxDay, minDay } from '../../time/local-day.js';
import type { Duty, PreparedStation } from '../prepare.js';

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

/** Whether a duty covers `day`. */
export function dutyCovers(duty: Duty, day: LocalDay): boolean {
  return duty.start <= day && (duty.end === undefined || duty.end >= day);
}

/** Whether a duty overlaps `from..to`. */
export function dutyOverlaps(duty: Duty, from: LocalDay, to: LocalDay): boolean {
  return duty.start <= to && (duty.end === undefined || duty.end >= from);
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
  const duties = station.dutiesByStaff.get(staffId);
  if (duties === undefined) return false;
  for (const duty of duties) if (duty.role === role && dutyCovers(duty, day)) return true;
  return false;
}

/** The duties of one post (a role at a service point), in the order of `station.duties`. */
export function dutiesOfPost(station: PreparedStation, servicePointId: string, role: Duty['role']): readonly Duty[] {
  return station.dutiesByPost.get(servicePointId)?.get(role) ?? [];
}

/** The service point with this id (rejected ones left out), or undefined; stations have a few. */
export function servicePoint(station: PreparedStation, id: string): StationFacts['servicePoints'][number] | undefined {
  for (const point of station.servicePoints) if (point.id === id) return point;
  return undefined;
}
