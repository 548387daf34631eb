/**
 * The fast path of `parseFacts` (built from the schema's parts) against the schema of record: over generated valid facts
 * and mutated ones (of the base ruleset and of a ruleset declaring kinds of its own), it accepts
 * exactly what zod accepts, with the same value (key for key, in the same order), builds fresh
 * objects, counts the input's keys, and `parseFacts` answers what the ordinary, bounded path
 * answers: the same value or the same issues. `parseFactsJson`, which trusts what the fast path
 * accepted and counted, answers as `parseJsonText` then `parseFacts` do, keys written twice
 * included; and a schema nested deeper than the JSON the library reads has no fast path.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { stationYears } from '../../bench/generate.js';
import { fastParserFor, type KeyTally } from '../../src/facts/fast-parse.js';
import { type FactsKinds, factsSchemaFor } from '../../src/facts/for-ruleset.js';
import { parseFacts, parseFactsJson } from '../../src/facts/parse.js';
import { crossCheckFacts } from '../../src/facts/references.js';
import { parseBounded } from '../../src/issues/bounded-parse.js';
import { MAX_JSON_DEPTH, parseJsonText } from '../../src/issues/json-text.js';
import { IssueCollector, orderedIssues } from '../../src/issues/limit.js';
import { baseRuleset } from '../../src/ruleset/base.js';
import { loadRulesetOrThrow } from '../../src/ruleset/load.js';
import { applyMutations, FUZZ_TIMEOUT, fuzzParameters, type Mutation } from '../robustness/support/fuzz.js';
import { readJson } from '../support/variants.js';

const jinhua = loadRulesetOrThrow(readJson('examples/variants/jinhua-city.json'));

/** Whether two values are the same, key for key in the same order, holes, prototypes and -0 included. */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return Object.is(a, b);
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b) || Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Reflect.ownKeys(a);
  const keysB = Reflect.ownKeys(b);
  if (keysA.length !== keysB.length || keysA.some((key, i) => key !== keysB[i])) return false;
  return keysA.every((key) =>
    sameValue((a as Record<PropertyKey, unknown>)[key], (b as Record<PropertyKey, unknown>)[key]),
  );
}

/** Every object and array reachable from a value. */
function objectsOf(value: unknown, into = new Set<object>()): Set<object> {
  if (value === null || typeof value !== 'object' || into.has(value)) return into;
  into.add(value);
  for (const key of Object.keys(value)) objectsOf((value as Record<string, unknown>)[key], into);
  return into;
}

/** What `parseFacts` answers without the fast path: bounded zod validation, then the cross-record checks. */
function ordinaryParse(input: unknown, kinds: FactsKinds): { ok: boolean; issues: unknown[] } {
  const found = new IssueCollector();
  const facts = parseBounded(factsSchemaFor(kinds), input, found);
  crossCheckFacts(facts ?? input, kinds.recordKinds, found);
  return facts !== undefined && found.issues.length === 0
    ? { ok: true, issues: [] }
    : { ok: false, issues: orderedIssues(found.issues) };
}

/** The keys of every object reachable from a value, counted as zod enumerates them (`for … in`). */
function keysOf(value: unknown): number {
  if (value === null || typeof value !== 'object') return 0;
  let keys = 0;
  for (const key in value) {
    if (!Array.isArray(value)) keys++;
    keys += keysOf((value as Record<string, unknown>)[key]);
  }
  return keys;
}

