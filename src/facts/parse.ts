/** `parseFacts`: unknown JSON in, typed facts or every issue out. */
import { parseBounded } from '../issues/bounded-parse.js';
import { writtenKeyCount } from '../issues/duplicate-keys.js';
import { InvalidInputError, type ParseResult } from '../issues/issue.js';
import { checkJsonShape, readJsonText } from '../issues/json-text.js';
import { IssueCollector, orderedIssues } from '../issues/limit.js';
import { readGuarded } from '../issues/unreadable.js';
import { deepFreeze } from '../util/deep-freeze.js';
import { fastParserFor, type KeyTally } from './fast-parse.js';
import { BUILT_IN_FACTS_KINDS, type FactsKinds, factsSchemaFor, kindsKey } from './for-ruleset.js';
import { localDaysFor } from './local-days.js';
import { markParsed, parsedMarkOf } from './parsed-mark.js';
import { crossCheckFacts } from './references.js';
import type { StationFacts } from './schema.js';

/**
 * Whether `facts` is an object returned by {@link parseFacts} for the same record kinds as
 * `kinds` (so it need not be checked again).
 */
export function isParsedFacts(facts: unknown, kinds: FactsKinds = BUILT_IN_FACTS_KINDS): boolean {
  return parsedMarkOf(facts)?.kindsKey === kindsKey(kinds);
}

/**
 * Options of {@link parseFacts}.
 *
 * @category Facts
 * @example
 * ```ts
 * const options: ParseFactsOptions = { ruleset: loadRulesetOrThrow([variant]) };
 * ```
 */
export interface ParseFactsOptions {
  /**
   * The ruleset whose record kinds the facts may carry under `records` (its declared kinds beside
   * the standard's); the base ruleset when absent.
   */
  readonly ruleset?: FactsKinds;
}

/**
 * Validates one station's facts. Returns the typed facts (defaults filled in, deeply frozen: what
 * was checked is what is evaluated; every record's local day is worked out once, here, for every
 * evaluation of them), or every issue at
 * once (up to `MAX_ISSUES`), each with a code, a JSON path and a zh/en message. The cross-record
 * checks (unique ids, references, date ranges, period length) run even when the schema fails, on
 * the parts that can be read. Never throws: a value that throws when read (a getter, a proxy) is
 * an `unreadable-value` issue at its path.
 *
 * @category Facts
 * @example
 * ```ts
 * const parsed = parseFacts(JSON.parse(text));
 * if (parsed.ok) console.log(parsed.value.station.name);
 * else for (const issue of parsed.issues) console.error(issue.path, issue.message.en);
 * ```
 */
export function parseFacts(input: unknown, options: ParseFactsOptions = {}): ParseResult<StationFacts> {
  const kinds = options.ruleset ?? BUILT_IN_FACTS_KINDS;
  return readGuarded(input, () => parseReadable(input, kinds));
}

/**
 * Valid input takes the compiled fast path (`fast-parse.ts`), which gives what zod gives; anything
 * it does not accept is validated again the bounded way, for every issue. `accepted` is what the
 * fast path already made of `input`, if it was run.
 */
function parseReadable(input: unknown, kinds: FactsKinds, accepted?: unknown): ParseResult<StationFacts> {
  const schema = factsSchemaFor(kinds);
  const found = new IssueCollector();
  const facts = (accepted ?? fastParserFor(schema)?.(input) ?? parseBounded(schema, input, found)) as
    | StationFacts
    | undefined;
  crossCheckFacts(facts ?? input, kinds.recordKinds, found);
  if (facts === undefined || found.issues.length > 0) return { ok: false, issues: orderedIssues(found.issues) };
  markParsed(facts, kindsKey(kinds), localDaysFor(facts));
  deepFreeze(facts);
  return { ok: true, value: facts, issues: [] };
}

/**
 * Like {@link parseFacts} but reads JSON text (a UTF-8 BOM is accepted; a syntax error is an
 * issue with line and column).
 *
 * @category Facts
 * @example
 * ```ts
 * const parsed = parseFactsJson(readFileSync('station.json', 'utf8'));
 * ```
 */
export function parseFactsJson(text: string, options: ParseFactsOptions = {}): ParseResult<StationFacts> {
  const read = readJsonText(text);
  if (!read.ok) return { ok: false, issues: read.issues };
  // A value the fast parser accepts is nested as the schema is (never too deep), and the parser
  // counted its keys: when they are all the keys the text writes, none was written twice, and
  // the value is not walked again for either check.
  const kinds = options.ruleset ?? BUILT_IN_FACTS_KINDS;
  const tally: KeyTally = { keys: 0 };
  const accepted = fastParserFor(factsSchemaFor(kinds))?.(read.value, tally);
  if (accepted !== undefined && tally.keys === writtenKeyCount(read.body)) {
    return parseReadable(read.value, kinds, accepted);
  }
  const checked = checkJsonShape(read.body, read.value);
  return checked.ok ? parseFacts(checked.value, options) : { ok: false, issues: checked.issues };
}

/**
 * Like {@link parseFacts} but throws an {@link InvalidInputError} carrying every issue.
 *
 * @category Facts
 * @example
 * ```ts
 * const facts = parseFactsOrThrow(JSON.parse(text));
 * ```
 */
export function parseFactsOrThrow(input: unknown, options: ParseFactsOptions = {}): StationFacts {
  const parsed = parseFacts(input, options);
  if (!parsed.ok) throw new InvalidInputError('facts', parsed.issues);
  return parsed.value;
}
