/**
 * Findings: what an item that lost points lacked, as plain sentences naming the records (service
 * points, people, events, months) instead of the raw values of its trace. The standard's facts
 * have sentences of their own; any other condition (a region's declared kinds, counts, follow-ups)
 * is described from its operator and values.
 */
import type { ItemResult } from '../result/schema.js';
import type { FindingMessages } from './messages/findings-en.js';
import { label, points } from './text.js';
import { failedLeaves, type TraceLeaf } from './trace.js';

type Row = Readonly<Record<string, unknown>>;

const rows = (value: unknown): Row[] =>
  Array.isArray(value) ? value.filter((v): v is Row => v !== null && typeof v === 'object') : [];
const texts = (value: unknown): string[] => (Array.isArray(value) ? value.map((v) => String(v)) : []);
const text = (value: unknown): string => (value === null || value === undefined ? '' : String(value));
const orNull = (value: unknown): string | null => (value === null || value === undefined ? null : moment(value));

/**
 * A date or date-time as people read it: `2023-08-03T14:20:00+08:00` → `2023-08-03 14:20 UTC+08:00`;
 * a plain date is kept.
 *
 * @category Reports
 * @example
 * ```ts
 * moment('2023-08-03T14:20:00Z'); // '2023-08-03 14:20 UTC'
 * ```
 */
export function moment(value: unknown): string {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.exec(text(value));
  if (match === null) return text(value);
  const zone = match[3] === 'Z' ? 'UTC' : `UTC${match[3]}`;
  return `${match[1]} ${match[2]} ${zone}`;
}

/** A value of a trace in words: lists joined, objects by their values, nothing as "none". */
function readable(value: unknown, f: FindingMessages): string {
  if (value === null || value === undefined) return f.nothing;
  if (typeof value === 'boolean') return value ? f.yes : f.no;
  if (typeof value === 'number') return points(value);
  if (Array.isArray(value))
    return value.length === 0 ? f.nothing : value.map((v) => readable(v, f)).join(f.listSeparator);
  if (typeof value === 'object') {
    const parts = Object.values(value).filter((v) => v !== null && v !== undefined);
    return `(${parts.map((v) => readable(v, f)).join(f.listSeparator)})`;
  }
  return moment(value);
}

type Describe = (leaf: TraceLeaf, f: FindingMessages) => string[];

const role = (f: FindingMessages, value: unknown) => label(f.roles, text(value));
const list = (f: FindingMessages, values: readonly string[]) => values.join(f.listSeparator);
const per = (leaf: TraceLeaf) => text((leaf.params as Row | null)?.per ?? 'month');

