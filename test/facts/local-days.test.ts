/**
 * Records' local days are made once, when facts are parsed, and read by every evaluation of the
 * same facts (under several rulesets, reviews or judgement days) instead of being made again.
 */
import { describe, expect, it } from 'vitest';
import { stationYears } from '../../bench/generate.js';
import { evaluateSync } from '../../src/engine/evaluate.js';
import { localDaysOf } from '../../src/facts/local-days.js';
import { parseFactsOrThrow } from '../../src/facts/parse.js';
import { recordLists } from '../../src/facts/schema.js';
import { baseRulesetDocument } from '../../src/ruleset/base.js';
import { loadRulesetOrThrow } from '../../src/ruleset/load.js';

const [input] = [...stationYears(1, 42)];

describe('local days of parsed facts', () => {
  it('are made when the facts are parsed and are the same object at every evaluation', () => {
    const facts = parseFactsOrThrow(input);
    const days = localDaysOf(facts);
    const another = loadRulesetOrThrow([baseRulesetDocument()]);
    const first = evaluateSync(facts);
    evaluateSync(facts, { ruleset: another });
    expect(localDaysOf(facts)).toBe(days);
    expect(evaluateSync(facts)).toEqual(first);
  });

  it('hold every record of every list once, ordered by day then id', () => {
    const facts = parseFactsOrThrow(input);
    const days = localDaysOf(facts);
    for (const [kind, list] of recordLists(facts)) {
      const dated = days.records[kind] ?? [];
      expect(dated.map((r) => r.id).sort()).toEqual(list.map((r) => r.id).sort());
      const keys = dated.map((r) => `${r.day} ${r.id}`);
      expect(keys).toEqual([...keys].sort());
    }
  });

  it('of facts that did not come from parseFacts are made at each call and not kept', () => {
    const facts = parseFactsOrThrow(input);
    const copy = structuredClone(facts);
    expect(localDaysOf(copy)).not.toBe(localDaysOf(copy));
    expect(localDaysOf(copy)).toEqual(localDaysOf(facts));
  });
});
