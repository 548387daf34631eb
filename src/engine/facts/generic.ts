/**
 * Generic facts over any record kind, built-in or declared by a ruleset: `count` (records of a
 * kind in the period that meet conditions on their fields) and `followUp` ("every X is followed by
 * a Y within N days"). With `coverage`, they let a region add obligations as data.
 */
import * as z from 'zod';
import type { FieldInfo, RecordKindInfo } from '../../facts/kinds/describe.js';
import type { DeclaredRecord } from '../../facts/schema.js';
import { type Issue, makeIssue } from '../../issues/issue.js';
import { addDays, addMonths, instantOf, type LocalDay, localDayOf, localDayOfInstant } from '../../time/local-day.js';
import { closestName } from '../../util/closest.js';
import { idsInOrder } from '../../util/ids.js';
import { type DatedRecord, kindRecords, type PreparedStation } from '../prepare.js';
import { Deadlines } from './deadlines.js';
import { defineFact, type FactContext, type Json } from './fact.js';
import { checkRecordCondition, kindNamed, type RecordCondition, recordTest } from './record-condition.js';

const whereParam = z
  .custom<RecordCondition>((value) => value !== null && typeof value === 'object')
  .optional()
  .meta({ description: 'Conditions on the record’s fields: { all | any | not } of { field, operator, value }' });

const kindParam = z.string().min(1).max(64).meta({ description: 'A record kind of the ruleset' });

type Path = Array<string | number>;

/** The records of a kind dated in the period that meet `where`. */
function inPeriod(station: PreparedStation, kind: string, where: RecordCondition | undefined) {
  const test = where === undefined ? null : recordTest(where);
  const out: Array<DatedRecord<DeclaredRecord>> = [];
  for (const dated of kindRecords(station, kind)) {
    if (dated.day < station.periodStart || dated.day > station.periodEnd) continue;
    if (test === null || test(dated.record)) out.push(dated);
  }
  return out;
}

function checkKindAndWhere(
  kindName: string,
  where: RecordCondition | undefined,
  context: FactContext,
  path: Path,
): { kind: RecordKindInfo | null; issues: Issue[] } {
  const found = kindNamed(kindName, context.kinds, [...path, 'kind']);
  if ('issue' in found) return { kind: null, issues: [found.issue] };
  const issues = where === undefined ? [] : checkRecordCondition(where, found.kind, [...path, 'where']);
  return { kind: found.kind, issues };
}

export const count = defineFact({
  name: 'count',
  description: 'Records of a kind dated in the period that meet the conditions on their fields (all when none).',
  params: z.strictObject({ kind: kindParam, where: whereParam }),
  check: (params, context) => checkKindAndWhere(params.kind, params.where, context, []).issues,
  wholePeriod: { count: 'grows', counted: 'grows' },
  compute(station, params) {
    const counted = idsInOrder(inPeriod(station, params.kind, params.where).map((r) => r.id));
    return { count: counted.length, counted, records: counted };
  },
});

const followUpParams = z.strictObject({
  kind: kindParam.meta({ description: 'The records that call for a follow-up (X)' }),
  where: whereParam,
  by: z
    .strictObject({
      kind: kindParam.optional().meta({ description: 'The kind of the follow-up records (Y)' }),
      ref: z.string().min(1).max(64).optional().meta({ description: 'The field of Y that names the X it follows up' }),
      where: whereParam,
      field: z
        .string()
        .min(1)
        .max(64)
        .optional()
        .meta({ description: 'Instead of a Y record: a date field of X itself (when it was followed up)' }),
    })
    .meta({ description: 'What follows up an X: a record of another kind naming it, or a date field of X' }),
  within: z
    .strictObject({
      days: z.int().min(0).max(366).optional(),
      hours: z
        .number()
        .min(0)
        .max(24 * 366)
        .optional(),
      months: z.int().min(0).max(24).optional(),
    })
    .meta({ description: 'The deadline after X, inclusive: exactly one of days, hours, months' }),
});

type FollowUpParams = z.output<typeof followUpParams>;

function fieldProblem(kind: RecordKindInfo, name: string, path: Path, accept: (f: FieldInfo) => boolean, what: string) {
  const field = kind.fields.find((f) => f.name === name);
  if (!field) {
    const known = kind.fields.map((f) => f.name);
    const suggestion = closestName(name, known);
    return makeIssue('unknown-record-field', path, {
      kind: kind.name,
      field: name,
      known: known.join(', '),
      ...(suggestion ? { suggestion } : {}),
    });
  }
  return accept(field) ? null : makeIssue('field-type-mismatch', path, { field: name, type: field.type, detail: what });
}

