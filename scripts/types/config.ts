/**
 * Which schemas become named types in the API reference, under which names and categories. The
 * fields, their types and their descriptions are read from the schemas themselves; only the
 * names, the categories and the examples of the top-level types are written here.
 */
import type * as z from 'zod';
import { reviewSchema } from '../../src/assess/schema.js';
import { BUILT_IN_KIND_NAMES, BUILT_IN_KINDS } from '../../src/facts/kinds/builtin.js';
import { labelSchema } from '../../src/facts/kinds/declaration.js';
import { kindRegistry } from '../../src/facts/kinds/record.js';
import { stationFactsSchema } from '../../src/facts/schema.js';
import { evaluationResultSchema, traceNodeSchema } from '../../src/result/schema.js';
import {
  baseRulesetSchema,
  conditionSchema,
  factReference,
  localized,
  localizedText,
  scoringSchema,
} from '../../src/ruleset/schema.js';
import { variantSchema } from '../../src/ruleset/variant.js';
import { testSuiteSchema } from '../../src/testkit/schema.js';
import { schemaAt } from './walk.js';

/** The categories of the API reference, in the order its navigation shows them. */
export const CATEGORIES = ['Evaluate', 'Facts', 'Rulesets and variants', 'Review', 'Reports', 'Errors'] as const;

/** A category of the API reference. */
export type Category = (typeof CATEGORIES)[number];

/** The schemas named types are found under, by the name their module exports them as. */
const ROOTS = {
  evaluationResultSchema: { schema: evaluationResultSchema, from: 'src/result/schema.js' },
  stationFactsSchema: { schema: stationFactsSchema, from: 'src/facts/schema.js' },
  reviewSchema: { schema: reviewSchema, from: 'src/assess/schema.js' },
  baseRulesetSchema: { schema: baseRulesetSchema, from: 'src/ruleset/schema.js' },
  localized: { schema: localized, from: 'src/ruleset/schema.js' },
  localizedText: { schema: localizedText, from: 'src/ruleset/schema.js' },
  scoringSchema: { schema: scoringSchema, from: 'src/ruleset/schema.js' },
  factReference: { schema: factReference, from: 'src/ruleset/schema.js' },
  labelSchema: { schema: labelSchema, from: 'src/facts/kinds/declaration.js' },
  variantSchema: { schema: variantSchema, from: 'src/ruleset/variant.js' },
  testSuiteSchema: { schema: testSuiteSchema, from: 'src/testkit/schema.js' },
} as const;

/** The name of a schema a named type is found under. */
export type RootName = keyof typeof ROOTS;

/**
 * The module (from the repository root) that exports a root schema.
 *
 * @example
 * ```ts
 * rootModule('stationFactsSchema'); // 'src/facts/schema.js'
 * ```
 */
export function rootModule(root: RootName): string {
  return ROOTS[root].from;
}

/** Where a named schema is: a root schema and a path under it (see `schemaAt`). */
export interface SchemaSource {
  readonly root: RootName;
  readonly path: string;
}

function at(root: RootName, path = ''): { schema: z.ZodType; source: SchemaSource } {
  return { schema: schemaAt(ROOTS[root].schema, path), source: { root, path } };
}

/** A schema that becomes a named type. */
export interface NamedSchema {
  readonly schema: z.ZodType;
  readonly source: SchemaSource;
  /** The name of what parsing returns (absent when only the written form is public). */
  readonly output?: string;
  /** The name of the form as written, when it differs from the output (defaults, transforms). */
  readonly input?: string;
  readonly category: Category;
  /** The summary, when the schema's own title and description are not enough. */
  readonly summary?: string;
  /**
   * Examples by name (top-level types); a name without one gets an example that shows where it is
   * found in another named type.
   */
  readonly examples?: Readonly<Record<string, string>>;
  /** The variable the examples of nested types read this type from. */
  readonly variable?: string;
  /** An interface the generated one extends (its index signature admits more fields). */
  readonly extends?: string;
}

/** A schema whose type is written by hand elsewhere (recursive or checked by code). */
export interface ExternalType {
  readonly schema: z.ZodType;
  readonly type: string;
  /** The module (relative to `src/types/`) that exports `type`; absent for a type expression. */
  readonly from?: string;
}

