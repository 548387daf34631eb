/**
 * The fast path of `parseFacts` for valid input. It is built from the facts schema itself (the
 * schema of record, zod): each part of the schema (strict objects, strings with their length
 * limits and date checks, numbers with their bounds, enums, booleans, lists, optional and default
 * fields) becomes a small function that builds the parsed value, frozen as it is built (all but
 * the outermost object, which `parseFacts` freezes once it has marked it), or answers
 * that the input is not valid. It does what zod's parse does for valid input and nothing more: no
 * issue objects, no paths, no generated code (so it also runs under a Content-Security-Policy that
 * forbids `eval`). A schema with a part it does not know has no fast path: every input then takes
 * the ordinary one.
 *
 * It is used only to accept: on any doubt `parseFacts` validates again the ordinary, bounded way,
 * which gives the issues. `test/facts/fast-parse.test.ts` proves, over generated valid and mutated
 * facts of the base ruleset and of a ruleset declaring its own kinds, that it accepts exactly what
 * zod accepts, with the same value, key for key in the same order.
 *
 * Its work is bounded like the ordinary path's: a list is measured before its entries are read,
 * and the first unknown key or bad value ends it. A schema that nests objects and lists deeper
 * than the JSON text the library reads (`MAX_JSON_DEPTH`) has no fast path, so a value it accepts
 * is never too deep; and it counts the keys of the objects it accepts (`KeyTally`), so that
 * `parseFactsJson` can tell from the text's count of written keys that no key was written twice.
 */
import type * as z from 'zod';
import { MAX_JSON_DEPTH } from '../issues/json-text.js';
import { deepFreeze } from '../util/deep-freeze.js';
import { passingValueOf } from './dates.js';

/** The keys of the objects a parse accepted, counted as it reads them. */
export interface KeyTally {
  keys: number;
}

/**
 * Parses `input` into the schema's value, or returns `undefined` when it is not valid; when the
 * value is accepted, `tally` (if given) has counted the keys of all its objects.
 */
export type FastParser = (input: unknown, tally?: KeyTally) => unknown;

/** What a part's parser answers for a value that part does not accept. */
const INVALID: unique symbol = Symbol('invalid');

/** What an object's first reading answers when its keys do not add up: read it again exactly. */
const READ_EXACTLY: unique symbol = Symbol('read exactly');

/** The parser of one part of a schema: the parsed value, or {@link INVALID}; counts accepted keys in `tally`. */
type PartParser = (input: unknown, tally: KeyTally) => unknown;

/** A part of a schema the fast parser does not know (the schema then has no fast path). */
class UnknownPart extends Error {}

/** The fields of a zod schema's definition that the fast parser reads. */
interface Definition {
  readonly type: string;
  readonly checks?: ReadonlyArray<{ readonly _zod: { readonly def: CheckDefinition; readonly check: unknown } }>;
  readonly coerce?: boolean;
  readonly format?: string;
  readonly shape?: Readonly<Record<string, z.ZodType>>;
  readonly catchall?: z.ZodType;
  readonly element?: z.ZodType;
  readonly innerType?: z.ZodType;
  readonly entries?: Readonly<Record<string, unknown>>;
  readonly defaultValue?: unknown;
}

interface CheckDefinition {
  readonly check: string;
  readonly maximum?: number;
  readonly minimum?: number;
  readonly value?: number;
  readonly inclusive?: boolean;
}

const definitionOf = (schema: z.ZodType): Definition => (schema as unknown as { _zod: { def: Definition } })._zod.def;

/** The length of a string in code points (a surrogate pair counts once), as zod measures it. */
function codePointLength(text: string): number {
  let count = text.length;
  for (let i = 0; i < text.length - 1; i++) {
    if ((text.charCodeAt(i) & 0xfc00) === 0xd800 && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      count--;
      i++;
    }
  }
  return count;
}

/**
 * Whether a string's length is within bounds as zod counts it: in code points, which only needs
 * counting when the code units alone cannot tell (over the maximum, or under twice the minimum).
 */
function lengthWithin(text: string, minimum: number, maximum: number): boolean {
  const units = text.length;
  if (units > maximum && codePointLength(text) > maximum) return false;
  if (units < minimum) return false;
  return units >= minimum * 2 || minimum === 0 || codePointLength(text) >= minimum;
}

type Check = NonNullable<Definition['checks']>[number];

/**
 * The length bounds of a string or a list (its `min_length` and `max_length` checks); any other
 * check is handed to `other`.
 */
function lengthBounds(definition: Definition, other: (check: Check) => void): { minimum: number; maximum: number } {
  let minimum = 0;
  let maximum = Number.POSITIVE_INFINITY;
  for (const check of definition.checks ?? []) {
    const { def } = check._zod;
    if (def.check === 'max_length' && def.maximum !== undefined) maximum = Math.min(maximum, def.maximum);
    else if (def.check === 'min_length' && def.minimum !== undefined) minimum = Math.max(minimum, def.minimum);
    else other(check);
  }
  return { minimum, maximum };
}

