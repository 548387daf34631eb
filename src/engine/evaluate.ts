/** `evaluate`: one station's facts and a ruleset in, a deterministic `EvaluationResult` out. */
import { applyAssessment, assessmentsById, rejectedEvidenceOf, rejectionsOf } from '../assess/apply.js';
import { checkReview } from '../assess/check.js';
import { isParsedReview, parseReview } from '../assess/parse.js';
import type { Review } from '../assess/schema.js';
import { bodyTextWarnings } from '../assess/warnings.js';
import { isParsedFacts, parseFacts } from '../facts/parse.js';
import type { StationFacts } from '../facts/schema.js';
import { InvalidInputError } from '../issues/issue.js';
import type { EvaluationResult, ItemResult } from '../result/schema.js';
import { baseRuleset } from '../ruleset/base.js';
import type { Ruleset } from '../ruleset/finalize.js';
import { ScoreSum, sumScores } from '../scoring/exact.js';
import { gradeOf } from '../scoring/grade.js';
import { LIBRARY } from '../version.js';
import { checkedAsOf, stationAsOf } from './as-of.js';
import { compiledOutcomesOf, compileRuleset } from './compiled.js';
import { buildItemResult, type ItemOutcomes, itemResult } from './item-result.js';
import { type PreparedStation, prepareStation } from './prepare.js';
import { referenceOutcomes } from './reference.js';
import { settledOn } from './settled.js';
import type { AsOfContext } from './upcoming.js';

/**
 * Which evaluator runs the conditions; both give byte-identical results.
 *
 * @category Evaluate
 * @example
 * ```ts
 * const engine: EngineChoice = 'json-rules-engine';
 * const result = await evaluate(facts, { engine });
 * ```
 */
export type EngineChoice = 'compiled' | 'json-rules-engine';

/**
 * Options of {@link evaluate}.
 *
 * @category Evaluate
 * @example
 * ```ts
 * const options: EvaluateOptions = { ruleset: loadRulesetOrThrow([base, variant]), engine: 'compiled' };
 * ```
 */
export interface EvaluateOptions {
  /** The ruleset to score against; the base ruleset of the standard when absent. */
  readonly ruleset?: Ruleset;
  /** `compiled` (default, fast) or `json-rules-engine` (the reference). */
  readonly engine?: EngineChoice;
  /**
   * Expert assessments and rejected evidence (from `parseReview`): rejected records are set aside
   * before evaluation, assessments score expert-judged items and override computed ones.
   */
  readonly review?: Review;
  /**
   * Evaluate as of the end of this local day `YYYY-MM-DD` (the station's zone; spec §5, the
   * monthly link): records, incidents and other facts dated after it do not exist yet, buckets
   * whose window is still open and obligations on the whole period not met yet are upcoming,
   * deadlines after it are pending. The result carries `asOf` (the projected score, the settled
   * day, the next deadline) and each item its `upcoming` obligations. From the settled day on (the
   * period end plus its grace windows and deadlines) the result is the full-year one. A day before
   * the period start judges nothing: every obligation is upcoming.
   */
  readonly asOf?: string;
}

function checkedFacts(facts: StationFacts, ruleset: Ruleset): StationFacts {
  if (isParsedFacts(facts, ruleset)) return facts;
  const parsed = parseFacts(facts, { ruleset });
  if (!parsed.ok) throw new InvalidInputError('facts', parsed.issues);
  return parsed.value;
}

function checkedReview(review: Review | undefined, ruleset: Ruleset, facts: StationFacts): Review | undefined {
  if (review === undefined) return undefined;
  const parsed = isParsedReview(review) ? { ok: true as const, value: review } : parseReview(review);
  if (!parsed.ok) throw new InvalidInputError('review', parsed.issues);
  const issues = checkReview(parsed.value, ruleset, facts);
  if (issues.length > 0) throw new InvalidInputError('review', issues);
  return parsed.value;
}

/** The checked input of an evaluation: the station prepared (as of the day asked), its ruleset and review. */
export interface CheckedInput {
  /** The station prepared for the whole period. */
  readonly prepared: PreparedStation;
  /** The station evaluated: `prepared`, or its view as of `asOf`. */
  readonly station: PreparedStation;
  readonly asOf: string | null;
  readonly ruleset: Ruleset;
  readonly review: Review | undefined;
}

/**
 * Checks the facts, options and review of an evaluation and prepares the station.
 *
 * @internal
 */
