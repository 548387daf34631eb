/**
 * One documentation page per item of a ruleset (`items/<id>.md`) and an index (`items.md`),
 * generated from the ruleset itself: requirement, how it is checked, scoring, params, conditions,
 * examples and advice. The repository's `docs/items/` are the base ruleset's pages; `clean-station
 * docs` writes a variant's, with where each item and param comes from and the record kinds the
 * variant declares.
 */
import type { RecordKindInfo } from '../facts/kinds/describe.js';
import type { ItemResult, TraceNode } from '../result/schema.js';
import type { ResolvedItem, Ruleset } from '../ruleset/finalize.js';
import type { BaseRuleset, Localized } from '../ruleset/schema.js';
import { paragraphs, titleLine } from './markdown.js';
import { recordKindSection } from './record-kinds.js';

/**
 * What the pages are made from.
 *
 * @example
 * ```ts
 * itemPages({ ruleset, document: rulesetDocument(ruleset)!, note: GENERATED_NOTE, examples: () => [] });
 * ```
 */
export interface ItemPagesInput {
  readonly ruleset: Ruleset;
  /** The resolved document before params are substituted, so conditions show `{ "$param": … }`. */
  readonly document: BaseRuleset;
  /** The line under each page's title that says how the page was made. */
  readonly note: string;
  /** The lines of an item's "Examples" section. */
  readonly examples: (item: ResolvedItem) => readonly string[];
}

function paramNames(value: unknown, names: Set<string>): Set<string> {
  if (Array.isArray(value)) for (const v of value) paramNames(v, names);
  else if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record.$param === 'string') names.add(record.$param);
    for (const v of Object.values(record)) paramNames(v, names);
  }
  return names;
}

function scoringText(item: ResolvedItem): Localized {
  const s = item.scoring;
  switch (s.mode) {
    case 'all-or-nothing':
      return { zh: '符合要求得分，否则不得分。', en: 'Full points when every check holds, else 0.' };
    case 'deduct-per-failure': {
      const what =
        s.failures === 'failed-conditions'
          ? { zh: '每个不符合的判定条件', en: 'each failed condition' }
          : {
              zh: `\`${s.failures.fact}.${s.failures.path ?? ''}\` 中的每一项`,
              en: `each entry of \`${s.failures.fact}.${s.failures.path ?? ''}\``,
            };
      return {
        zh: `${what.zh}扣 ${s.deduct} 分，最低 ${s.floor} 分。`,
        en: `${s.deduct} off for ${what.en}, never below ${s.floor}.`,
      };
    }
    case 'deduct-per-occurrence': {
      const floor =
        s.floor === null
          ? { zh: '不设下限', en: 'no floor' }
          : { zh: `最低 ${s.floor} 分`, en: `never below ${s.floor}` };
      return {
        zh: `发生一起扣 ${s.deduct} 分，${floor.zh}。`,
        en: `${s.deduct} off per occurrence, ${floor.en}.`,
      };
    }
    case 'bonus':
      return { zh: '符合条件加分。', en: 'Added when the condition holds.' };
    case 'expert':
      return {
        zh: '专家评议：由评价人员记录评议结论，未评议前得 0 分并列为待评议。',
        en: 'Expert-judged: an assessor records a verdict; until then it scores 0 and is listed as pending.',
      };
  }
}

function failedLeaves(node: TraceNode | null): string[] {
  if (node === null) return [];
  if (node.kind !== 'leaf') return node.children.flatMap(failedLeaves);
  if (node.result) return [];
  const actual = JSON.stringify(node.actual);
  const shown = actual.length > 160 ? `${actual.slice(0, 157)}…` : actual;
  return [`\`${node.name ?? node.fact}\` (\`${node.fact}${node.path ? `.${node.path}` : ''}\` = \`${shown}\`)`];
}

/**
 * The outcome of an example, as list items: score and status, missing buckets, failures counted,
 * the checks that failed.
 *
 * @example
 * ```ts
 * exampleOutcome(result.items[0]); // ['- Result 结果: **4 / 4**, status `pass`']
 * ```
 */
export function exampleOutcome(result: ItemResult): string[] {
  const lines = [`Result 结果: **${result.score} / ${result.max}**, status \`${result.status}\``];
  if (result.missing.length > 0) lines.push(`Missing 缺少: ${result.missing.map((m) => `\`${m}\``).join(', ')}`);
  if (result.failures !== null && result.failures > 0) lines.push(`Failures counted 扣分次数: ${result.failures}`);
  const failed = failedLeaves(result.conditions);
  if (failed.length > 0) lines.push(`Checks that failed 未通过的条件: ${failed.join('; ')}`);
  return lines.map((line) => `- ${line}`);
}

/** Whether the pages are a variant's: they then say where items and params come from. */
const isVariant = (ruleset: Ruleset) => ruleset.chain.length > 1;

function paramsSection(ruleset: Ruleset, document: BaseRuleset, raw: BaseRuleset['items'][number]): string[] {
  const names = [...paramNames([raw.conditions, raw.applicability, raw.scoring], new Set())];
  const value = (name: string) => `\`${JSON.stringify((document.params as Record<string, unknown>)[name])}\``;
  if (!isVariant(ruleset)) {
    const table = names.length
      ? ['| Param 参数 | Value 取值 |', '|---|---|', ...names.map((name) => `| \`${name}\` | ${value(name)} |`)]
      : ['本项不使用参数。 This item uses no params.'];
    return [...table, '', 'A regional variant changes these values without code (see `docs/versioning.md`).', ''];
  }
  if (names.length === 0) return ['本项不使用参数。 This item uses no params.', ''];
  return [
    '| Param 参数 | Value 取值 | Set by 设定方 |',
    '|---|---|---|',
    ...names.map((name) => `| \`${name}\` | ${value(name)} | \`${ruleset.paramOrigins[name] ?? ''}\` |`),
    '',
  ];
}

