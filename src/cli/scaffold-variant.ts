/**
 * `clean-station init --variant [dir]`: a regional variant to start from — a variant that declares
 * a record kind and adds a quarterly item over it, a station's facts with those records, a cases
 * file with one passing case, and the JSON Schemas editors use. What is written is checked first:
 * the variant loads, the facts are valid and the case passes.
 */
import { existsSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { StationFactsInput } from '../facts/schema.js';
import { NAME_RULES } from '../issues/name-rules.js';
import { terminalBlock } from '../report/terminal.js';
import type { Ruleset } from '../ruleset/finalize.js';
import { loadRuleset } from '../ruleset/load.js';
import { factsJsonSchemaFor, jsonSchemaOf } from '../schemas/json-schemas.js';
import { testRuleset } from '../testkit/run.js';
import type { TestSuite } from '../testkit/schema.js';
import { type CliContext, CliError, EXIT, type Problem } from './context.js';
import { makeDirectory } from './files.js';
import { cliMessages } from './messages.js';
import { writeAtomic } from './write.js';

/** The id of the item the scaffold adds, and of the record kind it declares. */
export const SCAFFOLD = {
  item: 'quarterly-emergency-drill',
  kind: 'emergencyDrills',
  param: 'drillMinAttendees',
} as const;

/** What a scaffold is made from. */
export interface VariantScaffoldOptions {
  /** The variant's id (a ruleset id: `lishui-city`). */
  readonly id: string;
  /** The variant's Chinese title. */
  readonly title: string;
  /** The example station's facts before the records of the declared kind are added (from `init`). */
  readonly starter: StationFactsInput;
}

function variantDocument(options: VariantScaffoldOptions) {
  return {
    $schema: './variant.schema.json',
    id: options.id,
    version: '0.1.0',
    title: { zh: options.title },
    description: {
      zh: '在省标准基础上新增“每季度开展应急演练（每次至少 10 人参加）”一项（2 分），用电宣传相应改为 2 分。',
    },
    extends: { id: 'zj-clean-station', version: '^1.0.0' },
    params: { [SCAFFOLD.param]: 10 },
    recordKinds: {
      [SCAFFOLD.kind]: {
        title: { zh: '应急演练' },
        description: { zh: '供电所组织的应急演练，每次一条记录' },
        fields: {
          scenario: { type: 'text', maxLength: 200, title: { zh: '演练科目' } },
          attendees: { type: 'count', required: true, title: { zh: '参加人数' } },
        },
      },
    },
    override: { 'usage-publicity': { points: 2 } },
    add: [
      {
        id: SCAFFOLD.item,
        seq: '29',
        section: 'A2.1',
        points: 2,
        title: { zh: '每季度开展应急演练' },
        requirement: { zh: '供电所每季度至少组织一次应急演练，每次至少 10 人参加。' },
        check: { zh: '每个应考核季度至少有一次参加人数不少于 10 人的应急演练记录；人数不足的演练不计入当季。' },
        scoring: { mode: 'all-or-nothing' },
        conditions: {
          all: [
            {
              name: 'drill-every-quarter',
              fact: 'coverage',
              params: {
                kind: SCAFFOLD.kind,
                per: 'quarter',
                where: { field: 'attendees', operator: 'greaterThanInclusive', value: { $param: SCAFFOLD.param } },
              },
              path: 'missing',
              operator: 'isEmpty',
              value: true,
            },
          ],
        },
        advice: { zh: '每季度组织至少一次应急演练，确保至少 10 人参加，并留存签到和总结记录。' },
      },
    ],
  };
}

function stationFacts(starter: VariantScaffoldOptions['starter']) {
  const year = starter.period.start.slice(0, 4);
  const drills = [2, 5, 8, 11].map((month, i) => ({
    id: `drill-${year}-q${i + 1}`,
    date: `${year}-${String(month).padStart(2, '0')}-15`,
    scenario: '台风天气抢修演练',
    attendees: 12,
  }));
  return { ...starter, $schema: './facts.schema.json', records: { ...starter.records, [SCAFFOLD.kind]: drills } };
}

function casesDocument(variantFile: string): TestSuite & { $schema: string } {
  return {
    $schema: './cases.schema.json',
    ruleset: variantFile,
    facts: 'station.json',
    cases: [
      {
        name: '每季度都有一次 12 人参加的应急演练：新增项得满分',
        expect: { items: { [SCAFFOLD.item]: { score: 2, status: 'pass', missing: [] } } },
      },
    ],
  };
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/**
 * The files of a variant scaffold, by name, after checking that the variant loads, its facts are
 * valid and its case passes (an internal error otherwise: the scaffold is the library's promise).
 *
 * @example
 * ```ts
 * variantScaffold({ id: 'lishui-city', title: '丽水市细则', starter: starterFacts({ id: 'st-1', name: '示例', year: 2024 }) }).keys();
 * // 'lishui-city.json', 'station.json', 'lishui-city.cases.json', 'facts.schema.json', …
 * ```
 */
export function variantScaffold(options: VariantScaffoldOptions): Map<string, string> {
  const variantFile = `${options.id}.json`;
  const variant = variantDocument(options);
  const facts = stationFacts(options.starter);
  const cases = casesDocument(variantFile);
  const loaded = loadRuleset([variant]);
  if (!loaded.ok) throw new Error(`the variant scaffold does not load: ${loaded.issues[0]?.message.en}`);
  const ruleset: Ruleset = loaded.value;
  const run = testRuleset(ruleset, cases, { files: { 'station.json': facts } });
  if (!run.ok || run.value.failed > 0) throw new Error('the variant scaffold does not pass its own case');
  return new Map([
    [variantFile, json(variant)],
    ['station.json', json(facts)],
    [`${options.id}.cases.json`, json(cases)],
    ['facts.schema.json', json(factsJsonSchemaFor(ruleset))],
    ['variant.schema.json', json(jsonSchemaOf('variant'))],
    ['cases.schema.json', json(jsonSchemaOf('cases'))],
  ]);
}

/**
 * The variant id for a directory: the id given, else the directory's name when it is a valid
 * ruleset id, else `my-variant`.
 *
 * @example
 * ```ts
 * scaffoldId('regions/lishui-city', undefined); // 'lishui-city'
 * ```
 */
export function scaffoldId(dir: string, given: string | undefined): string {
  if (given !== undefined) return given;
  const name = basename(resolve(dir));
  return NAME_RULES.rulesetId.pattern.test(name) ? name : 'my-variant';
}

/**
 * Writes a variant scaffold into `dir` (created when absent); refuses, listing them, to overwrite
 * existing files unless `force`.
 *
 * @example
 * ```ts
 * writeVariantScaffold(ctx, 'lishui-city', { id: 'lishui-city', title: '丽水市细则', starter }, false);
 * ```
 */
export async function writeVariantScaffold(
  ctx: CliContext,
  dir: string,
  options: VariantScaffoldOptions,
  force: boolean,
): Promise<void> {
  if (!NAME_RULES.rulesetId.pattern.test(options.id)) {
    const rule = NAME_RULES.rulesetId;
    throw new CliError(EXIT.invalid, [
      { where: '--id', message: cliMessages.badVariantId({ id: options.id, zh: rule.zh, en: rule.en }) },
    ]);
  }
  const files = variantScaffold(options);
  const existing: Problem[] = [...files.keys()]
    .map((name) => join(dir, name))
    .filter((file) => existsSync(file))
    .map((file) => ({ where: file, message: cliMessages.exists() }));
  if (!force && existing.length > 0) throw new CliError(EXIT.invalid, existing);
  makeDirectory(dir);
  for (const [name, content] of files) await writeAtomic(join(dir, name), content);
  ctx.out(`${terminalBlock(cliMessages.initVariantNext({ dir, id: options.id })[ctx.lang])}\n`);
}
