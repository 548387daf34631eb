/** Facts of A1 (organisation): service points, terminals, facilities, posts, supervisors, lists. */
import * as z from 'zod';
import { FACILITY_KINDS, POST_ROLES, TERMINAL_SERVICES, VENUE_KINDS } from '../../facts/schema.js';
import { addDays, addMonths, type LocalDay, maxDay } from '../../time/local-day.js';
import { idsInOrder } from '../../util/ids.js';
import type { Duty } from '../prepare.js';
import {
  activePointIds,
  activePoints,
  activeSupervisors,
  dutiesOfPost,
  heldRoleBeyond,
  holderAcross,
  pointWindow,
  servicePoint,
} from './common.js';
import { Deadlines } from './deadlines.js';
import { comparePairs, defineFact, type Json } from './fact.js';

export const servicePoints = defineFact({
  name: 'servicePoints',
  description:
    'Service points active in the period, and those that are neither at an accepted venue nor a cloud point.',
  params: z.strictObject({ venues: z.array(z.enum(VENUE_KINDS)).max(20) }),
  wholePeriod: { active: 'grows', unsited: 'unmet' },
  compute(station, params) {
    const active = activePoints(station);
    const venues: readonly string[] = params.venues;
    const unsited = active
      .filter((p) => !p.cloud && (p.venue === undefined || !venues.includes(p.venue)))
      .map((p) => p.id);
    return { active: active.map((p) => p.id), unsited, records: activePointIds(station) };
  },
});

export const terminals = defineFact({
  name: 'terminals',
  description: 'Active service points whose smart terminal lacks a required service (or that have none).',
  params: z.strictObject({ services: z.array(z.enum(TERMINAL_SERVICES)).max(10) }),
  wholePeriod: { lacking: 'unmet' },
  compute(station, params) {
    const lacking: Json[] = [];
    const active = activePoints(station);
    for (const point of active) {
      const offered: readonly string[] = point.terminal?.services ?? [];
      const missing = params.services.filter((s) => !offered.includes(s));
      if (missing.length > 0) lacking.push({ servicePointId: point.id, missing });
    }
    return { lacking, records: activePointIds(station) };
  },
});

type FacilityNeeds = Partial<Record<(typeof FACILITY_KINDS)[number], number>>;

/** The required facilities as (kind, quantity), sorted by kind; made once per params object. */
function requiredFacilities(required: FacilityNeeds): ReadonlyArray<readonly [string, number]> {
  let list = facilityLists.get(required);
  if (list === undefined) {
    list = Object.entries(required)
      .filter((entry): entry is [string, number] => entry[1] !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : 1));
    facilityLists.set(required, list);
  }
  return list;
}

const facilityLists = new WeakMap<FacilityNeeds, ReadonlyArray<readonly [string, number]>>();

export const facilities = defineFact({
  name: 'facilities',
  description: 'Required facilities (Annex Table 1) an active service point lacks or has too few of.',
  params: z.strictObject({ required: z.partialRecord(z.enum(FACILITY_KINDS), z.int().min(0).max(1000)) }),
  wholePeriod: { lacking: 'unmet' },
  compute(station, params) {
    const lacking: Json[] = [];
    const active = activePoints(station);
    const required = requiredFacilities(params.required);
    for (const point of active) {
      for (const [kind, need] of required) {
        let count = 0;
        for (const f of point.facilities) if (f.kind === kind) count += f.quantity;
        if (count < need) lacking.push({ servicePointId: point.id, kind, have: count, need });
      }
    }
    return { lacking, records: activePointIds(station) };
  },
});

/** A post (a role at a service point) whose gaps are measured, with what the measure needs. */
interface Post {
  readonly duties: readonly Duty[];
  /** The day the post came to exist (its point opened, its station was established). */
  readonly since: LocalDay;
  /** Who answers for a gap still open at the window's end: the duty that ended it, else the post. */
  readonly name: string;
  /** The day its point closed, if it did (by the judgement day). */
  readonly closed: LocalDay | undefined;
}

/**
 * Gaps in a post over `from..to` longer than the refill deadline allows. A gap is measured from
 * its real vacancy date, the day after the last duty ended, even when that lies before `from` (a
 * holder who left on 15 December and a successor who started on 16 January missed the deadline of
 * 15 January inside the window), though not from before `post.since`, the day the post came to
 * exist; a post never held before the window is measured from `from`. Only gaps that reach into
 * the window count. A gap still open at `to` is one when the deadline has come by `to` (a
 * successor starting on the deadline is in time, so a post still empty on it is not). One whose
 * deadline lies after `to` is within its allowance: when the window runs to the judgement day the
 * refill is pending (listed by `deadlines`, as item 7 lists the vacancy), unless the point closed
 * before the deadline.
 */
