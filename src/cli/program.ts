/** The `clean-station` program: commander wiring, exit codes, one readable line per problem. */
import { Command, CommanderError } from 'commander';
import { terminalBlock } from '../report/terminal.js';
import { LIBRARY } from '../version.js';
import { registerBatch } from './commands/batch.js';
import { registerDiff } from './commands/diff.js';
import { registerDocs } from './commands/docs.js';
import { registerDue } from './commands/due.js';
import { registerEvaluate } from './commands/evaluate.js';
import { registerImport } from './commands/import.js';
import { registerInit } from './commands/init.js';
import { registerPage } from './commands/page.js';
import { registerRules } from './commands/rules.js';
import { registerSchema } from './commands/schema.js';
import { registerTemplate } from './commands/template.js';
import { registerTest } from './commands/test.js';
import { registerValidate } from './commands/validate.js';
import { type CliContext, CliError, EXIT, problemsOf, reportProblems } from './context.js';
import { examples } from './options.js';

/**
 * Builds the program with every command registered on it.
 *
 * @example
 * ```ts
 * await buildProgram(ctx).parseAsync(['node', 'clean-station', 'evaluate', 'station.json']);
 * ```
 */
export function buildProgram(ctx: CliContext): Command {
  const program = new Command('clean-station')
    .description('Score power-supply stations against 清廉供电站所服务监督评价标准 and write reports.')
    .version(LIBRARY.version)
    .exitOverride()
    .showHelpAfterError('(add --help for usage and an example)')
    .configureOutput({ writeOut: ctx.out, writeErr: (text) => ctx.err(terminalBlock(text)) })
    .addHelpText(
      'after',
      examples([
        'clean-station evaluate station.json',
        'clean-station batch stations/ --format html -o county.html',
        'clean-station batch stations/ --format csv -o county.csv',
      ]),
    );
  program.hook('preAction', (_program, action) => {
    const lang = action.opts().lang;
    if (lang === 'zh' || lang === 'en') ctx.lang = lang;
  });
  for (const register of [
    registerEvaluate,
    registerDue,
    registerValidate,
    registerBatch,
    registerRules,
    registerSchema,
    registerInit,
    registerDiff,
    registerTest,
    registerDocs,
    registerTemplate,
    registerImport,
    registerPage,
  ]) {
    register(program, ctx);
  }
  return program;
}

/**
 * Runs the command line on `argv` (without `node` and the script) and returns the exit code: 0
 * success, 1 a `--fail-under` not met or a test case failed, 2 invalid input or usage. Problems go to stderr, one line
 * each, never a stack trace.
 *
 * @example
 * ```ts
 * process.exitCode = await runCli(process.argv.slice(2), ctx);
 * ```
 */
export async function runCli(argv: readonly string[], ctx: CliContext): Promise<number> {
  try {
    await buildProgram(ctx).parseAsync([...argv], { from: 'user' });
    return ctx.exitCode;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.invalid;
    if (error instanceof CliError) {
      reportProblems(ctx, error.problems);
      return error.exitCode;
    }
    reportProblems(ctx, problemsOf('clean-station', error));
    return EXIT.invalid;
  }
}
