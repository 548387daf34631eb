/** `clean-station import station.xlsx -o facts.json`: a filled workbook as a facts JSON file. */
import type { Command } from 'commander';
import type { Lang } from '../../report/messages/index.js';
import type { CliContext } from '../context.js';
import { examples, langOption, outputOption, rulesetOption } from '../options.js';
import { emit } from '../output.js';
import { loadRulesetFiles } from '../ruleset.js';
import { refuseOutputOntoInputs } from '../same-file.js';
import { readWorkbookFile } from '../workbook.js';

interface ImportOptions {
  readonly ruleset: string[];
  readonly lang: Lang;
  readonly output?: string;
}

/**
 * Registers `import`.
 *
 * @example
 * ```ts
 * registerImport(program, ctx);
 * ```
 */
export function registerImport(program: Command, ctx: CliContext): void {
  program
    .command('import')
    .description(
      'read a filled station workbook (.xlsx) and write its facts as JSON; every problem with its sheet, row and column',
    )
    .argument('<workbook>', 'station workbook (.xlsx)')
    .addOption(rulesetOption())
    .addOption(outputOption())
    .addOption(langOption())
    .addHelpText(
      'after',
      examples([
        'clean-station import station.xlsx -o station.json',
        'clean-station import jinhua.xlsx --ruleset examples/variants/jinhua-city.json -o station.json',
      ]),
    )
    .action(async (file: string, options: ImportOptions) => {
      refuseOutputOntoInputs(options.output, [file, ...options.ruleset]);
      const { ruleset } = loadRulesetFiles(options.ruleset);
      const read = await readWorkbookFile(ctx, file, ruleset);
      await emit(ctx, `${JSON.stringify(read.facts, null, 2)}\n`, options.output);
    });
}
