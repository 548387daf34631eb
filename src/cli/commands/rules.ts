/** `clean-station rules [list|show <id>]`: the resolved ruleset, and where each part came from. */
import type { Command } from 'commander';
import type { Lang } from '../../report/messages/index.js';
import { reportMessages } from '../../report/messages/index.js';
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

function header(ruleset: Ruleset, lang: Lang): string {
  const chain = ruleset.chain.map((l) => `${l.id}@${l.version}`).join(' → ');
  return `${pick(ruleset.title, lang)}\n${cliMessages.rulesetHeader({ id: ruleset.id, version: ruleset.version, hash: ruleset.hash })[lang]}\n${chain}\n`;
}

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
  return `${header(ruleset, lang)}\n${items.join('\n')}\n\n${params.join('\n')}\n`;
}

function showText(item: ResolvedItem, lang: Lang): string {
  const m = reportMessages(lang);
  const lines = [
    `${item.seq} ${item.id} — ${pick(item.title, lang)}`,
    `${m.part}: ${item.part} / ${item.section}   ${m.max}: ${points(item.points)}   ${m.origin}: ${item.origin}`,
    '',
    pick(item.requirement, lang),
    '',
    pick(item.check, lang),
    '',
    `${m.mode}: ${JSON.stringify(item.scoring)}`,
  ];
  if (item.applicability) lines.push('', `${m.applicability}: ${JSON.stringify(item.applicability, null, 2)}`);
  if (item.conditions) lines.push('', `${m.conditions}: ${JSON.stringify(item.conditions, null, 2)}`);
  lines.push('', `${m.advice}: ${pick(item.advice, lang)}`);
  return `${lines.join('\n')}\n`;
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
      ctx.out(
        options.format === 'json' ? `${JSON.stringify(loaded.ruleset, null, 2)}\n` : listText(loaded, options.lang),
      );
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
      ctx.out(options.format === 'json' ? `${JSON.stringify(item, null, 2)}\n` : showText(item, options.lang));
    });
}