export function checkedInput(facts: StationFacts, options: Omit<EvaluateOptions, 'engine'>): CheckedInput {
  const asOf = options.asOf === undefined ? null : checkedAsOf(options.asOf);
  const ruleset = options.ruleset ?? baseRuleset();
  const valid = checkedFacts(facts, ruleset);
  const review = checkedReview(options.review, ruleset, valid);
  const prepared = prepareStation(valid, rejectionsOf(review));
  const station = asOf === null ? prepared : stationAsOf(prepared, asOf);
  return { prepared, station, asOf, ruleset, review };
}

/**
 * Evaluates a prepared station through the compiled path.
 *
 * @internal
 */
export function evaluatePrepared(
  station: PreparedStation,
  ruleset: Ruleset,
  review: Review | undefined,
): EvaluationResult {
  return assemble(station, ruleset, compiledOutcomesOf(compileRuleset(ruleset), station), review);
}

/** An expert-judged item before any assessment: pending, 0 points, its advice shown. */
function expertItem(item: Ruleset['items'][number]): ItemResult {
  return itemResult(item, 0, 'notAssessed', [], [], null, null, null, [], [], item.advice);
}

/** What every result of a ruleset shares: the part of each item and the maximum scores. */
interface RulesetShape {
  /** The index in `ruleset.parts` of each item's part (in the order of `ruleset.items`). */
  readonly partOfItem: readonly number[];
  readonly bonusPart: readonly boolean[];
  readonly maxBase: number;
  readonly maxBonus: number;
}

const shapes = new WeakMap<Ruleset, RulesetShape>();

function shapeOf(ruleset: Ruleset): RulesetShape {
  let shape = shapes.get(ruleset);
  if (!shape) {
    const partIndex = new Map(ruleset.parts.map((p, i) => [p.id, i]));
    const sum = (kind: 'base' | 'bonus') =>
      sumScores(ruleset.parts.filter((p) => p.kind === kind).map((p) => p.points));
    shape = {
      partOfItem: ruleset.items.map((item) => partIndex.get(item.part) ?? -1),
      bonusPart: ruleset.parts.map((p) => p.kind === 'bonus'),
      maxBase: sum('base'),
      maxBonus: sum('bonus'),
    };
    shapes.set(ruleset, shape);
  }
  return shape;
}

/** The station as a result names it: id, name and, when the facts name one, its organisation. */
function stationOf(facts: StationFacts): EvaluationResult['station'] {
  const { id, name, organisation } = facts.station;
  if (organisation === undefined) return { id, name };
  const { city, county } = organisation;
  if (city === undefined && county === undefined) return { id, name };
  return {
    id,
    name,
    organisation: { ...(city === undefined ? {} : { city }), ...(county === undefined ? {} : { county }) },
  };
}

function assemble(
  station: PreparedStation,
  ruleset: Ruleset,
  outcomesOf: (index: number) => ItemOutcomes | null,
  review: Review | undefined,
): EvaluationResult {
  const facts = station.facts;
  const assessments = assessmentsById(review);
  const shape = shapeOf(ruleset);
  // Sums in exact units (see scoring/exact): no 0.30000000000000004 in a total.
  const partScores = ruleset.parts.map(() => new ScoreSum());
  const base = new ScoreSum();
  const bonus = new ScoreSum();
  const total = new ScoreSum();
  const pending: string[] = [];
  const asOf: AsOfContext | null =
    station.asOf === null
      ? null
      : { asOf: station.asOf, windowStart: station.windowStart, periodEnd: station.periodEnd };
  const items = ruleset.items.map((item, index) => {
    const itemOutcomes = outcomesOf(index);
    const computed = itemOutcomes ? buildItemResult(item, itemOutcomes, asOf) : expertItem(item);
    const result = overriddenStakes(applyAssessment(computed, item, assessments.get(item.id)));
    const part = shape.partOfItem[index] as number;
    partScores[part]?.add(result.score);
    (shape.bonusPart[part] === true ? bonus : base).add(result.score);
    total.add(result.score);
    if (result.status === 'notAssessed') pending.push(result.id);
    return result;
  });
  const grade = gradeOf(total.value, ruleset.grades);
  const result: EvaluationResult = {
    schemaVersion: 1,
    library: { name: LIBRARY.name, version: LIBRARY.version },
    ruleset: {
      id: ruleset.id,
      version: ruleset.version,
      hash: ruleset.hash,
      scoringHash: ruleset.scoringHash,
      chain: ruleset.chain.map((l) => ({ ...l })),
    },
    station: stationOf(facts),
    period: { start: facts.period.start, end: facts.period.end, timeZone: facts.station.timeZone },
    grade: grade.id,
    gradeLabel: grade.label,
    base: base.value,
    bonus: bonus.value,
    total: total.value,
    max: { base: shape.maxBase, bonus: shape.maxBonus, total: sumScores([shape.maxBase, shape.maxBonus]) },
    parts: ruleset.parts.map((part, i) => ({
      id: part.id,
      kind: part.kind,
      title: part.title,
      max: part.points,
      score: (partScores[i] as ScoreSum).value,
    })),
    items,
    pending,
    warnings: bodyTextWarnings(station, ruleset.params),
    rejectedEvidence: rejectedEvidenceOf(review),
  };
  if (asOf !== null) result.asOf = asOfSummary(result, ruleset, shape, asOf);
  return result;
}

