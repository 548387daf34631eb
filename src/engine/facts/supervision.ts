/** Facts of A3 and A4: correction reminders and incidents. */
import * as z from 'zod';
import { INCIDENT_KINDS } from '../../facts/schema.js';
import { addDays } from '../../time/local-day.js';
import { idsInOrder } from '../../util/ids.js';
import { Deadlines, firstDayFrom } from './deadlines.js';
import { defineFact, type Json } from './fact.js';

export const correctionReminders = defineFact({
  name: 'correctionReminders',
  description:
    'Problems flagged in the period, and those without a correction reminder within the deadline; pending while the deadline lies after the period end.',
  params: z.strictObject({ days: z.int().min(0).max(365) }),
  deadlines: true,
  reach: (params) => ({ days: params.days }),
  compute(station, params) {
    const remindedOn = new Map<string, string[]>();
    for (const { day, record } of station.records.correctionReminders) {
      const days = remindedOn.get(record.problemId);
      if (days === undefined) remindedOn.set(record.problemId, [day]);
      else days.push(day);
    }
    const flagged: string[] = [];
    const unreminded: Json[] = [];
    const deadlines = Deadlines.of(station);
    const deadlineOf = new Map<string, string>();
    for (const { id, day } of station.records.problemFlags) {
      if (day < station.periodStart || day > station.periodEnd) continue;
      flagged.push(id);
      const deadline = addDays(day, params.days);
      deadlineOf.set(id, deadline);
      const on = firstDayFrom(remindedOn.get(id), day);
      if ((on === undefined || on > deadline) && deadlines.missed(id, day, deadline, on === undefined))
        unreminded.push({ problemId: id, flagged: day, deadline });
    }
    // The reminders relied on: those of the problems flagged, dated in the period or by their
    // deadline (one after both belongs to no judgement of this period).
    const records = flagged.slice();
    for (const { id, day, record } of station.records.correctionReminders) {
      const deadline = deadlineOf.get(record.problemId);
      if (deadline !== undefined && (day <= station.periodEnd || day <= deadline)) records.push(id);
    }
    return { flagged, unreminded, ...deadlines.listed(), records: idsInOrder(records) };
  },
});

export const incidents = defineFact({
  name: 'incidents',
  description:
    'Incidents of the given kinds that occurred in the period; those whose responsibility was ruled out are listed apart and do not count.',
  params: z.strictObject({ kinds: z.array(z.enum(INCIDENT_KINDS)).min(1).max(10) }),
  compute(station, params) {
    const kinds = new Set<string>(params.kinds);
    const counted: string[] = [];
    const ruledOut: string[] = [];
    for (const { id, day, record } of station.incidents) {
      if (!kinds.has(record.kind) || day < station.periodStart || day > station.periodEnd) continue;
      (record.responsibilityRuledOut ? ruledOut : counted).push(id);
    }
    return { counted, ruledOut, records: idsInOrder([...counted, ...ruledOut]) };
  },
});
