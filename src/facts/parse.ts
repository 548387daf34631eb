/** `parseFacts`: unknown JSON in, typed facts or every issue out. */
import { parseBounded } from '../issues/bounded-parse.js';
import { InvalidInputError, type ParseResult } from '../issues/issue.js';
import { parseJsonText } from '../issues/json-text.js';
import { IssueCollector, orderedIssues } from '../issues/limit.js';
import { readGuarded } from '../issues/unreadable.js';
import { deepFreeze } from '../util/deep-freeze.js';
import { crossCheckFacts } from './references.js';
import { type StationFacts, stationFactsSchema } from './schema.js';

const parsedFacts = new WeakSet<object>();

/** Whether `facts` is an object returned by {@link parseFacts} (so it need not be checked again). */
export function isParsedFacts(facts: unknown): boolean {
  return typeof facts === 'object' && facts !== null && parsedFacts.has(facts);
}

/**
 * Validates one station's facts. Returns the typed facts (defaults filled in, deeply frozen: what
 * was checked is what is evaluated), or every issue at
 * once (up to `MAX_ISSUES`), each with a code, a JSON path and a zh/en message. The cross-record
 * checks (unique ids, references, date ranges, period length) run even when the schema fails, on
 * the parts that can be read. Never throws: a value that throws when read (a getter, a proxy) is
 * an `unreadable-value` issue at its path.
 *
 * @example
 * ```ts
 * const parsed = parseFacts(JSON.parse(text));
 * if (parsed.ok) console.log(parsed.value.station.name);
 * else for (const issue of parsed.issues) console.error(issue.path, issue.message.en);
 * ```
 */
export function parseFacts(input: unknown): ParseResult<StationFacts> {
  return readGuarded(input, () => parseReadable(input));
}

function parseReadable(input: unknown): ParseResult<StationFacts> {
  const found = new IssueCollector();
  const facts = parseBounded(stationFactsSchema, input, found);
  crossCheckFacts(facts ?? input, found);
  if (facts === undefined || found.issues.length > 0) return { ok: false, issues: orderedIssues(found.issues) };
  parsedFacts.add(deepFreeze(facts));
  return { ok: true, value: facts, issues: [] };
}

/**
 * Like {@link parseFacts} but reads JSON text (a UTF-8 BOM is accepted; a syntax error is an
 * issue with line and column).
 *
 * @example
 * ```ts
 * const parsed = parseFactsJson(readFileSync('station.json', 'utf8'));
 * ```
 */
export function parseFactsJson(text: string): ParseResult<StationFacts> {
  const read = parseJsonText(text);
  return read.ok ? parseFacts(read.value) : { ok: false, issues: read.issues };
}

/**
 * Like {@link parseFacts} but throws an {@link InvalidInputError} carrying every issue.
 *
 * @example
 * ```ts
 * const facts = parseFactsOrThrow(JSON.parse(text));
 * ```
 */
export function parseFactsOrThrow(input: unknown): StationFacts {
  const parsed = parseFacts(input);
  if (!parsed.ok) throw new InvalidInputError('facts', parsed.issues);
  return parsed.value;
}