/** Sentences of the standard's facts, by `fact.path`. */
const STANDARD: Readonly<Record<string, Describe>> = {
  'coverage.missing': (leaf, f) => [
    f.missingBuckets({ per: label(f.per, per(leaf)), buckets: list(f, texts(leaf.actual)) }),
  ],
  'servicePoints.active': (_, f) => [f.noActivePoint],
  'servicePoints.unsited': (leaf, f) => texts(leaf.actual).map((point) => f.unsited({ point })),
  'terminals.lacking': (leaf, f) =>
    rows(leaf.actual).map((r) =>
      f.terminalLacks({
        point: text(r.servicePointId),
        services: list(
          f,
          texts(r.missing).map((s) => label(f.services, s)),
        ),
      }),
    ),
  'facilities.lacking': (leaf, f) =>
    rows(leaf.actual).map((r) =>
      f.facilityLacks({
        point: text(r.servicePointId),
        facility: label(f.facilities, text(r.kind)),
        have: text(r.have),
        need: text(r.need),
      }),
    ),
  'staffing.unfilled': (leaf, f) =>
    rows(leaf.actual).map((r) => {
      const gaps = rows(r.gaps).map((g) => f.gap({ from: text(g.from), to: text(g.to) }));
      if (r.servicePointId === null || gaps.length === 0) return f.postNeverFilled({ role: role(f, r.role) });
      return f.postVacant({ point: text(r.servicePointId), role: role(f, r.role), gaps: list(f, gaps) });
    }),
  'supervisorApprovals.supervisors': (_, f) => [f.noSupervisor],
  'supervisorApprovals.unapproved': (leaf, f) => texts(leaf.actual).map((staff) => f.unapproved({ staff })),
  'supervisorReviews.supervisors': (_, f) => [f.noSupervisor],
  'supervisorReviews.unreviewed': (leaf, f) => texts(leaf.actual).map((staff) => f.unreviewed({ staff })),
  'supervisorReviews.lateDismissals': (leaf, f) =>
    rows(leaf.actual).map((r) =>
      f.lateDismissal({
        staff: text(r.staffId),
        ground: label(f.grounds, text(r.ground)),
        record: text(r.groundId),
        arose: text(r.arose),
        deadline: text(r.deadline),
      }),
    ),
  'vacancies.late': (leaf, f) =>
    rows(leaf.actual).map((r) =>
      f.lateRefill({
        point: text(r.servicePointId),
        role: role(f, r.role),
        vacated: text(r.vacated),
        deadline: text(r.deadline),
      }),
    ),
  'responsibilityLists.present': (leaf, f) => [f.listMissing({ role: role(f, (leaf.params as Row | null)?.role) })],
  'demands.unresolved': (leaf, f) => [f.unresolvedDemands({ ids: list(f, texts(leaf.actual)) })],
  'immediateDisclosures.late': (leaf, f) =>
    rows(leaf.actual).map((r) =>
      f.lateDisclosure({
        event: text(r.eventId),
        occurred: text(r.occurred),
        deadline: text(r.deadline),
        disclosed: orNull(r.disclosedOn),
      }),
    ),
  'outageNotices.late': (leaf, f) =>
    rows(leaf.actual).map((r) =>
      f.lateOutageNotice({
        outage: text(r.id),
        kind: label(f.outages, text(r.kind)),
        start: moment(r.start),
        notice: orNull(r.noticeAt),
      }),
    ),
  'correctionReminders.unreminded': (leaf, f) =>
    rows(leaf.actual).map((r) =>
      f.unreminded({ problem: text(r.problemId), flagged: text(r.flagged), deadline: text(r.deadline) }),
    ),
  'incidents.counted': (leaf, f) => {
    const ids = texts(leaf.actual);
    return [f.incidents({ ids: list(f, ids), count: ids.length })];
  },
  'followUp.late': (leaf, f) =>
    rows(leaf.actual).map((r) =>
      f.lateFollowUp({
        record: text(r.id),
        occurred: text(r.occurred),
        deadline: text(r.deadline),
        followed: orNull(r.followedOn),
      }),
    ),
  'count.count': (leaf, f) => [
    f.counted({
      actual: readable(leaf.actual, f),
      operator: label(f.operators, leaf.operator),
      expected: readable(leaf.expected, f),
    }),
  ],
};

/** A condition the catalogue has no sentence for, from its operator and values. */
function generic(leaf: TraceLeaf, f: FindingMessages): string[] {
  const condition = leaf.name ?? (leaf.path ? `${leaf.fact}.${leaf.path}` : leaf.fact);
  if (leaf.operator === 'isEmpty') {
    return [
      leaf.expected === true
        ? f.mustBeEmpty({ condition, actual: readable(leaf.actual, f) })
        : f.mustNotBeEmpty({ condition }),
    ];
  }
  const operator = label(f.operators, leaf.operator);
  return [f.compared({ condition, actual: readable(leaf.actual, f), operator, expected: readable(leaf.expected, f) })];
}

/**
 * The findings of an item: one or more sentences for each condition that made it lose points,
 * naming the records concerned. Empty for an item whose conditions all held (an expert item, an
 * override, an item that lost points by deduction alone shows its failures elsewhere).
 *
 * @category Reports
 * @example
 * ```ts
 * findingsOf(item, reportMessages('en').finding);
 * // ['No record that counts for these months: 2023-08.']
 * ```
 */
export function findingsOf(item: Pick<ItemResult, 'conditions'>, f: FindingMessages): string[] {
  return failedLeaves(item.conditions).flatMap((leaf) => {
    const describe = STANDARD[`${leaf.fact}.${leaf.path ?? ''}`];
    const sentences = describe ? describe(leaf, f) : [];
    return sentences.length > 0 ? sentences : generic(leaf, f);
  });
}
