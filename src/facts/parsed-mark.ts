/**
 * The mark `parseFacts` leaves on the facts it returns: the record kinds they were checked
 * against and their local days, kept on the facts object itself under a private symbol, not in a
 * `WeakMap` beside it. V8's young-generation collector keeps a `WeakMap`'s values alive while it
 * runs, so a map from each facts object to its local days promoted every parsed station, records
 * and all, to the old generation: that cost parsing more than the parse itself. A property dies
 * with its facts.
 *
 * The property is not enumerable, so JSON, `Object.keys`, spreading, `structuredClone` and deep
 * equality do not see it; a copy of parsed facts carries no mark and is checked again. The mark
 * names the object it was made for, so a proxy or another object carrying a mark it copied is not
 * taken for parsed facts.
 */
import type { LocalDays } from './local-days.js';

const MARK: unique symbol = Symbol('clean-station parsed facts');

/** What `parseFacts` keeps on the facts it returns. */
class ParsedMark {
  /** Brands marks made here, so that no other object passes for one (checked without reading it). */
  readonly #brand = true;

  constructor(
    readonly facts: object,
    readonly kindsKey: string,
    readonly days: LocalDays,
  ) {}

  static isMark(value: unknown): value is ParsedMark {
    return typeof value === 'object' && value !== null && #brand in value;
  }
}

/**
 * Marks facts that `parseFacts` checked against the record kinds of `kindsKey`, with their local
 * days. Call it before the facts object is frozen.
 *
 * @example
 * ```ts
 * markParsed(facts, kindsKey(kinds), localDaysFor(facts));
 * Object.freeze(facts);
 * ```
 */
export function markParsed(facts: object, kindsKey: string, days: LocalDays): void {
  Object.defineProperty(facts, MARK, { value: new ParsedMark(facts, kindsKey, days) });
}

/**
 * The mark of facts returned by `parseFacts`, or undefined for any other value (a copy, a proxy,
 * a value whose properties throw when read).
 *
 * @example
 * ```ts
 * const days = parsedMarkOf(facts)?.days ?? localDaysFor(facts);
 * ```
 */
export function parsedMarkOf(value: unknown): { readonly kindsKey: string; readonly days: LocalDays } | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  let mark: unknown;
  try {
    mark = (value as { [MARK]?: unknown })[MARK];
  } catch {
    return undefined;
  }
  return ParsedMark.isMark(mark) && mark.facts === value ? mark : undefined;
}
