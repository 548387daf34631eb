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
import { compiledOutcomesOf, compileRuleset } from './compiled.js';
import { buildItemResult, type ItemOutcomes, itemResult } from './item-result.js';
import { type PreparedStation, prepareStation } from './prepare.js';
import { referenceOutcomes } from './reference.js';

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

/** The checked facts, ruleset and review of an evaluation, and the station prepared from them. */
function checkedInput(
  facts: StationFacts,
  options: Omit<EvaluateOptions, 'engine'>,
): { station: PreparedStation; ruleset: Ruleset; review: Review | undefined } {
  const ruleset = options.ruleset ?? baseRuleset();
  const valid = checkedFacts(facts, ruleset);
  const review = checkedReview(options.review, ruleset, valid);
  return { station: prepareStation(valid, rejectionsOf(review)), ruleset, review };
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
  const items = ruleset.items.map((item, index) => {
    const itemOutcomes = outcomesOf(index);
    const computed = itemOutcomes ? buildItemResult(item, itemOutcomes) : expertItem(item);
    const result = applyAssessment(computed, item, assessments.get(item.id));
    const part = shape.partOfItem[index] as number;
    partScores[part]?.add(result.score);
    (shape.bonusPart[part] === true ? bonus : base).add(result.score);
    total.add(result.score);
    if (result.status === 'notAssessed') pending.push(result.id);
    return result;
  });
  const grade = gradeOf(total.value, ruleset.grades);
  return {
    schemaVersion: 1,
    library: { name: LIBRARY.name, version: LIBRARY.version },
    ruleset: {
      id: ruleset.id,
      version: ruleset.version,
      hash: ruleset.hash,
      scoringHash: ruleset.scoringHash,
      chain: ruleset.chain.map((l) => ({ ...l })),
    },
    station: { id: facts.station.id, name: facts.station.name },
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
  return assemble(station, ruleset, compiledOutcomesOf(compileRuleset(ruleset), station), review);
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
