/**
 * The base ruleset's item pages (`docs/items/<id>.md`) and their index (`docs/items.md`), made by
 * the library's page generator with the passing and failing examples of `item-examples.ts`,
 * whose results are computed by the library.
 */
import { readFileSync } from 'node:fs';
import { exampleOutcome, itemPages as pagesOf } from '../../src/docs/item-pages.js';
import { compactJson, GENERATED_NOTE } from '../../src/docs/markdown.js';
import { evaluateSync } from '../../src/engine/evaluate.js';
import { parseFactsOrThrow } from '../../src/facts/parse.js';
import type { ItemResult } from '../../src/result/schema.js';
import { baseRuleset, baseRulesetDocument } from '../../src/ruleset/base.js';
import type { ResolvedItem } from '../../src/ruleset/finalize.js';
import { at, type FactsChange, type FactsJson, ITEM_EXAMPLES } from './item-examples.js';

const BASELINE = 'examples/compliant-station.json';
const readJson = <T>(path: string): T => JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'));

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
    ...exampleOutcome(passed),
    '',
    '### 不通过 Failing',
    '',
    example.fail.zh,
    '',
    example.fail.en,
    '',
    ...example.show.flatMap((spec) => excerpt(failing, spec)),
    ...exampleOutcome(failed),
    '',
  ];
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
  const baseline = readJson<FactsJson>(BASELINE);
  return pagesOf({
    ruleset: baseRuleset(),
    document: baseRulesetDocument(),
    note: GENERATED_NOTE,
    examples: (item) => examples(item, baseline),
  });
}
