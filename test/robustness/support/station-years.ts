/**
 * A fast arbitrary of VALID station-years: the compliant station of `test/support/station.ts`
 * changed by a list of operations (records dropped, moved, duplicated; incidents, outages,
 * vacancies, problems, immediate disclosures added; posts, terminals, facilities and the
 * supervision group weakened; another time zone or a station established mid-year). Every
 * operation keeps the facts schema-valid and their references resolvable.
 */
import fc from 'fast-check';
import { INCIDENT_KINDS, OUTAGE_KINDS, RECORD_KINDS, type StationFactsInput } from '../../../src/facts/schema.js';
import { compliantFacts } from '../../support/station.js';

type Facts = ReturnType<typeof compliantFacts>;
type AnyRecord = { id: string; date: string } & Record<string, unknown>;

const ZONES = ['Asia/Shanghai', 'UTC', 'America/New_York', 'Asia/Kolkata', 'Pacific/Chatham'] as const;
const OFFSETS = ['Z', '+08:00', '-05:00', '+05:30', '+13:45', '-11:00'] as const;

/** A day of 2023 (day-of-year 0..364), as `YYYY-MM-DD`. */
function dayOfYear(n: number): string {
  return new Date(Date.UTC(2023, 0, 1 + (n % 365), 12)).toISOString().slice(0, 10);
}

const when = fc.record({
  day: fc.nat({ max: 364 }),
  time: fc.option(fc.record({ hour: fc.nat({ max: 23 }), offset: fc.constantFrom(...OFFSETS) }), { nil: undefined }),
});

type When = { day: number; time: { hour: number; offset: string } | undefined };

function dateOf(w: When): string {
  const day = dayOfYear(w.day);
  return w.time ? `${day}T${String(w.time.hour).padStart(2, '0')}:30:00${w.time.offset}` : day;
}

const recordKind = fc.constantFrom(...RECORD_KINDS);

const operation = fc.oneof(
  fc.record({ op: fc.constant('drop' as const), kind: recordKind, index: fc.nat() }),
  fc.record({ op: fc.constant('move' as const), kind: recordKind, index: fc.nat(), when }),
  fc.record({ op: fc.constant('duplicate' as const), kind: recordKind, index: fc.nat(), when }),
  fc.record({
    op: fc.constant('incident' as const),
    kind: fc.constantFrom(...INCIDENT_KINDS),
    when,
    ruledOut: fc.boolean(),
  }),
  fc.record({
    op: fc.constant('outage' as const),
    kind: fc.constantFrom(...OUTAGE_KINDS),
    when,
    noticeHours: fc.option(fc.integer({ min: -48, max: 200 }), { nil: undefined }),
  }),
  fc.record({
    op: fc.constant('vacancy' as const),
    duty: fc.constantFrom('d-cm-1', 'd-sup-1'),
    day: fc.nat({ max: 364 }),
    refillAfter: fc.option(fc.nat({ max: 200 }), { nil: undefined }),
  }),
  fc.record({
    op: fc.constant('problem' as const),
    when,
    reminderAfter: fc.option(fc.nat({ max: 60 }), { nil: undefined }),
  }),
  fc.record({
    op: fc.constant('event' as const),
    when,
    disclosedAfter: fc.option(fc.nat({ max: 10 }), { nil: undefined }),
  }),
  fc.record({ op: fc.constant('unresolved-demand' as const), index: fc.nat(), reason: fc.boolean() }),
  fc.record({ op: fc.constant('weaken' as const), what: fc.nat({ max: 7 }) }),
  fc.record({ op: fc.constant('zone' as const), zone: fc.constantFrom(...ZONES) }),
  fc.record({ op: fc.constant('established' as const), day: fc.nat({ max: 364 }) }),
);

type Operation = typeof operation extends fc.Arbitrary<infer O> ? O : never;

function recordsOf(facts: Facts, kind: (typeof RECORD_KINDS)[number]): AnyRecord[] {
  return (facts.records[kind] ?? []) as AnyRecord[];
}

function weaken(facts: Facts, what: number): void {
  const point = facts.servicePoints?.[0];
  const group = facts.supervisionGroup;
  switch (what) {
    case 0:
      point?.facilities?.pop();
      break;
    case 1:
      if (point?.terminal) point.terminal.services = point.terminal.services.slice(1);
      break;
    case 2:
      if (group) delete group.leaderId;
      break;
    case 3:
      facts.reviews = (facts.reviews ?? []).map((r) => ({ ...r, outcome: 'unfit' as const }));
      break;
    case 4:
      facts.dismissalGrounds = [{ id: 'dg-1', staffId: 'sup-1', ground: 'inactive-six-months', date: '2023-05-01' }];
      break;
    case 5:
      facts.responsibilityLists = (facts.responsibilityLists ?? []).slice(1);
      break;
    case 6:
      if (point) point.venue = 'other';
      break;
    default:
      facts.appointments = (facts.appointments ?? []).map((a) => ({ ...a, eligibilityChecked: false }));
  }
}

