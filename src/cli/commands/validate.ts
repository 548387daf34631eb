/** `clean-station validate <file>`: check a facts, ruleset, review or result file and list every problem. */
import { type Command, Option } from 'commander';
import { parseReview } from '../../assess/parse.js';
import { parseFacts } from '../../facts/parse.js';
import type { StationFacts } from '../../facts/schema.js';
import type { Issue } from '../../issues/issue.js';
import { fromZodIssues } from '../../issues/zod-issues.js';
import type { Lang } from '../../report/messages/index.js';
import { evaluationResultSchema } from '../../result/schema.js';
import type { Ruleset } from '../../ruleset/finalize.js';
import { loadRuleset } from '../../ruleset/load.js';
import { type CliContext, CliError, EXIT, issueProblems, printLine } from '../context.js';
import { readJson } from '../files.js';
import { cliMessages } from '../messages.js';
import { examples, langOption, rulesetOption } from '../options.js';
import { loadRulesetFiles } from '../ruleset.js';
import { isWorkbookFile, readWorkbookFile } from '../workbook.js';

/** The kinds of file `validate` checks. */
export const FILE_KINDS = ['facts', 'ruleset', 'review', 'result'] as const;

/** A kind of file. */
export type FileKind = (typeof FILE_KINDS)[number];

/**
 * Tells a file's kind from its top-level fields: a result has `schemaVersion` and `ruleset`; a
 * ruleset has `items`, `grades` or `extends`; facts have `station` or `period`; a review has
 * `assessments` or `rejectedEvidence`.
 *
 * @example
 * ```ts
 * detectKind({ station: {}, period: {} }); // 'facts'
 * ```
 */
export function detectKind(value: unknown): FileKind | null {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return null;
  const has = (key: string) => Object.hasOwn(value, key);
  if (has('schemaVersion') && has('ruleset')) return 'result';
  if (has('items') || has('grades') || has('extends')) return 'ruleset';
  if (has('station') || has('period')) return 'facts';
  if (has('assessments') || has('rejectedEvidence')) return 'review';
  return null;
}

/** What a valid facts file is about: its station and period. */
const factsDetail = (facts: StationFacts) => `${facts.station.id}, ${facts.period.start} – ${facts.period.end}`;

type Checked = { ok: true; detail: string } | { ok: false; issues: readonly Issue[] };

function check(kind: FileKind, value: unknown, file: string, ruleset: Ruleset): Checked {
  if (kind === 'facts') {
    const parsed = parseFacts(value, { ruleset });
    return parsed.ok ? { ok: true, detail: factsDetail(parsed.value) } : parsed;
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
        'clean-station validate my-variant.json --kind ruleset',
      ]),
    )
    .action(async (file: string, options: { kind?: FileKind; lang: Lang; ruleset: string[] }) => {
      if (isWorkbookFile(file)) {
        const { value } = await readWorkbookFile(ctx, file, loadRulesetFiles(options.ruleset).ruleset);
        printLine(ctx, `${file}: ${cliMessages.valid({ kind: 'facts', detail: factsDetail(value) })[ctx.lang]}`);
        return;
      }
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
