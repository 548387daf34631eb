/**
 * Rulesets from other organisations are untrusted data: unknown operators and facts, unsafe
 * paths, prototype keys, deep nesting and enormous lists are refused at load time with coded
 * issues, and nothing in a ruleset or in the facts can reach an object prototype.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluate, evaluateSync } from '../../src/engine/evaluate.js';
import { OPERATORS } from '../../src/engine/operators.js';
import { resolvePath } from '../../src/engine/path.js';
import { parseFacts, parseFactsJson } from '../../src/facts/parse.js';
import { baseRulesetDocument } from '../../src/ruleset/base.js';
import { CONDITION_LIMITS } from '../../src/ruleset/conditions.js';
import { loadRuleset } from '../../src/ruleset/load.js';
import { compliantFacts, parsed } from '../support/station.js';
import { expectParseResult } from './support/fuzz.js';

type Doc = ReturnType<typeof baseRulesetDocument>;
type Json = Record<string, unknown>;

/** The base ruleset document with a change, sent through JSON text (as a file would be). */
function loadChanged(change: (doc: Doc & Json) => void, text?: (json: string) => string) {
  const doc = baseRulesetDocument() as Doc & Json;
  change(doc);
  const json = JSON.stringify(doc);
  const loaded = loadRuleset(JSON.parse(text ? text(json) : json));
  expectParseResult(loaded);
  return loaded;
}

const codesAt = (issues: ReadonlyArray<{ code: string; path: readonly unknown[] }>) =>
  issues.map((i) => `${i.code} ${JSON.stringify(i.path)}`);

function firstConditions(doc: Doc): Json & { all: Json[] } {
  return (doc.items[0] as unknown as { conditions: Json & { all: Json[] } }).conditions;
}

const leaf = { fact: 'servicePoints', params: { venues: ['power-station'] }, path: 'active', operator: 'isEmpty' };

let prototypeBefore: string[];
beforeAll(() => {
  prototypeBefore = Object.getOwnPropertyNames(Object.prototype).sort();
});
afterAll(() => {
  // Nothing any test in this file did reached Object.prototype.
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeBefore);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});

