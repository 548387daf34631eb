/**
 * The item shapes of county digests between batch worker threads and the main thread: the
 * results of one ruleset all have the same items (ids, numbers, titles, maxima), so a worker
 * sends them once and leaves them out of every following digest that has the same, and the main
 * thread gives them back. Copying them between threads cost more than the rest of the digest.
 */
import { type ItemShape, sameItemShapes } from '../report/county-digest.js';
import type { FileOutcome } from './batch-file.js';
import type { BatchReply, OutcomeReply } from './batch-worker.js';

const NO_SHAPES: readonly ItemShape[] = [];

/** An outcome with the item shapes of its digest replaced (a result kept whole is left as it is). */
function withShapes(outcome: FileOutcome, shape: readonly ItemShape[]): FileOutcome {
  if (!outcome.ok || !('digest' in outcome.kept)) return outcome;
  return { ...outcome, kept: { ...outcome.kept, digest: { ...outcome.kept.digest, shape } } };
}

/** The item shapes of an outcome's digest, if it has one. */
function shapesOf(outcome: FileOutcome): readonly ItemShape[] | null {
  return outcome.ok && 'digest' in outcome.kept ? outcome.kept.digest.shape : null;
}

/**
 * The replies of one worker, each digest's item shapes left out when they are the ones sent last.
 *
 * @example
 * ```ts
 * const reply = shapeSender();
 * port.postMessage(reply(task.index, outcome));
 * ```
 */
export function shapeSender(): (index: number, outcome: FileOutcome) => BatchReply {
  let sent: readonly ItemShape[] | null = null;
  return (index, outcome) => {
    const shape = shapesOf(outcome);
    if (shape === null) return { index, outcome };
    if (sent !== null && sameItemShapes(sent, shape))
      return { index, outcome: withShapes(outcome, NO_SHAPES), sameShape: true };
    sent = shape;
    return { index, outcome };
  };
}

/**
 * The outcomes of one worker's replies, each digest given back the item shapes left out of it.
 *
 * @example
 * ```ts
 * const outcomeOf = shapeReceiver();
 * worker.on('message', (reply) => keep(outcomeOf(reply)));
 * ```
 */
export function shapeReceiver(): (reply: OutcomeReply) => FileOutcome {
  let received: readonly ItemShape[] | null = null;
  return (reply) => {
    if (reply.sameShape === true) {
      if (received === null) throw new Error('a batch worker left out item shapes it never sent');
      return withShapes(reply.outcome, received);
    }
    received = shapesOf(reply.outcome) ?? received;
    return reply.outcome;
  };
}
