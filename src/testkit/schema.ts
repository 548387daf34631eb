/**
 * The test-case file of a ruleset (`*.cases.json`): cases of facts (a file, inline facts, or a
 * shared file changed by a patch), an optional review, and the expected result for some items.
 * Written in JSON so that a region tests its variant without writing code.
 */
import * as z from 'zod';
import type { ParseResult } from '../issues/issue.js';
import { orderedIssues } from '../issues/limit.js';
import { fromZodIssues } from '../issues/zod-issues.js';
import { ITEM_STATUSES } from '../result/schema.js';
import { guardedRecord, jsonData, jsonObjectData } from '../ruleset/json-data.js';
import { GRADE_IDS } from '../ruleset/schema.js';
import type { TestCase, TestSuite } from '../types/generated.js';
import type { JsonPatchOperation } from '../util/json-patch.js';
import { schemaLink } from '../util/schema-link.js';

export type { TestCase, TestSuite };

/** Limits of a test-case file. */
export const CASES_LIMITS = { cases: 1000, nameLength: 200, fileLength: 500, patchOperations: 1000 } as const;

const file = z
  .string()
  .min(1)
  .max(CASES_LIMITS.fileLength)
  .meta({ description: 'A file path, relative to the cases file' });

/** An object written inline (described as an object in the JSON Schema). */
const inline = (description: string) =>
  jsonObjectData<Readonly<Record<string, unknown>>>().meta({ type: 'object', description });

const factsSource = z
  .union([file, inline('Facts written inline, as in a facts file')])
  .meta({ description: 'Facts: a facts file (path relative to the cases file) or the facts written inline' });

const pointer = z
  .string()
  .max(1000)
  .meta({ description: 'A JSON Pointer (RFC 6901) into the facts: /records/liaisons/0' });

const patchOperation = z.discriminatedUnion('op', [
  z.strictObject({
    op: z.enum(['add', 'replace', 'test']).meta({ description: 'Add, replace or test the value at path' }),
    path: pointer,
    value: jsonData<unknown>().meta({ description: 'The value to add, to replace with or to test for' }),
  }),
  z.strictObject({ op: z.literal('remove').meta({ description: 'Remove the value at path' }), path: pointer }),
  z.strictObject({
    op: z.enum(['move', 'copy']).meta({ description: 'Move or copy the value at from to path' }),
    from: pointer,
    path: pointer,
  }),
]);

const patch = z
  .union([
    z.array(patchOperation).max(CASES_LIMITS.patchOperations),
    inline('A JSON Merge Patch (RFC 7396) of the facts'),
  ])
  .meta({
    description:
      'A change to the facts before the case runs: an object is a JSON Merge Patch (RFC 7396: objects merge, null deletes, lists and other values replace); a list is a JSON Patch (RFC 6902: add, remove, replace, move, copy, test at JSON Pointers)',
  });

const notCountedEntry = z
  .strictObject({
    id: z.string().meta({ description: 'Id of the record' }),
    reason: z.string().meta({ description: 'Why it is not counted' }),
    bucket: z.string().meta({ description: 'The bucket it would have met' }),
  })
  .meta({ description: 'A record expected to be present but not counted' });

/** What a case expects of one item; only the fields named are compared. */
export const itemExpectationSchema = z
  .strictObject({
    score: z.number().optional().meta({ description: 'Points the item scores' }),
    status: z.enum(ITEM_STATUSES).optional().meta({ description: 'The item’s status' }),
    missing: z
      .array(z.string())
      .optional()
      .meta({ description: 'Exactly these buckets are missing (2023-04, 2023-Q2, 2023-H1, 2023), in any order' }),
    notCounted: z
      .array(notCountedEntry)
      .optional()
      .meta({ description: 'Exactly these records are present but not counted, with reason and bucket, in any order' }),
    failures: z
      .number()
      .nullable()
      .optional()
      .meta({ description: 'Failures or occurrences counted by a deduction mode (null for other modes)' }),
  })
  .meta({ title: 'Item expectation' });