describe('conditions are data checked at load time', () => {
  it('refuses an unknown operator, including any regular-expression operator', () => {
    const loaded = loadChanged((doc) => {
      firstConditions(doc).all.push({ ...leaf, operator: 'matches', value: '^.*$' });
      firstConditions(doc).all.push({ ...leaf, operator: 'regex', value: '(a+)+$' });
    });
    expect(codesAt(loaded.issues)).toEqual([
      'unknown-operator ["items",0,"conditions","all",2,"operator"]',
      'unknown-operator ["items",0,"conditions","all",3,"operator"]',
    ]);
  });

  it('offers exactly the documented operators, none of which takes a pattern', () => {
    expect([...OPERATORS.keys()].sort()).toEqual(
      [
        'containsAll',
        'contains',
        'doesNotContain',
        'equal',
        'greaterThan',
        'greaterThanInclusive',
        'in',
        'isEmpty',
        'lessThan',
        'lessThanInclusive',
        'notEqual',
        'notIn',
        'sizeAtLeast',
        'sizeAtMost',
      ].sort(),
    );
  });

  it('refuses an unknown fact', () => {
    const loaded = loadChanged((doc) => {
      firstConditions(doc).all.push({ ...leaf, fact: 'process', value: true });
    });
    expect(codesAt(loaded.issues)).toEqual(['unknown-fact ["items",0,"conditions","all",2,"fact"]']);
  });

  it.each([
    '$..records',
    '$.active',
    'active[0]',
    '__proto__',
    'active.constructor',
    'prototype.x',
    'a.b.c.d.e.f.g.h.i',
    "active'); process.exit(1); ('",
  ])('refuses the path %j', (path) => {
    const loaded = loadChanged((doc) => {
      firstConditions(doc).all.push({ ...leaf, path, value: true });
    });
    expect(codesAt(loaded.issues)).toEqual(['invalid-path ["items",0,"conditions","all",2,"path"]']);
  });

  it(`refuses a condition tree nested deeper than ${CONDITION_LIMITS.depth} levels`, () => {
    const loaded = loadChanged((doc) => {
      let node: Json = { ...leaf, value: true };
      for (let i = 0; i < CONDITION_LIMITS.depth + 1; i++) node = { not: node };
      firstConditions(doc).all.push(node);
    });
    expect(loaded.issues.map((i) => i.code)).toEqual(['condition-too-deep']);
  });

  it('refuses a hostile nesting depth without overflowing the stack', () => {
    let node: Json = { ...leaf, value: true };
    for (let i = 0; i < 200_000; i++) node = { not: node };
    const doc = baseRulesetDocument() as Doc & Json;
    firstConditions(doc).all.push(node);
    const loaded = loadRuleset(doc);
    expectParseResult(loaded);
    expect(loaded.issues.map((i) => i.code)).toEqual(['input-too-deep']);

    let deepValue: unknown = 1;
    for (let i = 0; i < 200_000; i++) deepValue = [deepValue];
    const withParam = baseRulesetDocument() as Doc & Json;
    (withParam.params as Json).deep = deepValue;
    expect(loadRuleset(withParam).issues.map((i) => i.code)).toEqual(['input-too-deep']);
  });

  it(`refuses a value list longer than ${CONDITION_LIMITS.valueItems} entries`, () => {
    const loaded = loadChanged((doc) => {
      const huge = Array.from({ length: CONDITION_LIMITS.valueItems + 1 }, (_, i) => `v${i}`);
      firstConditions(doc).all.push({ ...leaf, operator: 'in', value: huge });
    });
    expect(codesAt(loaded.issues)).toEqual(['value-too-large ["items",0,"conditions","all",2,"value"]']);
  });

  it(`refuses more than ${CONDITION_LIMITS.children} children under all / any`, () => {
    const loaded = loadChanged((doc) => {
      firstConditions(doc).all.push({ any: Array.from({ length: CONDITION_LIMITS.children + 1 }, () => leaf) });
    });
    expect(codesAt(loaded.issues)).toEqual(['value-too-large ["items",0,"conditions","all",2,"any"]']);
  });

  it('treats code-like strings in values as plain strings', async () => {
    const loaded = loadChanged((doc) => {
      firstConditions(doc).all.push({
        ...leaf,
        operator: 'notEqual',
        value: "this.constructor.constructor('return process')().exit(1)",
      });
      firstConditions(doc).all.push({ ...leaf, operator: 'notEqual', value: ['$', '{process.exit(1)}'].join('') });
    });
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
    const facts = parsed(compliantFacts());
    const compiled = evaluateSync(facts, { ruleset: loaded.value });
    const reference = await evaluate(facts, { ruleset: loaded.value, engine: 'json-rules-engine' });
    expect(compiled.items[0]?.status).toBe('pass');
    expect(JSON.stringify(reference)).toBe(JSON.stringify(compiled));
  });
});