/** Checks the fast path against zod and `parseFacts` against the ordinary path on one input. */
function checkAgainstZod(input: unknown, kinds: FactsKinds): boolean {
  const schema = factsSchemaFor(kinds);
  const tally: KeyTally = { keys: 0 };
  const fast = fastParserFor(schema)?.(input, tally);
  const zod = schema.safeParse(input);
  expect(fast !== undefined).toBe(zod.success);
  if (fast !== undefined && zod.success) {
    // The keys it counted are the input's: parseFactsJson compares them with the keys written.
    expect(tally.keys).toBe(keysOf(input));
    expect(sameValue(fast, zod.data)).toBe(true);
    expect(sameValue(fast, parseBounded(schema, input, new IssueCollector()))).toBe(true);
    const inputObjects = objectsOf(input);
    expect([...objectsOf(fast)].filter((o) => inputObjects.has(o))).toEqual([]);
  }
  const parsed = parseFacts(input, { ruleset: kinds });
  const ordinary = ordinaryParse(input, kinds);
  expect({ ok: parsed.ok, issues: parsed.issues }).toEqual(ordinary);
  // parseFacts also marks the facts it returns (a non-enumerable property): compared without it.
  if (parsed.ok && zod.success) expect(sameValue({ ...parsed.value }, zod.data)).toBe(true);
  return zod.success;
}

/** One generated station-year (valid), as JSON would give it. */
const stationYear = fc.integer({ min: 1, max: 2 ** 31 - 1 }).map((seed) => {
  const [facts] = [...stationYears(1, seed)];
  return JSON.parse(JSON.stringify(facts)) as Record<string, unknown> & { records: Record<string, unknown[]> };
});

