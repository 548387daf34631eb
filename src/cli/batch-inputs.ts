/**
 * What `batch` reads besides the ruleset: each input file told apart by its kind (facts to
 * evaluate, a stored result to rank as it is, or a file of the wrong kind, skipped with one line
 * saying what it looks like), and the reviews of a `--reviews` folder matched to stations by the
 * station and period they name.
 */
import { parseReview } from '../assess/parse.js';
import type { Review } from '../assess/schema.js';
import type { StationFacts } from '../facts/schema.js';
import { fromZodIssues } from '../issues/zod-issues.js';
import type { SkippedSource } from '../report/county.js';
import { type EvaluationResult, evaluationResultSchema } from '../result/schema.js';
import type { Ruleset } from '../ruleset/finalize.js';
import { issueProblems, type Problem, problemsOf } from './context.js';
import { detectKind } from './file-kind.js';
import { readJson } from './files.js';
import { listJsonFiles } from './list.js';
import { cliMessages } from './messages.js';

/** The key of a station and period: reviews, facts and results are matched by it. */
export function subjectKey(stationId: string, period: { readonly start: string; readonly end: string }): string {
  return `${stationId}\u0000${period.start}/${period.end}`;
}

/** A file's problems as the reasons it was skipped. */
export function skippedOf(file: string, problems: readonly Problem[]): SkippedSource {
  return {
    source: file,
    reasons: problems.map((p) => {
      const at = p.where.startsWith(`${file}: `) ? p.where.slice(file.length + 2) : undefined;
      return {
        ...(at === undefined || at === '' ? {} : { at }),
        message: p.message,
        ...(p.code === undefined ? {} : { code: p.code }),
      };
    }),
  };
}

/** Reads a file's JSON, or the problems that kept it from being read. */
function readDocument(file: string): { ok: true; value: unknown } | { ok: false; problems: Problem[] } {
  try {
    return { ok: true, value: readJson(file) };
  } catch (error) {
    return { ok: false, problems: problemsOf(file, error) };
  }
}

/** One input of a batch, once read: facts to evaluate, a stored result, or a skipped file. */
export type BatchInput =
  | { readonly kind: 'facts'; readonly file: string; readonly value: unknown }
  | { readonly kind: 'stored'; readonly file: string; readonly result: EvaluationResult }
  | { readonly kind: 'skipped'; readonly skipped: SkippedSource };

/**
 * A stored result, checked against the result schema and against the ruleset in use: a result
 * scored by other rules (another scoring hash) cannot be ranked with the others.
 */
function storedResult(file: string, value: unknown, ruleset: Ruleset): BatchInput {
  const parsed = evaluationResultSchema.safeParse(value);
  if (!parsed.success) {
    return { kind: 'skipped', skipped: skippedOf(file, issueProblems(file, fromZodIssues(parsed.error.issues))) };
  }
  const result = parsed.data;
  if (result.ruleset.scoringHash !== ruleset.scoringHash) {
    const message = cliMessages.resultOtherScoring({
      result: result.ruleset.scoringHash,
      ruleset: ruleset.scoringHash,
    });
    return { kind: 'skipped', skipped: { source: file, reasons: [{ message, code: 'result-other-scoring' }] } };
  }
  return { kind: 'stored', file, result };
}

/**
 * Reads one input file of a batch and tells what it is. Facts (or anything that names a station
 * or period) are evaluated; a result is checked and ranked as stored; a review or a ruleset is
 * skipped with one line saying so, and so is a document that looks like none of them.
 *
 * @example
 * ```ts
 * const input = readBatchInput('stations/liuqiao.json', ruleset);
 * if (input.kind === 'skipped') console.log(input.skipped.reasons[0]?.message.en);
 * ```
 */
export function readBatchInput(file: string, ruleset: Ruleset): BatchInput {
  const read = readDocument(file);
  if (!read.ok) return { kind: 'skipped', skipped: skippedOf(file, read.problems) };
  const kind = detectKind(read.value);
  if (kind === 'facts') return { kind: 'facts', file, value: read.value };
  if (kind === 'result') return storedResult(file, read.value, ruleset);
  const message = kind === null ? cliMessages.notRecognised() : cliMessages.looksLike({ kind, expected: 'station' });
  return { kind: 'skipped', skipped: { source: file, reasons: [{ message, code: 'wrong-kind' }] } };
}

