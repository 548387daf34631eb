/**
 * A small JSON Schema (draft 2020-12) validator for the subset of keywords the generated schemas
 * use, so the tests can check the shipped schemas against the examples without a validator
 * dependency. An unknown keyword is an error, never silently ignored: when the generator starts
 * emitting something new, the tests say so.
 */

/** One validation error: where, and what is wrong. */
export interface SchemaError {
  readonly path: string;
  readonly message: string;
}

type Schema = boolean | { readonly [key: string]: unknown };

const ANNOTATIONS = new Set(['$schema', '$id', 'title', 'description', 'default', 'examples', '$defs', '$comment']);
const VALIDATORS = new Set([
  'type',
  'properties',
  'required',
  'additionalProperties',
  'propertyNames',
  'enum',
  'const',
  'items',
  'minItems',
  'maxItems',
  'anyOf',
  'oneOf',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'minLength',
  'maxLength',
  'pattern',
  'format',
  '$ref',
]);

const FORMATS: Record<string, RegExp> = { date: /^\d{4}-\d{2}-\d{2}$/ };

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function hasType(value: unknown, type: string): boolean {
  if (type === 'integer') return Number.isInteger(value);
  if (type === 'number') return typeof value === 'number' && Number.isFinite(value);
  return typeOf(value) === type;
}

