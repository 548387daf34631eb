/** `clean-station validate <file>`: check a facts, ruleset, review or result file and list every problem. */
import { type Command, Option } from 'commander';
import { parseReview } from '../../assess/parse.js';
import { parseFacts } from '../../facts/parse.js';
import type { Issue } from '../../issues/issue.js';
import { fromZodIssues } from '../../issues/zod-issues.js';
import type { Lang } from '../../report/messages/index.js';
import { evaluationResultSchema } from '../../result/schema.js';
import type { Ruleset } from '../../ruleset/finalize.js';
import { loadRuleset } from '../../ruleset/load.js';
import { type CliContext, CliError, EXIT, issueProblems, printLine } from '../context.js';
import { detectKind, FILE_KINDS, type FileKind } from '../file-kind.js';
import { readJson } from '../files.js';
import { cliMessages } from '../messages.js';
import { examples, langOption, rulesetOption } from '../options.js';
import { loadRulesetFiles } from '../ruleset.js';

type Checked = { ok: true; detail: string } | { ok: false; issues: readonly Issue[] };

function check(kind: FileKind, value: unknown, file: string, ruleset: Ruleset): Checked {
  if (kind === 'facts') {
    const parsed = parseFacts(value, { ruleset });
    return parsed.ok
      ? { ok: true, detail: `${parsed.value.station.id}, ${parsed.value.period.start} – ${parsed.value.period.end}` }
      : parsed;
  }
  if (kind === 'ruleset') {
    const loaded = loadRuleset([value], { files: [file] });
    return loaded.ok
      ? { ok: true, detail: `${loaded.value.id}@${loaded.value.version}, ${loaded.value.hash}` }
      : loaded;
  }
  if (kind === 'review') {
    const parsed = parseReview(value);
    return parsed.ok
      ? {
          ok: true,
          detail: `${parsed.value.assessments.length} assessments, ${parsed.value.rejectedEvidence.length} rejections`,
        }
      : parsed;
  }
  const parsed = evaluationResultSchema.safeParse(value);
  return parsed.success
    ? { ok: true, detail: `${parsed.data.station.id}, ${parsed.data.total}` }
    : { ok: false, issues: fromZodIssues(parsed.error.issues) };
}

/**
 * Registers `validate`.
 *
 * @example
 * ```ts
 * registerValidate(program, ctx);
 * ```
 */
export function registerValidate(program: Command, ctx: CliContext): void {
  program
    .command('validate')
    .description('check a facts, ruleset or result file and print every problem with its JSON path')
    .argument('<file>', 'JSON file to check')
    .addOption(new Option('--kind <kind>', 'kind of file (detected when absent)').choices(FILE_KINDS))
    .addOption(rulesetOption())
    .addOption(langOption())
    .addHelpText(
      'after',
      examples([
        'clean-station validate station.json',
        'clean-station validate station.json --ruleset my-variant.json   # facts with the variant’s record kinds',
        'clean-station validate my-variant.json --kind ruleset',
      ]),
    )
    .action((file: string, options: { kind?: FileKind; lang: Lang; ruleset: string[] }) => {
      const value = readJson(file);
      const kind = options.kind ?? detectKind(value);
      if (kind === null) {
        throw new CliError(EXIT.invalid, [
          { where: file, message: cliMessages.unknownKind({ kinds: FILE_KINDS.join(', ') }) },
        ]);
      }
      const checked = check(kind, value, file, loadRulesetFiles(options.ruleset).ruleset);
      if (!checked.ok) {
        const problems = issueProblems(file, checked.issues);
        problems.push({ where: file, message: cliMessages.problems({ count: checked.issues.length }) });
        throw new CliError(EXIT.invalid, problems);
      }
      printLine(ctx, `${file}: ${cliMessages.valid({ kind, detail: checked.detail })[ctx.lang]}`);
    });
}
