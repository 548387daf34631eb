/**
 * fast-check generators of station-years: the compliant fixture with records dropped, moved and
 * added, and incidents, outages, vacancies, flagged problems and disclosure events mixed in.
 * Every generated station is valid input (unique ids, references that resolve).
 */
import fc from 'fast-check';
import { addDays, addMonths } from '../../src/time/local-day.js';
import { compliantFacts, type Fixture } from '../support/station.js';

/** Record kinds whose records nothing else refers to, so they can be dropped freely. */
export const FREE_KINDS = [
  'liaisons',
  'ledgerHandovers',
  'publicity',
  'disclosures',
  'supervisionMeetings',
  'jointMeetings',
  'specialInspections',
  'fourWindsChecks',
  'riskIdentifications',
  'customerVisits',
  'resultPublications',
  'supervisorReports',
  'leaderReports',
] as const;

type FreeKind = (typeof FREE_KINDS)[number];
type Records = Fixture['records'];

const pad = (n: number) => String(n).padStart(2, '0');

/** A local day from mid-November of the year before to mid-January of the year after. */
export const dayArb = fc.integer({ min: -45, max: 380 }).map((n) => addDays('2023-01-01', n));

/** A plain date, or a date-time with an offset (Z, +08:00 or -05:00). */
export const dateArb = fc.oneof(
  dayArb,
  fc
    .tuple(
      dayArb,
      fc.integer({ min: 0, max: 23 }),
      fc.integer({ min: 0, max: 59 }),
      fc.constantFrom('Z', '+08:00', '-05:00'),
    )
    .map(([d, h, m, offset]) => `${d}T${pad(h)}:${pad(m)}:00${offset}`),
);

const editArb = fc.record({
  kind: fc.constantFrom(...FREE_KINDS),
  index: fc.nat(),
  op: fc.constantFrom('drop', 'move', 'copy'),
  date: dateArb,
});

const incidentArb = fc.record({
  kind: fc.constantFrom('service-complaint', 'state-grid-notified-event', 'leapfrog-petition', 'staff-violation'),
  date: dateArb,
  responsibilityRuledOut: fc.boolean(),
});

const outageArb = fc.record({
  kind: fc.constantFrom('planned', 'temporary', 'fault'),
  start: dateArb,
  noticeHours: fc.option(fc.integer({ min: -24 * 10, max: 6 }), { nil: undefined }),
});

const vacancyArb = fc.record({
  dutyId: fc.constantFrom('d-cm-1', 'd-sup-1'),
  end: dayArb,
  endReason: fc.constantFrom('left', 'dismissed', 'transferred', 'term-expired', 'other'),
  refillAfterDays: fc.option(fc.integer({ min: 1, max: 70 }), { nil: undefined }),
});

/** Something that happened and a follow-up some days later (or never). */
const followedArb = fc.record({
  date: dayArb,
  afterDays: fc.option(fc.integer({ min: -2, max: 40 }), { nil: undefined }),
});

const meetingArb = fc.record({
  month: fc.integer({ min: 1, max: 12 }),
  minutes: fc.boolean(),
  attendees: fc.subarray(['g-sec', 'g-sup', 'g-rep', 'g-dis']),
  majorMatter: fc.boolean(),
});

/** What a scenario changes in the compliant station-year. */
export const scenarioArb = fc.record({
  edits: fc.array(editArb, { maxLength: 20 }),
  incidents: fc.array(incidentArb, { maxLength: 4 }),
  outages: fc.array(outageArb, { maxLength: 3 }),
  vacancies: fc.uniqueArray(vacancyArb, { maxLength: 2, selector: (v) => v.dutyId }),
  problems: fc.array(followedArb, { maxLength: 3 }),
  events: fc.array(followedArb, { maxLength: 3 }),
  meetings: fc.array(meetingArb, { maxLength: 3 }),
  established: fc.option(dayArb, { nil: undefined }),
  unresolvedDemandMonth: fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }),
  timeZone: fc.option(fc.constantFrom('UTC', 'America/New_York', 'Asia/Kolkata'), { nil: undefined }),
  periodStartMonth: fc.option(fc.integer({ min: 2, max: 12 }), { nil: undefined }),
});

/** A generated scenario. */
export type Scenario = typeof scenarioArb extends fc.Arbitrary<infer S> ? S : never;

function listOf(records: Records, kind: FreeKind): Array<{ id: string; date: string }> {
  return records[kind] as Array<{ id: string; date: string }>;
}

function instantPlusHours(date: string, hours: number): string {
  const start = date.length === 10 ? Date.parse(`${date}T00:00:00+08:00`) : Date.parse(date);
  return new Date(start + hours * 3_600_000).toISOString();
}