function apply(facts: Facts, op: Operation, n: number): void {
  switch (op.op) {
    case 'drop': {
      // Problem flags and disclosure events are referenced by other records; dropping one would
      // leave a dangling reference, which is invalid input, not a station-year.
      if (op.kind === 'problemFlags' || op.kind === 'disclosureEvents') return;
      const list = recordsOf(facts, op.kind);
      if (list.length > 0) list.splice(op.index % list.length, 1);
      return;
    }
    case 'move': {
      const list = recordsOf(facts, op.kind);
      const record = list[op.index % Math.max(1, list.length)];
      if (record) record.date = dateOf(op.when);
      return;
    }
    case 'duplicate': {
      const list = recordsOf(facts, op.kind);
      const record = list[op.index % Math.max(1, list.length)];
      if (!record) return;
      const copy: AnyRecord = { ...structuredClone(record), id: `${record.id}-dup${n}`, date: dateOf(op.when) };
      if (Array.isArray(copy.demands))
        copy.demands = (copy.demands as Array<{ id: string }>).map((d) => ({ ...d, id: `${d.id}-dup${n}` }));
      list.push(copy);
      return;
    }
    case 'incident':
      facts.incidents = [
        ...(facts.incidents ?? []),
        { id: `inc-${n}`, kind: op.kind, date: dateOf(op.when), responsibilityRuledOut: op.ruledOut },
      ];
      return;
    case 'outage': {
      const start = `${dayOfYear(op.when.day)}T${String(op.when.time?.hour ?? 9).padStart(2, '0')}:00:00+08:00`;
      const notice =
        op.noticeHours === undefined
          ? {}
          : { noticeAt: new Date(Date.parse(start) + op.noticeHours * 3_600_000).toISOString() };
      facts.outages = [...(facts.outages ?? []), { id: `out-${n}`, kind: op.kind, start, ...notice }];
      return;
    }
    case 'vacancy': {
      const duty = facts.duties?.find((d) => d.id === op.duty);
      if (!duty || duty.end !== undefined) return;
      duty.end = dayOfYear(op.day);
      duty.endReason = 'left';
      if (op.refillAfter !== undefined) {
        const staffId = duty.role === 'supervisor' ? 'sup-2' : 'cm-2';
        facts.duties?.push({
          id: `d-refill-${n}`,
          staffId,
          role: duty.role,
          servicePointId: duty.servicePointId,
          start: dayOfYear(op.day + 1 + op.refillAfter),
        });
      }
      return;
    }
    case 'problem': {
      const id = `pf-${n}`;
      facts.records.problemFlags = [...(facts.records.problemFlags ?? []), { id, date: dateOf(op.when) }];
      if (op.reminderAfter !== undefined) {
        facts.records.correctionReminders = [
          ...(facts.records.correctionReminders ?? []),
          { id: `cr-${n}`, date: dayOfYear(op.when.day + op.reminderAfter), problemId: id },
        ];
      }
      return;
    }
    case 'event': {
      const id = `ev-${n}`;
      facts.records.disclosureEvents = [...(facts.records.disclosureEvents ?? []), { id, date: dateOf(op.when) }];
      if (op.disclosedAfter !== undefined) {
        facts.records.disclosures = [
          ...(facts.records.disclosures ?? []),
          { id: `di-${n}`, date: dayOfYear(op.when.day + op.disclosedAfter), frequency: 'immediate', eventIds: [id] },
        ];
      }
      return;
    }
    case 'unresolved-demand': {
      const liaisons = facts.records.liaisons ?? [];
      const liaison = liaisons[op.index % Math.max(1, liaisons.length)];
      const demand = liaison?.demands?.[0];
      if (demand) {
        demand.resolved = false;
        if (op.reason) demand.reason = '资金未到位';
      }
      return;
    }
    case 'weaken':
      weaken(facts, op.what);
      return;
    case 'zone':
      facts.station.timeZone = op.zone;
      return;
    case 'established':
      facts.station.established = dayOfYear(op.day);
      return;
  }
}

/**
 * Valid station-years: the compliant station changed by up to `maxOperations` operations.
 *
 * @example
 * ```ts
 * fc.assert(fc.property(stationYear(), (facts) => parseFacts(facts).ok));
 * ```
 */
export function stationYear(maxOperations = 10): fc.Arbitrary<StationFactsInput> {
  return fc.array(operation, { maxLength: maxOperations }).map((ops) => {
    const facts = compliantFacts();
    ops.forEach((op, n) => apply(facts, op, n));
    return facts;
  });
}
