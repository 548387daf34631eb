/**
 * The fast path of `parseFacts` for valid input. zod compiles the facts schema (the schema of
 * record, with its own checks and date rules) into one function that either builds the parsed
 * value or answers that the input is not valid; it is about four times faster than zod's ordinary
 * parse. It is used only to accept: on any doubt `parseFacts` validates again the ordinary,
 * bounded way, which gives the issues. `test/facts/fast-parse.test.ts` proves, over generated
 * valid and mutated facts of the base ruleset and of a ruleset declaring its own kinds, that it
 * accepts exactly what zod accepts, with the same value.
 *
 * Its work is bounded like the ordinary path's: a list is measured before its entries are read,
 * and the first unknown key or bad value ends it. Where code cannot be generated (a browser page
 * whose Content-Security-Policy forbids it), there is no fast path and every input takes the
 * ordinary one.
 */
import type * as z from 'zod';
import * as zodCore from 'zod/v4/core';

/** Parses `input` into the schema's value, or returns `undefined` when it is not valid. */
export type FastParser = (input: unknown) => unknown;

const parsers = new WeakMap<z.ZodType, FastParser | null>();

function compiled(schema: z.ZodType): FastParser | null {
  try {
    const parse = zodCore.compileFn(schema);
    return (input) => {
      const value = parse(input);
      return value === zodCore.INVALID ? undefined : value;
    };
  } catch {
    // zod could not compile the schema here (no code generation allowed): no fast path.
    return null;
  }
}

/**
 * The compiled parser of an object schema (made once per schema and kept), or null when none can
 * be made. A value it returns is what `schema.safeParse` returns; `undefined` means "not valid, or
 * not sure": validate the ordinary way for the issues.
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
    parser = compiled(schema);
    parsers.set(schema, parser);
  }
  return parser;
}