const day = fc
  .integer({ min: 1, max: 28 })
  .chain((d) =>
    fc.integer({ min: 1, max: 12 }).map((m) => `2023-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
  );
/**
 * Topics at the length limit (200), in code units and in code points: an astral character is two
 * code units but counts once, so 200 of them (400 code units) are still valid.
 */
const validTopic = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.constantFrom('x'.repeat(200), '𠀀'.repeat(150), '𠀀'.repeat(200), '\ud800', '安全'.repeat(100)),
);
/** Texts just past the limits, for the mutations. */
const longText = fc.constantFrom('x'.repeat(201), '𠀀'.repeat(201), `${'𠀀'.repeat(199)}xx`);

/** A generated station-year with records of the Jinhua variant's declared kinds. */
const jinhuaStationYear = fc
  .tuple(
    stationYear,
    fc.array(
      fc.record({ date: day, topic: fc.option(validTopic, { nil: undefined }), attendees: fc.nat({ max: 500 }) }),
      {
        maxLength: 14,
      },
    ),
    fc.array(
      fc.record({
        date: day,
        channel: fc.option(fc.constantFrom('95598', 'walk-in', 'online'), { nil: undefined }),
        replied: fc.boolean(),
      }),
      { maxLength: 8 },
    ),
  )
  .map(([facts, trainings, complaints]) => {
    facts.records.safetyTrainings = trainings.map((t, i) => ({
      id: `st-${i}`,
      date: t.date,
      attendees: t.attendees,
      ...(t.topic === undefined ? {} : { topic: t.topic }),
    }));
    facts.records.complaints = complaints.map((c, i) => ({
      id: `cp-${i}`,
      date: c.date,
      ...(c.channel === undefined ? {} : { channel: c.channel }),
    }));
    facts.records.complaintReplies = complaints.flatMap((c, i) =>
      c.replied ? [{ id: `cr-${i}`, date: c.date, complaintId: `cp-${i}` }] : [],
    );
    return facts;
  });

/** Values a JavaScript caller (not only JSON) can put anywhere. */
const edgeValue = fc.oneof(
  fc.jsonValue({ maxDepth: 1 }),
  validTopic,
  longText,
  fc.constantFrom(
    undefined,
    -0,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    2 ** 53,
    1.5,
    '2023-02-29',
    '2024-02-29',
    '2023-04-01T08:00:00',
    '2023-04-01T23:59:59.999999999+08:00',
    '1990-01-01',
    '2100-12-31',
    '2101-01-01',
    'Mars/Olympus',
    'Europe/Berlin',
    '95598',
    'cp-0',
    'st-0',
    'sp-1',
    '',
  ),
);

const mutation: fc.Arbitrary<Mutation> = fc.record({
  at: fc.nat({ max: Number.MAX_SAFE_INTEGER }),
  kind: fc.constantFrom('replace', 'replace', 'delete', 'insert', 'duplicate'),
  key: fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom('__proto__', 'id', 'date', 'note', 'topic', 'channel')),
  value: edgeValue,
});

/** Copies of a valid input with one to three changes (most of them invalid, some still valid). */
const mutated = (valid: fc.Arbitrary<unknown>) =>
  fc.tuple(valid, fc.array(mutation, { minLength: 1, maxLength: 3 })).map(([base, ms]) => applyMutations(base, ms));

/** A valid input with one object recreated the ways JavaScript allows: no prototype, a class, an inherited key, an own undefined. */
const reshaped = (valid: fc.Arbitrary<Record<string, unknown>>) =>
  fc
    .tuple(valid, fc.constantFrom('null-prototype', 'class', 'inherited-key', 'undefined-field'), fc.nat())
    .map(([facts, how, pick]) => {
      const points = facts.servicePoints as Array<Record<string, unknown>>;
      const index = pick % points.length;
      const point = points[index] as Record<string, unknown>;
      if (how === 'null-prototype') points[index] = Object.assign(Object.create(null), point);
      else if (how === 'class') points[index] = Object.assign(new (class Point {})(), point);
      else if (how === 'inherited-key') points[index] = Object.assign(Object.create({ extra: 1 }), point);
      else points[index] = { ...point, venue: undefined, opened: undefined };
      return facts;
    });

const RUNS = 400;

/** The rulesets checked, each with its generated valid facts. */
const RULESETS = [
  ['the base ruleset', baseRuleset(), stationYear],
  ['a ruleset declaring its own kinds (Jinhua)', jinhua, jinhuaStationYear],
] as const;

describe('the compiled fast path of parseFacts', () => {
  for (const [name, kinds, valid] of RULESETS) {
    it(
      `accepts exactly what zod accepts, with the same value, on valid facts of ${name} (${RUNS} runs)`,
      () => {
        fc.assert(
          fc.property(valid, (input) => {
            expect(checkAgainstZod(input, kinds)).toBe(true);
          }),
          fuzzParameters(RUNS),
        );
      },
      FUZZ_TIMEOUT,
    );

    it(
      `rejects what zod rejects, and parseFacts gives the ordinary path's issues, on mutated facts of ${name} (${RUNS * 5} runs)`,
      () => {
        const accepted: boolean[] = [];
        fc.assert(
          fc.property(fc.oneof(mutated(valid), reshaped(valid)), (input) => {
            accepted.push(checkAgainstZod(input, kinds));
          }),
          fuzzParameters(RUNS * 5),
        );
        // Both sides of the equivalence were exercised.
        expect(accepted.filter(Boolean).length).toBeGreaterThan(RUNS / 4);
        expect(accepted.filter((ok) => !ok).length).toBeGreaterThan(RUNS);
      },
      FUZZ_TIMEOUT,
    );
  }

  it('gives the facts of the example files exactly as zod does', () => {
    for (const file of ['examples/compliant-station.json', 'examples/station-with-lapses.json']) {
      expect(checkAgainstZod(readJson(file), baseRuleset())).toBe(true);
    }
    expect(checkAgainstZod(readJson('examples/variants/jinhua-city/station.json'), jinhua)).toBe(true);
  });
});

/**
 * JSON text of a value with one key written twice: in one of its objects (the `pick`-th, counted
 * round the objects in the order they are written), its `entry`-th key is written again at the end
 * with `again` (so that `JSON.parse` keeps `again`).
 */
