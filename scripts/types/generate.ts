/**
 * Writes the named types of the public API from the zod schemas (`npm run types:generate`): one
 * interface per named schema, for what parsing returns and, where it differs, for what a file
 * holds; every field documented with its schema's description. The schemas stay the one source of
 * truth: a test regenerates the module and compares, and another checks that each interface
 * equals the type zod infers.
 */
import type * as z from 'zod';
import {
  type Category,
  EXTENDED_FROM,
  type ExternalType,
  externalTypes,
  type NamedSchema,
  namedSchemas,
  rootModule,
  type SchemaSource,
} from './config.js';
import { type Def, defOf, descriptionOf, parentOf, titleOf } from './walk.js';

type Io = 'input' | 'output';

/** The wrappers looked through to find the schema a name belongs to. */
const TRANSPARENT = new Set(['optional', 'nullable', 'default', 'prefault', 'readonly']);

/** What generating the module found. */
export interface GeneratedTypes {
  /** The module's text. */
  readonly text: string;
  /** Every declared name with its category. */
  readonly names: ReadonlyMap<string, Category>;
  /** Each generated name with its schema and the side it types. */
  readonly schemas: ReadonlyArray<{ readonly name: string; readonly schema: z.ZodType; readonly io: Io }>;
  /** Fields without a description, as `Type.field`. */
  readonly undocumented: readonly string[];
  /** The module of compile-time checks that each named type equals its schema's inferred type. */
  readonly checks: string;
}

interface Occurrence {
  readonly parent: string;
  readonly variable: string;
  readonly key: string;
  readonly type: string;
}

const identifier = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

function camel(name: string): string {
  return `${name[0]?.toLowerCase()}${name.slice(1)}`;
}

function quote(value: unknown): string {
  return typeof value === 'string' ? `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'` : String(value);
}