describe('prototype keys in rulesets are refused, never silently dropped', () => {
  it.each(['__proto__', 'constructor', 'prototype'])(
    'refuses %s in params, fact params, condition params and values',
    (key) => {
      const marker = '"zzMarker":1';
      const loaded = loadChanged(
        (doc) => {
          (doc.params as Json).zzMarker = 1;
          firstConditions(doc).all.push({ ...leaf, params: { venues: [], zzMarker: 1 }, value: { zzMarker: 1 } });
          const staffing = doc.items.find((i) => i.id === 'staffing') as unknown as {
            scoring: { failures: { params: Json } };
          };
          staffing.scoring.failures.params.zzMarker = 1;
        },
        (json) => json.replaceAll(marker, `"${key}":{"polluted":true}`),
      );
      expect(codesAt(loaded.issues)).toEqual([
        `forbidden-key ["params","${key}"]`,
        `forbidden-key ["items",0,"conditions","all",2,"params","${key}"]`,
        `forbidden-key ["items",0,"conditions","all",2,"value","${key}"]`,
        `forbidden-key ["items",${baseRulesetDocument().items.findIndex((i) => i.id === 'staffing')},"scoring","failures","params","${key}"]`,
      ]);
    },
  );

  it.each(['__proto__', 'constructor'])('refuses %s in a variant’s params and overrides', (key) => {
    const text = readFileSync(new URL('../../examples/variants/jinhua-city.json', import.meta.url), 'utf8')
      .replace('"params": {', `"params": {"${key}": {"polluted": true},`)
      .replace('"override": {', `"override": {"${key}": {"points": 1},`);
    const loaded = loadRuleset([JSON.parse(text)]);
    expectParseResult(loaded);
    expect(codesAt(loaded.issues)).toEqual([
      `forbidden-key ["params","${key}"]`,
      `forbidden-key ["override","${key}"]`,
    ]);
  });

  it('refuses __proto__ as an unknown field anywhere the format is fixed', () => {
    const loaded = loadChanged(
      () => undefined,
      (json) => json.replace('{"$schema"', '{"__proto__":{"polluted":true},"$schema"'),
    );
    expect(codesAt(loaded.issues)).toEqual(['unknown-field ["__proto__"]']);
  });

  it('refuses values that are not JSON data', () => {
    const doc = baseRulesetDocument() as Doc & Json;
    (doc.params as Json).hook = () => 'ran';
    firstConditions(doc).all.push({ ...leaf, value: new Date(0) });
    const loaded = loadRuleset(doc);
    expect(codesAt(loaded.issues)).toEqual([
      'invalid-type ["params","hook"]',
      'invalid-type ["items",0,"conditions","all",2,"value"]',
    ]);
  });
});

describe('prototype keys in facts never reach a prototype', () => {
  it('refuses __proto__, constructor and prototype keys in facts as unknown fields', () => {
    const text = JSON.stringify(compliantFacts())
      .replace('{"station":', '{"__proto__":{"polluted":true},"station":')
      .replace('"name":"一号驿站"', '"name":"一号驿站","constructor":{"prototype":{"polluted":true}}');
    const read = parseFactsJson(text);
    expect(codesAt(read.issues)).toEqual([
      'unknown-field ["__proto__"]',
      'unknown-field ["servicePoints",0,"constructor"]',
    ]);
  });

  it('scores a station whose ids are prototype names exactly like one with ordinary ids', async () => {
    const renames: Record<string, string> = {
      'sp-1': '__proto__',
      'cm-1': 'constructor',
      'sup-1': 'prototype',
      'sec-1': 'toString',
      'g-sec': 'hasOwnProperty',
      'g-sup': 'valueOf',
      'li-1': '__defineGetter__',
      'sm-1': 'isPrototypeOf',
    };
    const text = JSON.stringify(compliantFacts()).replace(/"([a-z]+-\d)"/g, (whole, id: string) =>
      renames[id] === undefined ? whole : `"${renames[id]}"`,
    );
    const hostile = parseFactsJson(text);
    if (!hostile.ok) throw new Error(JSON.stringify(hostile.issues));
    const plain = evaluateSync(parsed(compliantFacts()));
    for (const result of [
      evaluateSync(hostile.value),
      await evaluate(hostile.value, { engine: 'json-rules-engine' }),
    ]) {
      expect(result.items.map((i) => [i.id, i.score, i.status])).toEqual(
        plain.items.map((i) => [i.id, i.score, i.status]),
      );
      expect(result.total).toBe(plain.total);
    }
  });

  it('resolves only own properties along a path', () => {
    expect(resolvePath({}, 'constructor')).toBeUndefined();
    expect(resolvePath({ a: {} }, 'a.toString')).toBeUndefined();
    expect(resolvePath({ a: [1, 2] }, 'a.length')).toBe(2);
    expect(resolvePath(JSON.parse('{"__proto__":{"x":1}}'), '__proto__.x')).toBeUndefined();
  });

  it('keeps parseFacts output on the ordinary prototype', () => {
    const facts = parseFacts(compliantFacts());
    if (!facts.ok) throw new Error('fixture invalid');
    expect(Object.getPrototypeOf(facts.value)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(facts.value.station)).toBe(Object.prototype);
  });
});
