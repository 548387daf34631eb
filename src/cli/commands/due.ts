/** `clean-station due <facts.json>`: what a station has to do, and by when, as of a day. */
import type { Command } from 'commander';
import { renderDueCalendar } from '../../due/ics.js';
import { dueList } from '../../due/list.js';
import type { KindTitles } from '../../due/messages.js';
import { renderDueJson, renderDueMarkdown, renderDueTable } from '../../due/render.js';
import type { Lang } from '../../report/messages/index.js';
import type { Ruleset } from '../../ruleset/finalize.js';
import { asOfOption, checkedAsOfOption, today } from '../as-of.js';
import type { CliContext } from '../context.js';
import { readFacts } from '../facts.js';
import { examples, formatOption, langOption, outputOption, parsePositiveInt, rulesetOption } from '../options.js';
import { emit } from '../output.js';
import { evaluateWithReview } from '../review.js';
import { loadRulesetFiles } from '../ruleset.js';
import { refuseOutputOntoInputs } from '../same-file.js';

/** The formats of `due`. */
export const DUE_FORMATS = ['table', 'json', 'md', 'ics'] as const;

/** The window of a listing when `--within` is not given (a calendar holds every open obligation). */
const DEFAULT_WITHIN_DAYS = 30;

interface DueOptions {
  readonly ruleset: string[];
  readonly review?: string;
  readonly asOf?: string;
  readonly within?: number;
  readonly format: (typeof DUE_FORMATS)[number];
  readonly lang: Lang;
  readonly output?: string;
}

/** The titles of a ruleset's record kinds, in both languages. */
function kindTitles(ruleset: Ruleset): KindTitles {
  return new Map(
    ruleset.recordKinds.map((kind) => [kind.name, { zh: kind.title.zh, en: kind.title.en ?? kind.title.zh }]),
  );
}

/**
 * Registers `due`.
 *
 * @example
 * ```ts
 * registerDue(program, ctx);
 * ```
 */
export function registerDue(program: Command, ctx: CliContext): void {
  program
    .command('due')
    .description('list the obligations of one station due soon (or all of them, as a calendar), as of a day')
    .argument('<facts>', 'facts JSON file of one station-year')
    .addOption(asOfOption('as of the end of this day YYYY-MM-DD (default: today in the station’s time zone)'))
    .option(
      '--within <days>',
      `list what can be met within this many days after --as-of (default ${DEFAULT_WITHIN_DAYS}; with --format ics, the whole period)`,
      parsePositiveInt,
    )
    .addOption(rulesetOption())
    .option('--review <file>', 'review JSON: expert assessments and rejected evidence')
    .addOption(formatOption(DUE_FORMATS, 'table'))
    .addOption(langOption())
    .addOption(outputOption())
    .addHelpText(
      'after',
      examples([
        'clean-station due station.json',
        'clean-station due station.json --as-of 2023-06-30 --within 60 --lang en',
        'clean-station due station.json --as-of 2023-06-30 --format ics -o obligations.ics',
      ]),
    )
    .action(async (file: string, options: DueOptions) => {
      refuseOutputOntoInputs(options.output, [file, options.review, ...options.ruleset]);
      const given = options.asOf === undefined ? undefined : checkedAsOfOption(options.asOf);
      const { ruleset } = loadRulesetFiles(options.ruleset);
      const facts = readFacts(file, ruleset);
      const asOf = given ?? today(facts.station.timeZone);
      const result = await evaluateWithReview(facts, ruleset, options.review, { asOf });
      const calendar = options.format === 'ics';
      const within = options.within ?? (calendar ? undefined : DEFAULT_WITHIN_DAYS);
      const list = dueList(result, within === undefined ? {} : { within });
      const render = { lang: options.lang, kinds: kindTitles(ruleset) };
      const text =
        options.format === 'json'
          ? renderDueJson(list)
          : options.format === 'md'
            ? renderDueMarkdown(list, render)
            : calendar
              ? renderDueCalendar(list, render)
              : renderDueTable(list, render);
      await emit(ctx, text, options.output);
    });
}
