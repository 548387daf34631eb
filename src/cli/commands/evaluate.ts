/** `clean-station evaluate <facts.json>`: score one station and print or write its report. */
import type { Command } from 'commander';
import type { Lang } from '../../report/messages/index.js';
import { points } from '../../report/text.js';
import { asOfOption, checkedAsOfOption } from '../as-of.js';
import { type CliContext, EXIT, reportProblems } from '../context.js';
import { cliMessages } from '../messages.js';
import { examples, formatOption, langOption, outputOption, parseNumber, rulesetOption } from '../options.js';
import { emit } from '../output.js';
import { REPORT_FORMATS, type ReportFormat, renderOne } from '../render.js';
import { evaluateWithReview } from '../review.js';
import { loadRulesetFiles } from '../ruleset.js';
import { refuseOutputOntoInputs } from '../same-file.js';
import { readStationFacts } from '../workbook.js';

interface EvaluateOptions {
  readonly ruleset: string[];
  readonly review?: string;
  readonly format: ReportFormat;
  readonly lang: Lang;
  readonly output?: string;
  readonly failUnder?: number;
  readonly asOf?: string;
  readonly monthly?: boolean;
}

/**
 * Registers `evaluate`.
 *
 * @example
 * ```ts
 * registerEvaluate(program, ctx);
 * ```
 */
export function registerEvaluate(program: Command, ctx: CliContext): void {
  program
    .command('evaluate')
    .description('evaluate one station’s facts file and print its report')
    .argument('<facts>', 'facts JSON file or station workbook (.xlsx) of one station-year')
    .addOption(rulesetOption())
    .option('--review <file>', 'review JSON: expert assessments and rejected evidence')
    .addOption(formatOption(REPORT_FORMATS, 'table'))
    .addOption(langOption())
    .addOption(outputOption())
    .option('--fail-under <score>', 'exit with 1 when the total is below this score', parseNumber)
    .addOption(asOfOption('evaluate as of the end of this day YYYY-MM-DD (mid-year standing; see docs/mid-year.md)'))
    .option('--monthly', 'add the score as of each month end (JSON "monthly", a chart in HTML)')
    .addHelpText(
      'after',
      examples([
        'clean-station evaluate station.json',
        'clean-station evaluate station.xlsx',
        'clean-station evaluate station.json --format html --lang en -o report.html',
        'clean-station evaluate station.json --ruleset base.json --ruleset variant.json --fail-under 90',
        'clean-station evaluate station.json --review review.json --format md -o report.md',
        'clean-station evaluate station.json --as-of 2023-06-30 --monthly --format html -o mid-year.html',
      ]),
    )
    .action(async (file: string, options: EvaluateOptions) => {
      refuseOutputOntoInputs(options.output, [file, options.review, ...options.ruleset]);
      const asOf = options.asOf === undefined ? undefined : checkedAsOfOption(options.asOf);
      const { ruleset } = loadRulesetFiles(options.ruleset);
      const result = await evaluateWithReview(await readStationFacts(ctx, file, ruleset), ruleset, options.review, {
        ...(asOf === undefined ? {} : { asOf }),
        monthly: options.monthly === true,
      });
      await emit(
        ctx,
        renderOne(result, options.format, { lang: options.lang, grades: ruleset.grades }),
        options.output,
      );
      if (options.failUnder !== undefined && result.total < options.failUnder) {
        const message = cliMessages.failUnder({ total: points(result.total), threshold: points(options.failUnder) });
        reportProblems(ctx, [{ where: file, message }]);
        ctx.exitCode = EXIT.failUnder;
      }
    });
}
