/**
 * Checks across records that a schema cannot express: unique ids, references to people, service
 * points and records that exist, ends not before starts, a period of at most one year.
 */
import { formatPath, type Issue, type JsonPath, makeIssue } from '../issues/issue.js';
import { addDays, addMonths } from '../time/local-day.js';
import type { StationFacts } from './schema.js';

type Path = Array<string | number>;

class IdRegistry {
  private readonly firstSeen = new Map<string, JsonPath>();
  readonly issues: Issue[] = [];

  add(id: string, path: Path): void {
    const first = this.firstSeen.get(id);
    if (first) this.issues.push(makeIssue('duplicate-id', [...path, 'id'], { id, first: formatPath(first) }));
    else this.firstSeen.set(id, path);
  }
}

function checkRange(issues: Issue[], path: Path, start: string, end: string | undefined, endKey: string): void {
  if (end !== undefined && end < start) issues.push(makeIssue('end-before-start', [...path, endKey], { start, end }));
}

/**
 * Every cross-record problem of an already schema-valid facts object.
 *
 * @example
 * ```ts
 * const problems = crossCheckFacts(facts); // [] when every reference resolves
 * ```
 */
export function crossCheckFacts(facts: StationFacts): Issue[] {
  const issues: Issue[] = [];
  const ids = new IdRegistry();
  const staff = new Set(facts.staff.map((s) => s.id));
  const points = new Set(facts.servicePoints.map((p) => p.id));
  const members = new Set((facts.supervisionGroup?.members ?? []).map((m) => m.id));
  const problems = new Set(facts.records.problemFlags.map((p) => p.id));
  const events = new Set(facts.records.disclosureEvents.map((e) => e.id));

  const expect = (set: Set<string>, value: string | undefined, path: Path, target: string) => {
    if (value !== undefined && !set.has(value))
      issues.push(makeIssue('unknown-reference', path, { ref: value, target }));
  };

  const { start, end } = facts.period;
  if (end < start) issues.push(makeIssue('end-before-start', ['period', 'end'], { start, end }));
  else if (end > addDays(addMonths(start, 12), -1))
    issues.push(makeIssue('period-too-long', ['period', 'end'], { start, end }));

  facts.servicePoints.forEach((p, i) => {
    ids.add(p.id, ['servicePoints', i]);
    if (p.opened) checkRange(issues, ['servicePoints', i], p.opened, p.closed, 'closed');
  });
  facts.staff.forEach((s, i) => ids.add(s.id, ['staff', i]));
  facts.duties.forEach((d, i) => {
    ids.add(d.id, ['duties', i]);
    expect(staff, d.staffId, ['duties', i, 'staffId'], 'staff member');
    expect(points, d.servicePointId, ['duties', i, 'servicePointId'], 'service point');
    checkRange(issues, ['duties', i], d.start, d.end, 'end');
  });
  facts.appointments.forEach((a, i) => {
    ids.add(a.id, ['appointments', i]);
    expect(staff, a.staffId, ['appointments', i, 'staffId'], 'staff member');
    checkRange(issues, ['appointments', i], a.termStart, a.termEnd, 'termEnd');
  });
  facts.reviews.forEach((r, i) => {
    ids.add(r.id, ['reviews', i]);
    expect(staff, r.staffId, ['reviews', i, 'staffId'], 'staff member');
  });
  facts.dismissalGrounds.forEach((g, i) => {
    ids.add(g.id, ['dismissalGrounds', i]);
    expect(staff, g.staffId, ['dismissalGrounds', i, 'staffId'], 'staff member');
  });
  facts.responsibilityLists.forEach((l, i) => ids.add(l.id, ['responsibilityLists', i]));
  if (facts.supervisionGroup) {
    const group = facts.supervisionGroup;
    group.members.forEach((m, i) => {
      ids.add(m.id, ['supervisionGroup', 'members', i]);
      expect(staff, m.staffId, ['supervisionGroup', 'members', i, 'staffId'], 'staff member');
    });
    expect(members, group.leaderId, ['supervisionGroup', 'leaderId'], 'group member');
  }

  for (const [kind, list] of Object.entries(facts.records) as Array<[string, Array<Record<string, unknown>>]>) {
    list.forEach((record, i) => {
      const path: Path = ['records', kind, i];
      ids.add(record.id as string, path);
      expect(points, record.servicePointId as string | undefined, [...path, 'servicePointId'], 'service point');
      expect(staff, record.staffId as string | undefined, [...path, 'staffId'], 'staff member');
      expect(staff, record.fromStaffId as string | undefined, [...path, 'fromStaffId'], 'staff member');
      expect(staff, record.toStaffId as string | undefined, [...path, 'toStaffId'], 'staff member');
      expect(problems, record.problemId as string | undefined, [...path, 'problemId'], 'problem flag');
      (record.attendees as string[] | undefined)?.forEach((a, j) =>
        expect(members, a, [...path, 'attendees', j], 'group member'),
      );
      (record.eventIds as string[] | undefined)?.forEach((e, j) =>
        expect(events, e, [...path, 'eventIds', j], 'disclosure event'),
      );
      (record.demands as Array<{ id: string }> | undefined)?.forEach((d, j) => ids.add(d.id, [...path, 'demands', j]));
    });
  }
  facts.outages.forEach((o, i) => ids.add(o.id, ['outages', i]));
  facts.incidents.forEach((o, i) => ids.add(o.id, ['incidents', i]));
  return [...issues, ...ids.issues];
}
