import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateStationYear } from '../../bench/generate.js';
import { parseReviewOrThrow } from '../../src/assess/parse.js';
import { type BatchEntry, evaluateMany } from '../../src/engine/batch.js';
import { evaluateSync } from '../../src/engine/evaluate.js';
import { parseFactsOrThrow } from '../../src/facts/parse.js';
import { InvalidInputError } from '../../src/issues/issue.js';
import { compliantFacts } from '../support/station.js';

async function collect(source: AsyncIterable<BatchEntry>): Promise<BatchEntry[]> {
  const out: BatchEntry[] = [];
  for await (const entry of source) out.push(entry);
  return out;
}

const inputs = [0, 1, 2].map((seed) => generateStationYear(seed));

describe('evaluateMany', () => {
  it('yields one result per station, in order, equal to evaluateSync', async () => {
    const entries = await collect(evaluateMany(inputs));
    expect(entries.map((e) => e.index)).toEqual([0, 1, 2]);
    entries.forEach((entry, i) => {
      expect(entry.ok).toBe(true);
      if (entry.ok)
        expect(JSON.stringify(entry.result)).toBe(JSON.stringify(evaluateSync(parseFactsOrThrow(inputs[i]))));
    });
  });

  it('accepts parsed facts and an async source, and the json-rules-engine reference', async () => {
    async function* source() {
      yield parseFactsOrThrow(compliantFacts());
      yield compliantFacts();
    }
    const entries = await collect(evaluateMany(source(), { engine: 'json-rules-engine' }));
    expect(entries.map((e) => (e.ok ? e.result.total : null))).toEqual([100, 100]);
  });

  it('yields the issues of invalid facts in their place and keeps going', async () => {
    const broken = { ...compliantFacts(), period: { start: '2023-13-01', end: '2023-12-31' } };
    const entries = await collect(evaluateMany([inputs[0], broken, 'not facts', inputs[1]]));
    expect(entries.map((e) => [e.index, e.ok])).toEqual([
      [0, true],
      [1, false],
      [2, false],
      [3, true],
    ]);
    const invalid = entries[1];
    expect(invalid?.ok === false && invalid.issues.map((i) => i.code)).toContain('invalid-date');
  });

  it("stops at the first invalid station with onInvalid: 'throw'", async () => {
    await expect(collect(evaluateMany([inputs[0], {}], { onInvalid: 'throw' }))).rejects.toBeInstanceOf(
      InvalidInputError,
    );
  });

  it('applies each station its own review, and reports a review that does not fit its station', async () => {
    const read = (file: string): unknown => JSON.parse(readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8'));
    const lapses = parseFactsOrThrow(read('examples/station-with-lapses.json'));
    const review = parseReviewOrThrow(read('examples/review.json'));
    const entries = await collect(evaluateMany([lapses, inputs[0]], { reviewOf: () => review }));
    const first = entries[0];
    expect(first?.ok && JSON.stringify(first.result)).toBe(JSON.stringify(evaluateSync(lapses, { review })));
    expect(entries[1]?.ok).toBe(false);
  });

  it('reads the source lazily, one station per result asked for', async () => {
    let pulled = 0;
    function* source() {
      for (let seed = 0; seed < 1_000_000; seed++) {
        pulled++;
        yield generateStationYear(seed);
      }
    }
    const stream = evaluateMany(source());
    await stream.next();
    await stream.next();
    expect(pulled).toBe(2);
    await stream.return();
  });
});
