/**
 * The API reference as typedoc builds it (its JSON model, the one the HTML site is rendered
 * from): named, documented types in categories, no zod internals.
 */
import { Application, type JSONOutput, normalizePath, ReflectionKind } from 'typedoc';
import { beforeAll, describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../scripts/types/config.js';
import { generateTypes } from '../../scripts/types/generate.js';

type Reflection = JSONOutput.DeclarationReflection;

/** The main entry's module (`clean-station`) and the spreadsheet subpath's (`clean-station/xlsx`). */
let project: Reflection;
let xlsx: Reflection;
let warnings = 0;
const byName = new Map<string, Reflection>();

beforeAll(async () => {
  const app = await Application.bootstrapWithPlugins({ logLevel: 'Error' });
  const converted = await app.convert();
  if (!converted) throw new Error('typedoc could not convert the project');
  app.validate(converted);
  warnings = app.logger.warningCount + app.logger.errorCount;
  const site = app.serializer.projectToObject(converted, normalizePath(process.cwd()));
  const moduleNamed = (name: string): Reflection => {
    const found = site.children?.find((child) => child.kind === ReflectionKind.Module && child.name === name);
    if (found === undefined) throw new Error(`the API reference has no module ${name}`);
    return found;
  };
  project = moduleNamed('clean-station');
  xlsx = moduleNamed('clean-station/xlsx');
  for (const child of project.children ?? []) byName.set(child.name, child);
}, 120_000);

/** Every type node under `node` (the node's own type, signatures, members, type arguments). */
function typeNodes(node: unknown, out: JSONOutput.SomeType[] = []): JSONOutput.SomeType[] {
  if (Array.isArray(node)) for (const item of node) typeNodes(item, out);
  else if (node !== null && typeof node === 'object') {
    const record = node as Record<string, unknown>;
    if (typeof record.type === 'string' && record.type !== 'reflection' && 'type' in record) {
      out.push(record as unknown as JSONOutput.SomeType);
    }
    for (const value of Object.values(record)) typeNodes(value, out);
  }
  return out;
}

/** How a type node names zod, if it does. */
function zodMention(type: JSONOutput.SomeType): string | undefined {
  if (type.type === 'reference' && (type.package === 'zod' || /^(z\.)?(Zod|output$|input$|infer$)/.test(type.name)))
    return type.name;
  if (type.type === 'query' && /Schema$/.test(type.queryType.name)) return `typeof ${type.queryType.name}`;
  return undefined;
}

/** Whether a zod type is `ZodType<A, B>` with named types of the API (or unknown) as arguments. */
function isSchemaOfNamedType(type: JSONOutput.SomeType): boolean {
  if (type.type !== 'reference' || !/ZodType$/.test(type.name)) return false;
  return (type.typeArguments ?? []).every(
    (argument) =>
      (argument.type === 'reference' && typeof argument.target === 'number' && byName.has(argument.name)) ||
      (argument.type === 'intrinsic' && argument.name === 'unknown'),
  );
}

/** The fields of a named object type, whether typedoc shows it as an interface or a type alias. */
function members(reflection: Reflection | undefined): Reflection[] {
  return [
    ...(reflection?.children ?? []),
    ...(reflection?.type?.type === 'reflection' ? (reflection.type.declaration.children ?? []) : []),
  ];
}

function commentText(reflection: { comment?: JSONOutput.Comment }): string {
  return (reflection.comment?.summary ?? [])
    .map((part) => part.text)
    .join('')
    .trim();
}

const TYPE_KINDS = new Set<number>([ReflectionKind.Interface, ReflectionKind.TypeAlias]);

describe('the API reference', () => {
  it('builds without warnings', () => {
    expect(warnings).toBe(0);
  });

  it('renders no type as a zod type, z.output or z.input, in the main entry and the spreadsheet subpath', () => {
    const offenders: string[] = [];
    for (const child of [...(project.children ?? []), ...(xlsx.children ?? [])]) {
      if (!TYPE_KINDS.has(child.kind)) continue;
      for (const type of typeNodes(child)) {
        const mention = zodMention(type);
        if (mention !== undefined) offenders.push(`${child.name}: ${mention}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('shows a zod schema only as the schema of a named type (ZodType<StationFacts, StationFactsInput>), never expanded', () => {
    const offenders: string[] = [];
    for (const child of project.children ?? []) {
      if (TYPE_KINDS.has(child.kind)) continue;
      for (const type of typeNodes(child)) {
        const mention = zodMention(type);
        if (mention !== undefined && !isSchemaOfNamedType(type)) offenders.push(`${child.name}: ${mention}`);
      }
    }
    expect(offenders).toEqual([]);
    expect(byName.get('stationFactsSchema')?.type).toMatchObject({
      name: expect.stringMatching(/ZodType$/),
      typeArguments: [{ name: 'StationFacts' }, { name: 'StationFactsInput' }],
    });
  });

  it('has a page for every named type, each field documented from its schema', () => {
    const undocumented: string[] = [];
    for (const name of generateTypes().names.keys()) {
      const reflection = byName.get(name);
      expect(reflection, name).toBeDefined();
      for (const member of members(reflection)) {
        if (commentText(member) === '') undocumented.push(`${name}.${member.name}`);
      }
    }
    expect(undocumented).toEqual([]);
    const field = members(byName.get('RulesetStamp')).find((member) => member.name === 'scoringHash');
    expect(field && commentText(field)).toBe(
      'Hash of what decides scores (the ruleset without its wording): equal means comparable',
    );
  });

  it('exports every record kind of the standard and the record types by name', () => {
    for (const name of ['Liaison', 'LedgerHandover', 'Disclosure', 'SupervisionMeeting', 'Incident', 'Outage']) {
      expect(byName.has(name), name).toBe(true);
    }
    for (const name of ['Duty', 'ServicePoint', 'StaffMember', 'Appointment', 'DeclaredRecord', 'RecordKindInfo']) {
      expect(byName.has(name), name).toBe(true);
    }
  });

  it('gives evaluate a facts parameter that links to StationFacts instead of spelling it out', () => {
    const signature = byName.get('evaluate')?.signatures?.[0];
    const facts = signature?.parameters?.find((parameter) => parameter.name === 'facts');
    expect(facts?.type).toMatchObject({ type: 'reference', name: 'StationFacts' });
    expect(signature?.type).toMatchObject({ name: 'Promise', typeArguments: [{ name: 'EvaluationResult' }] });
  });

  it('documents the spreadsheet subpath as its own module, every export with a summary', () => {
    const names = (xlsx.children ?? []).map((child) => child.name);
    expect(names).toEqual(
      expect.arrayContaining(['readWorkbook', 'workbookTemplate', 'batchWorkbook', 'WorkbookIssue']),
    );
    const undocumented = (xlsx.children ?? [])
      .filter((child) => commentText(child) === '' && commentText(child.signatures?.[0] ?? {}) === '')
      .map((child) => child.name);
    expect(undocumented).toEqual([]);
  });

  it('puts every public symbol in one of the categories, shown in their order', () => {
    const titles: readonly string[] = CATEGORIES;
    const categorised = new Set(
      (project.categories ?? [])
        .filter((category) => titles.includes(category.title))
        .flatMap((category) => category.children ?? []),
    );
    const uncategorised = (project.children ?? [])
      .filter((child) => !categorised.has(child.id))
      .map((child) => child.name);
    expect(uncategorised).toEqual([]);
    expect((project.categories ?? []).map((category) => category.title)).toEqual([...CATEGORIES]);
  });
});
