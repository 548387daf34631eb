/**
 * Due lists as text: a terminal table, Markdown and JSON. Every text from the facts or the ruleset
 * goes through the same neutralising as the reports (terminal escapes, Markdown escaping, JSON
 * escapes of invisible controls).
 */

import { jsonText } from '../report/json.js';
import { table as markdownTable, md } from '../report/markdown.js';
import type { Lang } from '../report/messages/index.js';
import { terminalLines } from '../report/terminal.js';
import { pick, points } from '../report/text.js';
import { showValue } from '../report/trace.js';
import { textTable } from '../report/width.js';
import type { DueEntry, DueList } from './list.js';
import { type DueMessages, dueMessages, type KindTitles } from './messages.js';

/**
 * Options of the due-list renderers.
 *
 * @category Reports
 * @example
 * ```ts
 * const options: DueRenderOptions = { lang: 'en', kinds: kindTitles(ruleset) };
 * ```
 */
export interface DueRenderOptions {
  /** Language of the labels (`zh` by default). */
  readonly lang?: Lang;
  /** Titles of record kinds by name, to name what a periodic obligation needs (else the kind's name). */
  readonly kinds?: KindTitles;
}

/**
 * What an obligation needs, in one line: the record of a bucket, the condition still open, or
 * the follow-up of a record.
 *
 * @example
 * ```ts
 * neededText(entry, dueMessages('en'), 'en'); // 'Liaison with electricians for 2023-07'
 * ```
 */
export function neededText(entry: DueEntry, m: DueMessages, lang: Lang, kinds?: KindTitles): string {
  if (entry.bucket !== undefined) {
    const kind = entry.kind === undefined ? '' : (kinds?.get(entry.kind)?.[lang] ?? entry.kind);
    return m.bucket({ kind, bucket: entry.bucket });
  }
  if (entry.condition !== undefined) return m.condition({ condition: entry.condition, open: showValue(entry.open) });
  return m.obligation({ id: entry.obligation ?? '', from: entry.from });
}

/** The header lines of a due list: station, day, scores, window. */
function headerLines(list: DueList, m: DueMessages): string[] {
  const s = list.score;
  return [
    `${list.station.name} (${list.station.id})  ${m.asOf} ${list.asOf} (${list.period.timeZone})`,
    `${m.scoreToDate}: ${points(s.total)} / ${points(s.max)}   ${m.projected}: ${points(s.projected)} / ${points(s.max)}`,
    list.until === null ? m.everything : m.window({ until: list.until }),
  ];
}

/**
 * The points of an obligation: those at stake, and for an overdue one those already lost.
 *
 * @example
 * ```ts
 * pointsText(entry, dueMessages('en')); // '0 (2 points lost)'
 * ```
 */
function pointsText(entry: DueEntry, m: DueMessages): string {
  const stake = points(entry.stake);
  return entry.lost === undefined ? stake : m.stakeAndLost({ stake, lost: points(entry.lost) });
}

function rowOf(entry: DueEntry, m: DueMessages, lang: Lang, kinds?: KindTitles): string[] {
  return [
    entry.overdue ? `${entry.deadline} ${m.daysOverdue({ days: entry.daysOverdue ?? 0 })}` : entry.deadline,
    entry.seq,
    pick(entry.title, lang),
    neededText(entry, m, lang, kinds),
    pointsText(entry, m),
  ];
}

/**
 * A due list for a terminal: a header, then one row per obligation (deadline, item, what is
 * needed, points at stake), overdue ones first and marked with the days overdue and the points
 * lost. Control characters from the facts are
 * shown as visible escapes.
 *
 * @category Reports
 * @example
 * ```ts
 * process.stdout.write(renderDueTable(dueList(result, { within: 30 }), { lang: 'en' }));
 * ```
 */
export function renderDueTable(list: DueList, options: DueRenderOptions = {}): string {
  const lang = options.lang ?? 'zh';
  const m = dueMessages(lang);
  const lines = [...headerLines(list, m), ''];
  if (list.entries.length === 0) lines.push(m.none);
  else
    lines.push(
      ...textTable(
        [m.deadline, m.seq, m.item, m.needed, m.stake],
        list.entries.map((entry) => rowOf(entry, m, lang, options.kinds)),
        [1, 4],
      ),
    );
  return terminalLines(lines);
}

/**
 * A due list as Markdown: a heading, the scores, then a table; every text escaped.
 *
 * @category Reports
 * @example
 * ```ts
 * writeFileSync('due.md', renderDueMarkdown(dueList(result, { within: 30 }), { lang: 'zh' }));
 * ```
 */
export function renderDueMarkdown(list: DueList, options: DueRenderOptions = {}): string {
  const lang = options.lang ?? 'zh';
  const m = dueMessages(lang);
  const [station, scores, window] = headerLines(list, m).map(md);
  const out = [`# ${m.title}: ${station}`, '', scores as string, '', window as string, ''];
  if (list.entries.length === 0) out.push(md(m.none));
  else
    out.push(
      ...markdownTable(
        [m.deadline, m.seq, m.item, m.needed, m.stake].map(md),
        list.entries.map((entry) => {
          const [deadline, ...rest] = rowOf(entry, m, lang, options.kinds).map(md);
          return [entry.overdue ? `**${deadline}**` : (deadline as string), ...rest];
        }),
        [4],
      ),
    );
  return `${out.join('\n')}\n`;
}

/**
 * A due list as JSON (two-space indentation, final newline, invisible controls escaped).
 *
 * @category Reports
 * @example
 * ```ts
 * writeFileSync('due.json', renderDueJson(dueList(result)));
 * ```
 */
export function renderDueJson(list: DueList): string {
  return jsonText(list);
}