function postGaps(
  post: Post,
  from: LocalDay,
  to: LocalDay,
  refillMonths: number,
  deadlines: { judgedOn: LocalDay; judge: Deadlines },
): Json[] {
  const gaps: Json[] = [];
  // The last day the post was held so far; before any duty, the window's eve.
  let coveredUntil = addDays(from, -1);
  let lastHolder: string | null = null;
  for (const duty of post.duties) {
    if (duty.start > to) break;
    if (duty.end !== undefined && duty.end < post.since) continue;
    if (duty.start > from) {
      const gapStart = addDays(coveredUntil, 1);
      if (duty.start > gapStart && duty.start > addMonths(coveredUntil, refillMonths)) {
        gaps.push({ from: gapStart, to: addDays(duty.start, -1) });
      }
    }
    if (duty.end === undefined) return gaps;
    if (lastHolder === null || duty.end > coveredUntil) {
      coveredUntil = duty.end;
      lastHolder = duty.id;
    }
  }
  if (coveredUntil >= to) return gaps;
  const deadline = addMonths(coveredUntil, refillMonths);
  // Judged (or pending) on the judgement day: a post still empty there is still to be filled.
  const judged = to === deadlines.judgedOn;
  if (to >= deadline) {
    gaps.push({ from: addDays(coveredUntil, 1), to });
    if (judged) deadlines.judge.missed(lastHolder ?? post.name, coveredUntil, deadline, true);
  } else if (judged && (post.closed === undefined || post.closed >= deadline))
    deadlines.judge.missed(lastHolder ?? post.name, coveredUntil, deadline, true);
  return gaps;
}

export const staffing = defineFact({
  name: 'staffing',
  description:
    'Posts (one per role per active service point) and those not held for the whole window, allowing gaps up to the refill deadline; a post still empty whose deadline lies after the judgement day is pending.',
  params: z.strictObject({ roles: z.array(z.enum(POST_ROLES)).min(1).max(2), refillMonths: z.int().min(0).max(24) }),
  deadlines: true,
  reach: (params) => ({ months: params.refillMonths }),
  compute(station, params) {
    const unfilled: Json[] = [];
    const records: string[] = [];
    let posts = 0;
    const points = activePoints(station);
    const judge = Deadlines.of(station);
    if (points.length === 0) {
      // A station with no service point has none staffed: every post the standard asks for is
      // missing; before the period ends a point may still open, so nothing is judged yet.
      const judged = station.judgedOn === station.periodEnd;
      return {
        posts: params.roles.length,
        unfilled: judged ? params.roles.map((role) => ({ servicePointId: null, role, gaps: [] })) : [],
        pending: [],
        records: [],
      };
    }
    const deadlines = { judgedOn: station.judgedOn, judge };
    for (const point of points) {
      const window = pointWindow(station, point);
      if (!window) continue;
      // As of a day inside the window, gaps are measured up to that day.
      const to = station.asOf !== null && station.asOf < window.to ? station.asOf : window.to;
      const since = maxDay(station.facts.station.established ?? '', point.opened ?? '');
      for (const role of params.roles) {
        posts++;
        const held = dutiesOfPost(station, point.id, role);
        // The duties relied on: those begun by the window's end (a later one fills no gap of it).
        for (const d of held) if (d.start <= window.to) records.push(d.id);
        if (to < window.from) continue;
        const post = { duties: held, since, name: `${point.id}:${role}`, closed: point.closed };
        const gaps = postGaps(post, window.from, to, params.refillMonths, deadlines);
        if (gaps.length > 0) unfilled.push({ servicePointId: point.id, role, gaps });
      }
    }
    return { posts, unfilled, ...judge.listed(), records: idsInOrder(records) };
  },
});

export const vacancies = defineFact({
  name: 'vacancies',
  description:
    'Posts vacated in the period (a vacancy opens the day after a duty ends, at a point still open) and whether each was refilled in time; pending while its deadline lies after the period end.',
  params: z.strictObject({ roles: z.array(z.enum(POST_ROLES)).min(1).max(2), refillMonths: z.int().min(0).max(24) }),
  deadlines: true,
  reach: (params) => ({ months: params.refillMonths }),
  compute(station, params) {
    const opened: Array<{ [key: string]: Json }> = [];
    const late: Json[] = [];
    const records: string[] = [];
    const deadlines = Deadlines.of(station);
    const roles: readonly string[] = params.roles;
    // The post is vacant from the day after the vacancy date (the last day of duty): a duty ending
    // on the period's eve opens a vacancy in the period, one ending on its last day in the next.
    const firstVacancyDate = addDays(station.periodStart, -1);
    for (const duty of station.duties) {
      if (!roles.includes(duty.role) || duty.end === undefined) continue;
      if (duty.end < firstVacancyDate || duty.end >= station.periodEnd) continue;
      const point = servicePoint(station, duty.servicePointId);
      if (!point || (point.closed !== undefined && point.closed <= duty.end)) continue;
      const vacated = duty.end;
      const deadline = addMonths(vacated, params.refillMonths);
      const successor = holderAcross(dutiesOfPost(station, duty.servicePointId, duty.role), vacated, deadline);
      records.push(duty.id);
      if (successor) records.push(successor.id);
      let status: string;
      if (successor) status = 'refilled';
      // The post ended with its point before it had to be refilled (as item 4 allows the gap).
      else if (point.closed !== undefined && point.closed < deadline) status = 'point-closed';
      else {
        // Nobody has taken up the post by the judgement day: the refill is still to be made.
        const open = holderAcross(dutiesOfPost(station, duty.servicePointId, duty.role), vacated, station.judgedOn);
        status = deadlines.missed(duty.id, vacated, deadline, open === undefined) ? 'late' : 'pending';
      }
      const vacancy = {
        dutyId: duty.id,
        servicePointId: duty.servicePointId,
        role: duty.role,
        vacated,
        deadline,
        status,
        refilledBy: successor ? successor.id : null,
      };
      opened.push(vacancy);
      if (status === 'late') late.push(vacancy);
    }
    opened.sort((a, b) =>
      comparePairs(a.vacated as string, a.dutyId as string, b.vacated as string, b.dutyId as string),
    );
    return { opened, late, ...deadlines.listed(), records: idsInOrder(records) };
  },
});

