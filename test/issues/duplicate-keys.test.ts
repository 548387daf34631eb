/**
 * JSON text with a key written twice in one object is refused with a `duplicate-key` issue per
 * repeated key (path, line, column), where `JSON.parse` alone would silently keep the last value.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseReviewJson } from '../../src/assess/parse.js';
import { parseFactsJson } from '../../src/facts/parse.js';
import { duplicateKeys, writtenKeyCount } from '../../src/issues/duplicate-keys.js';
import type { JsonPath } from '../../src/issues/issue.js';
import { parseJsonText } from '../../src/issues/json-text.js';
import { MAX_ISSUES } from '../../src/issues/limit.js';
import { fuzzParameters } from '../robustness/support/fuzz.js';
import { compliantFacts } from '../support/station.js';

const found = (text: string) => {
  const read = parseJsonText(text);
  return read.ok ? [] : read.issues.map((i) => [i.code, i.path, i.params.key, i.params.line, i.params.column]);
};

describe('duplicate keys in JSON text', () => {
  it('refuses a facts file with a key written twice in a record, at its path, line and column', () => {
    const text = JSON.stringify(compliantFacts(), null, 2).replace(
      '"id": "li-2",',
      '"id": "li-2",\n        "date": "2023-02-28",',
    );
    const parsed = parseFactsJson(text);
    const line = text.split('\n').findIndex((l) => l.includes('"date": "2023-02-28"')) + 1;
    expect(parsed.issues.map((i) => [i.code, i.path, i.params.line])).toEqual([
      ['duplicate-key', ['records', 'liaisons', 1, 'date'], line + 1],
    ]);
    expect(parsed.issues[0]?.message.en).toContain('"date"');
  });

  it('finds every repeated key, in nested objects and arrays, and not across sibling objects', () => {
    const text = '{"a": [{"k": 1, "k": 2}, {"k": 3}], "b": {"c": {"x": 0, "y": 1, "x": 2, "y": 3}}, "a": 0}';
    expect(found(text)).toEqual([
      ['duplicate-key', ['a', 0, 'k'], 'k', 1, 17],
      ['duplicate-key', ['b', 'c', 'x'], 'x', 1, 65],
      ['duplicate-key', ['b', 'c', 'y'], 'y', 1, 73],
      ['duplicate-key', ['a'], 'a', 1, 83],
    ]);
  });

  it('reads escaped keys and skips strings full of quotes, brackets, colons and commas', () => {
    expect(found('{"a": 1, "\\u0061": 2}')).toEqual([['duplicate-key', ['a'], 'a', 1, 10]]);
    expect(found('{"s": "}\\"{:,[", "t": "\\\\", "s": 1}')).toEqual([['duplicate-key', ['s'], 's', 1, 29]]);
    expect(found('{"__proto__": 1, "__proto__": 2}')).toEqual([['duplicate-key', ['__proto__'], '__proto__', 1, 18]]);
    expect(found('\uFEFF{\r\n"a": 1,\r\n"a": 2}')).toEqual([['duplicate-key', ['a'], 'a', 3, 1]]);
    expect(found('{"a": {"b": 1}, "c": {"b": 1}, "d": [["b"], {"b": "b"}]}')).toEqual([]);
  });

  it(`reports at most ${MAX_ISSUES} repeated keys, then says there were more`, () => {
    const text = `{${Array.from({ length: 5000 }, () => '"k": 1').join(',')}}`;
    const read = parseJsonText(text);
    expect(read.ok).toBe(false);
    if (!read.ok) {
      expect(read.issues).toHaveLength(MAX_ISSUES + 1);
      expect(read.issues.at(-1)?.code).toBe('too-many-issues');
    }
  });

  it('refuses a review file with an assessment key written twice', () => {
    const text = '{"assessments": [{"itemId": "innovation", "verdict": "pass", "verdict": "fail"}]}';
    expect(parseReviewJson(text).issues.map((i) => [i.code, i.path])).toEqual([
      ['duplicate-key', ['assessments', 0, 'verdict']],
    ]);
  });
});

/** Every object of a JSON value with at least one key, by path. */
function objectsWithKeys(value: unknown, path: JsonPath = []): JsonPath[] {
  if (value === null || typeof value !== 'object') return [];
  const own = !Array.isArray(value) && Object.keys(value).length > 0 ? [path] : [];
  const entries = Object.entries(value).map(([k, v]) =>
    objectsWithKeys(v, [...path, Array.isArray(value) ? Number(k) : k]),
  );
  return [...own, ...entries.flat()];
}

/** JSON text of `value` with the first key of the object at `target` written twice. */
function withRepeatedKey(value: unknown, target: JsonPath, path: JsonPath = []): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map((v, i) => withRepeatedKey(v, target, [...path, i])).join(', ')}]`;
  const members = Object.entries(value).map(
    ([k, v]) => `${JSON.stringify(k)}: ${withRepeatedKey(v, target, [...path, k])}`,
  );
  if (JSON.stringify(path) === JSON.stringify(target)) members.push(members[0] as string);
  return `{\n${members.join(',\n')}\n}`;
}

function countKeys(value: unknown): number {
  if (value === null || typeof value !== 'object') return 0;
  const own = Array.isArray(value) ? 0 : Object.keys(value).length;
  return own + Object.values(value).reduce((n: number, v) => n + countKeys(v), 0);
}

describe('the duplicate-key scanners on arbitrary JSON', () => {
  it('count exactly the keys JSON.parse keeps and find nothing in text without repeated keys', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.boolean(), (value, pretty) => {
        const text = JSON.stringify(value, null, pretty ? 2 : undefined);
        expect(writtenKeyCount(text)).toBe(countKeys(JSON.parse(text)));
        expect(duplicateKeys(text, MAX_ISSUES)).toEqual([]);
      }),
      fuzzParameters(1000),
    );
  });

  it('find a key written twice at the path of its object', () => {
    const withObjects = fc.jsonValue().filter((v) => objectsWithKeys(v).length > 0);
    fc.assert(
      fc.property(withObjects, fc.nat(), (value, pick) => {
        const targets = objectsWithKeys(value);
        const target = targets[pick % targets.length] as JsonPath;
        const object = target.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], value);
        const first = Object.keys(object as object)[0] as string;
        const read = parseJsonText(withRepeatedKey(value, target));
        expect(read.ok).toBe(false);
        if (!read.ok) expect(read.issues.map((i) => [i.code, i.path])).toEqual([['duplicate-key', [...target, first]]]);
      }),
      fuzzParameters(1000),
    );
  });
});