const expectedIssue = z
  .strictObject({
    code: z.string().min(1).max(100).meta({ description: 'The issue code, like missing-field' }),
    path: z.string().max(1000).optional().meta({
      description: 'Where, as the CLI prints it: records.safetyTrainings[0].attendees (any path when absent)',
    }),
  })
  .meta({ description: 'An issue a case expects the facts (or review) to be refused with' });

/** What a case expects: some of the result (compared field by field) or the issues of refused facts. */
export const expectationSchema = z
  .strictObject({
    total: z.number().optional().meta({ description: 'The total score' }),
    base: z.number().optional().meta({ description: 'Points of the base part' }),
    bonus: z.number().optional().meta({ description: 'Points of the bonus part' }),
    grade: z.enum(GRADE_IDS).optional().meta({ description: 'The grade' }),
    items: guardedRecord(z.string().min(1).max(64), itemExpectationSchema)
      .optional()
      .meta({ description: 'By item id: what each named item scores' }),
    issues: z
      .array(expectedIssue)
      .max(CASES_LIMITS.cases)
      .optional()
      .meta({ description: 'The facts (or review) are refused with exactly these issues, in any order' }),
  })
  .meta({ title: 'Expectation' });

/**
 * The zod schema of one test case (an entry of `cases` in a `*.cases.json` file).
 *
 * @example
 * ```ts
 * testCaseSchema.parse({ name: 'trains every month', facts: 'station.json', expect: { total: 100 } });
 * ```
 */
export const testCaseSchema = z
  .strictObject({
    name: z
      .string()
      .trim()
      .min(1)
      .max(CASES_LIMITS.nameLength)
      .meta({ description: 'What the case shows, as a sentence' }),
    facts: factsSource.optional().meta({ description: 'The facts of the case; the file’s `facts` when absent' }),
    patch: patch.optional(),
    review: z
      .union([file, inline('A review written inline, as in a review file')])
      .optional()
      .meta({ description: 'A review (expert assessments, rejected evidence): a file or inline' }),
    expect: expectationSchema,
  })
  .meta({ title: 'Test case' });

/**
 * The zod schema of a test-case file (`*.cases.json`).
 *
 * @example
 * ```ts
 * testSuiteSchema.parse({
 *   ruleset: 'jinhua-city.json',
 *   cases: [{ name: 'trains every month', facts: 'station.json', expect: { items: { 'monthly-safety-training': { score: 2 } } } }],
 * });
 * ```
 */
export const testSuiteSchema = z
  .strictObject({
    $schema: schemaLink,
    ruleset: z
      .union([file, z.array(file).min(1).max(20)])
      .optional()
      .meta({
        description:
          'The ruleset under test: a variant file (the bundled base is used when it extends it), or files base first; the base ruleset when absent',
      }),
    facts: factsSource.optional().meta({ description: 'Facts the cases start from when they name none' }),
    cases: z.array(testCaseSchema).min(1).max(CASES_LIMITS.cases).meta({ description: 'The test cases' }),
  })
  .meta({ title: 'Ruleset test cases' });

/** A test-case file after validation. */
export type ParsedTestSuite = z.output<typeof testSuiteSchema>;

/** A parsed case. */
export type ParsedTestCase = z.output<typeof testCaseSchema>;

/** A parsed expectation. */
export type Expectation = z.output<typeof expectationSchema>;

/** A parsed JSON Patch, typed as the patch functions take it. */
export type CasePatch = readonly JsonPatchOperation[] | Readonly<Record<string, unknown>>;

/**
 * Validates a test-case file (or a list of cases): the parsed suite, or every issue in a stable
 * order.
 *
 * @example
 * ```ts
 * const parsed = parseTestSuite(JSON.parse(text));
 * if (!parsed.ok) for (const issue of parsed.issues) console.error(issue.path, issue.message.en);
 * ```
 */
export function parseTestSuite(input: unknown): ParseResult<ParsedTestSuite> {
  const parsed = testSuiteSchema.safeParse(Array.isArray(input) ? { cases: input } : input, { reportInput: true });
  if (!parsed.success) return { ok: false, issues: orderedIssues(fromZodIssues(parsed.error.issues)) };
  return { ok: true, value: parsed.data, issues: [] };
}
