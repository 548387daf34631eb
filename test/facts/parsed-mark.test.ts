/**
 * `parseFacts` marks the facts it returns (record kinds checked, local days) on the facts object
 * itself, out of sight: what a caller sees of parsed facts is exactly the checked data, and only
 * the very object `parseFacts` returned passes for parsed facts.
 */
import { describe, expect, it } from 'vitest';
import { stationYears } from '../../bench/generate.js';
import { evaluateSync } from '../../src/engine/evaluate.js';
import { localDaysOf } from '../../src/facts/local-days.js';
import { isParsedFacts, parseFactsOrThrow } from '../../src/facts/parse.js';
import { loadRulesetOrThrow } from '../../src/ruleset/load.js';
import { readJson } from '../support/variants.js';

const [input] = [...stationYears(1, 7)];

describe('the mark parseFacts leaves on parsed facts', () => {
  it('is invisible to keys, JSON, spreading, cloning and deep equality', () => {
    const facts = parseFactsOrThrow(input);
    const plain = JSON.parse(JSON.stringify(input));
    expect(Object.keys(facts)).toEqual(Object.keys(parseFactsOrThrow(input)));
    expect(JSON.parse(JSON.stringify(facts))).toEqual(JSON.parse(JSON.stringify(parseFactsOrThrow(plain))));
    expect(Object.getOwnPropertySymbols({ ...facts })).toEqual([]);
    expect(Object.getOwnPropertySymbols(structuredClone(facts))).toEqual([]);
    expect(facts).toEqual(structuredClone(facts));
  });

  it('holds only for the object parseFacts returned, and for the record kinds it was checked against', () => {
    const facts = parseFactsOrThrow(input);
    expect(isParsedFacts(facts)).toBe(true);
    expect(isParsedFacts({ ...facts })).toBe(false);
    expect(isParsedFacts(structuredClone(facts))).toBe(false);
    const jinhua = loadRulesetOrThrow(readJson('examples/variants/jinhua-city.json'));
    expect(isParsedFacts(facts, jinhua)).toBe(false);
    expect(isParsedFacts(parseFactsOrThrow(input, { ruleset: jinhua }), jinhua)).toBe(true);
  });

  it('is not taken from a proxy of parsed facts, nor from another object that copied it', () => {
    const facts = parseFactsOrThrow(input);
    expect(isParsedFacts(new Proxy(facts, {}))).toBe(false);
    const [mark] = Object.getOwnPropertySymbols(facts);
    const forged = { ...structuredClone(facts) };
    Object.defineProperty(forged, mark as symbol, { value: (facts as Record<symbol, unknown>)[mark as symbol] });
    expect(isParsedFacts(forged)).toBe(false);
    expect(localDaysOf(forged as typeof facts)).not.toBe(localDaysOf(facts));
  });

  it('is not read from a value whose properties throw: such a value is checked, and its problem reported', () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('no');
        },
      },
    );
    expect(isParsedFacts(hostile)).toBe(false);
    expect(() => evaluateSync(hostile as never)).toThrow(/unreadable|不可读|could not be read/i);
  });

  it('is a fixed, non-enumerable property of the frozen facts', () => {
    const facts = parseFactsOrThrow(input);
    expect(Object.getOwnPropertyDescriptor(facts, Object.getOwnPropertySymbols(facts)[0] as symbol)).toMatchObject({
      enumerable: false,
      writable: false,
      configurable: false,
    });
    expect(Object.isFrozen(facts)).toBe(true);
  });
});