function deepEqual(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

const codePoints = (s: string) => [...s].length;

class Validator {
  readonly errors: SchemaError[] = [];
  constructor(private readonly root: Schema) {}

  private resolve(ref: string): Schema {
    const prefix = '#/$defs/';
    if (!ref.startsWith(prefix)) throw new Error(`unsupported $ref ${ref}`);
    const defs = typeof this.root === 'object' ? (this.root.$defs as Record<string, Schema> | undefined) : undefined;
    const target = defs?.[ref.slice(prefix.length)];
    if (target === undefined) throw new Error(`unresolved $ref ${ref}`);
    return target;
  }

  private fail(path: string, message: string): void {
    this.errors.push({ path, message });
  }

  /** Whether `value` is valid against `schema`, without recording errors. */
  private matches(value: unknown, schema: Schema, path: string): boolean {
    const probe = new Validator(this.root);
    probe.check(value, schema, path);
    return probe.errors.length === 0;
  }

  check(value: unknown, schema: Schema, path: string): void {
    if (schema === true) return;
    if (schema === false) {
      this.fail(path, 'no value is allowed here');
      return;
    }
    for (const key of Object.keys(schema)) {
      if (!ANNOTATIONS.has(key) && !VALIDATORS.has(key)) throw new Error(`unsupported keyword "${key}" at ${path}`);
    }
    if (typeof schema.$ref === 'string') this.check(value, this.resolve(schema.$ref), path);
    this.checkGeneric(value, schema, path);
    if (typeof value === 'string') this.checkString(value, schema, path);
    if (typeof value === 'number') this.checkNumber(value, schema, path);
    if (Array.isArray(value)) this.checkArray(value, schema, path);
    if (typeOf(value) === 'object') this.checkObject(value as Record<string, unknown>, schema, path);
  }

  private checkGeneric(value: unknown, schema: { readonly [key: string]: unknown }, path: string): void {
    const { type } = schema;
    if (type !== undefined) {
      const types = Array.isArray(type) ? (type as string[]) : [type as string];
      if (!types.some((t) => hasType(value, t))) this.fail(path, `expected ${types.join(' | ')}, got ${typeOf(value)}`);
    }
    if (Array.isArray(schema.enum) && !schema.enum.some((e) => deepEqual(e, value))) {
      this.fail(path, `expected one of ${JSON.stringify(schema.enum)}`);
    }
    if ('const' in schema && !deepEqual(schema.const, value))
      this.fail(path, `expected ${JSON.stringify(schema.const)}`);
    if (Array.isArray(schema.anyOf) && !schema.anyOf.some((s: Schema) => this.matches(value, s, path))) {
      this.fail(path, 'matches none of anyOf');
    }
    if (Array.isArray(schema.oneOf)) {
      const count = schema.oneOf.filter((s: Schema) => this.matches(value, s, path)).length;
      if (count !== 1) this.fail(path, `matches ${count} of oneOf, expected exactly 1`);
    }
  }

  private checkString(value: string, schema: { readonly [key: string]: unknown }, path: string): void {
    if (typeof schema.minLength === 'number' && codePoints(value) < schema.minLength) {
      this.fail(path, `shorter than ${schema.minLength}`);
    }
    if (typeof schema.maxLength === 'number' && codePoints(value) > schema.maxLength) {
      this.fail(path, `longer than ${schema.maxLength}`);
    }
    if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(value)) {
      this.fail(path, `does not match ${schema.pattern}`);
    }
    if (typeof schema.format === 'string') {
      const format = FORMATS[schema.format];
      if (!format) throw new Error(`unsupported format "${schema.format}" at ${path}`);
      if (!format.test(value)) this.fail(path, `not a ${schema.format}`);
    }
  }

  private checkNumber(value: number, schema: { readonly [key: string]: unknown }, path: string): void {
    if (typeof schema.minimum === 'number' && value < schema.minimum) this.fail(path, `less than ${schema.minimum}`);
    if (typeof schema.maximum === 'number' && value > schema.maximum) this.fail(path, `more than ${schema.maximum}`);
    if (typeof schema.exclusiveMinimum === 'number' && value <= schema.exclusiveMinimum) {
      this.fail(path, `not more than ${schema.exclusiveMinimum}`);
    }
    if (typeof schema.exclusiveMaximum === 'number' && value >= schema.exclusiveMaximum) {
      this.fail(path, `not less than ${schema.exclusiveMaximum}`);
    }
  }

  private checkArray(value: readonly unknown[], schema: { readonly [key: string]: unknown }, path: string): void {
    if (typeof schema.minItems === 'number' && value.length < schema.minItems) {
      this.fail(path, `fewer than ${schema.minItems} items`);
    }
    if (typeof schema.maxItems === 'number' && value.length > schema.maxItems) {
      this.fail(path, `more than ${schema.maxItems} items`);
    }
    if (schema.items !== undefined) {
      value.forEach((item, i) => this.check(item, schema.items as Schema, `${path}[${i}]`));
    }
  }

  private checkObject(
    value: Readonly<Record<string, unknown>>,
    schema: { readonly [key: string]: unknown },
    path: string,
  ): void {
    const properties = (schema.properties ?? {}) as Record<string, Schema>;
    for (const key of (schema.required ?? []) as string[]) {
      if (!Object.hasOwn(value, key)) this.fail(`${path}.${key}`, 'required');
    }
    for (const [key, item] of Object.entries(value)) {
      const where = `${path}.${key}`;
      if (schema.propertyNames !== undefined) this.check(key, schema.propertyNames as Schema, `${where} (name)`);
      const own = properties[key];
      if (own !== undefined) this.check(item, own, where);
      else if (schema.additionalProperties === false) this.fail(where, 'unknown property');
      else if (schema.additionalProperties !== undefined)
        this.check(item, schema.additionalProperties as Schema, where);
    }
  }
}

/**
 * Validates `value` against a JSON Schema document (the subset of keywords the generated
 * schemas use) and returns every error; an empty list means valid. Throws on a keyword, format
 * or `$ref` it does not support.
 *
 * @example
 * ```ts
 * validateJsonSchema({ a: 1 }, { type: 'object', required: ['b'] }); // [{ path: '$.b', message: 'required' }]
 * ```
 */
export function validateJsonSchema(value: unknown, schema: Schema): SchemaError[] {
  const validator = new Validator(schema);
  validator.check(value, schema, '$');
  return validator.errors;
}
