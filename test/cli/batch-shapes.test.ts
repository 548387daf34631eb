/**
 * A batch worker sends the item shapes of its digests once and leaves them out of the digests
 * that follow with the same; the main thread gives every digest its shapes back.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { FileOutcome } from '../../src/cli/batch-file.js';
import { shapeReceiver, shapeSender } from '../../src/cli/batch-shapes.js';
import type { OutcomeReply } from '../../src/cli/batch-worker.js';
import { countyDigest, sameItemShapes } from '../../src/report/county-digest.js';
import type { EvaluationResult } from '../../src/result/schema.js';
import { exampleResult } from '../report/support.js';

let results: EvaluationResult[];

beforeAll(async () => {
  results = [await exampleResult('station-with-lapses'), await exampleResult('compliant-station')];
});

const outcomeOf = (result: EvaluationResult): FileOutcome => ({
  ok: true,
  origin: 'evaluated',
  review: null,
  kept: { digest: countyDigest(result) },
  reviewUsed: null,
  notes: [],
});

/** A reply as the main thread receives it: a structured clone of what the worker posted. */
const across = (reply: ReturnType<ReturnType<typeof shapeSender>>) => structuredClone(reply) as OutcomeReply;

const digestOf = (outcome: FileOutcome) => (outcome.ok && 'digest' in outcome.kept ? outcome.kept.digest : null);

describe('item shapes between batch workers and the main thread', () => {
  it('are sent with the first digest and left out of the following ones that have the same', () => {
    const send = shapeSender();
    const first = send(0, outcomeOf(results[0] as EvaluationResult)) as OutcomeReply;
    const second = send(1, outcomeOf(results[1] as EvaluationResult)) as OutcomeReply;
    expect(first.sameShape).toBeUndefined();
    expect(digestOf(first.outcome)?.shape).toHaveLength(28);
    expect(second.sameShape).toBe(true);
    expect(digestOf(second.outcome)?.shape).toEqual([]);
  });

  it('are given back to every digest, equal to the digest the worker made', () => {
    const send = shapeSender();
    const receive = shapeReceiver();
    for (const [i, result] of [...results, ...results].entries()) {
      const outcome = outcomeOf(result);
      const received = receive(across(send(i, outcome)));
      expect(received).toEqual(structuredClone(outcome));
    }
  });

  it('are sent again when they change (another ruleset), and a skipped file passes as it is', () => {
    const send = shapeSender();
    const receive = shapeReceiver();
    const base = outcomeOf(results[0] as EvaluationResult);
    const digest = digestOf(base);
    const renamed = digest && {
      ...digest,
      shape: digest.shape.map((s, i) => (i === 0 ? { ...s, title: { zh: '另一标题', en: 'Another title' } } : s)),
    };
    const other: FileOutcome = { ...base, kept: { digest: renamed as NonNullable<typeof renamed> } } as FileOutcome;
    const skipped: FileOutcome = {
      ok: false,
      skipped: { source: 'x.json', reasons: [] },
      reviewUsed: null,
      notes: [],
    } as unknown as FileOutcome;
    receive(across(send(0, base)));
    const changed = send(1, other) as OutcomeReply;
    expect(changed.sameShape).toBeUndefined();
    expect(receive(across(changed))).toEqual(structuredClone(other));
    expect(receive(across(send(2, skipped)))).toEqual(skipped);
    expect(receive(across(send(3, other)))).toEqual(structuredClone(other));
    expect(receive(across(send(4, base)))).toEqual(structuredClone(base));
  });

  it('are compared item by item: ids, numbers, maxima and both titles', () => {
    const shape = countyDigest(results[0] as EvaluationResult).shape;
    expect(sameItemShapes(shape, structuredClone(shape))).toBe(true);
    for (const change of [
      { id: 'other' },
      { seq: '99' },
      { max: 1 },
      { title: { zh: 'x', en: shape[0]?.title.en } },
      { title: { zh: shape[0]?.title.zh, en: 'x' } },
    ]) {
      const changed = shape.map((s, i) => (i === 0 ? { ...s, ...change } : s));
      expect(sameItemShapes(shape, changed as typeof shape)).toBe(false);
    }
    expect(sameItemShapes(shape, shape.slice(1))).toBe(false);
  });

  it('a receiver told of shapes it was never sent fails instead of guessing', () => {
    const receive = shapeReceiver();
    const reply = { ...(shapeSender()(0, outcomeOf(results[0] as EvaluationResult)) as OutcomeReply), sameShape: true };
    expect(() => receive(reply as OutcomeReply)).toThrow(/never sent/);
  });
});
