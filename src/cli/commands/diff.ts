/** `clean-station diff <last.json> <this.json>`: which items rose or fell since last year. */
import type { Command } from 'commander';
import { fromZodIssues } from '../../issues/zod-issues.js';
import { diffResults } from '../../report/diff.js';
import { jsonText } from '../../report/json.js';
import type { Lang } from '../../report/messages/index.js';
import { renderDiffTable } from '../../report/table.js';
import { type EvaluationResult, evaluationResultSchema } from '../../result/schema.js';
import { type CliContext, CliError, EXIT, issueProblems, reportProblems } from '../context.js';
import { detectKind } from '../file-kind.js';
import { readJson } from '../files.js';
import { cliMessages } from '../messages.js';
import { examples, formatOption, langOption, outputOption } from '../options.js';
import { emit } from '../output.js';
import { refuseOutputOntoInputs } from '../same-file.js';

function readResult(file: string): EvaluationResult {
  const value = readJson(file);
  const kind = detectKind(value);
  if (kind !== null && kind !== 'result')
    throw new CliError(EXIT.invalid, [{ where: file, message: cliMessages.notAResult({ kind }) }]);
  const parsed = evaluationResultSchema.safeParse(value);
  if (!parsed.success) throw new CliError(EXIT.invalid, issueProblems(file, fromZodIssues(parsed.error.issues)));
  return parsed.data;
}

/**
 * Registers `diff`.
 *
 * @example
 * ```ts
 * registerDiff(program, ctx);
 * ```
 */
export function registerDiff(program: Command, ctx: CliContext): void {
  program
    .command('diff')
    .description('compare two results of a station item by item (rose / fell / unchanged)')
    .argument('<last>', 'the earlier result JSON (evaluate --format json)')
    .argument('<this>', 'the later result JSON')
    .option('--force', 'compare even when the rulesets score differently or the stations differ')
    .addOption(formatOption(['table', 'json'], 'table'))
    .addOption(langOption())
    .addOption(outputOption())
    .addHelpText('after', examples(['clean-station diff result-2023.json result-2024.json']))
    .action(
      async (
        last: string,
        current: string,
        options: { force?: boolean; format: string; lang: Lang; output?: string },
      ) => {
        refuseOutputOntoInputs(options.output, [last, current]);
        const before = readResult(last);
        const after = readResult(current);
        const diff = diffResults(before, after);
        if (before.station.id !== after.station.id && !options.force) {
          throw new CliError(EXIT.invalid, [
            {
              where: current,
              message: cliMessages.stationMismatch({ before: before.station.id, after: after.station.id }),
            },
          ]);
        }
        if (!diff.sameScoring && !options.force) {
          throw new CliError(EXIT.invalid, [
            {
              where: current,
              message: cliMessages.rulesetMismatch({
                before: before.ruleset.scoringHash,
                after: after.ruleset.scoringHash,
              }),
            },
          ]);
        }
        if (diff.sameScoring && !diff.sameRuleset)
          reportProblems(ctx, [{ where: current, message: cliMessages.wordingOnly() }]);
        const text = options.format === 'json' ? jsonText(diff) : renderDiffTable(diff, { lang: options.lang });
        await emit(ctx, text, options.output);
      },
    );
}