function textWithKeyTwice(value: unknown, pick: number, entry: number, again: unknown): string {
  const count = (node: unknown): number =>
    node === null || typeof node !== 'object'
      ? 0
      : (Array.isArray(node) ? 0 : 1) + Object.values(node).reduce((n: number, v) => n + count(v), 0);
  const target = pick % count(value);
  let objects = 0;
  const write = (node: unknown): string => {
    if (node === null || typeof node !== 'object') return JSON.stringify(node) ?? 'null';
    if (Array.isArray(node)) return `[${node.map(write).join(',')}]`;
    const entries = Object.entries(node).filter(([, v]) => v !== undefined);
    const mine = objects++;
    const written = entries.map(([k, v]) => `${JSON.stringify(k)}:${write(v)}`);
    const twice = entries[entry % Math.max(1, entries.length)];
    if (mine === target && twice !== undefined) written.push(`${JSON.stringify(twice[0])}:${JSON.stringify(again)}`);
    return `{${written.join(',')}}`;
  };
  return write(value);
}

describe('parseFactsJson, which trusts the fast path for nesting and counts keys', () => {
  for (const [name, kinds, valid] of RULESETS) {
    it(
      `answers as parseJsonText then parseFacts do, with a key written twice or not, for ${name} (${RUNS} runs)`,
      () => {
        const seen = { duplicates: 0, accepted: 0 };
        fc.assert(
          fc.property(
            valid,
            fc.boolean(),
            fc.nat(),
            fc.nat(),
            fc.oneof(edgeValue, fc.constant('keep')),
            (facts, twice, pick, entry, again) => {
              const text = twice ? textWithKeyTwice(facts, pick, entry, again) : JSON.stringify(facts);
              const read = parseJsonText(text);
              const expected = read.ok ? parseFacts(read.value, { ruleset: kinds }) : read;
              const parsed = parseFactsJson(text, { ruleset: kinds });
              expect(parsed.ok).toBe(expected.ok);
              expect(parsed.issues).toEqual(expected.issues);
              if (parsed.ok && expected.ok) expect(JSON.stringify(parsed.value)).toBe(JSON.stringify(expected.value));
              if (!read.ok && read.issues.some((i) => i.code === 'duplicate-key')) seen.duplicates++;
              if (parsed.ok) seen.accepted++;
            },
          ),
          fuzzParameters(RUNS),
        );
        // Keys written twice were refused, and valid facts accepted.
        expect(seen.duplicates).toBeGreaterThan(RUNS / 4);
        expect(seen.accepted).toBeGreaterThan(RUNS / 4);
      },
      FUZZ_TIMEOUT,
    );
  }

  it('refuses valid facts with a key written twice, whichever value comes last', () => {
    const [facts] = [...stationYears(1, 7)];
    for (const again of ['keep', (facts as { station: { name: string } }).station.name]) {
      const text = JSON.stringify(facts).replace('"name":', `"name":${JSON.stringify(again)},"name":`);
      expect(parseFacts(JSON.parse(text)).ok).toBe(true);
      expect(parseFactsJson(text).issues.map((i) => [i.code, i.path])).toEqual([
        ['duplicate-key', ['station', 'name']],
      ]);
    }
  });

  it(`builds no fast path for a schema nested deeper than ${MAX_JSON_DEPTH} levels, and one at ${MAX_JSON_DEPTH}`, () => {
    const nested = (depth: number): z.ZodObject => {
      let schema: z.ZodObject = z.strictObject({ leaf: z.string() });
      for (let level = 1; level < depth; level++) schema = z.strictObject({ inner: schema });
      return schema;
    };
    expect(fastParserFor(nested(MAX_JSON_DEPTH))).not.toBeNull();
    expect(fastParserFor(nested(MAX_JSON_DEPTH + 1))).toBeNull();
    // An object (1) holding a list (2) of objects: lists count as a level.
    expect(fastParserFor(z.strictObject({ list: z.array(nested(MAX_JSON_DEPTH - 2)) }))).not.toBeNull();
    expect(fastParserFor(z.strictObject({ list: z.array(nested(MAX_JSON_DEPTH - 1)) }))).toBeNull();
  });
});