/** The reviews of a folder, by the station and period they name, and the files not used. */
export interface BatchReviews {
  /** The review of a station and period, and its file. */
  readonly bySubject: ReadonlyMap<string, { readonly file: string; readonly review: Review }>;
  /** Review files that could not be read, are not reviews, or name no station and period. */
  readonly skipped: readonly SkippedSource[];
}

/**
 * Reads one review file: the review, or the reason it cannot be used.
 *
 * @example
 * ```ts
 * const read = readOneReview('reviews/liuqiao.json');
 * ```
 */
export function readOneReview(file: string): { ok: true; review: Review } | { ok: false; skipped: SkippedSource } {
  const read = readDocument(file);
  if (!read.ok) return { ok: false, skipped: skippedOf(file, read.problems) };
  const kind = detectKind(read.value);
  if (kind !== 'review') {
    const message = kind === null ? cliMessages.notRecognised() : cliMessages.looksLike({ kind, expected: 'review' });
    return { ok: false, skipped: { source: file, reasons: [{ message, code: 'wrong-kind' }] } };
  }
  const parsed = parseReview(read.value);
  if (!parsed.ok) {
    return { ok: false, skipped: skippedOf(file, issueProblems(file, parsed.issues)) };
  }
  return { ok: true, review: parsed.value };
}

/**
 * Reads every review of the `--reviews` folders and files, keyed by the station and period each
 * names (the first of two reviews of one station and period is used; the other is listed).
 *
 * @example
 * ```ts
 * const reviews = readBatchReviews(['reviews/']);
 * reviews.bySubject.get(subjectKey('wy-liuqiao', { start: '2023-01-01', end: '2023-12-31' }))?.file;
 * ```
 */
export function readBatchReviews(inputs: readonly string[]): BatchReviews {
  const { files, skipped: entries } = listJsonFiles(inputs);
  const skipped: SkippedSource[] = entries.map((problem) => skippedOf(problem.where, [problem]));
  const bySubject = new Map<string, { file: string; review: Review }>();
  for (const file of files) {
    const read = readOneReview(file);
    if (!read.ok) {
      skipped.push(read.skipped);
      continue;
    }
    const { station, period } = read.review;
    if (station === undefined || period === undefined) {
      skipped.push({
        source: file,
        reasons: [{ message: cliMessages.reviewWithoutSubject(), code: 'review-no-subject' }],
      });
      continue;
    }
    const key = subjectKey(station.id, period);
    const first = bySubject.get(key);
    if (first !== undefined) {
      const message = cliMessages.reviewDuplicate({ first: first.file });
      skipped.push({ source: file, reasons: [{ message, code: 'review-duplicate' }] });
      continue;
    }
    bySubject.set(key, { file, review: read.review });
  }
  return { bySubject, skipped };
}

/**
 * The reviews not used by any station of the batch, each with its reason: the station's result
 * was stored (a review applies to facts only), or no facts of that station and period were read.
 *
 * @example
 * ```ts
 * unusedReviews(reviews, used, stored);
 * ```
 */
export function unusedReviews(
  reviews: BatchReviews,
  used: ReadonlySet<string>,
  stored: ReadonlyMap<string, string>,
): SkippedSource[] {
  const unused: SkippedSource[] = [];
  for (const [key, { file, review }] of reviews.bySubject) {
    if (used.has(key)) continue;
    const station = review.station?.id ?? '';
    const storedFile = stored.get(key);
    const message =
      storedFile === undefined
        ? cliMessages.reviewUnmatched({ station, period: `${review.period?.start} – ${review.period?.end}` })
        : cliMessages.reviewForStoredResult({ station, source: storedFile });
    unused.push({ source: file, reasons: [{ message, code: 'review-unused' }] });
  }
  return unused;
}

/** The key of facts that are valid enough to be matched to a review. */
export function factsSubject(facts: StationFacts): string {
  return subjectKey(facts.station.id, facts.period);
}