function itemPage(input: ItemPagesInput, item: ResolvedItem, raw: BaseRuleset['items'][number]): string {
  const { ruleset } = input;
  const section = ruleset.sections.find((s) => s.id === item.section);
  const scoring = scoringText(item);
  const tree = (title: string, value: unknown) =>
    value === undefined ? [] : [title, '', '```json', JSON.stringify(value, null, 2), '```', ''];
  const sectionCell = `${item.section} ${section?.title.zh ?? ''} ${section?.title.en ?? ''}`;
  const summary = isVariant(ruleset)
    ? [
        `| Id | Section 章节 | Points 分值 | Mode 计分方式 | Origin 来源 |`,
        '|---|---|---|---|---|',
        `| \`${item.id}\` | ${sectionCell} | ${item.points} | \`${item.scoring.mode}\` | \`${item.origin}\` |`,
      ]
    : [
        `| Id | Section 章节 | Points 分值 | Mode 计分方式 |`,
        '|---|---|---|---|',
        `| \`${item.id}\` | ${sectionCell} | ${item.points} | \`${item.scoring.mode}\` |`,
      ];
  const lines = [
    `# ${item.seq} · ${titleLine(item.title)}`,
    '',
    input.note,
    '',
    ...summary,
    '',
    '## 要求 Requirement',
    '',
    ...paragraphs(item.requirement),
    '## 检查方法 How it is checked',
    '',
    ...paragraphs(item.check),
    '## 计分 Scoring',
    '',
    ...paragraphs(scoring),
    ...(raw.applicability === undefined
      ? []
      : [
          '适用条件不成立时本项为 `notApplicable`（得满分）。',
          '',
          'When the applicability condition is false the item is `notApplicable` (full points).',
          '',
        ]),
    '## 参数 Params',
    '',
    ...paramsSection(ruleset, input.document, raw),
    '## 判定条件 Conditions',
    '',
    ...tree('Applicability 适用条件:', raw.applicability),
    ...tree('Conditions 判定条件:', raw.conditions),
    ...(raw.conditions === undefined ? ['No computed conditions. 无计算条件。', ''] : []),
    '## 示例 Examples',
    '',
    ...input.examples(item),
    '## 改进建议 Advice',
    '',
    ...paragraphs(item.advice),
  ];
  return `${lines.join('\n').trimEnd()}\n`;
}

function indexPage(input: ItemPagesInput): string {
  const { ruleset } = input;
  const { items } = ruleset;
  const link = (i: ResolvedItem) => `[${titleLine(i.title, ' ')}](items/${i.id}.md)`;
  if (!isVariant(ruleset)) {
    return `${[
      '# Items of the base ruleset 评价项目',
      '',
      input.note,
      '',
      `The base ruleset \`${ruleset.id}@${ruleset.version}\` has ${items.length} items: Appendix A of the standard. One page per item.`,
      '',
      '| Seq 序号 | Item 项目 | Section 章节 | Points 分值 | Mode 计分方式 |',
      '|---|---|---|---|---|',
      ...items.map((i) => `| ${i.seq} | ${link(i)} | ${i.section} | ${i.points} | \`${i.scoring.mode}\` |`),
    ].join('\n')}\n`;
  }
  const chain = ruleset.chain.map((l) => `\`${l.id}@${l.version}\``).join(' → ');
  const declared: readonly RecordKindInfo[] = ruleset.recordKinds.filter((kind) => kind.origin !== 'built-in');
  const lines = [
    `# 评价项目 Items — ${titleLine(ruleset.title)}`,
    '',
    input.note,
    '',
    `\`${ruleset.id}@${ruleset.version}\` (${chain}) has ${items.length} items. One page per item; Origin 来源 is the ruleset that added or last changed it.`,
    '',
    '| Seq 序号 | Item 项目 | Section 章节 | Points 分值 | Mode 计分方式 | Origin 来源 |',
    '|---|---|---|---|---|---|',
    ...items.map(
      (i) => `| ${i.seq} | ${link(i)} | ${i.section} | ${i.points} | \`${i.scoring.mode}\` | \`${i.origin}\` |`,
    ),
    '',
  ];
  if (declared.length > 0) {
    lines.push(
      '## 记录类型 Record kinds',
      '',
      'The record kinds this ruleset declares, beside the standard’s: facts list their records under `records.<kind>`. Every record also has `id`, `date`, and optionally `servicePointId` and `note`.',
      '',
      ...declared.flatMap(recordKindSection),
    );
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

/**
 * The item pages and their index, by path (`items.md`, `items/<id>.md`).
 *
 * @example
 * ```ts
 * for (const [path, text] of itemPages(input)) writeFileSync(join(dir, path), text);
 * ```
 */
export function itemPages(input: ItemPagesInput): Map<string, string> {
  const pages = new Map<string, string>([['items.md', indexPage(input)]]);
  for (const item of input.ruleset.items) {
    const raw = input.document.items.find((i) => i.id === item.id);
    if (!raw) throw new Error(`item ${item.id} is not in the ruleset document`);
    pages.set(`items/${item.id}.md`, itemPage(input, item, raw));
  }
  return pages;
}