const refuseCheck = (check: Check): never => unknownPart(check._zod.def.check);

function stringParser(definition: Definition): PartParser {
  const passes: Array<(value: string) => boolean> = [];
  const { minimum, maximum } = lengthBounds(definition, (check) => {
    if (check._zod.def.check !== 'custom') refuseCheck(check);
    passes.push(passingValueOf(check._zod.check) ?? unknownPart('a custom check'));
  });
  const [pass] = passes;
  if (passes.length > 1) unknownPart('several custom checks');
  return pass === undefined
    ? (input) => (typeof input === 'string' && lengthWithin(input, minimum, maximum) ? input : INVALID)
    : (input) => (typeof input === 'string' && lengthWithin(input, minimum, maximum) && pass(input) ? input : INVALID);
}

function numberParser(definition: Definition): PartParser {
  if (definition.format !== undefined && definition.format !== 'safeint')
    unknownPart(`number format ${definition.format}`);
  const integer = definition.format === 'safeint';
  let below = Number.POSITIVE_INFINITY;
  let above = Number.NEGATIVE_INFINITY;
  let belowInclusive = true;
  let aboveInclusive = true;
  for (const check of definition.checks ?? []) {
    const { def } = check._zod;
    if (def.check === 'less_than' && def.value !== undefined)
      [below, belowInclusive] = [def.value, def.inclusive === true];
    else if (def.check === 'greater_than' && def.value !== undefined)
      [above, aboveInclusive] = [def.value, def.inclusive === true];
    else unknownPart(def.check);
  }
  return (input) => {
    if (typeof input !== 'number' || !Number.isFinite(input)) return INVALID;
    if (integer && !Number.isSafeInteger(input)) return INVALID;
    if (belowInclusive ? input > below : input >= below) return INVALID;
    if (aboveInclusive ? input < above : input <= above) return INVALID;
    return input;
  };
}

function enumParser(definition: Definition): PartParser {
  const values = Object.values(definition.entries ?? {});
  if (!values.every((value) => typeof value === 'string')) unknownPart('an enum of other values than strings');
  const allowed = new Set<unknown>(values);
  return (input) => (allowed.has(input) ? input : INVALID);
}

function arrayParser(definition: Definition, depth: number): PartParser {
  refuseDeeperThanJson(depth);
  const { minimum, maximum } = lengthBounds(definition, refuseCheck);
  const element = partParser(definition.element ?? unknownPart('a list without element'), depth + 1);
  return (input, tally) => {
    if (!Array.isArray(input) || input.length > maximum || input.length < minimum) return INVALID;
    const parsed: unknown[] = new Array(input.length);
    for (let i = 0; i < input.length; i++) {
      const value = element(input[i], tally);
      if (value === INVALID) return INVALID;
      parsed[i] = value;
    }
    return Object.freeze(parsed);
  };
}

interface FieldParser {
  readonly key: string;
  readonly parse: PartParser;
  /** Whether the field may be missing (it is optional or has a default). */
  readonly optional: boolean;
  /** Whether the field has a default, given when it is missing. */
  readonly defaulted: boolean;
  /** The default of a field with one (frozen, shared by every parsed value: nothing can change it). */
  readonly fallback: unknown;
}

/** The parser of an object's field, whose value sits at `depth`. */
function fieldParser(key: string, schema: z.ZodType, depth: number): FieldParser {
  const definition = definitionOf(schema);
  if (definition.type === 'optional' || definition.type === 'default') {
    if (definition.checks !== undefined && definition.checks.length > 0) unknownPart(`checks on ${definition.type}`);
    const inner = partParser(definition.innerType ?? unknownPart('a wrapper without inner schema'), depth);
    const defaulted = definition.type === 'default';
    return {
      key,
      parse: inner,
      optional: true,
      defaulted,
      fallback: defaulted ? frozenDefault(definition) : undefined,
    };
  }
  return { key, parse: partParser(schema, depth), optional: false, defaulted: false, fallback: undefined };
}

/**
 * The value zod gives a missing field with a default, frozen like the rest of the parsed value
 * and made once: zod reads the default again for each value (a fresh copy, or what a function
 * returns), so a default that reads differently twice has no fast path.
 */
function frozenDefault(definition: Definition): unknown {
  const value = definition.defaultValue;
  if (!isPlainJson(value)) unknownPart('a default that is not plain JSON');
  if (JSON.stringify(value) !== JSON.stringify(definition.defaultValue)) unknownPart('a default that changes');
  return deepFreeze(value);
}

/** Whether a value is made of JSON's own kinds only: strings, finite numbers, booleans, null, lists and plain objects. */
function isPlainJson(value: unknown): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(isPlainJson);
  if (typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype) return false;
  return Object.values(value).every(isPlainJson);
}

