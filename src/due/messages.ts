/** The labels of due lists and calendars, in Chinese and English. */
import type { Lang } from '../report/messages/index.js';

const zh = {
  title: '应办事项',
  calendarName: (p: { station: string }) => `${p.station} 应办事项`,
  asOf: '截至',
  scoreToDate: '当前得分',
  projected: '预计得分（应办事项全部完成）',
  window: (p: { until: string }) => `可在 ${p.until} 前办理的未完成义务：`,
  everything: '全部未完成义务：',
  deadline: '期限',
  seq: '序号',
  item: '评价项',
  needed: '需要完成',
  stake: '涉及分值',
  overdue: '已逾期',
  daysOverdue: (p: { days: number }) => (p.days > 0 ? `已逾期 ${p.days} 天` : '已逾期'),
  lost: (p: { lost: string }) => `已失 ${p.lost} 分`,
  stakeAndLost: (p: { stake: string; lost: string }) => `${p.stake}（已失 ${p.lost} 分）`,
  overdueSince: (p: { deadline: string; days: number }) =>
    `期限 ${p.deadline}，${p.days > 0 ? `已逾期 ${p.days} 天` : '已逾期'}，仍须办理`,
  none: '没有待办义务。',
  bucket: (p: { kind: string; bucket: string }) => `${p.kind}（${p.bucket}）`,
  condition: (p: { condition: string; open: string }) => `${p.condition}：尚未满足 ${p.open}`,
  obligation: (p: { id: string; from: string }) => `跟进 ${p.id}（${p.from} 产生）`,
  between: (p: { from: string; deadline: string }) => `办理时间：${p.from} 至 ${p.deadline}`,
  points: (p: { stake: string }) => `涉及 ${p.stake} 分`,
};

const en: typeof zh = {
  title: 'Obligations due',
  calendarName: (p) => `${p.station}: obligations due`,
  asOf: 'As of',
  scoreToDate: 'Score to date',
  projected: 'Projected (every open obligation met)',
  window: (p) => `Open obligations that can be met by ${p.until}:`,
  everything: 'Every open obligation:',
  deadline: 'Deadline',
  seq: 'No.',
  item: 'Item',
  needed: 'What is needed',
  stake: 'Points at stake',
  overdue: 'OVERDUE',
  daysOverdue: (p) => (p.days > 0 ? `OVERDUE ${p.days} ${p.days === 1 ? 'day' : 'days'}` : 'OVERDUE'),
  lost: (p) => `${p.lost} points lost`,
  stakeAndLost: (p) => `${p.stake} (${p.lost} points lost)`,
  overdueSince: (p) =>
    `Deadline ${p.deadline}, ${p.days > 0 ? `${p.days} ${p.days === 1 ? 'day' : 'days'} ` : ''}overdue: still to be done`,
  none: 'Nothing due.',
  bucket: (p) => `${p.kind} for ${p.bucket}`,
  condition: (p) => `${p.condition}: still open ${p.open}`,
  obligation: (p) => `follow up ${p.id} (arose ${p.from})`,
  between: (p) => `Can be met from ${p.from} to ${p.deadline}`,
  points: (p) => `${p.stake} points at stake`,
};

/** The labels of due lists in one language. */
export type DueMessages = typeof zh;

/**
 * The due-list labels of a language.
 *
 * @example
 * ```ts
 * dueMessages('en').stake; // 'Points at stake'
 * ```
 */
export function dueMessages(lang: Lang): DueMessages {
  return lang === 'en' ? en : zh;
}

/**
 * The titles of record kinds by name, in both languages (from `ruleset.recordKinds`): how a due
 * list names the record an obligation needs.
 *
 * @category Reports
 * @example
 * ```ts
 * const kinds: KindTitles = new Map([['liaisons', { zh: '对接记录', en: 'Liaison' }]]);
 * ```
 */
export type KindTitles = ReadonlyMap<string, { readonly zh: string; readonly en: string }>;
