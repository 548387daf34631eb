/**
 * A due list as an iCalendar file (RFC 5545) that a station head imports into a phone or desktop
 * calendar: one all-day event per open obligation, on its deadline, in the station's local days;
 * an overdue one on the as-of day (its deadline has passed, and it is still to be done: on the
 * day the list was made, where a calendar shows it, and an export made later moves it on).
 * All-day dates (`VALUE=DATE`) carry no zone (RFC 5545 §3.3.4): the deadline day computed in the
 * station's zone is the day shown, wherever the phone is. No `X-WR-TIMEZONE` is written: the
 * generator would put it after the events, where RFC 5545 allows no calendar property.
 * Written by `ical-generator` (escaping, line folding at 75 octets without splitting a UTF-8
 * sequence, CRLF line ends); the output is deterministic: UIDs are hashes of what the obligation
 * is, DTSTAMP is the as-of day, never the clock. Used by the command line only, so the library's
 * main entry does not carry the generator.
 */
import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';
import ical from 'ical-generator';
import { terminalText } from '../report/terminal.js';
import { pick, points } from '../report/text.js';
import { addDays, daysBetween } from '../time/local-day.js';
import type { DueEntry, DueList } from './list.js';
import { dueMessages } from './messages.js';
import { type DueRenderOptions, neededText } from './render.js';

/** Midnight UTC of a local day: how an all-day date is handed to the generator (it writes the UTC date). */
const dateOf = (day: string) => new Date(`${day.slice(0, 10)}T00:00:00Z`);

/**
 * Text safe in a calendar: control characters (which RFC 5545 does not allow in text values) and
 * bidirectional controls shown as visible escapes, line by line.
 */
const calendarText = (text: string) => text.split('\n').map(terminalText).join('\n');

/** The UID of an obligation: the same obligation gets the same UID in every export (re-imports update it). */
function uidOf(list: DueList, entry: DueEntry): string {
  const what = [
    list.station.id,
    list.period.start,
    entry.itemId,
    entry.bucket ?? '',
    entry.condition ?? '',
    entry.obligation ?? '',
  ].join('\u0000');
  return `${bytesToHex(sha256(utf8ToBytes(what))).slice(0, 32)}@clean-station`;
}

/**
 * The open obligations of a due list as an iCalendar file: one all-day event on each deadline,
 * titled with the item and what is needed, its description giving the days it can be met on and
 * the points at stake. An overdue obligation is an event on the as-of day, titled as overdue, its
 * description giving its deadline, the days overdue and the points lost. Each event keeps its UID
 * from one export to the next, and its SEQUENCE is the number of days from the period start to the
 * as-of day, so that re-importing a later export updates the events instead of being ignored.
 *
 * @example
 * ```ts
 * writeFileSync('due.ics', renderDueCalendar(dueList(await evaluate(facts, { asOf: '2023-01-01' })), { lang: 'zh' }));
 * ```
 */
export function renderDueCalendar(list: DueList, options: DueRenderOptions = {}): string {
  const lang = options.lang ?? 'zh';
  const m = dueMessages(lang);
  const calendar = ical({
    name: calendarText(m.calendarName({ station: list.station.name })),
    prodId: { company: 'clean-station', product: 'due', language: lang.toUpperCase() },
  });
  const stamp = dateOf(list.asOf);
  // A later export is a later revision of the same events (RFC 5545 §3.8.7.4): calendar clients
  // take an event whose SEQUENCE is higher than the one they hold.
  const sequence = Math.max(0, daysBetween(list.period.start, list.asOf));
  for (const entry of list.entries) {
    const needed = neededText(entry, m, lang, options.kinds);
    const day = entry.overdue ? list.asOf : entry.deadline.slice(0, 10);
    const title = `${entry.seq} ${pick(entry.title, lang)}: ${needed}`;
    calendar.createEvent({
      id: uidOf(list, entry),
      sequence,
      stamp,
      allDay: true,
      start: dateOf(day),
      end: dateOf(addDays(day, 1)),
      summary: calendarText(entry.overdue ? `${m.overdue} ${title}` : title),
      description: calendarText(
        [
          needed,
          entry.overdue
            ? m.overdueSince({ deadline: entry.deadline, days: entry.daysOverdue ?? 0 })
            : m.between({ from: entry.from, deadline: entry.deadline }),
          entry.overdue ? m.lost({ lost: points(entry.lost ?? 0) }) : m.points({ stake: points(entry.stake) }),
          `${list.station.name} (${list.station.id}) · ${entry.itemId}`,
        ].join('\n'),
      ),
    });
  }
  // Every content line ends with CRLF (RFC 5545 §3.1), the last one too.
  const text = calendar.toString();
  return text.endsWith('\r\n') ? text : `${text}\r\n`;
}