function checkFollowUp(params: FollowUpParams, context: FactContext): Issue[] {
  const trigger = checkKindAndWhere(params.kind, params.where, context, []);
  const issues = [...trigger.issues];
  const units = (['days', 'hours', 'months'] as const).filter((unit) => params.within[unit] !== undefined);
  if (units.length !== 1)
    issues.push(makeIssue('invalid-condition', ['within'], { detail: 'give exactly one of days, hours, months' }));
  const { by } = params;
  if (by.field !== undefined) {
    if (by.kind !== undefined || by.ref !== undefined || by.where !== undefined)
      issues.push(makeIssue('invalid-condition', ['by'], { detail: 'give either field, or kind and ref' }));
    if (trigger.kind) {
      const isDate = (f: FieldInfo) => f.type === 'date' || f.type === 'date-time';
      const problem = fieldProblem(trigger.kind, by.field, ['by', 'field'], isDate, 'a follow-up field is a date');
      if (problem) issues.push(problem);
    }
    return issues;
  }
  if (by.kind === undefined || by.ref === undefined) {
    issues.push(makeIssue('invalid-condition', ['by'], { detail: 'give either field, or kind and ref' }));
    return issues;
  }
  const follower = checkKindAndWhere(by.kind, by.where, context, ['by']);
  issues.push(...follower.issues);
  if (follower.kind) {
    const refersToX = (f: FieldInfo) => (f.type === 'ref' || f.type === 'refs') && f.to === params.kind;
    const problem = fieldProblem(follower.kind, by.ref, ['by', 'ref'], refersToX, `it must refer to ${params.kind}`);
    if (problem) issues.push(problem);
  }
  return issues;
}

/** When a follow-up happened: its day and its instant (a plain date is the start of the day). */
interface Moment {
  readonly day: LocalDay;
  readonly instant: number;
}

function momentOf(value: string, timeZone: string): Moment {
  return { day: localDayOf(value, timeZone), instant: instantOf(value, timeZone) };
}

/** The deadline of an X that happened at `start`: a day for days and months, an instant for hours. */
function deadlineOf(start: Moment, within: FollowUpParams['within'], zone: string): Moment {
  if (within.hours !== undefined) {
    const instant = start.instant + within.hours * 3_600_000;
    return { instant, day: localDayOfInstant(instant, zone) };
  }
  const day = within.months !== undefined ? addMonths(start.day, within.months) : addDays(start.day, within.days ?? 0);
  return { instant: Number.NaN, day };
}

/** The follow-ups of each X (by id), from the records of the follow-up kind that name it. */
function followUpsByRef(
  station: PreparedStation,
  by: FollowUpParams['by'],
): Map<string, Array<{ id: string; at: Moment }>> {
  const byId = new Map<string, Array<{ id: string; at: Moment }>>();
  const test = by.where === undefined ? null : recordTest(by.where);
  for (const dated of kindRecords(station, by.kind as string)) {
    if (test !== null && !test(dated.record)) continue;
    const value = dated.record[by.ref as string];
    const ids = Array.isArray(value) ? value : [value];
    const at = momentOf(dated.record.date, station.timeZone);
    for (const id of ids) {
      if (typeof id !== 'string') continue;
      const list = byId.get(id);
      if (list === undefined) byId.set(id, [{ id: dated.id, at }]);
      else list.push({ id: dated.id, at });
    }
  }
  return byId;
}

export const followUp = defineFact({
  name: 'followUp',
  description:
    'Records of a kind (X) in the period that call for a follow-up, and those not followed up within the deadline (by a record of another kind naming them, or a date field of X). A deadline after the period end that is not yet met is pending, not late.',
  params: followUpParams,
  check: checkFollowUp,
  deadlines: true,
  reach: ({ within }) => ({
    days: within.days ?? Math.ceil((within.hours ?? 0) / 24),
    months: within.months ?? 0,
  }),
  compute(station, params) {
    const zone = station.timeZone;
    const { by, within } = params;
    const followUps = by.field === undefined ? followUpsByRef(station, by) : null;
    const deadlines = Deadlines.of(station);
    const triggered: string[] = [];
    const late: Json[] = [];
    const records: string[] = [];
    for (const x of inPeriod(station, params.kind, params.where)) {
      triggered.push(x.id);
      records.push(x.id);
      const start = momentOf(x.record.date, zone);
      const deadline = deadlineOf(start, within, zone);
      const inTime = (at: Moment) =>
        within.hours !== undefined
          ? at.instant >= start.instant && at.instant <= deadline.instant
          : at.day >= start.day && at.day <= deadline.day;
      const candidates: Array<{ id: string | null; at: Moment }> = [];
      if (followUps) for (const f of followUps.get(x.id) ?? []) candidates.push(f);
      else {
        const value = x.record[by.field as string];
        const at = typeof value === 'string' ? momentOf(value, zone) : null;
        // As of a day, a follow-up dated after it has not happened yet (spec §5).
        if (at !== null && (station.asOf === null || at.day <= station.asOf)) candidates.push({ id: null, at });
      }
      const met = candidates.find((c) => inTime(c.at));
      if (met) {
        if (met.id !== null) records.push(met.id);
        continue;
      }
      const after = candidates.filter((c) => c.at.day >= start.day).sort((a, b) => a.at.instant - b.at.instant)[0];
      const missed =
        within.hours === undefined
          ? deadlines.missed(x.id, start.day, deadline.day, after === undefined)
          : deadlines.missedAt(x.id, start.instant, deadline.instant, zone, after === undefined);
      if (!missed) continue;
      late.push({ id: x.id, occurred: start.day, deadline: deadline.day, followedOn: after ? after.at.day : null });
    }
    return { triggered, late, ...deadlines.listed(), records: idsInOrder(records) };
  },
});
