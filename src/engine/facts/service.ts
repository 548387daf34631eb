/** Facts of A2 (service efficiency): demands, immediate disclosures, outage notices. */
import * as z from 'zod';
import { addDays, instantOf, localDayOfInstant } from '../../time/local-day.js';
import { idsInOrder } from '../../util/ids.js';
import { Deadlines, firstDayFrom } from './deadlines.js';
import { defineFact, type Json } from './fact.js';

export const demands = defineFact({
  name: 'demands',
  description: 'Demands collected at liaison in the period, and those neither resolved nor given a recorded reason.',
  params: z.strictObject({}),
  wholePeriod: { unresolved: 'unmet', collected: 'grows' },
  compute(station) {
    let collected = 0;
    const unresolved: string[] = [];
    const records: string[] = [];
    for (const { id, day, record } of station.records.liaisons) {
      if (day < station.periodStart || day > station.periodEnd) continue;
      for (const demand of record.demands) {
        collected++;
        if (!demand.resolved && (demand.reason ?? '').trim() === '') unresolved.push(demand.id);
      }
      if (record.demands.length > 0) records.push(id);
    }
    return { collected, unresolved: unresolved.sort(), records: idsInOrder(records) };
  },
});

export const immediateDisclosures = defineFact({
  name: 'immediateDisclosures',
  description:
    'Events needing immediate disclosure in the period, and those not disclosed by an immediate disclosure naming them within the deadline; pending while the deadline lies after the period end.',
  params: z.strictObject({ days: z.int().min(0).max(365) }),
  deadlines: true,
  reach: (params) => ({ days: params.days }),
  compute(station, params) {
    // Every day each event was disclosed on (disclosures are sorted by day), so that a disclosure
    // dated before its event cannot hide a later one that is in time.
    const disclosedOn = new Map<string, string[]>();
    for (const { day, record } of station.records.disclosures) {
      if (record.frequency !== 'immediate') continue;
      for (const eventId of record.eventIds) {
        const days = disclosedOn.get(eventId);
        if (days === undefined) disclosedOn.set(eventId, [day]);
        else days.push(day);
      }
    }
    const events: string[] = [];
    const late: Json[] = [];
    const deadlines = Deadlines.of(station);
    const deadlineOf = new Map<string, string>();
    for (const { id, day } of station.records.disclosureEvents) {
      if (day < station.periodStart || day > station.periodEnd) continue;
      events.push(id);
      const deadline = addDays(day, params.days);
      deadlineOf.set(id, deadline);
      const on = firstDayFrom(disclosedOn.get(id), day);
      if ((on === undefined || on > deadline) && deadlines.missed(id, day, deadline, on === undefined))
        late.push({ eventId: id, occurred: day, deadline, disclosedOn: on ?? null });
    }
    // The disclosures relied on: immediate ones naming an event of the period, dated in the period
    // or by that event's deadline (one after both belongs to no judgement of this period).
    const records = events.slice();
    for (const { id, day, record } of station.records.disclosures) {
      if (record.frequency !== 'immediate') continue;
      const relied = record.eventIds.some((e) => {
        const deadline = deadlineOf.get(e);
        return deadline !== undefined && (day <= station.periodEnd || day <= deadline);
      });
      if (relied) records.push(id);
    }
    return { events, late, ...deadlines.listed(), records: idsInOrder(records) };
  },
});

export const outageNotices = defineFact({
  name: 'outageNotices',
  description:
    'Outages starting in the period and those whose notice was late: planned ≥ N days ahead, temporary ≥ N hours ahead, fault within N hours after the start (pending while that lies after the period end).',
  params: z.strictObject({
    plannedDays: z.number().min(0).max(365),
    temporaryHours: z
      .number()
      .min(0)
      .max(24 * 365),
    faultHours: z
      .number()
      .min(0)
      .max(24 * 365),
  }),
  deadlines: true,
  // Only a fault notice is due after its outage starts (planned and temporary ones are due before).
  reach: (params) => ({ days: Math.ceil(params.faultHours / 24) }),
  compute(station, params) {
    const outages: string[] = [];
    const late: Json[] = [];
    const zone = station.timeZone;
    const deadlines = Deadlines.of(station);
    for (const outage of station.outages) {
      const startMs = instantOf(outage.start, zone);
      const startDay = localDayOfInstant(startMs, zone);
      if (startDay < station.periodStart || startDay > station.periodEnd) continue;
      outages.push(outage.id);
      const noticeMs = outage.noticeAt === undefined ? null : instantOf(outage.noticeAt, zone);
      // Planned and temporary notices are due before the start (a day in the period or before
      // it), so only a fault notice can be due after the period end and be pending.
      let missed: boolean;
      if (outage.kind === 'planned') {
        const deadline = addDays(startDay, -params.plannedDays);
        if (noticeMs !== null && localDayOfInstant(noticeMs, zone) <= deadline) continue;
        // A notice ahead of an outage that has begun can no longer be given: lost, not open.
        missed = deadlines.missed(outage.id, startDay, deadline, false);
      } else {
        const hours = outage.kind === 'temporary' ? -params.temporaryHours : params.faultHours;
        const deadlineMs = startMs + hours * 3_600_000;
        if (noticeMs !== null && noticeMs <= deadlineMs) continue;
        const open = outage.kind === 'fault' && noticeMs === null;
        missed = deadlines.missedAt(outage.id, startMs, deadlineMs, zone, open);
      }
      if (missed)
        late.push({ id: outage.id, kind: outage.kind, start: outage.start, noticeAt: outage.noticeAt ?? null });
    }
    return { outages, late, ...deadlines.listed(), records: outages };
  },
});
