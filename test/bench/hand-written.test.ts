import { describe, expect, it } from 'vitest';
import { stationYears } from '../../bench/generate.js';
import { handWrittenScores } from '../../bench/hand-written.js';
import { evaluateSync } from '../../src/engine/evaluate.js';
import { parseFacts } from '../../src/facts/parse.js';
import { recordLists, type StationFacts } from '../../src/facts/schema.js';

function parsedAll(inputs: Iterable<unknown>): StationFacts[] {
  return [...inputs].map((input) => {
    const parsed = parseFacts(input);
    if (!parsed.ok) throw new Error(parsed.issues.map((i) => `${JSON.stringify(i.path)} ${i.message.en}`).join('\n'));
    return parsed.value;
  });
}

function scoresByItem(facts: StationFacts): Record<string, number> {
  return Object.fromEntries(evaluateSync(facts).items.map((i) => [i.id, i.score]));
}

describe('the benchmark yardstick (hand-written evaluator)', () => {
  it('gives the same total and item scores as evaluate on 200 generated station-years', () => {
    const stations = parsedAll(stationYears(200, 7));
    const totals = new Set<number>();
    for (const facts of stations) {
      const hand = handWrittenScores(facts);
      expect({ id: facts.station.id, items: hand.items }).toEqual({ id: facts.station.id, items: scoresByItem(facts) });
      expect(hand.total).toBe(evaluateSync(facts).total);
      totals.add(hand.total);
    }
    // The generated stations differ enough for the comparison to mean something.
    expect(totals.size).toBeGreaterThan(20);
  });

  it('agrees with evaluate on 10×-sized station-years', () => {
    for (const facts of parsedAll(stationYears(10, 8, { scale: 10 }))) {
      expect(handWrittenScores(facts).total).toBe(evaluateSync(facts).total);
    }
  });
});

describe('the station-year generator', () => {
  it('is reproducible from its seed and gives valid facts', () => {
    const a = JSON.stringify([...stationYears(20, 3)]);
    expect(JSON.stringify([...stationYears(20, 3)])).toBe(a);
    expect(JSON.stringify([...stationYears(20, 4)])).not.toBe(a);
    expect(parsedAll(stationYears(20, 3))).toHaveLength(20);
  });

  it('makes 10×-sized stations about ten times larger', () => {
    const count = (facts: StationFacts[]) =>
      facts.reduce((n, f) => n + recordLists(f).reduce((m, [, list]) => m + list.length, 0), 0);
    const ratio = count(parsedAll(stationYears(20, 5, { scale: 10 }))) / count(parsedAll(stationYears(20, 5)));
    expect(ratio).toBeGreaterThan(8);
    expect(ratio).toBeLessThan(12);
  });
});
