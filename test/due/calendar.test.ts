/**
 * The due list as an iCalendar file (RFC 5545), read back with ical.js (an independent parser):
 * one all-day event per open obligation on its deadline (an overdue one on the as-of day),
 * deterministic UIDs, text escaped and lines folded at 75 octets, CRLF line ends.
 */
import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { renderDueCalendar } from '../../src/due/ics.js';
import { dueList } from '../../src/due/list.js';
import { evaluateSync } from '../../src/engine/evaluate.js';
import { parseFactsOrThrow } from '../../src/facts/parse.js';
import { compliantFacts, day, parsed } from '../support/station.js';

const lapses = parseFactsOrThrow(
  JSON.parse(readFileSync(new URL('../../examples/station-with-lapses.json', import.meta.url), 'utf8')),
);

/** The events of a calendar file, as ical.js reads them. */
function eventsOf(text: string): ICAL.Event[] {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
}

const calendarAsOf = (asOf: string, facts = lapses, lang: 'zh' | 'en' = 'en') =>
  renderDueCalendar(dueList(evaluateSync(facts, { asOf })), { lang });

describe('the due calendar (iCalendar)', () => {
  it('of the lapses example as of 30 June has the 56 obligations of the rest of the year and the 2 overdue', () => {
    // Jul–Dec: 7 monthly items × 6 months = 42; 5 quarterly items × Q3, Q4 = 10; the group leader's
    // quarter-end reports of Q3, Q4 = 2; the H2 risk identification = 1; the review of a
    // supervisor not yet reviewed (item 6, due by the period end) = 1. Overdue: the supervisor's
    // post at Shanxia, empty since 31 May and still to be filled (items 4 and 7) = 2.
    const events = eventsOf(calendarAsOf('2023-06-30'));
    expect(events).toHaveLength(58);
    expect(events.length).toBe(dueList(evaluateSync(lapses, { asOf: '2023-06-30' })).entries.length);
  });

  it('of a compliant station before its year begins has every obligation of the year', () => {
    // 7 monthly × 12 + 5 quarterly × 4 + 4 quarter-end reports + 2 halves + 1 review = 111.
    expect(eventsOf(calendarAsOf(day(12, 31, 2022), parsed(compliantFacts())))).toHaveLength(111);
  });

  it('makes each event an all-day event on the deadline, in the station’s local days', () => {
    const first = eventsOf(calendarAsOf('2023-06-30')).find((e) => !e.summary.startsWith('OVERDUE'));
    expect(first?.startDate.isDate).toBe(true);
    expect(first?.startDate.toString()).toBe('2023-07-31');
    expect(first?.endDate.toString()).toBe('2023-08-01');
    expect(first?.summary).toBe('9 Monthly liaison with village and enterprise electricians: liaisons for 2023-07');
    expect(first?.description).toContain('Can be met from 2023-07-01 to 2023-07-31');
    expect(first?.description).toContain('4 points at stake');
  });

  it('gives every obligation its own UID, the same in every export (a re-import updates, not duplicates)', () => {
    const june = eventsOf(calendarAsOf('2023-06-30'));
    const uids = june.map((e) => e.uid);
    expect(new Set(uids).size).toBe(uids.length);
    const july = new Map(eventsOf(calendarAsOf('2023-07-15')).map((e) => [e.summary, e.uid]));
    for (const event of june) if (july.has(event.summary)) expect(july.get(event.summary)).toBe(event.uid);
    expect(calendarAsOf('2023-06-30')).toBe(calendarAsOf('2023-06-30'));
  });

  it('escapes text, folds lines at 75 octets without splitting a character, and ends lines with CRLF', () => {
    const facts = compliantFacts();
    facts.station.name = `浙江省电力有限公司武义县供电公司柳桥供电所; 第一, 第二\\ "quoted" ${'长'.repeat(40)}`;
    const text = calendarAsOf(day(6, 30), parsed(facts), 'zh');
    expect(text.endsWith('\r\n')).toBe(true);
    // Calendar properties come before the events (RFC 5545 §3.4): nothing after the last one.
    expect(text.slice(text.lastIndexOf('END:VEVENT\r\n'))).toBe('END:VEVENT\r\nEND:VCALENDAR\r\n');
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(text).not.toContain('\uFFFD');
    const calendar = new ICAL.Component(ICAL.parse(text));
    expect(calendar.getFirstPropertyValue('name')).toBe(`${facts.station.name} 应办事项`);
    const [event] = eventsOf(text);
    expect(event?.description).toContain(`${facts.station.name} (${facts.station.id})`);
  });

  it('puts an overdue obligation on the as-of day, marked, with its deadline, the days overdue and the points lost', () => {
    const facts = compliantFacts();
    facts.records.problemFlags.push({ id: 'pf-open', date: day(5, 20) });
    const list = dueList(evaluateSync(parsed(facts), { asOf: day(6, 30) }));
    const events = eventsOf(renderDueCalendar(list, { lang: 'en' }));
    expect(events).toHaveLength(list.entries.length);
    const [overdue] = events;
    expect(overdue?.startDate.toString()).toBe('2023-06-30');
    expect(overdue?.endDate.toString()).toBe('2023-07-01');
    expect(overdue?.summary).toBe(
      'OVERDUE 19 Reminders to self-correct emerging problems: follow up pf-open (arose 2023-05-20)',
    );
    expect(overdue?.description).toContain('Deadline 2023-06-19, 11 days overdue: still to be done');
    expect(overdue?.description).toContain('3 points lost');
    const zh = eventsOf(renderDueCalendar(list, { lang: 'zh' }))[0];
    expect(zh?.summary.startsWith('已逾期 19 ')).toBe(true);
    expect(zh?.description).toContain('期限 2023-06-19，已逾期 11 天，仍须办理');
    expect(zh?.description).toContain('已失 3 分');
  });

  it('keeps an obligation’s UID once it is overdue: a re-import moves the event to the later as-of day', () => {
    const facts = compliantFacts();
    facts.records.problemFlags.push({ id: 'pf-open', date: day(6, 20) });
    const uidOf = (asOf: string) => {
      const events = eventsOf(renderDueCalendar(dueList(evaluateSync(parsed(facts), { asOf })), { lang: 'en' }));
      const event = events.find((e) => e.description.includes('pf-open'));
      return { uid: event?.uid, day: event?.startDate.toString() };
    };
    const before = uidOf(day(6, 30));
    const after = uidOf(day(7, 25));
    expect(before.day).toBe('2023-07-20');
    expect(after).toEqual({ uid: before.uid, day: '2023-07-25' });
  });

  it('numbers each export’s revision by the as-of day (SEQUENCE), so a later export replaces an earlier one', () => {
    const sequences = (asOf: string) => new Set(eventsOf(calendarAsOf(asOf)).map((e) => e.sequence));
    expect(sequences('2023-06-30')).toEqual(new Set([180]));
    expect(sequences('2023-07-15')).toEqual(new Set([195]));
    expect(sequences('2022-12-31')).toEqual(new Set([0]));
  });
});
