/**
 * What the browser test runs, in the page and in Node alike, on the library it is handed: the
 * examples parsed, evaluated (the compiled path, json-rules-engine, a regional variant with a
 * review) and rendered as JSON and HTML, and the lot as CSV. It imports nothing at run time, so it
 * bundles for the browser as it is.
 */
import type * as Library from '../../src/index.js';

/** The example files, as text. */
export interface ScenarioInputs {
  readonly compliant: string;
  readonly lapses: string;
  readonly variant: string;
  readonly review: string;
}

/** One evaluation: its result JSON and HTML report. */
export interface CaseOutcome {
  readonly name: string;
  readonly total: number;
  readonly json: string;
  readonly html: string;
}

/** Every case, and the CSV summary of their results. */
export interface ScenarioOutcome {
  readonly cases: readonly CaseOutcome[];
  readonly csv: string;
}

/** Parses, evaluates and renders every case of the scenario with `lib`. */
export async function runScenario(lib: typeof Library, inputs: ScenarioInputs): Promise<ScenarioOutcome> {
  const facts = (text: string) => {
    const parsed = lib.parseFacts(JSON.parse(text));
    if (!parsed.ok) throw new lib.InvalidInputError('facts', parsed.issues);
    return parsed.value;
  };
  const jinhua = lib.loadRulesetOrThrow(JSON.parse(inputs.variant));
  const review = lib.parseReviewOrThrow(JSON.parse(inputs.review));
  const cases: ReadonlyArray<{ name: string; facts: string; options: Library.EvaluateOptions; lang: Library.Lang }> = [
    { name: 'compliant-station', facts: inputs.compliant, options: {}, lang: 'zh' },
    { name: 'station-with-lapses', facts: inputs.lapses, options: {}, lang: 'zh' },
    {
      name: 'station-with-lapses, json-rules-engine',
      facts: inputs.lapses,
      options: { engine: 'json-rules-engine' },
      lang: 'en',
    },
    {
      name: 'station-with-lapses, jinhua-city, review',
      facts: inputs.lapses,
      options: { ruleset: jinhua, review },
      lang: 'en',
    },
  ];
  const outcomes: CaseOutcome[] = [];
  const results: Library.EvaluationResult[] = [];
  for (const { name, facts: text, options, lang } of cases) {
    const result = await lib.evaluate(facts(text), options);
    results.push(result);
    outcomes.push({ name, total: result.total, json: lib.renderJson(result), html: lib.renderHtml(result, { lang }) });
  }
  return { cases: outcomes, csv: lib.renderCsv(results, { lang: 'zh' }) };
}
