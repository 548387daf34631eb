/**
 * `evaluateMany`: evaluates a stream of stations one at a time, in constant memory, reusing the
 * compiled ruleset. Invalid facts do not stop the stream: they come out as an entry with their
 * issues, in their place.
 */

import type { Review } from '../assess/schema.js';
import { isParsedFacts, parseFacts } from '../facts/parse.js';
import type { StationFacts } from '../facts/schema.js';
import { InvalidInputError, type Issue } from '../issues/issue.js';
import type { EvaluationResult } from '../result/schema.js';
import { baseRuleset } from '../ruleset/base.js';
import type { Ruleset } from '../ruleset/finalize.js';
import { compileRuleset } from './compiled.js';
import { type EvaluateOptions, evaluate, evaluateSync } from './evaluate.js';

/**
 * One entry of {@link evaluateMany}'s output: the result of the station at `index` in the source
 * (0-based), or, when its facts were invalid, every issue found in them.
 *
 * @category Evaluate
 * @example
 * ```ts
 * const entry: BatchEntry = { ok: false, index: 3, issues: [] };
 * if (entry.ok) console.log(entry.result.total);
 * ```
 */
export type BatchEntry =
  | { readonly ok: true; readonly index: number; readonly result: EvaluationResult }
  | { readonly ok: false; readonly index: number; readonly issues: readonly Issue[] };

/**
 * Options of {@link evaluateMany}: the ruleset and engine of `evaluate`, the review of each
 * station (if any), and what to do with invalid facts.
 *
 * @category Evaluate
 * @example
 * ```ts
 * const options: EvaluateManyOptions = { ruleset, onInvalid: 'throw', reviewOf: (facts) => reviews.get(facts.station.id) };
 * ```
 */
export interface EvaluateManyOptions extends Omit<EvaluateOptions, 'review'> {
  /**
   * The review (assessments, rejected evidence) of a station, if it has one; called once per
   * valid station with its facts and index. A review that does not fit its station makes that
   * station's entry `{ ok: false }` with the review's issues (or stops the stream with
   * `onInvalid: 'throw'`).
   */
  readonly reviewOf?: (facts: StationFacts, index: number) => Review | undefined;
  /**
   * `'yield'` (default): an invalid station becomes a `{ ok: false, index, issues }` entry and the
   * stream goes on. `'throw'`: the stream stops with an `InvalidInputError` carrying the issues.
   */
  readonly onInvalid?: 'yield' | 'throw';
}

/**
 * A synchronous or asynchronous source of stations' facts, for {@link evaluateMany}: parsed
 * facts, or unknown JSON values that are validated on the way.
 *
 * @category Evaluate
 * @example
 * ```ts
 * const source: FactsSource = files.map((file) => JSON.parse(readFileSync(file, 'utf8')));
 * for await (const entry of evaluateMany(source)) if (entry.ok) console.log(entry.result.total);
 * ```
 */
export type FactsSource = Iterable<StationFacts | unknown> | AsyncIterable<StationFacts | unknown>;

function checked(
  input: unknown,
  ruleset: Ruleset,
): { ok: true; facts: StationFacts } | { ok: false; issues: readonly Issue[] } {
  if (isParsedFacts(input, ruleset)) return { ok: true, facts: input as StationFacts };
  const parsed = parseFacts(input, { ruleset });
  return parsed.ok ? { ok: true, facts: parsed.value } : { ok: false, issues: parsed.issues };
}

/**
 * Evaluates every station of `source` (an array, a generator, a stream of parsed JSON …) and
 * yields one {@link BatchEntry} per station, in order. Stations are read one at a time, as the
 * consumer asks for results, and nothing is kept between them: memory stays constant however
 * long the source is. The ruleset is compiled once. Facts that came from `parseFacts` are not
 * validated again; anything else is validated first, and an invalid station (or a review that
 * does not fit it) yields its issues instead of stopping the batch (unless `onInvalid: 'throw'`).
 *
 * @throws {@link InvalidInputError} with `onInvalid: 'throw'`, at the first invalid station.
 * @category Evaluate
 * @example
 * ```ts
 * import { evaluateMany } from 'clean-station';
 *
 * async function* stations() {
 *   for (const file of files) yield JSON.parse(await readFile(file, 'utf8'));
 * }
 * for await (const entry of evaluateMany(stations())) {
 *   if (entry.ok) console.log(files[entry.index], entry.result.total, entry.result.grade);
 *   else console.error(files[entry.index], entry.issues.map((i) => i.message.en));
 * }
 * ```
 */
export async function* evaluateMany(
  source: FactsSource,
  options: EvaluateManyOptions = {},
): AsyncGenerator<BatchEntry, void, undefined> {
  const ruleset = options.ruleset ?? baseRuleset();
  const engine = options.engine ?? 'compiled';
  if (engine === 'compiled') compileRuleset(ruleset);
  let index = 0;
  for await (const input of source) {
    const facts = checked(input, ruleset);
    if (!facts.ok) {
      if (options.onInvalid === 'throw') throw new InvalidInputError('facts', facts.issues);
      yield { ok: false, index, issues: facts.issues };
      index++;
      continue;
    }
    const review = options.reviewOf?.(facts.facts, index);
    const single = review === undefined ? { ruleset } : { ruleset, review };
    let result: EvaluationResult;
    try {
      result =
        engine === 'compiled' ? evaluateSync(facts.facts, single) : await evaluate(facts.facts, { ...single, engine });
    } catch (error) {
      if (!(error instanceof InvalidInputError) || options.onInvalid === 'throw') throw error;
      yield { ok: false, index, issues: error.issues };
      index++;
      continue;
    }
    yield { ok: true, index, result };
    index++;
  }
}
