/** `clean-station page -o self-check.html`: the offline self-check page, one self-contained file. */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { selfCheckPage } from '../../page/html.js';
import type { Lang } from '../../report/messages/index.js';
import { type CliContext, CliError, EXIT, reportNote } from '../context.js';
import { readText } from '../files.js';
import { cliMessages } from '../messages.js';
import { examples, langOption, outputOption } from '../options.js';
import { emit } from '../output.js';

/**
 * Where the page's bundled script is: beside the command line in the package (`dist/`), or in
 * `dist/` of the repository when the command line runs from its sources.
 */
function pageScript(): string {
  for (const candidate of ['./self-check.js', '../../../dist/self-check.js']) {
    const file = fileURLToPath(new URL(candidate, import.meta.url));
    if (existsSync(file)) return file;
  }
  throw new CliError(EXIT.invalid, [{ where: 'page', message: cliMessages.pageNotBuilt() }]);
}

/**
 * Registers `page`.
 *
 * @example
 * ```ts
 * registerPage(program, ctx);
 * ```
 */
export function registerPage(program: Command, ctx: CliContext): void {
  program
    .command('page')
    .description(
      'write the offline self-check page: one HTML file that evaluates a workbook or facts file in the browser',
    )
    .addOption(outputOption())
    .addOption(langOption())
    .addHelpText(
      'after',
      examples(['clean-station page -o self-check.html', 'clean-station page -o self-check.html --lang en']),
    )
    .action(async (options: { output?: string; lang: Lang }) => {
      const html = selfCheckPage(readText(pageScript()), { lang: options.lang });
      await emit(ctx, html, options.output);
      if (options.output !== undefined) reportNote(ctx, cliMessages.wrote({ file: options.output }));
    });
}
