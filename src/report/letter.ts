/**
 * The feedback letter to a station (§6.3 反馈评价结果: 评价意见及建议): one printable A4 page with
 * the result, every point lost as plain sentences, the advice, the path to the next grade, the
 * expert assessments still pending and a sign-off block for the evaluation team.
 */
import type { EvaluationResult } from '../result/schema.js';
import { findingsOf } from './findings.js';
import { definitions, escapeHtml, htmlPage, htmlTable } from './html-page.js';
import { reportModel } from './model.js';
import type { ReportOptions } from './options.js';
import { lostPoints } from './summary.js';
import { pick, points } from './text.js';

const e = escapeHtml;

/**
 * Options of a feedback letter: those of every report, the evaluation team that signs it, and the
 * station's rank among those evaluated.
 *
 * @category Reports
 * @example
 * ```ts
 * const options: LetterOptions = { lang: 'zh', team: '武义县供电公司纪委评价组', generatedAt: '2024-01-20', rank: { rank: 5, of: 30 } };
 * ```
 */
export interface LetterOptions extends ReportOptions {
  /** Who signs the letter; a blank line to sign on when absent. */
  readonly team?: string;
  readonly rank?: { readonly rank: number; readonly of: number };
}

const list = (items: readonly string[], cls = '') =>
  `<ol${cls ? ` class="${cls}"` : ''}>${items.map((i) => `<li>${i}</li>`).join('')}</ol>`;

/**
 * Renders the feedback letter of one result as a self-contained, printable HTML page. The letter
 * is dated by `generatedAt` (its first ten characters, `YYYY-MM-DD`), or leaves the date to be
 * written by hand.
 *
 * @category Reports
 * @example
 * ```ts
 * writeFileSync('letters/wy-liuqiao.html', renderLetter(result, { lang: 'zh', team: '县公司纪委评价组', generatedAt: '2024-01-20' }));
 * ```
 */
export function renderLetter(result: EvaluationResult, options: LetterOptions = {}): string {
  const model = reportModel(result, options);
  const { m, lang } = model;
  const l = m.letter;
  const lost = result.items.filter((item) => lostPoints(item) > 0);
  const findings = lost.map((item) => {
    const head = l.lostLine({
      seq: item.seq,
      title: pick(item.title, lang),
      lost: points(lostPoints(item)),
      max: points(item.max),
    });
    const sentences = [...findingsOf(item, m.finding)];
    if (item.assessment) sentences.push(`${m.assessment}: ${item.assessment.justification}`);
    return `<b>${e(head)}</b> ${sentences.map(e).join(' ')}`;
  });
  const advice = lost
    .filter((item) => item.advice)
    .map((item) => e(`${item.seq} ${pick(item.advice ?? item.title, lang)}`));
  const pending = result.items
    .filter((item) => item.status === 'notAssessed')
    .map((item) => e(l.pendingLine({ seq: item.seq, title: pick(item.title, lang), max: points(item.max) })));
  const next = model.nextGrade;
  const nextList = next.items.length
    ? htmlTable(
        [m.seq, m.item, m.pointsLost],
        next.items.map((i) => [e(i.seq), e(i.title), e(i.lost)]),
        { numeric: [2] },
      )
    : '';
  const organisation = [result.station.organisation?.city, result.station.organisation?.county].filter(
    (name): name is string => name !== undefined,
  );
  const date = model.generatedAt === null ? '' : model.generatedAt.slice(0, 10);
  const sections = [
    `<div class="letterhead"><h1>${e(l.title)}</h1><span class="nowrap">${e(date)}</span></div>`,
    `<p><b>${e(l.to({ station: model.station }))}</b>${organisation.length ? `<br>${e(`${l.organisation}: ${organisation.join(' · ')}`)}` : ''}</p>`,
    `<p>${e(l.intro({ period: `${result.period.start} – ${result.period.end}` }))}</p>`,
    `<h2>${e(l.result)}</h2>`,
    `<p>${e(
      l.resultLine({
        total: model.total,
        max: model.totalMax,
        base: model.base,
        baseMax: model.baseMax,
        bonus: model.bonus,
        bonusMax: model.bonusMax,
        grade: model.gradeLabel,
      }),
    )}${options.rank ? ` ${e(l.rankLine(options.rank))}` : ''}</p>`,
    htmlTable(
      [m.part, m.score],
      model.parts.map((p) => [`${e(p.id)} ${e(p.title)}`, e(`${points(p.score)} / ${points(p.max)}`)]),
      { numeric: [1] },
    ),
    `<h2>${e(l.findings)}</h2>`,
    findings.length ? list(findings, 'findings') : `<p>${e(l.noFindings)}</p>`,
    ...(model.rejected.length ? [`<h3>${e(l.rejected)}</h3>`, list(model.rejected.map((r) => e(r)))] : []),
    `<h2>${e(l.advice)}</h2>`,
    advice.length ? list(advice) : `<p>${e(l.noAdvice)}</p>`,
    `<h2>${e(l.nextGrade)}</h2>`,
    `<p>${e(next.text)}</p>${nextList}`,
    `<h2>${e(l.pending)}</h2>`,
    pending.length ? list(pending) : `<p>${e(m.none)}</p>`,
    `<div class="signoff">${definitions(
      [
        [l.signoff, options.team ?? ''],
        [l.date, date],
      ],
      'facts',
    )}<div><div class="line" aria-hidden="true"></div>${e(l.signature)}</div></div>`,
  ];
  return htmlPage(
    lang,
    `${l.title} — ${result.station.name}`,
    `<article class="letter">\n${sections.join('\n')}\n</article>`,
  );
}
