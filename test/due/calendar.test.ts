/**
 * The due list as an iCalendar file (RFC 5545), read back with ical.js (an independent parser):
 * one all-day event per open obligation on its deadline, deterministic UIDs, text escaped and
 * lines folded at 75 octets, CRLF line ends.
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
  it('of the lapses example as of 30 June has the 56 obligations of the rest of the year', () => {
    // Jul–Dec: 7 monthly items × 6 months = 42; 5 quarterly items × Q3, Q4 = 10; the group leader's
    // quarter-end reports of Q3, Q4 = 2; the H2 risk identification = 1; the review of a
    // supervisor not yet reviewed (item 6, due by the period end) = 1.
    const events = eventsOf(calendarAsOf('2023-06-30'));
    expect(events).toHaveLength(56);
    expect(events.length).toBe(dueList(evaluateSync(lapses, { asOf: '2023-06-30' })).entries.length);
  });

  it('of a compliant station before its year begins has every obligation of the year', () => {
    // 7 monthly × 12 + 5 quarterly × 4 + 4 quarter-end reports + 2 halves + 1 review = 111.
    expect(eventsOf(calendarAsOf(day(12, 31, 2022), parsed(compliantFacts())))).toHaveLength(111);
  });

  it('makes each event an all-day event on the deadline, in the station’s local days', () => {
    const [first] = eventsOf(calendarAsOf('2023-06-30'));
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

  it('leaves overdue obligations out (their day has passed)', () => {
    const facts = compliantFacts();
    facts.records.problemFlags.push({ id: 'pf-late', date: day(12, 20) });
    const list = dueList(evaluateSync(parsed(facts), { asOf: '2024-01-25' }));
    expect(list.entries.filter((e) => e.overdue)).toHaveLength(1);
    expect(eventsOf(renderDueCalendar(list))).toHaveLength(list.entries.length - 1);
  });
});
