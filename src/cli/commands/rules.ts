/** `clean-station rules [list|show <id>]`: the resolved ruleset, and where each part came from. */
import type { Command } from 'commander';
import { jsonText } from '../../report/json.js';
import type { Lang } from '../../report/messages/index.js';
import { reportMessages } from '../../report/messages/index.js';
import { terminalBlock, terminalLines, terminalText } from '../../report/terminal.js';
import { pick, points } from '../../report/text.js';
import { textTable } from '../../report/width.js';
import type { ResolvedItem, Ruleset } from '../../ruleset/finalize.js';
import { type CliContext, CliError, EXIT } from '../context.js';
import { cliMessages } from '../messages.js';
import { examples, formatOption, langOption, rulesetOption } from '../options.js';
import { type LoadedRuleset, loadRulesetFiles } from '../ruleset.js';

interface RulesOptions {
  readonly ruleset: string[];
  readonly lang: Lang;
  readonly format: 'table' | 'json';
}

function headerLines(ruleset: Ruleset, lang: Lang): string[] {
  const chain = ruleset.chain.map((l) => `${l.id}@${l.version}`).join(' → ');
  return [
    pick(ruleset.title, lang),
    cliMessages.rulesetHeader({ id: ruleset.id, version: ruleset.version, hash: ruleset.hash })[lang],
    chain,
  ];
}

/** Indented JSON for a terminal: newlines structural, every text escaped by {@link jsonText}. */
const jsonBlock = (value: unknown) => jsonText(value).trimEnd();

function listText(loaded: LoadedRuleset, lang: Lang): string {
  const { ruleset } = loaded;
  const m = reportMessages(lang);
  const items = textTable(
    [m.seq, m.id, m.section, m.max, m.mode, m.item, m.origin],
    ruleset.items.map((i) => [i.seq, i.id, i.section, points(i.points), i.scoring.mode, pick(i.title, lang), i.origin]),
    [0, 3],
  );
  const params = textTable(
    [cliMessages.params()[lang], m.value, m.origin],
    Object.entries(ruleset.params).map(([key, value]) => [
      key,
      JSON.stringify(value),
      ruleset.paramOrigins[key] ?? ruleset.id,
    ]),
  );
  return terminalLines([...headerLines(ruleset, lang), '', ...items, '', ...params]);
}

/** One item for a terminal: one-line fields escaped whole, prose and JSON keep their newlines. */
function showText(item: ResolvedItem, lang: Lang): string {
  const m = reportMessages(lang);
  const blocks = [
    terminalText(`${item.seq} ${item.id} — ${pick(item.title, lang)}`),
    terminalText(
      `${m.part}: ${item.part} / ${item.section}   ${m.max}: ${points(item.points)}   ${m.origin}: ${item.origin}`,
    ),
    '',
    terminalBlock(pick(item.requirement, lang)),
    '',
    terminalBlock(pick(item.check, lang)),
    '',
    terminalText(`${m.mode}: ${JSON.stringify(item.scoring)}`),
  ];
  if (item.applicability) blocks.push('', `${m.applicability}: ${jsonBlock(item.applicability)}`);
  if (item.conditions) blocks.push('', `${m.conditions}: ${jsonBlock(item.conditions)}`);
  blocks.push('', terminalBlock(`${m.advice}: ${pick(item.advice, lang)}`));
  return `${blocks.join('\n')}\n`;
}

/**
 * Registers `rules` with its `list` (default) and `show <id>` subcommands.
 *
 * @example
 * ```ts
 * registerRules(program, ctx);
 * ```
 */
export function registerRules(program: Command, ctx: CliContext): void {
  const rules = program
    .command('rules')
    .description('show the resolved ruleset: items, points, params and where each came from')
    .addHelpText('after', examples(['clean-station rules', 'clean-station rules show monthly-liaison --lang en']));
  rules
    .command('list', { isDefault: true })
    .description('list every item and param of the resolved ruleset')
    .addOption(rulesetOption())
    .addOption(langOption())
    .addOption(formatOption(['table', 'json'], 'table'))
    .addHelpText('after', examples(['clean-station rules list --ruleset base.json --ruleset variant.json']))
    .action((options: RulesOptions) => {
      const loaded = loadRulesetFiles(options.ruleset);
      ctx.out(options.format === 'json' ? jsonText(loaded.ruleset) : listText(loaded, options.lang));
    });
  rules
    .command('show')
    .description('show one item: requirement, check, scoring, conditions, advice')
    .argument('<id>', 'item id, e.g. monthly-liaison')
    .addOption(rulesetOption())
    .addOption(langOption())
    .addOption(formatOption(['table', 'json'], 'table'))
    .addHelpText('after', examples(['clean-station rules show monthly-liaison']))
    .action((id: string, options: RulesOptions) => {
      const { ruleset } = loadRulesetFiles(options.ruleset);
      const item = ruleset.items.find((i) => i.id === id || i.seq === id);
      if (!item) {
        const known = ruleset.items.map((i) => i.id).join(', ');
        throw new CliError(EXIT.invalid, [{ where: id, message: cliMessages.unknownItem({ id, known }) }]);
      }
      ctx.out(options.format === 'json' ? jsonText(item) : showText(item, options.lang));
    });
}
