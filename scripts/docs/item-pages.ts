/**
 * One documentation page per item of the base ruleset (`docs/items/<id>.md`) and an index
 * (`docs/items.md`), generated from the ruleset itself, with passing and failing examples whose
 * results are computed by the library.
 */
import { readFileSync } from 'node:fs';
import { evaluateSync } from '../../src/engine/evaluate.js';
import { parseFactsOrThrow } from '../../src/facts/parse.js';
import type { ItemResult, TraceNode } from '../../src/result/schema.js';
import { baseRuleset } from '../../src/ruleset/base.js';
import type { ResolvedItem } from '../../src/ruleset/finalize.js';
import type { BaseRulesetInput, Localized } from '../../src/ruleset/schema.js';
import { at, type FactsChange, type FactsJson, ITEM_EXAMPLES } from './item-examples.js';
import { compactJson, GENERATED_NOTE } from './markdown.js';

const BASELINE = 'examples/compliant-station.json';
const readJson = <T>(path: string): T => JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'));

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

function outcome(result: ItemResult): string[] {
  const lines = [`Result 结果: **${result.score} / ${result.max}**, status \`${result.status}\``];
  if (result.missing.length > 0) lines.push(`Missing 缺少: ${result.missing.map((m) => `\`${m}\``).join(', ')}`);
  if (result.failures !== null && result.failures > 0) lines.push(`Failures counted 扣分次数: ${result.failures}`);
  const failed = failedLeaves(result.conditions);
  if (failed.length > 0) lines.push(`Checks that failed 未通过的条件: ${failed.join('; ')}`);
  return lines.map((line) => `- ${line}`);
}

function excerpt(facts: FactsJson, spec: string): string[] {
  const [path, id] = spec.split('#') as [string, string | undefined];
  const value = at(facts, path);
  const shown = id === undefined ? value : (value as Array<{ id?: unknown }>).filter((r) => r.id === id);
  return [`\`${path}\`${id === undefined ? '' : ` (\`${id}\`)`}:`, '', '```json', compactJson(shown), '```', ''];
}

function evaluateItem(facts: FactsJson, id: string): ItemResult {
  const result = evaluateSync(parseFactsOrThrow(facts)).items.find((i) => i.id === id);
  if (!result) throw new Error(`item ${id} missing from the result`);
  return result;
}

function changed(baseline: FactsJson, change: FactsChange | undefined): FactsJson {
  const facts = structuredClone(baseline);
  change?.apply(facts);
  return facts;
}

function examples(item: ResolvedItem, baseline: FactsJson): string[] {
  const example = ITEM_EXAMPLES[item.id];
  if (!example) {
    return [
      '本项由专家评议，事实数据不决定得分。',
      '',
      'This item is expert-judged: no facts decide it. An assessor records a verdict (with assessor, date and justification); until then the item scores 0 and is listed under `pending`.',
      '',
    ];
  }
  const passing = changed(baseline, example.pass);
  const failing = changed(passing, example.fail);
  const passed = evaluateItem(passing, item.id);
  const failed = evaluateItem(failing, item.id);
  if (passed.status !== 'pass' || passed.score !== passed.max) {
    throw new Error(`${item.id}: the passing example scores ${passed.score} (${passed.status})`);
  }
  if (failed.score >= failed.max) throw new Error(`${item.id}: the failing example keeps full points`);
  const passText = example.pass
    ? [`${example.pass.zh}`, '', `${example.pass.en}`, '']
    : ['示例供电所（全部达标）。', '', 'The compliant example station, unchanged.', ''];
  return [
    `Both examples start from \`${BASELINE}\` (a full-marks station-year) and show only the facts this item reads.`,
    '',
    '### 通过 Passing',
    '',
    ...passText,
    ...example.show.flatMap((spec) => excerpt(passing, spec)),
    ...outcome(passed),
    '',
    '### 不通过 Failing',
    '',
    example.fail.zh,
    '',
    example.fail.en,
    '',
    ...example.show.flatMap((spec) => excerpt(failing, spec)),
    ...outcome(failed),
    '',
  ];
}

