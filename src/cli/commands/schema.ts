/** `clean-station schema <kind>`: print the JSON Schema of an input or output format. */
import type { Command } from 'commander';
import { Argument } from 'commander';
import { z } from 'zod';
import { stationFactsSchema } from '../../facts/schema.js';
import { evaluationResultSchema } from '../../result/schema.js';
import { baseRulesetSchema } from '../../ruleset/schema.js';
import type { CliContext } from '../context.js';
import { examples, outputOption } from '../options.js';
import { emit } from '../output.js';

/** The formats with a JSON Schema. */
export const SCHEMA_KINDS = ['facts', 'ruleset', 'result'] as const;

type SchemaKind = (typeof SCHEMA_KINDS)[number];

/**
 * The JSON Schema of a format: facts and rulesets as written (input), results as produced.
 * Ruleset conditions are described, not spelled out (they are checked by the loader).
 *
 * @example
 * ```ts
 * jsonSchemaOf('facts').title; // 'StationFacts'
 * ```
 */
export function jsonSchemaOf(kind: SchemaKind): Record<string, unknown> {
  if (kind === 'facts') return z.toJSONSchema(stationFactsSchema, { io: 'input' });
  if (kind === 'ruleset') return z.toJSONSchema(baseRulesetSchema, { io: 'input', unrepresentable: 'any' });
  return z.toJSONSchema(evaluationResultSchema, { io: 'output' });
}

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
    .description('print the JSON Schema of facts, ruleset or result files')
    .addArgument(new Argument('<kind>', 'which format').choices(SCHEMA_KINDS))
    .addOption(outputOption())
    .addHelpText('after', examples(['clean-station schema facts -o facts.schema.json', 'clean-station schema result']))
    .action((kind: SchemaKind, options: { output?: string }) => {
      emit(ctx, `${JSON.stringify(jsonSchemaOf(kind), null, 2)}\n`, options.output);
    });
}