/**
 * A strict object's parser, for an object at `depth` (1: the outermost); `frozen: false` leaves
 * the object itself unfrozen (its values are frozen).
 */
function objectParser(definition: Definition, frozen: boolean, depth: number): PartParser {
  refuseDeeperThanJson(depth);
  if (definition.checks !== undefined && definition.checks.length > 0) unknownPart('checks on an object');
  const catchall = definition.catchall === undefined ? undefined : definitionOf(definition.catchall);
  if (catchall?.type !== 'never') unknownPart('an object that is not strict');
  const fields = Object.entries(definition.shape ?? {}).map(([key, schema]) => fieldParser(key, schema, depth + 1));
  /**
   * Reads every field. As JSON gives it, an undefined field is a missing one: read so first,
   * without asking whether each missing key is written; an object whose keys then do not add up
   * is read again `exactly`, as zod reads a caller's object (a key written with the value
   * undefined stays, as undefined, or takes its default).
   */
  const read = (source: Record<string, unknown>, exactly: boolean, tally: KeyTally): unknown => {
    const parsed: Record<string, unknown> = {};
    let present = 0;
    for (const field of fields) {
      const value = source[field.key];
      if (value === undefined) {
        if (!field.optional) return INVALID;
        const written = exactly && field.key in source;
        if (written) present++;
        if (field.defaulted) parsed[field.key] = field.fallback;
        else if (written) parsed[field.key] = undefined;
        continue;
      }
      present++;
      const parsedValue = field.parse(value, tally);
      if (parsedValue === INVALID) return INVALID;
      parsed[field.key] = parsedValue;
    }
    if (keyCount(source) === present) {
      tally.keys += present;
      return frozen ? Object.freeze(parsed) : parsed;
    }
    return exactly ? INVALID : READ_EXACTLY;
  };
  return (input, tally) => {
    if (typeof input !== 'object' || input === null || Array.isArray(input)) return INVALID;
    const before = tally.keys;
    const value = read(input as Record<string, unknown>, false, tally);
    if (value !== READ_EXACTLY) return value;
    // What the first reading counted is forgotten: the exact reading counts again.
    tally.keys = before;
    return read(input as Record<string, unknown>, true, tally);
  };
}

/** The number of keys of an object as zod enumerates them (a strict object's must all be fields). */
function keyCount(source: Record<string, unknown>): number {
  let keys = 0;
  for (const _ in source) keys++;
  return keys;
}

/**
 * The parser of a part of a schema whose value sits at `depth` (counted as `MAX_JSON_DEPTH`
 * counts: the outermost object or list is at 1, and only objects and lists nest).
 */
function partParser(schema: z.ZodType, depth: number): PartParser {
  const definition = definitionOf(schema);
  if (definition.coerce === true) unknownPart('coercion');
  switch (definition.type) {
    case 'string':
      return stringParser(definition);
    case 'number':
      return numberParser(definition);
    case 'boolean':
      if (definition.checks !== undefined && definition.checks.length > 0) unknownPart('checks on a boolean');
      return (input) => (typeof input === 'boolean' ? input : INVALID);
    case 'enum':
      return enumParser(definition);
    case 'array':
      return arrayParser(definition, depth);
    case 'object':
      return objectParser(definition, true, depth);
    default:
      return unknownPart(definition.type);
  }
}

function unknownPart(what: string): never {
  throw new UnknownPart(what);
}

/** An object or list deeper than the JSON the library reads: the schema has no fast path. */
function refuseDeeperThanJson(depth: number): void {
  if (depth > MAX_JSON_DEPTH) unknownPart(`nesting deeper than ${MAX_JSON_DEPTH}`);
}

/** The fast parser built from the schema's parts, or null when the schema has a part it does not know. */
function builtFromParts(schema: z.ZodObject): FastParser | null {
  let parse: PartParser;
  try {
    parse = objectParser(definitionOf(schema), false, 1);
  } catch (error) {
    if (error instanceof UnknownPart) return null;
    throw error;
  }
  return (input, tally = { keys: 0 }) => {
    const value = parse(input, tally);
    return value === INVALID ? undefined : value;
  };
}

const parsers = new WeakMap<z.ZodType, FastParser | null>();

/**
 * The fast parser of an object schema (made once per schema and kept), or null when the schema
 * has a part it does not know. A value it returns is what `schema.safeParse` returns, deeply
 * frozen but for the object itself (so that the caller can keep what it works out beside it and
 * then freeze it); `undefined` means "not valid, or not sure": validate the ordinary way for the
 * issues.
 *
 * @example
 * ```ts
 * const value = fastParserFor(stationFactsSchema)?.(input);
 * if (value === undefined) return parseBounded(stationFactsSchema, input, found);
 * ```
 */
export function fastParserFor(schema: z.ZodObject): FastParser | null {
  let parser = parsers.get(schema);
  if (parser === undefined) {
    parser = builtFromParts(schema);
    parsers.set(schema, parser);
  }
  return parser;
}