function itemPage(
  item: ResolvedItem,
  raw: BaseRulesetInput['items'][number],
  doc: BaseRulesetInput,
  baseline: FactsJson,
): string {
  const section = doc.sections.find((s) => s.id === item.section);
  const scoring = scoringText(item);
  const names = [...paramNames([raw.conditions, raw.applicability, raw.scoring], new Set())];
  const params = names.length
    ? [
        '| Param 参数 | Value 取值 |',
        '|---|---|',
        ...names.map(
          (name) => `| \`${name}\` | \`${JSON.stringify((doc.params as Record<string, unknown>)[name])}\` |`,
        ),
      ]
    : ['本项不使用参数。 This item uses no params.'];
  const tree = (title: string, value: unknown) =>
    value === undefined ? [] : [title, '', '```json', JSON.stringify(value, null, 2), '```', ''];
  const lines = [
    `# ${item.seq} · ${item.title.zh} — ${item.title.en}`,
    '',
    GENERATED_NOTE,
    '',
    `| Id | Section 章节 | Points 分值 | Mode 计分方式 |`,
    '|---|---|---|---|',
    `| \`${item.id}\` | ${item.section} ${section?.title.zh ?? ''} ${section?.title.en ?? ''} | ${item.points} | \`${item.scoring.mode}\` |`,
    '',
    '## 要求 Requirement',
    '',
    item.requirement.zh,
    '',
    item.requirement.en,
    '',
    '## 检查方法 How it is checked',
    '',
    item.check.zh,
    '',
    item.check.en,
    '',
    '## 计分 Scoring',
    '',
    scoring.zh,
    '',
    scoring.en,
    '',
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
    ...params,
    '',
    'A regional variant changes these values without code (see `docs/versioning.md`).',
    '',
    '## 判定条件 Conditions',
    '',
    ...tree('Applicability 适用条件:', raw.applicability),
    ...tree('Conditions 判定条件:', raw.conditions),
    ...(raw.conditions === undefined ? ['No computed conditions. 无计算条件。', ''] : []),
    '## 示例 Examples',
    '',
    ...examples(item, baseline),
    '## 改进建议 Advice',
    '',
    item.advice.zh,
    '',
    item.advice.en,
  ];
  return `${lines.join('\n').trimEnd()}\n`;
}

function indexPage(items: readonly ResolvedItem[]): string {
  const lines = [
    '# Items of the base ruleset 评价项目',
    '',
    GENERATED_NOTE,
    '',
    `The base ruleset \`${baseRuleset().id}@${baseRuleset().version}\` has ${items.length} items: Appendix A of the standard. One page per item.`,
    '',
    '| Seq 序号 | Item 项目 | Section 章节 | Points 分值 | Mode 计分方式 |',
    '|---|---|---|---|---|',
    ...items.map(
      (i) =>
        `| ${i.seq} | [${i.title.zh} ${i.title.en}](items/${i.id}.md) | ${i.section} | ${i.points} | \`${i.scoring.mode}\` |`,
    ),
  ];
  return `${lines.join('\n')}\n`;
}

/**
 * The item pages and their index, by path under `docs/`.
 *
 * @example
 * ```ts
 * itemPages().get('items/monthly-liaison.md');
 * ```
 */
export function itemPages(): Map<string, string> {
  const ruleset = baseRuleset();
  const doc = readJson<BaseRulesetInput>('rules/base/zj-clean-station.json');
  const baseline = readJson<FactsJson>(BASELINE);
  const pages = new Map<string, string>([['items.md', indexPage(ruleset.items)]]);
  for (const item of ruleset.items) {
    const raw = doc.items.find((i) => i.id === item.id);
    if (!raw) throw new Error(`item ${item.id} is not in the base ruleset document`);
    pages.set(`items/${item.id}.md`, itemPage(item, raw, doc, baseline));
  }
  return pages;
}
