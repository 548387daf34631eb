/** `clean-station schema <kind>`: print the JSON Schema of an input or output format. */
import type { Command } from 'commander';
import { Argument } from 'commander';
import { jsonSchemaOf, SCHEMA_KINDS, type SchemaKind } from '../../schemas/json-schemas.js';
import type { CliContext } from '../context.js';
import { examples, outputOption } from '../options.js';
import { emit } from '../output.js';

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
    .addHelpText('after', examples(['clean-station schema facts -o facts.schema.json', 'clean-station schema result']))
    .action(async (kind: SchemaKind, options: { output?: string }) => {
      await emit(ctx, `${JSON.stringify(jsonSchemaOf(kind), null, 2)}\n`, options.output);
    });
}