export const supervisorApprovals = defineFact({
  name: 'supervisorApprovals',
  description:
    'Supervisors active in the period, and those without an approval by the named approver with a date, a document number and an eligibility check.',
  params: z.strictObject({ approver: z.enum(['discipline-committee', 'other']) }),
  wholePeriod: { supervisors: 'grows', unapproved: 'unmet' },
  compute(station, params) {
    const supervisors = [...activeSupervisors(station)];
    // The first valid approval of each person (appointments are in id order), in one pass.
    const approvals = new Map<string, string>();
    for (const a of station.appointments) {
      if (
        a.approver === params.approver &&
        a.date <= station.periodEnd &&
        (a.documentNo ?? '').trim() !== '' &&
        a.eligibilityChecked &&
        !approvals.has(a.staffId)
      )
        approvals.set(a.staffId, a.id);
    }
    const unapproved: string[] = [];
    const records: string[] = [];
    for (const staffId of supervisors) {
      const approval = approvals.get(staffId);
      if (approval !== undefined) records.push(approval);
      else unapproved.push(staffId);
    }
    return { supervisors, unapproved, records: idsInOrder(records) };
  },
});

export const supervisorReviews = defineFact({
  name: 'supervisorReviews',
  description:
    'Supervisors not reviewed in the period, and dismissal grounds (recorded, or an unfit review) not followed by dismissal within the deadline; pending while the deadline lies after the period end.',
  params: z.strictObject({ dismissalMonths: z.int().min(0).max(24) }),
  deadlines: true,
  wholePeriod: { supervisors: 'grows', unreviewed: 'unmet' },
  reach: (params) => ({ months: params.dismissalMonths }),
  compute(station, params) {
    const supervisors = [...activeSupervisors(station)];
    const isSupervisor = new Set(supervisors);
    const inPeriod = (day: LocalDay) => day >= station.periodStart && day <= station.periodEnd;
    const records: string[] = [];
    const reviewed = new Set<string>();
    for (const review of station.reviews) {
      if (inPeriod(review.date) && isSupervisor.has(review.staffId)) {
        reviewed.add(review.staffId);
        records.push(review.id);
      }
    }
    const grounds = [
      ...station.dismissalGrounds.map((g) => ({
        id: g.id,
        staffId: g.staffId,
        date: g.date,
        ground: g.ground as string,
      })),
      ...station.reviews
        .filter((r) => r.outcome === 'unfit')
        .map((r) => ({ id: r.id, staffId: r.staffId, date: r.date, ground: 'unfit-review' })),
    ].sort((a, b) => comparePairs(a.date, a.id, b.date, b.id));
    const lateDismissals: Json[] = [];
    const deadlines = Deadlines.of(station);
    for (const ground of grounds) {
      const deadline = addMonths(ground.date, params.dismissalMonths);
      if (deadline < station.periodStart || ground.date > station.periodEnd) continue;
      records.push(ground.id);
      // Out of the supervisor post by the deadline (dismissed or left), or never in it: met.
      if (!heldRoleBeyond(station, ground.staffId, 'supervisor', deadline)) continue;
      const stillInPost = heldRoleBeyond(station, ground.staffId, 'supervisor', station.judgedOn);
      if (deadlines.missed(ground.id, ground.date, deadline, stillInPost)) {
        lateDismissals.push({
          staffId: ground.staffId,
          groundId: ground.id,
          ground: ground.ground,
          arose: ground.date,
          deadline,
        });
      }
    }
    return {
      supervisors,
      unreviewed: supervisors.filter((s) => !reviewed.has(s)),
      lateDismissals,
      ...deadlines.listed(),
      records: idsInOrder(records),
    };
  },
});

export const responsibilityLists = defineFact({
  name: 'responsibilityLists',
  description: 'Whether a written responsibility list for a role was issued on or before the period end.',
  params: z.strictObject({ role: z.enum(POST_ROLES) }),
  wholePeriod: { present: 'unmet' },
  compute(station, params) {
    const lists = station.responsibilityLists.filter((l) => l.role === params.role && l.issued <= station.periodEnd);
    return { present: lists.length > 0, records: lists.map((l) => l.id) };
  },
});
