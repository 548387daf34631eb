/**
 * clean-station: score power-supply stations against the Zhejiang standard
 * 清廉供电站所服务监督评价标准 (Appendix A, 28 items) with declarative rules and a full trace.
 *
 * @example
 * ```ts
 * import { evaluate, parseFacts } from 'clean-station';
 * const parsed = parseFacts(JSON.parse(text));
 * if (!parsed.ok) throw new Error(parsed.issues.map((i) => i.message.en).join('\n'));
 * const result = await evaluate(parsed.value);
 * console.log(result.total, result.grade);
 * ```
 *
 * @packageDocumentation
 * @module clean-station
 */
export { checkReview } from './assess/check.js';
export { parseReview, parseReviewJson, parseReviewOrThrow } from './assess/parse.js';
export { WARNING_CODES, type WarningCode } from './assess/warnings.js';
export { type DueEntry, type DueList, type DueListOptions, dueList } from './due/list.js';
export type { KindTitles } from './due/messages.js';
export { type DueRenderOptions, renderDueJson, renderDueMarkdown, renderDueTable } from './due/render.js';
export { type BatchEntry, type EvaluateManyOptions, evaluateMany, type FactsSource } from './engine/batch.js';
export { type EngineChoice, type EvaluateOptions, evaluate, evaluateSync } from './engine/evaluate.js';
export type { FactName } from './engine/facts/index.js';
export { evaluateMonthly } from './engine/monthly.js';
export type { OperatorName } from './engine/operators.js';
export type { FieldType } from './facts/fields.js';
export type { FactsKinds } from './facts/for-ruleset.js';
export type { BuiltInKind } from './facts/kinds/builtin.js';
export type { FieldInfo, RecordKindInfo } from './facts/kinds/describe.js';
export { type ParseFactsOptions, parseFacts, parseFactsJson, parseFactsOrThrow } from './facts/parse.js';
export type { DeclaredRecord, DeclaredRecords, RecordKind } from './facts/schema.js';
export { declaredRecords, recordLists } from './facts/schema.js';
export { formatPath, InvalidInputError, type Issue, type JsonPath, type ParseResult } from './issues/issue.js';
export {
  type BatchSummary,
  type CellState,
  type CountyEntry,
  type CountyInput,
  type CountyOptions,
  type CountyRanking,
  type CountyResult,
  type CountySummary,
  type CoverageHeatmap,
  countyCsvPieces,
  countyJson,
  countyJsonPieces,
  countyOfResults,
  countyRanking,
  countyResultText,
  countySummary,
  countyTablePieces,
  coverageHeatmap,
  type DuplicateSource,
  diffResults,
  escapeHtml,
  findingsOf,
  type GradeBands,
  type GroupBy,
  type GroupSummary,
  type HeatmapRow,
  type HeatmapSpan,
  type ItemChange,
  type ItemDiff,
  type ItemSummary,
  type JsonPiece,
  LANGS,
  type Lang,
  type LetterOptions,
  lostPoints,
  type NextGradeStep,
  type PathToNextGrade,
  type PeriodRanking,
  type PreviousResult,
  pathToNextGrade,
  type RankedStation,
  type RenderJsonOptions,
  type ReportOptions,
  type ResultDiff,
  rankedStations,
  renderBatchHtml,
  renderBatchMarkdown,
  renderBatchTable,
  renderCountyCsv,
  renderCountyHtml,
  renderCountyJson,
  renderCountyMarkdown,
  renderCountyTable,
  renderCsv,
  renderDiffTable,
  renderHtml,
  renderJson,
  renderLetter,
  renderMarkdown,
  renderTable,
  type SkippedSource,
  type SkipReason,
  type StreamedPeriod,
  type SummaryItem,
  type SummaryResult,
  summarizeBatch,
  withStationsListed,
} from './report/index.js';
export type { TraceNode } from './result/schema.js';
export { baseRuleset, baseRulesetDocument } from './ruleset/base.js';
export {
  type BaseParamName,
  defineVariant,
  type TypedCondition,
  type TypedLeaf,
  type TypedVariant,
} from './ruleset/define-variant.js';
export type { ResolvedItem, Ruleset } from './ruleset/finalize.js';
export { type LoadRulesetOptions, loadRuleset, loadRulesetOrThrow } from './ruleset/load.js';
export type { Condition, GradeId, LeafCondition } from './ruleset/schema.js';
export type { TestDifference } from './testkit/expect.js';
export {
  type RulesetTestReport,
  type TestCaseReport,
  type TestRulesetOptions,
  testRuleset,
} from './testkit/run.js';
export type { Per } from './time/buckets.js';
export type {
  Appointment,
  AsOfSummary,
  Assessment,
  AssessmentResult,
  BaseRuleset,
  BaseRulesetInput,
  ComputedOutcome,
  CorrectionReminder,
  CoverageCheck,
  CustomerVisit,
  Demand,
  Disclosure,
  DisclosureEvent,
  DisclosureInput,
  DismissalGround,
  Duty,
  EvaluationResult,
  EvidenceRejection,
  Expectation,
  ExpectedIssue,
  ExtendedRuleset,
  Facility,
  FactReference,
  FieldDeclaration,
  FourWindsCheck,
  Grade,
  GradeInput,
  GradePatch,
  GradePatchInput,
  GroupMember,
  Incident,
  IncidentInput,
  Item,
  ItemExpectation,
  ItemInput,
  ItemOverride,
  ItemOverrideInput,
  ItemResult,
  JointMeeting,
  Label,
  LeaderReport,
  LedgerHandover,
  Liaison,
  LiaisonInput,
  LibraryStamp,
  Localized,
  LocalizedText,
  MaxScores,
  MonthlyScore,
  NotCountedRecord,
  NotInPost,
  Outage,
  OverdueObligation,
  Part,
  PartInput,
  PartPatch,
  PartPatchInput,
  PartResult,
  PendingObligation,
  Period,
  ProblemFlag,
  ProjectedScore,
  Publicity,
  RecordKindDeclaration,
  RecordKindDeclarationInput,
  Records,
  RecordsInput,
  RejectedEvidence,
  ResponsibilityList,
  ResultPeriod,
  ResultPublication,
  Review,
  ReviewInput,
  RiskIdentification,
  RulesetLink,
  RulesetStamp,
  Scoring,
  ScoringInput,
  Section,
  SectionInput,
  SectionPatch,
  SectionPatchInput,
  ServicePoint,
  ServicePointInput,
  SmartTerminal,
  SpecialInspection,
  StaffMember,
  Station,
  StationFacts,
  StationFactsInput,
  StationInput,
  StationStamp,
  SupervisionGroup,
  SupervisionMeeting,
  SupervisionMeetingInput,
  SupervisorReport,
  SupervisorReview,
  TestCase,
  TestSuite,
  UpcomingObligation,
  Variant,
  VariantInput,
  Warning,
} from './types/generated.js';
export type { JsonValue } from './types/json.js';
export {
  evaluationResultSchema,
  factsSchemaFor,
  reviewSchema,
  stationFactsSchema,
  testCaseSchema,
  testSuiteSchema,
  variantSchema,
} from './types/schemas.js';
export { LIBRARY } from './version.js';