/** The compliant station-year with a scenario applied. */
export function stationOf(scenario: Scenario): Fixture {
  const f = compliantFacts();
  scenario.edits.forEach((edit, i) => {
    const list = listOf(f.records, edit.kind);
    if (list.length === 0) return;
    const at = edit.index % list.length;
    const record = list[at]!;
    if (edit.op === 'drop') list.splice(at, 1);
    else if (edit.op === 'move') record.date = edit.date;
    else {
      const copy: { id: string; date: string; demands?: Array<{ id: string }> } = {
        ...structuredClone(record),
        id: `${record.id}-copy-${i}`,
        date: edit.date,
      };
      for (const demand of copy.demands ?? []) demand.id = `${demand.id}-copy-${i}`;
      list.push(copy);
    }
  });
  scenario.incidents.forEach((incident, i) => {
    f.incidents.push({ id: `inc-${i}`, ...incident });
  });
  scenario.outages.forEach((outage, i) => {
    f.outages.push({
      id: `out-${i}`,
      kind: outage.kind,
      start: outage.start,
      ...(outage.noticeHours === undefined ? {} : { noticeAt: instantPlusHours(outage.start, outage.noticeHours) }),
    });
  });
  for (const vacancy of scenario.vacancies) {
    const duty = f.duties.find((d) => d.id === vacancy.dutyId)!;
    Object.assign(duty, { end: vacancy.end, endReason: vacancy.endReason });
    if (vacancy.refillAfterDays !== undefined) {
      const successor = duty.role === 'supervisor' ? 'sup-2' : 'cm-2';
      f.duties.push({
        ...structuredClone(duty),
        id: `${duty.id}-next`,
        staffId: successor,
        start: addDays(vacancy.end, vacancy.refillAfterDays),
      });
      const next = f.duties[f.duties.length - 1]!;
      delete next.end;
      delete next.endReason;
    }
  }
  scenario.problems.forEach((problem, i) => {
    f.records.problemFlags.push({ id: `pf-${i}`, date: problem.date });
    if (problem.afterDays !== undefined)
      f.records.correctionReminders.push({
        id: `cr-${i}`,
        date: addDays(problem.date, problem.afterDays),
        problemId: `pf-${i}`,
      });
  });
  scenario.events.forEach((event, i) => {
    f.records.disclosureEvents.push({ id: `ev-${i}`, date: event.date });
    if (event.afterDays !== undefined)
      f.records.disclosures.push({
        id: `ds-i-${i}`,
        date: addDays(event.date, event.afterDays),
        frequency: 'immediate',
        eventIds: [`ev-${i}`],
      });
  });
  scenario.meetings.forEach((meeting, i) => {
    f.records.supervisionMeetings.push({
      id: `sm-extra-${i}`,
      date: `2023-${pad(meeting.month)}-20`,
      minutes: meeting.minutes,
      attendees: meeting.attendees,
      ...(meeting.majorMatter ? { majorMatters: ['重大事项'] } : {}),
    });
  });
  if (scenario.established !== undefined) f.station.established = scenario.established;
  if (scenario.timeZone !== undefined) f.station.timeZone = scenario.timeZone;
  if (scenario.periodStartMonth !== undefined) {
    const start = `2023-${pad(scenario.periodStartMonth)}-01`;
    f.period = { start, end: addDays(addMonths(start, 12), -1) };
  }
  if (scenario.unresolvedDemandMonth !== undefined) {
    f.records.liaisons.push({
      id: 'li-unresolved',
      date: `2023-${pad(scenario.unresolvedDemandMonth)}-05`,
      demands: [{ id: 'dm-unresolved', resolved: false }],
    });
  }
  return f;
}

/** A record that meets every condition on the record itself, for one of the free kinds. */
export const compliantRecordArb = fc.record({
  kind: fc.constantFrom(...FREE_KINDS, 'problem', 'event'),
  date: dateArb,
  n: fc.nat(3),
});

/** Adds a compliant record (or a flagged problem / event with its in-time follow-up). */
export function addCompliantRecord(
  f: Fixture,
  add: typeof compliantRecordArb extends fc.Arbitrary<infer A> ? A : never,
): void {
  const id = `added-${add.kind}`;
  const day = add.date.slice(0, 10);
  const r = f.records;
  switch (add.kind) {
    case 'liaisons':
      r.liaisons.push({ id, date: add.date, demands: [{ id: `${id}-dm`, resolved: true }] });
      break;
    case 'ledgerHandovers':
      r.ledgerHandovers.push({ id, date: add.date, fromStaffId: 'cm-1', toStaffId: 'sup-1' });
      break;
    case 'disclosures':
      r.disclosures.push({ id, date: add.date, frequency: add.n % 2 === 0 ? 'monthly' : 'quarterly' });
      break;
    case 'supervisionMeetings':
      r.supervisionMeetings.push({
        id,
        date: add.date,
        minutes: true,
        attendees: ['g-sec', 'g-sup', 'g-rep', 'g-dis'],
      });
      break;
    case 'jointMeetings':
      r.jointMeetings.push({
        id,
        date: add.date,
        attendeeKinds: ['station-head', 'team-leader', 'villager', 'village-enterprise'],
      });
      break;
    case 'problem':
      r.problemFlags.push({ id, date: day });
      r.correctionReminders.push({ id: `${id}-cr`, date: addDays(day, add.n), problemId: id });
      break;
    case 'event':
      r.disclosureEvents.push({ id, date: day });
      r.disclosures.push({ id: `${id}-ds`, date: addDays(day, add.n), frequency: 'immediate', eventIds: [id] });
      break;
    default:
      listOf(r, add.kind).push({ id, date: add.date });
  }
}

/** A deterministic shuffle driven by a generated seed (a small LCG; no Math.random). */
export function shuffled<T>(list: readonly T[], seed: number): T[] {
  const out = [...list];
  let state = seed >>> 0 || 1;
  for (let i = out.length - 1; i > 0; i--) {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** Shuffles every list of the facts, nested ones included, in place. */
export function shuffleEverything(value: unknown, seed: number): unknown {
  if (Array.isArray(value))
    return shuffled(
      value.map((v, i) => shuffleEverything(v, seed + i + 1)),
      seed,
    );
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v], i) => [k, shuffleEverything(v, seed * 31 + i)]));
  }
  return value;
}
