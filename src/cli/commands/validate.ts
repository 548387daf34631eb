/**
 * `clean-station validate <file>`: check a facts, ruleset, variant, review or result file and
 * list every problem. Facts and reviews are checked against the ruleset in effect (`--ruleset`,
 * or the standard's base ruleset), as `evaluate` would; a variant is resolved on top of it.
 */
import { type Command, Option } from 'commander';
import { checkAssessments } from '../../assess/check.js';
import { parseReview } from '../../assess/parse.js';
import { parseFacts } from '../../facts/parse.js';
import type { StationFacts } from '../../facts/schema.js';
import type { Issue } from '../../issues/issue.js';
import { IssueCollector, limitIssues } from '../../issues/limit.js';
import { fromZodIssues } from '../../issues/zod-issues.js';
import type { Lang } from '../../report/messages/index.js';
import { evaluationResultSchema } from '../../result/schema.js';
import { loadRuleset } from '../../ruleset/load.js';
import { variantSchema } from '../../ruleset/variant.js';
import { type CliContext, CliError, EXIT, issueProblems, printLine } from '../context.js';
import { detectKind, FILE_KINDS, type FileKind, fitsKind } from '../file-kind.js';
import { readJson } from '../files.js';
import { cliMessages } from '../messages.js';
import { examples, langOption, rulesetOption } from '../options.js';
import { type LoadedRuleset, loadRulesetFiles } from '../ruleset.js';
import { isWorkbookFile, readWorkbookFile } from '../workbook.js';

/** What a valid facts file is about: its station and period. */
const factsDetail = (facts: StationFacts) => `${facts.station.id}, ${facts.period.start} – ${facts.period.end}`;

type Checked = { ok: true; detail: string } | { ok: false; issues: readonly Issue[] };

/** A variant resolved on top of the `--ruleset` documents (or the bundled base when none are given). */
function checkVariant(value: unknown, file: string, extended: LoadedRuleset): Checked {
  const parsed = variantSchema.safeParse(value);
  if (!parsed.success) return { ok: false, issues: fromZodIssues(parsed.error.issues) };
  const loaded = loadRuleset([...extended.documents, value], { files: [...extended.files, file] });
  if (!loaded.ok) return loaded;
  return {
    ok: true,
    detail: `${loaded.value.chain.map((link) => `${link.id}@${link.version}`).join(' → ')}, ${loaded.value.hash}`,
  };
}

function checkReviewFile(value: unknown, ruleset: LoadedRuleset): Checked {
  const parsed = parseReview(value);
  if (!parsed.ok) return parsed;
  const found = new IssueCollector();
  checkAssessments(parsed.value, ruleset.ruleset, found);
  if (found.issues.length > 0) return { ok: false, issues: limitIssues(found.issues) };
  return {
    ok: true,
    detail: `${parsed.value.assessments.length} assessments, ${parsed.value.rejectedEvidence.length} rejections`,
  };
}

function check(kind: FileKind, value: unknown, file: string, ruleset: LoadedRuleset): Checked {
  if (kind === 'facts') {
    const parsed = parseFacts(value, { ruleset: ruleset.ruleset });
    return parsed.ok ? { ok: true, detail: factsDetail(parsed.value) } : parsed;
  }
  if (kind === 'variant' || (kind === 'ruleset' && detectKind(value) === 'variant')) {
    return checkVariant(value, file, ruleset);
  }
  if (kind === 'ruleset') {
    const loaded = loadRuleset([value], { files: [file] });
    return loaded.ok
      ? { ok: true, detail: `${loaded.value.id}@${loaded.value.version}, ${loaded.value.hash}` }
      : loaded;
  }
  if (kind === 'review') return checkReviewFile(value, ruleset);
  const parsed = evaluationResultSchema.safeParse(value);
  return parsed.success
    ? { ok: true, detail: `${parsed.data.station.id}, ${parsed.data.total}` }
    : { ok: false, issues: fromZodIssues(parsed.error.issues) };
}

/** The kind to check `value` as: `--kind` when given (refused when the file is plainly another kind), else detected. */
function kindOf(file: string, value: unknown, asked: FileKind | undefined): FileKind {
  const found = detectKind(value);
  if (asked !== undefined) {
    if (found !== null && !fitsKind(asked, found)) {
      throw new CliError(EXIT.invalid, [
        { where: file, message: cliMessages.wrongKind({ expected: asked, kind: found }) },
      ]);
    }
    return asked;
  }
  if (found === null) {
    throw new CliError(EXIT.invalid, [
      { where: file, message: cliMessages.unknownKind({ kinds: FILE_KINDS.join(', ') }) },
    ]);
  }
  return found;
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
    .description('check a facts, ruleset, variant, review or result file and print every problem with its JSON path')
    .argument('<file>', 'JSON file (or station workbook .xlsx) to check')
    .addOption(new Option('--kind <kind>', 'kind of file (detected when absent)').choices(FILE_KINDS))
    .addOption(rulesetOption())
    .addOption(langOption())
    .addHelpText(
      'after',
      examples([
        'clean-station validate station.json',
        'clean-station validate station.xlsx   # a station workbook: problems by sheet, row and column',
        'clean-station validate station.json --ruleset my-variant.json   # facts with the variant’s record kinds',
        'clean-station validate my-variant.json --kind variant',
        'clean-station validate review.json --ruleset my-variant.json   # item ids and score ranges of the variant',
      ]),
    )
    .action(async (file: string, options: { kind?: FileKind; lang: Lang; ruleset: string[] }) => {
      if (isWorkbookFile(file)) {
        const { value } = await readWorkbookFile(ctx, file, loadRulesetFiles(options.ruleset).ruleset);
        printLine(ctx, `${file}: ${cliMessages.valid({ kind: 'facts', detail: factsDetail(value) })[ctx.lang]}`);
        return;
      }
      const value = readJson(file);
      const kind = kindOf(file, value, options.kind);
      const checked = check(kind, value, file, loadRulesetFiles(options.ruleset));
      if (!checked.ok) {
        const problems = issueProblems(file, checked.issues);
        problems.push({ where: file, message: cliMessages.problems({ count: checked.issues.length }) });
        throw new CliError(EXIT.invalid, problems);
      }
      printLine(ctx, `${file}: ${cliMessages.valid({ kind, detail: checked.detail })[ctx.lang]}`);
    });
}