/** A TSDoc block at `indent`, its text wrapped at 110 columns. */
function docBlock(lines: readonly string[], indent: string): string {
  const one = lines[0]?.replace(/\*\//g, '*\\/');
  if (lines.length === 1 && one !== undefined && indent.length + one.length + 7 <= 120) return `${indent}/** ${one} */`;
  const body: string[] = [];
  for (const line of lines) {
    if (
      line === '' ||
      line.startsWith('@') ||
      line.startsWith('```') ||
      line.startsWith('  ') ||
      /^[a-z].*;$/.test(line)
    ) {
      body.push(line);
      continue;
    }
    let rest = line.replace(/\*\//g, '*\\/');
    while (rest.length > 110) {
      const cut = rest.lastIndexOf(' ', 110);
      if (cut <= 0) break;
      body.push(rest.slice(0, cut));
      rest = rest.slice(cut + 1);
    }
    body.push(rest);
  }
  return [
    `${indent}/**`,
    ...body.map((line) => (line === '' ? `${indent} *` : `${indent} * ${line}`)),
    `${indent} */`,
  ].join('\n');
}

class Generator {
  private readonly named = new Map<z.ZodType, NamedSchema>();
  private readonly external = new Map<z.ZodType, ExternalType>();
  private readonly differsMemo = new Map<z.ZodType, boolean>();
  private readonly occurrences = new Map<string, Occurrence>();
  private readonly extending: ReadonlySet<string>;
  readonly undocumented: string[] = [];
  /** Per declared name, the fields whose type extends another interface (compared on their own). */
  readonly extendingFields = new Map<string, string[]>();

  constructor(
    private readonly entries: readonly NamedSchema[],
    externals: readonly ExternalType[],
  ) {
    for (const entry of entries) this.named.set(entry.schema, entry);
    for (const entry of externals) this.external.set(entry.schema, entry);
    this.extending = new Set(
      entries.filter((entry) => entry.extends !== undefined).flatMap((entry) => [entry.output, entry.input]),
    ) as ReadonlySet<string>;
  }

  /** The schema itself or one it was copied from (`.meta()`), looked up in `map`. */
  private lookup<T>(map: ReadonlyMap<z.ZodType, T>, schema: z.ZodType): T | undefined {
    for (let current: z.ZodType | undefined = schema; current !== undefined; current = parentOf(current)) {
      const found = map.get(current);
      if (found !== undefined) return found;
    }
    return undefined;
  }

  /** Whether the written form of `schema` differs from the parsed one (defaults, transforms). */
  differs(schema: z.ZodType): boolean {
    const known = this.differsMemo.get(schema);
    if (known !== undefined) return known;
    this.differsMemo.set(schema, false);
    const def = defOf(schema);
    const children: z.ZodType[] = [];
    let own = false;
    if (this.lookup(this.external, schema)) own = false;
    else if (def.type === 'default' || def.type === 'prefault' || def.type === 'transform') own = true;
    else if (def.type === 'pipe') {
      own = defOf(def.in as z.ZodType).type !== 'transform' || this.differs(def.out as z.ZodType);
    } else {
      if (def.innerType) children.push(def.innerType);
      if (def.element) children.push(def.element);
      if (def.valueType) children.push(def.valueType);
      if (def.shape) children.push(...Object.values(def.shape));
      if (def.options) children.push(...def.options);
      if (def.getter) children.push(def.getter());
    }
    const result = own || children.some((child) => this.differs(child));
    this.differsMemo.set(schema, result);
    return result;
  }

  /** The name of `schema` for `io`, if it is a named schema. */
  nameOf(schema: z.ZodType, io: Io): string | undefined {
    const entry = this.lookup(this.named, schema);
    if (entry === undefined) return undefined;
    const name = io === 'output' ? entry.output : (entry.input ?? entry.output);
    if (name === undefined) throw new Error(`${entry.input ?? entry.output} has no ${io} name`);
    return name;
  }

  /** The type of `schema` as TypeScript, inline objects at `indent`. */
  typeOf(schema: z.ZodType, io: Io, indent: string, skipName = false): string {
    const external = this.lookup(this.external, schema);
    if (external) return external.type;
    if (!skipName) {
      const name = this.nameOf(schema, io);
      if (name !== undefined) return name;
    }
    const def = defOf(schema);
    switch (def.type) {
      case 'string':
      case 'number':
      case 'boolean':
      case 'bigint':
      case 'null':
      case 'undefined':
      case 'unknown':
        return def.type;
      case 'any':
        return 'unknown';
      case 'enum':
        return Object.values(def.entries ?? {})
          .map(quote)
          .join(' | ');
      case 'literal':
        return (def.values ?? []).map(quote).join(' | ');
      case 'optional':
        return `${this.typeOf(def.innerType as z.ZodType, io, indent)} | undefined`;
      case 'nullable':
        return `${this.typeOf(def.innerType as z.ZodType, io, indent)} | null`;
      case 'default':
      case 'prefault':
      case 'readonly':
        return this.typeOf(def.innerType as z.ZodType, io, indent);
      case 'lazy':
        return this.typeOf((def.getter as () => z.ZodType)(), io, indent);
      case 'pipe':
        return this.pipeType(schema, def, io, indent);
      case 'array':
        return this.arrayType(def.element as z.ZodType, io, indent);
      case 'record':
        return `Record<${this.typeOf(def.keyType as z.ZodType, io, indent)}, ${this.typeOf(def.valueType as z.ZodType, io, indent)}>`;
      case 'union':
        return (def.options ?? []).map((option) => this.typeOf(option, io, indent)).join(' | ');
      case 'object':
        return this.objectBody(schema, io, indent, undefined);
      case 'custom':
        return 'JsonValue';
      default:
        throw new Error(`cannot write a type for a zod ${def.type} schema`);
    }
  }

  private pipeType(schema: z.ZodType, def: Def, io: Io, indent: string): string {
    const inner = def.in as z.ZodType;
    const outer = def.out as z.ZodType;
    if (defOf(inner).type === 'transform') return this.typeOf(outer, io, indent);
    if (io === 'input') return this.typeOf(inner, io, indent);
    if (defOf(outer).type === 'transform') {
      throw new Error(`a transformed schema needs an output name (${titleOf(schema) ?? descriptionOf(schema) ?? '?'})`);
    }
    return this.typeOf(outer, io, indent);
  }

  private arrayType(element: z.ZodType, io: Io, indent: string): string {
    const type = this.typeOf(element, io, indent);
    return /^[A-Za-z0-9_]+$/.test(type) ? `${type}[]` : `Array<${type}>`;
  }

  /** Whether a property of this schema may be left out (optional, or with a default when written). */
  private isOptional(schema: z.ZodType, io: Io): boolean {
    let current: z.ZodType | undefined = schema;
    while (current !== undefined) {
      const def = defOf(current);
      if (def.type === 'optional') return true;
      if ((def.type === 'default' || def.type === 'prefault') && io === 'input') return true;
      if (!TRANSPARENT.has(def.type)) return false;
      current = def.innerType;
    }
    return false;
  }

  /** The property's type without the optional wrapper its `?` already says. */
  private propertyType(schema: z.ZodType, io: Io, indent: string): string {
    let current = schema;
    for (;;) {
      const def = defOf(current);
      const named = this.lookup(this.named, current) ?? this.lookup(this.external, current);
      if (named || !(def.type === 'optional' || def.type === 'default' || def.type === 'prefault')) break;
      current = def.innerType as z.ZodType;
    }
    return this.typeOf(current, io, indent);
  }

  /** `{ … }` with one documented line per field; `owner` names the interface the fields belong to. */
  objectBody(schema: z.ZodType, io: Io, indent: string, owner: { name: string; variable: string } | undefined): string {
    const shape = defOf(schema).shape ?? {};
    const inner = `${indent}  `;
    const lines: string[] = [];
    for (const [key, field] of Object.entries(shape)) {
      const description = descriptionOf(field);
      const where = `${owner?.name ?? titleOf(schema) ?? '(inline)'}.${key}`;
      if (description === undefined) this.undocumented.push(where);
      else lines.push(docBlock([description], inner));
      const optional = this.isOptional(field, io);
      const type = this.propertyType(field, io, inner);
      // zod infers an optional field as `key?: T | undefined`; the named type says the same.
      const written = optional ? `${type} | undefined` : type;
      lines.push(`${inner}${identifier.test(key) ? key : quote(key)}${optional ? '?' : ''}: ${written};`);
      if (owner && this.extending.has(type))
        this.extendingFields.set(owner.name, [...(this.extendingFields.get(owner.name) ?? []), key]);
      if (owner)
        this.noteOccurrence(type, {
          parent: owner.name,
          variable: owner.variable,
          key,
          type: written,
        });
    }
    return lines.length === 0 ? '{}' : `{\n${lines.join('\n')}\n${indent}}`;
  }

  private noteOccurrence(type: string, occurrence: Occurrence): void {
    for (const name of type.match(/\b[A-Z][A-Za-z0-9]*\b/g) ?? []) {
      if (!this.occurrences.has(name)) this.occurrences.set(name, occurrence);
    }
  }

  /** Where a nested type is found, as an example. */
  exampleOf(name: string): string {
    const found = this.occurrences.get(name);
    if (found === undefined) throw new Error(`${name} needs an example: it is found in no other named type`);
    return `const ${found.key}: ${found.type} = ${found.variable}.${found.key};`;
  }

  entriesInOrder(): readonly NamedSchema[] {
    return this.entries;
  }
}

function summaryOf(entry: NamedSchema, undocumented: string[]): string {
  if (entry.summary !== undefined) return entry.summary;
  const title = titleOf(entry.schema);
  const description = descriptionOf(entry.schema);
  const parts = [title, description].filter((part): part is string => part !== undefined && part !== '');
  if (parts.length === 0) {
    undocumented.push(entry.output ?? entry.input ?? '?');
    return '';
  }
  return `${parts.join(': ')}${/[.。)]$/.test(parts.at(-1) ?? '') ? '' : '.'}`;
}

const INPUT_NOTE = 'As written in a file, before defaults are filled in: fields with a default may be left out.';

interface Declaration {
  readonly name: string;
  readonly io: Io;
  readonly entry: NamedSchema;
}

function declarations(generator: Generator): Declaration[] {
  const out: Declaration[] = [];
  for (const entry of generator.entriesInOrder()) {
    const differs = generator.differs(entry.schema);
    if (entry.output !== undefined && entry.input !== undefined && !differs) {
      throw new Error(`${entry.output} is written as it is parsed: drop its input name ${entry.input}`);
    }
    if (entry.output !== undefined && entry.input === undefined && differs) {
      throw new Error(`${entry.output} is written differently from how it is parsed: give it an input name`);
    }
    const transformed = defOf(entry.schema).type === 'pipe';
    if (entry.output !== undefined && !transformed) out.push({ name: entry.output, io: 'output', entry });
    if (entry.input !== undefined) out.push({ name: entry.input, io: 'input', entry });
  }
  return out;
}

function declare(generator: Generator, declaration: Declaration): string {
  const { name, io, entry } = declaration;
  const schema = entry.schema;
  const def = defOf(schema);
  const variable = entry.variable ?? camel(name);
  let head: string;
  const target = def.type === 'pipe' && io === 'input' ? (def.in as z.ZodType) : schema;
  const isObject = defOf(target).type === 'object';
  // An object type alias rather than an interface, as zod's own types are: it stays assignable to
  // `Record<string, unknown>`. A type that admits more fields extends the interface that says so.
  if (isObject && entry.extends !== undefined) {
    head = `export interface ${name} extends ${entry.extends} `;
    return `${head}${generator.objectBody(target, io, '', { name, variable })}`;
  }
  head = `export type ${name} = `;
  const body = isObject
    ? generator.objectBody(target, io, '', { name, variable })
    : generator.typeOf(target, io, '', true);
  return `${head}${body};`;
}

/** The type at `path` under `root` for `io`, as a type expression over the root schema. */
function typeAtPath(source: SchemaSource, io: Io): string {
  let type = `z.${io}<typeof ${source.root}>`;
  const steps = source.path.split(/\.|(?=\[\])|(?=\{\})/).filter((step) => step !== '');
  for (const step of steps) {
    const index = step === '[]' ? 'number' : step === '{}' ? 'string' : quote(step);
    type = `NonNullable<${type}>[${index}]`;
  }
  return steps.length === 0 ? type : `NonNullable<${type}>`;
}

function checkLine(declaration: Declaration, extendingFields: readonly string[]): string {
  const { name, io, entry } = declaration;
  const schemaType = typeAtPath(entry.source, io);
  if (entry.extends !== undefined) return `  ${name}: same<Pick<${name}, keyof ${schemaType}>, ${schemaType}>(true),`;
  if (extendingFields.length === 0) return `  ${name}: same<${name}, ${schemaType}>(true),`;
  const keys = extendingFields.map(quote).join(' | ');
  return `  ${name}: same<Omit<${name}, ${keys}>, Omit<${schemaType}, ${keys}>>(true),`;
}

function checksModule(declared: readonly Declaration[], extendingFields: ReadonlyMap<string, string[]>): string {
  const roots = new Map<string, Set<string>>();
  for (const { entry } of declared) {
    const from = `../../${rootModule(entry.source.root)}`;
    roots.set(from, (roots.get(from) ?? new Set()).add(entry.source.root));
  }
  const imports = [...roots]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([from, names]) => `import type { ${[...names].sort().join(', ')} } from '${from}';`);
  const names = declared.map((declaration) => declaration.name).sort();
  return [
    '/**',
    ' * Generated by `npm run types:generate` with src/types/generated.ts: each named type of the API',
    ' * is identical to the type zod infers from its schema. A line that does not compile names the',
    ' * type that no longer matches its schema: regenerate the types.',
    ' */',
    "import type * as z from 'zod';",
    ...imports,
    `import type {\n${names.map((name) => `  ${name},`).join('\n')}\n} from '../../src/types/generated.js';`,
    '',
    '/** Whether two types are identical (a new optional field counts; `?: T` and `?: T | undefined` do not). */',
    'type Equals<X, Y> = (<T>() => T extends X ? 1 : 2) extends <T>() => T extends Y ? 1 : 2 ? true : false;',
    '',
    '/** Whether each is assignable to the other (`?: T` and `?: T | undefined` count). */',
    'type Mutual<X, Y> = [X] extends [Y] ? ([Y] extends [X] ? true : false) : false;',
    '',
    '/** Compiles only when `A` and `B` are the same type. */',
    'function same<A, B>(identical: Equals<A, B> extends true ? Mutual<A, B> : false): boolean {',
    '  return identical;',
    '}',
    '',
    '/** One entry per named type; each compiles only while the type equals its schema’s. */',
    'export const namedTypesMatchSchemas = {',
    ...declared.map((declaration) => checkLine(declaration, extendingFields.get(declaration.name) ?? [])),
    '};',
    '',
  ].join('\n');
}

/**
 * The generated module, the names it declares and the fields it found undocumented.
 *
 * @example
 * ```ts
 * writeFileSync('src/types/generated.ts', generateTypes().text);
 * ```
 */
export function generateTypes(): GeneratedTypes {
  const generator = new Generator(namedSchemas(), externalTypes());
  const declared = declarations(generator);
  const code = declared.map((declaration) => declare(generator, declaration));
  const blocks = declared.map((declaration, i) => {
    const { name, io, entry } = declaration;
    const summary = [
      summaryOf(entry, generator.undocumented),
      ...(io === 'input' && entry.output !== undefined ? [INPUT_NOTE] : []),
    ];
    const example = entry.examples?.[name] ?? generator.exampleOf(name);
    const doc = docBlock(
      [...summary, '', `@category ${entry.category}`, '@example', '```ts', ...example.split('\n'), '```'],
      '',
    );
    return `${doc}\n${code[i]}`;
  });
  const imports = new Map<string, Set<string>>();
  const use = (from: string, type: string) => imports.set(from, (imports.get(from) ?? new Set()).add(type));
  const text = blocks.join('\n\n');
  for (const external of externalTypes())
    if (external.from && new RegExp(`\\b${external.type}\\b`).test(text)) use(external.from, external.type);
  for (const [type, from] of Object.entries(EXTENDED_FROM)) if (new RegExp(`\\b${type}\\b`).test(text)) use(from, type);
  if (/\bJsonValue\b/.test(text)) use('./json.js', 'JsonValue');
  const importLines = [...imports]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([from, types]) => `import type { ${[...types].sort().join(', ')} } from '${from}';`);
  const header = [
    '/**',
    ' * The named types of the public API, generated from the zod schemas by `npm run types:generate`',
    ' * (scripts/types/). Do not edit: change the schemas (descriptions included) or the names in',
    ' * scripts/types/config.ts, then regenerate.',
    ' */',
  ].join('\n');
  return {
    text: `${header}\n${importLines.join('\n')}\n\n${text}\n`,
    names: new Map(declared.map((declaration) => [declaration.name, declaration.entry.category])),
    schemas: declared.map(({ name, io, entry }) => ({ name, schema: entry.schema, io })),
    undocumented: [...new Set(generator.undocumented)],
    checks: checksModule(declared, generator.extendingFields),
  };
}