/**
 * An overridden item's score no longer depends on the facts: nothing of it is at stake, and its
 * overdue obligations lost it nothing (the assessment decided its points).
 */
function overriddenStakes(result: ItemResult): ItemResult {
  if (result.status !== 'overridden' || (result.upcoming === undefined && result.overdue === undefined)) return result;
  const out = { ...result };
  if (result.upcoming) out.upcoming = result.upcoming.map((obligation) => ({ ...obligation, stake: 0 }));
  if (result.overdue) out.overdue = result.overdue.map((obligation) => ({ ...obligation, lost: 0 }));
  return out;
}

/**
 * The as-of part of a result: the day, the settled day, the soonest deadline, and the projected
 * score — every open obligation met. Computed items already count what is open as met (an item
 * keeps its points until something is judged against it), so their projected score is their score
 * to date; an expert-judged item of a base part not assessed yet is projected at its full points
 * (it is judged at the evaluation), a bonus item is not (a bonus is earned, never assumed).
 */
function asOfSummary(
  result: EvaluationResult,
  ruleset: Ruleset,
  shape: RulesetShape,
  asOf: AsOfContext,
): NonNullable<EvaluationResult['asOf']> {
  const base = new ScoreSum();
  const bonus = new ScoreSum();
  let nextDeadline: string | null = null;
  result.items.forEach((item, index) => {
    const inBonus = shape.bonusPart[shape.partOfItem[index] as number] === true;
    const projected = item.status === 'notAssessed' && !inBonus ? item.max : item.score;
    (inBonus ? bonus : base).add(projected);
    if (item.nextDeadline !== undefined && (nextDeadline === null || item.nextDeadline < nextDeadline))
      nextDeadline = item.nextDeadline;
  });
  const total = sumScores([base.value, bonus.value]);
  const grade = gradeOf(total, ruleset.grades);
  return {
    date: asOf.asOf,
    settled: settledOn(ruleset, asOf.periodEnd),
    projected: { base: base.value, bonus: bonus.value, total, grade: grade.id, gradeLabel: grade.label },
    nextDeadline,
  };
}

/**
 * Evaluates one station synchronously through the compiled path.
 *
 * @throws {@link InvalidInputError} when `facts` did not come from `parseFacts` and are invalid, or
 * when the review does not fit the ruleset and facts (see `checkReview`).
 * @category Evaluate
 * @example
 * ```ts
 * const result = evaluateSync(parseFactsOrThrow(json));
 * console.log(result.total, result.grade);
 * ```
 */
export function evaluateSync(facts: StationFacts, options: Omit<EvaluateOptions, 'engine'> = {}): EvaluationResult {
  const { station, ruleset, review } = checkedInput(facts, options);
  return evaluatePrepared(station, ruleset, review);
}

/**
 * Evaluates one station against a ruleset (the standard's base ruleset by default). The result
 * is plain, deterministic JSON: the same facts and ruleset give byte-identical output whatever
 * the order of records or the machine's time zone.
 *
 * @throws {@link InvalidInputError} when `facts` did not come from `parseFacts` and are invalid, or
 * when the review does not fit the ruleset and facts (see `checkReview`).
 * @category Evaluate
 * @example
 * ```ts
 * import { evaluate, parseFactsOrThrow } from 'clean-station';
 * const result = await evaluate(parseFactsOrThrow(json));
 * for (const item of result.items) console.log(item.id, item.score, '/', item.max, item.missing);
 * ```
 */
export async function evaluate(facts: StationFacts, options: EvaluateOptions = {}): Promise<EvaluationResult> {
  if ((options.engine ?? 'compiled') === 'compiled') return evaluateSync(facts, options);
  const { station, ruleset, review } = checkedInput(facts, options);
  const outcomes = await referenceOutcomes(ruleset, station);
  return assemble(station, ruleset, (index) => outcomes[index] ?? null, review);
}
