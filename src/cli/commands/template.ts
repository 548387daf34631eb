/** `clean-station template -o station.xlsx`: the workbook a station fills in, empty or from facts. */
import type { Command } from 'commander';
import { InvalidInputError } from '../../issues/issue.js';
import type { Lang } from '../../report/messages/index.js';
import { type CliContext, CliError, EXIT, issueProblems, reportNote } from '../context.js';
import { cliMessages } from '../messages.js';
import { examples, langOption, outputOption, rulesetOption } from '../options.js';
import { loadRulesetFiles } from '../ruleset.js';
import { refuseOutputOntoInputs } from '../same-file.js';
import { readStationFacts, workbookOutput } from '../workbook.js';
import { writeAtomic } from '../write.js';

interface TemplateOptions {
  readonly ruleset: string[];
  readonly from?: string;
  readonly lang: Lang;
  readonly output?: string;
}

/**
 * Registers `template`.
 *
 * @example
 * ```ts
 * registerTemplate(program, ctx);
 * ```
 */
export function registerTemplate(program: Command, ctx: CliContext): void {
  program
    .command('template')
    .description('write the workbook (.xlsx) a station fills in: a sheet per record kind of the ruleset')
    .addOption(outputOption())
    .addOption(rulesetOption())
    .option('--from <facts>', 'fill the workbook with a facts JSON file (or another workbook)')
    .addOption(langOption())
    .addHelpText(
      'after',
      examples([
        'clean-station template -o station.xlsx',
        'clean-station template -o jinhua.xlsx --ruleset examples/variants/jinhua-city.json',
        'clean-station template -o filled.xlsx --from station.json --lang en',
      ]),
    )
    .action(async (options: TemplateOptions) => {
      const output = workbookOutput('template', options.output);
      refuseOutputOntoInputs(output, [options.from, ...options.ruleset]);
      const { ruleset } = loadRulesetFiles(options.ruleset);
      const facts = options.from === undefined ? undefined : await readStationFacts(ctx, options.from, ruleset);
      const { workbookTemplate } = await import('../../xlsx/write.js');
      let bytes: Uint8Array;
      try {
        bytes = await workbookTemplate(ruleset, { lang: options.lang, ...(facts ? { facts } : {}) });
      } catch (error) {
        if (error instanceof InvalidInputError)
          throw new CliError(EXIT.invalid, issueProblems(options.from ?? output, error.issues));
        throw error;
      }
      await writeAtomic(output, bytes);
      reportNote(ctx, cliMessages.wrote({ file: output }));
    });
}
