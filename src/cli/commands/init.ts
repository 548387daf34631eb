/**
 * `clean-station init [file]`: write a starting facts file and its JSON Schema beside it. The
 * starting facts are validated before anything is written, and neither file is overwritten
 * without `--force`. With `--variant [dir]`, the start of a regional variant (see
 * `scaffold-variant.ts`).
 */
import { lstatSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { Command } from 'commander';
import { parseFacts } from '../../facts/parse.js';
import { emptyRecords, type StationFactsInput } from '../../facts/schema.js';
import type { Lang } from '../../report/messages/index.js';
import { terminalText } from '../../report/terminal.js';
import { jsonSchemaOf } from '../../schemas/json-schemas.js';
import { type CliContext, CliError, EXIT, issueProblems } from '../context.js';
import { cliMessages } from '../messages.js';
import { examples, langOption, parsePositiveInt } from '../options.js';
import { scaffoldId, writeVariantScaffold } from '../scaffold-variant.js';
import { writeAtomic } from '../write.js';

const SCHEMA_FILE = 'facts.schema.json';

/** Whether anything is at a path (a file, a directory, a link, even a broken one). */
function exists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

interface InitOptions {
  readonly id: string;
  readonly name: string;
  readonly year: number;
  readonly force?: boolean;
  readonly lang: Lang;
  readonly variant?: string | true;
}

/**
 * A starting facts file: one station, one service point with the required facilities, its two
 * posts, and every record list empty, ready to fill in. It validates as it is.
 *
 * @example
 * ```ts
 * starterFacts({ id: 'st-1', name: '某某供电所', year: 2024 }).period; // { start: '2024-01-01', end: '2024-12-31' }
 * ```
 */
export function starterFacts(options: {
  id: string;
  name: string;
  year: number;
}): StationFactsInput & { $schema: string } {
  const start = `${options.year}-01-01`;
  return {
    $schema: `./${SCHEMA_FILE}`,
    station: { id: options.id, name: options.name, established: start, timeZone: 'Asia/Shanghai' },
    period: { start, end: `${options.year}-12-31` },
    servicePoints: [
      {
        id: 'sp-1',
        name: 'service point 1',
        venue: 'power-station',
        cloud: false,
        terminal: { services: ['consultation', 'query', 'bill-payment'] },
        facilities: [
          { kind: 'door-plate', quantity: 1 },
          { kind: 'business-cards', quantity: 1 },
          { kind: 'leaflets', quantity: 1 },
          { kind: 'desk-and-chairs', quantity: 1 },
          { kind: 'smart-terminal', quantity: 1 },
        ],
        opened: start,
      },
    ],
    staff: [
      { id: 'p-customer-manager', name: 'customer manager' },
      { id: 'p-supervisor', name: 'supervisor' },
    ],
    duties: [
      { id: 'duty-cm-1', staffId: 'p-customer-manager', role: 'customer-manager', servicePointId: 'sp-1', start },
      { id: 'duty-sup-1', staffId: 'p-supervisor', role: 'supervisor', servicePointId: 'sp-1', start },
    ],
    appointments: [],
    reviews: [],
    dismissalGrounds: [],
    responsibilityLists: [],
    records: emptyRecords(),
    outages: [],
    incidents: [],
  };
}

/**
 * Registers `init`.
 *
 * @example
 * ```ts
 * registerInit(program, ctx);
 * ```
 */
export function registerInit(program: Command, ctx: CliContext): void {
  program
    .command('init')
    .description('write a starting facts file for a station, with its JSON Schema beside it')
    .argument('[file]', 'facts file to write', 'facts.json')
    .option('--id <id>', 'station id', 'station-1')
    .option('--name <name>', 'station name', 'station')
    .option(
      '--year <year>',
      'evaluation year (default: last calendar year)',
      parsePositiveInt,
      new Date().getFullYear() - 1,
    )
    .option('--force', 'overwrite existing files')
    .option(
      '--variant [dir]',
      'write the start of a regional variant in dir instead: a variant with a record kind and an item, a station, a passing test case (--id and --name then name the variant)',
    )
    .addOption(langOption())
    .addHelpText(
      'after',
      examples([
        'clean-station init liuqiao-2024.json --id wy-liuqiao --name 柳桥供电所 --year 2024',
        'clean-station init --variant lishui-city --name 丽水市供电公司清廉供电站所评价细则',
      ]),
    )
    .action(async (file: string, options: InitOptions, command: Command) => {
      if (options.variant !== undefined) {
        const dir = typeof options.variant === 'string' ? options.variant : (command.args[0] ?? 'my-variant');
        const given = (name: string) => command.getOptionValueSource(name) === 'cli';
        const id = scaffoldId(dir, given('id') ? options.id : undefined);
        const title = given('name') ? options.name : `${id} 清廉供电站所服务监督评价细则`;
        const starter = starterFacts({ id: 'station-1', name: '示例供电所', year: options.year });
        await writeVariantScaffold(ctx, dir, { id, title, starter }, options.force === true);
        return;
      }
      const schemaFile = join(dirname(file), SCHEMA_FILE);
      if (resolve(file) === resolve(schemaFile)) {
        throw new CliError(EXIT.invalid, [
          { where: file, message: cliMessages.factsIsSchema({ schema: SCHEMA_FILE }) },
        ]);
      }
      const facts = starterFacts(options);
      const parsed = parseFacts(facts);
      if (!parsed.ok) throw new CliError(EXIT.invalid, issueProblems(file, parsed.issues));
      const existing = options.force ? [] : [file, schemaFile].filter(exists);
      if (existing.length > 0) {
        throw new CliError(
          EXIT.invalid,
          existing.map((where) => ({ where, message: cliMessages.exists() })),
        );
      }
      await writeAtomic(file, `${JSON.stringify(facts, null, 2)}\n`);
      await writeAtomic(schemaFile, `${JSON.stringify(jsonSchemaOf('facts'), null, 2)}\n`);
      ctx.out(`${cliMessages.initNext({ file: terminalText(basename(file)), schema: SCHEMA_FILE })[ctx.lang]}\n`);
    });
}
