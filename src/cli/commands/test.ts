/** `clean-station test <dir|files…>`: run the test cases of rulesets (`*.cases.json`). */
import type { Command } from 'commander';
import type { Lang } from '../../report/messages/index.js';
import { type CasesRun, runCasesFile } from '../cases.js';
import { type CliContext, CliError, EXIT, type Problem, reportProblems } from '../context.js';
import { listJsonFiles } from '../list.js';
import { cliMessages } from '../messages.js';
import { examples, formatOption, langOption, outputOption } from '../options.js';
import { emit } from '../output.js';
import { renderTestJson, renderTestText } from '../test-report.js';

const TEST_FORMATS = ['text', 'json'] as const;

interface TestOptions {
  readonly format: (typeof TEST_FORMATS)[number];
  readonly lang: Lang;
  readonly output?: string;
}

/** Runs every cases file; all problems of files that cannot run are collected first. */
function runAll(files: readonly string[]): CasesRun[] {
  const runs: CasesRun[] = [];
  const problems: Problem[] = [];
  for (const file of files) {
    try {
      const run = runCasesFile(file);
      if (run.ok) runs.push(run.value);
      else problems.push(...run.problems);
    } catch (error) {
      if (error instanceof CliError) problems.push(...error.problems);
      else throw error;
    }
  }
  if (problems.length > 0) throw new CliError(EXIT.invalid, problems);
  return runs;
}

/**
 * Registers `test`.
 *
 * @example
 * ```ts
 * registerTest(program, ctx);
 * ```
 */
export function registerTest(program: Command, ctx: CliContext): void {
  program
    .command('test')
    .description('run the test cases of a ruleset (*.cases.json): one line per case, a diff for each failure')
    .argument('<inputs...>', 'cases files, or directories of *.cases.json files')
    .addOption(formatOption(TEST_FORMATS, 'text'))
    .addOption(langOption())
    .addOption(outputOption())
    .addHelpText(
      'after',
      examples([
        'clean-station test examples/variants',
        'clean-station test my-region/my-region.cases.json --lang en',
        'clean-station test rules/ --format json -o test-report.json',
      ]),
    )
    .action(async (inputs: string[], options: TestOptions) => {
      const { files, skipped } = listJsonFiles(inputs, '.cases.json');
      reportProblems(ctx, skipped);
      if (files.length === 0)
        throw new CliError(EXIT.invalid, [{ where: inputs.join(' '), message: cliMessages.noCasesFiles() }]);
      const runs = runAll(files);
      const text = options.format === 'json' ? renderTestJson(runs) : renderTestText(runs, options.lang);
      await emit(ctx, text, options.output);
      if (runs.some((run) => run.report.failed > 0)) ctx.exitCode = EXIT.testFailed;
    });
}