function pascal(title: string): string {
  return title
    .split(/[^A-Za-z]+/)
    .filter((word) => word !== '')
    .map((word) => `${word[0]?.toUpperCase()}${word.slice(1)}`)
    .join('');
}

/** The record kinds of the standard, named by their English titles (`Liaison`, `LedgerHandover`). */
function builtInKinds(): NamedSchema[] {
  return BUILT_IN_KIND_NAMES.map((kind) => {
    const title = kindRegistry.get(BUILT_IN_KINDS[kind])?.title.en ?? kind;
    return { ...at('stationFactsSchema', `records.${kind}[]`), output: pascal(title), category: 'Facts' };
  });
}

/** Input names of the record kinds whose written form may leave out fields that have defaults. */
const KIND_INPUTS: Readonly<Record<string, string>> = {
  Liaison: 'LiaisonInput',
  Disclosure: 'DisclosureInput',
  SupervisionMeeting: 'SupervisionMeetingInput',
};

/**
 * Every named schema, in the order the generated module declares them.
 *
 * @example
 * ```ts
 * namedSchemas().map((named) => named.output ?? named.input);
 * ```
 */
export function namedSchemas(): NamedSchema[] {
  const item = 'items[]';
  return [
    {
      ...at('evaluationResultSchema'),
      output: 'EvaluationResult',
      category: 'Evaluate',
      summary: 'The full result of evaluating one station: plain JSON, deterministic.',
      variable: 'result',
      examples: {
        EvaluationResult: [
          'const result: EvaluationResult = await evaluate(facts);',
          'console.log(result.total, result.grade, result.items.filter((i) => i.score < i.max).map((i) => i.id));',
        ].join('\n'),
      },
    },
    { ...at('evaluationResultSchema', 'library'), output: 'LibraryStamp', category: 'Evaluate' },
    { ...at('evaluationResultSchema', 'ruleset'), output: 'RulesetStamp', category: 'Evaluate' },
    { ...at('evaluationResultSchema', 'ruleset.chain[]'), output: 'RulesetLink', category: 'Rulesets and variants' },
    { ...at('evaluationResultSchema', 'station'), output: 'StationStamp', category: 'Evaluate' },
    { ...at('evaluationResultSchema', 'period'), output: 'ResultPeriod', category: 'Evaluate' },
    { ...at('evaluationResultSchema', 'max'), output: 'MaxScores', category: 'Evaluate' },
    { ...at('evaluationResultSchema', 'parts[]'), output: 'PartResult', category: 'Evaluate' },
    {
      ...at('evaluationResultSchema', item),
      output: 'ItemResult',
      category: 'Evaluate',
      summary: 'The result of one item: score, status, missing buckets, the trace and the records relied on.',
      variable: 'item',
      examples: {
        ItemResult: [
          "const item: ItemResult | undefined = result.items.find((i) => i.id === 'monthly-liaison');",
          'if (item && item.score < item.max) console.log(item.missing, item.advice?.zh);',
        ].join('\n'),
      },
    },
    { ...at('evaluationResultSchema', `${item}.coverage[]`), output: 'CoverageCheck', category: 'Evaluate' },
    { ...at('evaluationResultSchema', `${item}.notCounted[]`), output: 'NotCountedRecord', category: 'Evaluate' },
    { ...at('evaluationResultSchema', `${item}.notCounted[].notInPost[]`), output: 'NotInPost', category: 'Evaluate' },
    { ...at('evaluationResultSchema', `${item}.pending[]`), output: 'PendingObligation', category: 'Evaluate' },
    { ...at('evaluationResultSchema', `${item}.computed`), output: 'ComputedOutcome', category: 'Evaluate' },
    { ...at('evaluationResultSchema', `${item}.assessment`), output: 'AssessmentResult', category: 'Evaluate' },
    {
      ...at('evaluationResultSchema', 'warnings[]'),
      output: 'Warning',
      category: 'Evaluate',
      summary:
        'A coded warning from the standard’s body text (for example a supervision group outside 3–7 members): shown in reports, never deducted.',
      examples: {
        Warning: [
          'const warnings: readonly Warning[] = result.warnings;',
          'for (const warning of warnings) console.log(warning.code, warning.message.en);',
        ].join('\n'),
      },
    },
    { ...at('evaluationResultSchema', 'rejectedEvidence[]'), output: 'RejectedEvidence', category: 'Evaluate' },
    {
      ...at('evaluationResultSchema', `${item}.upcoming[]`),
      output: 'UpcomingObligation',
      category: 'Evaluate',
      summary:
        'An obligation of an item still open as of a day: the bucket and record kind, the condition still open, or the record a deadline arose from; the first day it can be met on, its deadline and the points at stake.',
      examples: {
        UpcomingObligation:
          "const open: UpcomingObligation = { bucket: '2023-07', kind: 'liaisons', from: '2023-07-01', deadline: '2023-07-31', stake: 4 };",
      },
    },
    {
      ...at('evaluationResultSchema', `${item}.overdue[]`),
      output: 'OverdueObligation',
      category: 'Evaluate',
      summary:
        'An obligation of an item past its deadline as of a day inside the period, judged missed and still open (nothing done for it yet): the record it arose from, its deadline and the points the item lost for it.',
      examples: {
        OverdueObligation:
          "const overdue: OverdueObligation = { id: 'c-1', arose: '2023-05-02', deadline: '2023-05-09', lost: 2 };",
      },
    },
    {
      ...at('evaluationResultSchema', 'asOf'),
      output: 'AsOfSummary',
      category: 'Evaluate',
      summary:
        'The as-of part of a result evaluated as of a day: the day, the settled day, the projected score, the next deadline.',
      examples: {
        AsOfSummary: [
          "const asOf: AsOfSummary | undefined = (await evaluate(facts, { asOf: '2023-06-30' })).asOf;",
          'console.log(asOf?.projected.total, asOf?.nextDeadline);',
        ].join('\n'),
      },
    },
    { ...at('evaluationResultSchema', 'asOf.projected'), output: 'ProjectedScore', category: 'Evaluate' },
    {
      ...at('evaluationResultSchema', 'monthly[]'),
      output: 'MonthlyScore',
      category: 'Evaluate',
      summary: 'The score of a station as of one month end (`evaluateMonthly`, `result.monthly`).',
      examples: {
        MonthlyScore:
          "const june: MonthlyScore = { month: '2023-06', asOf: '2023-06-30', total: 88, projected: 88, grade: 'qualified' };",
      },
    },
    {
      ...at('localized'),
      output: 'Localized',
      category: 'Evaluate',
      summary: 'A text in Chinese and English, as results carry it.',
      examples: { Localized: "const title: Localized = { zh: '每月对接村电工', en: 'Monthly liaison' };" },
    },
    {
      ...at('stationFactsSchema'),
      output: 'StationFacts',
      input: 'StationFactsInput',
      category: 'Facts',
      variable: 'facts',
      summary:
        'One station’s evaluation period: the station, its service points, staff and posts, and the dated records of its obligations. `StationFacts` is what `parseFacts` returns (defaults filled in); `StationFactsInput` is what a facts file holds: build it from your own data and pass it to `parseFacts`.',
      examples: {
        StationFacts: [
          'const input: StationFactsInput = {',
          "  station: { id: 'st-1', name: '桐琴供电所' },",
          "  period: { start: '2023-01-01', end: '2023-12-31' },",
          "  incidents: [{ id: 'i-1', kind: 'service-complaint', date: '2023-05-02' }],",
          '};',
          'const facts: StationFacts = parseFactsOrThrow(input);',
          "facts.station.timeZone; // 'Asia/Shanghai' when the input left it out",
        ].join('\n'),
        StationFactsInput: [
          'const input: StationFactsInput = {',
          "  station: { id: 'st-1', name: '桐琴供电所' },",
          "  period: { start: '2023-01-01', end: '2023-12-31' },",
          '};',
          'const parsed = parseFacts(input);',
        ].join('\n'),
      },
    },
    { ...at('stationFactsSchema', 'station'), output: 'Station', input: 'StationInput', category: 'Facts' },
    { ...at('stationFactsSchema', 'period'), output: 'Period', category: 'Facts' },
    {
      ...at('stationFactsSchema', 'servicePoints[]'),
      output: 'ServicePoint',
      input: 'ServicePointInput',
      category: 'Facts',
    },
    { ...at('stationFactsSchema', 'servicePoints[].terminal'), output: 'SmartTerminal', category: 'Facts' },
    { ...at('stationFactsSchema', 'servicePoints[].facilities[]'), output: 'Facility', category: 'Facts' },
    { ...at('stationFactsSchema', 'staff[]'), output: 'StaffMember', category: 'Facts' },
    { ...at('stationFactsSchema', 'duties[]'), output: 'Duty', category: 'Facts' },
    { ...at('stationFactsSchema', 'appointments[]'), output: 'Appointment', category: 'Facts' },
    { ...at('stationFactsSchema', 'reviews[]'), output: 'SupervisorReview', category: 'Facts' },
    { ...at('stationFactsSchema', 'dismissalGrounds[]'), output: 'DismissalGround', category: 'Facts' },
    { ...at('stationFactsSchema', 'responsibilityLists[]'), output: 'ResponsibilityList', category: 'Facts' },
    { ...at('stationFactsSchema', 'supervisionGroup'), output: 'SupervisionGroup', category: 'Facts' },
    { ...at('stationFactsSchema', 'supervisionGroup.members[]'), output: 'GroupMember', category: 'Facts' },
    {
      ...at('stationFactsSchema', 'records'),
      output: 'Records',
      input: 'RecordsInput',
      category: 'Facts',
      extends: 'DeclaredRecords',
      summary:
        'The dated records of the periodic obligations, one list per kind: the standard’s kinds below, and the kinds a ruleset declares (read those with `declaredRecords(facts, kind)`).',
    },
    ...builtInKinds().map((kind) => {
      const input = kind.output === undefined ? undefined : KIND_INPUTS[kind.output];
      return input === undefined ? kind : { ...kind, input };
    }),
    { ...at('stationFactsSchema', 'records.liaisons[].demands[]'), output: 'Demand', category: 'Facts' },
    { ...at('stationFactsSchema', 'outages[]'), output: 'Outage', category: 'Facts' },
    { ...at('stationFactsSchema', 'incidents[]'), output: 'Incident', input: 'IncidentInput', category: 'Facts' },
    {
      ...at('reviewSchema'),
      output: 'Review',
      input: 'ReviewInput',
      category: 'Review',
      variable: 'review',
      summary:
        'Expert assessments and rejected evidence for one station’s evaluation: `Review` is what `parseReview` returns, `ReviewInput` what a review file holds (the lists may be left out).',
      examples: {
        Review: [
          'const input: ReviewInput = {',
          "  assessments: [{ itemId: 'recognition', verdict: 'pass', assessor: '王工', date: '2024-01-15' }],",
          '};',
          'const review: Review = parseReviewOrThrow(input);',
        ].join('\n'),
        ReviewInput: [
          'const input: ReviewInput = {',
          "  rejectedEvidence: [{ recordId: 'liaison-2023-03', reason: '签名不实', by: '李审核', date: '2024-01-10' }],",
          '};',
          'const parsed = parseReview(input);',
        ].join('\n'),
      },
    },
    { ...at('reviewSchema', 'assessments[]'), output: 'Assessment', category: 'Review' },
    { ...at('reviewSchema', 'rejectedEvidence[]'), output: 'EvidenceRejection', category: 'Review' },
    {
      ...at('baseRulesetSchema'),
      output: 'BaseRuleset',
      input: 'BaseRulesetInput',
      category: 'Rulesets and variants',
      variable: 'doc',
      summary:
        'A complete (base) ruleset document: `BaseRuleset` after validation (defaults filled in, English texts completed), the shape of `clean-station/rules/base`; `BaseRulesetInput` as written.',
      examples: {
        BaseRuleset: [
          'const doc: BaseRuleset = baseRulesetDocument();',
          "doc.items.map((item) => [item.seq, item.id, item.points].join(' '));",
        ].join('\n'),
        BaseRulesetInput: [
          "const input: BaseRulesetInput = JSON.parse(readFileSync('my-base.json', 'utf8'));",
          'const ruleset = loadRulesetOrThrow(input);',
        ].join('\n'),
      },
    },
    {
      ...at('localizedText'),
      output: 'Localized',
      input: 'LocalizedText',
      category: 'Rulesets and variants',
      summary:
        'A text of a ruleset as written: Chinese, English optional (a text without English resolves to the Chinese one).',
      examples: { LocalizedText: "const title: LocalizedText = { zh: '每月开展安全培训' };" },
    },
    {
      ...at('baseRulesetSchema', 'parts[]'),
      output: 'Part',
      input: 'PartInput',
      category: 'Rulesets and variants',
    },
    {
      ...at('baseRulesetSchema', 'sections[]'),
      output: 'Section',
      input: 'SectionInput',
      category: 'Rulesets and variants',
    },
    {
      ...at('baseRulesetSchema', 'grades[]'),
      output: 'Grade',
      input: 'GradeInput',
      category: 'Rulesets and variants',
    },
    {
      ...at('baseRulesetSchema', 'items[]'),
      output: 'Item',
      input: 'ItemInput',
      category: 'Rulesets and variants',
    },
    {
      ...at('scoringSchema'),
      output: 'Scoring',
      input: 'ScoringInput',
      category: 'Rulesets and variants',
      summary: 'How an item turns its checks into points (spec §2).',
      examples: {
        Scoring:
          "const scoring: Scoring = { mode: 'deduct-per-failure', deduct: 2, floor: 0, failures: 'failed-conditions' };",
      },
    },
    {
      ...at('factReference'),
      output: 'FactReference',
      category: 'Rulesets and variants',
      summary: 'A reference to a factual quantity: a derived fact with params and a path to a number or a list.',
      examples: {
        FactReference:
          "const occurrences: FactReference = { fact: 'incidents', params: { kinds: ['staff-violation'] }, path: 'counted.length' };",
      },
    },
    {
      ...at('baseRulesetSchema', 'recordKinds{}'),
      output: 'RecordKindDeclaration',
      input: 'RecordKindDeclarationInput',
      category: 'Rulesets and variants',
      summary: 'A record kind declared by a ruleset: its title and its own fields.',
      examples: {
        RecordKindDeclaration: [
          'const kind: RecordKindDeclaration = {',
          "  title: { zh: '安全培训', en: 'Safety training' },",
          "  fields: { attendees: { type: 'count', min: 1, required: true } },",
          '};',
        ].join('\n'),
      },
    },
    {
      ...at('baseRulesetSchema', 'recordKinds{}.fields{}'),
      output: 'FieldDeclaration',
      category: 'Rulesets and variants',
      summary: 'One field of a declared record kind, as written in a ruleset.',
      examples: {
        FieldDeclaration:
          "const field: FieldDeclaration = { type: 'count', min: 1, required: true, title: { zh: '参加人数' } };",
      },
    },
    {
      ...at('labelSchema'),
      output: 'Label',
      category: 'Rulesets and variants',
      summary: 'A text in Chinese, with English where the author gave it.',
      examples: { Label: "const label: Label = { zh: '市级' };" },
    },
    {
      ...at('variantSchema'),
      output: 'Variant',
      input: 'VariantInput',
      category: 'Rulesets and variants',
      variable: 'variant',
      summary:
        'A ruleset that extends another one (the base of the standard, or another variant) by changing params, overriding, removing and adding items, and redeclaring grade bands, parts and sections: `VariantInput` as written, `Variant` after validation.',
      examples: {
        VariantInput: [
          'const variant: VariantInput = {',
          "  id: 'jinhua-city',",
          "  version: '1.0.0',",
          "  extends: { id: 'zj-clean-station', version: '^1.0.0' },",
          '  params: { monthEndDays: 7 },',
          '};',
          'const ruleset = loadRulesetOrThrow([variant]);',
        ].join('\n'),
        Variant: [
          'const variant: Variant = variantSchema.parse(JSON.parse(text));',
          "variant.extends; // { id: 'zj-clean-station', version: '^1.0.0' }",
        ].join('\n'),
      },
    },
    { ...at('variantSchema', 'extends'), output: 'ExtendedRuleset', category: 'Rulesets and variants' },
    {
      ...at('variantSchema', 'override{}'),
      output: 'ItemOverride',
      input: 'ItemOverrideInput',
      category: 'Rulesets and variants',
      summary: 'The fields of an item a variant overrides; each replaces the extended item’s value as a whole.',
      examples: {
        ItemOverride:
          "const override: ItemOverride = { advice: { zh: '每月对接并记录需求。', en: 'Meet monthly and log demands.' } };",
      },
    },
    {
      ...at('variantSchema', 'grades[]'),
      output: 'GradePatch',
      input: 'GradePatchInput',
      category: 'Rulesets and variants',
    },
    {
      ...at('variantSchema', 'parts[]'),
      output: 'PartPatch',
      input: 'PartPatchInput',
      category: 'Rulesets and variants',
    },
    {
      ...at('variantSchema', 'sections[]'),
      output: 'SectionPatch',
      input: 'SectionPatchInput',
      category: 'Rulesets and variants',
    },
    {
      ...at('testSuiteSchema'),
      input: 'TestSuite',
      category: 'Rulesets and variants',
      variable: 'suite',
      summary: 'A test-case file (`*.cases.json`): the ruleset under test, shared facts, and cases.',
      examples: {
        TestSuite: [
          'const suite: TestSuite = {',
          "  ruleset: 'jinhua-city.json',",
          "  facts: 'station.json',",
          "  cases: [{ name: 'a compliant station scores full marks', expect: { total: 100 } }],",
          '};',
        ].join('\n'),
      },
    },
    {
      ...at('testSuiteSchema', 'cases[]'),
      input: 'TestCase',
      category: 'Rulesets and variants',
      variable: 'testCase',
      summary:
        'One test case of a ruleset: a name, the facts (a file, inline facts, or the file’s shared facts, optionally changed by a `patch`), an optional review, and what is expected.',
      examples: {
        TestCase: [
          'const testCase: TestCase = {',
          "  name: 'a month without a training loses the item',",
          "  facts: 'station.json',",
          "  patch: [{ op: 'remove', path: '/records/safetyTrainings/3' }],",
          "  expect: { items: { 'monthly-safety-training': { score: 0, status: 'fail', missing: ['2023-04'] } } },",
          '};',
        ].join('\n'),
      },
    },
    { ...at('testSuiteSchema', 'cases[].expect'), input: 'Expectation', category: 'Rulesets and variants' },
    {
      ...at('testSuiteSchema', 'cases[].expect.items{}'),
      input: 'ItemExpectation',
      category: 'Rulesets and variants',
    },
    {
      ...at('testSuiteSchema', 'cases[].expect.issues[]'),
      input: 'ExpectedIssue',
      category: 'Rulesets and variants',
    },
  ];
}

/**
 * The schemas whose types are written by hand, and the free-form JSON values whose type is known
 * only to the code that reads them.
 *
 * @example
 * ```ts
 * externalTypes().map((external) => external.type); // ['TraceNode', 'Condition', …]
 * ```
 */
export function externalTypes(): ExternalType[] {
  const inline = 'Readonly<Record<string, unknown>>';
  return [
    { schema: traceNodeSchema, type: 'TraceNode', from: '../result/schema.js' },
    { schema: conditionSchema, type: 'Condition', from: '../ruleset/schema.js' },
    { schema: schemaAt(testSuiteSchema, 'facts|1'), type: inline },
    { schema: schemaAt(testSuiteSchema, 'cases[].patch|1'), type: inline },
    { schema: schemaAt(testSuiteSchema, 'cases[].review|1'), type: inline },
    { schema: schemaAt(testSuiteSchema, 'cases[].patch|0[]|0.value'), type: 'unknown' },
    { schema: schemaAt(evaluationResultSchema, 'items[].upcoming[].open'), type: 'JsonValue' },
  ];
}

/** Where the interfaces a generated one extends come from. */
export const EXTENDED_FROM: Readonly<Record<string, string>> = { DeclaredRecords: '../facts/schema.js' };
