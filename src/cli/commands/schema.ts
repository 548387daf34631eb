/** `clean-station schema <kind>`: print the JSON Schema of an input or output format. */
import type { Command } from 'commander';
import { Argument } from 'commander';
import { factsJsonSchemaFor, jsonSchemaOf, SCHEMA_KINDS, type SchemaKind } from '../../schemas/json-schemas.js';
import { type CliContext, CliError, EXIT } from '../context.js';
import { cliMessages } from '../messages.js';
import { examples, outputOption, rulesetOption } from '../options.js';
import { emit } from '../output.js';
import { loadRulesetFiles } from '../ruleset.js';

/**
 * Registers `schema`.
 *
 * @example
 * ```ts
 * registerSchema(program, ctx);
 * ```
 */
export function registerSchema(program: Command, ctx: CliContext): void {
  program
    .command('schema')
    .description('print the JSON Schema of facts, ruleset, variant, review or result files')
    .addArgument(new Argument('<kind>', 'which format').choices(SCHEMA_KINDS))
    .addOption(outputOption())
    .addOption(rulesetOption())
    .addHelpText(
      'after',
      examples([
        'clean-station schema facts -o facts.schema.json',
        'clean-station schema facts --ruleset my-variant.json   # with the record kinds the variant declares',
        'clean-station schema result',
      ]),
    )

    .action(async (kind: SchemaKind, options: { output?: string; ruleset: string[] }) => {
      if (kind !== 'facts' && options.ruleset.length > 0)
        throw new CliError(EXIT.invalid, [{ where: 'schema', message: cliMessages.rulesetOnlyForFacts() }]);
      const schema =
        options.ruleset.length > 0 ? factsJsonSchemaFor(loadRulesetFiles(options.ruleset).ruleset) : jsonSchemaOf(kind);
      await emit(ctx, `${JSON.stringify(schema, null, 2)}\n`, options.output);
    });
}
