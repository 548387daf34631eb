/** Turns zod's issues into the library's coded, bilingual issues. */
import type * as z from 'zod';
import { type Issue, makeIssue } from './issue.js';
import { MAX_ISSUES } from './limit.js';
import { nameRuleOf } from './name-rules.js';

function describeReceived(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'array';
  return typeof input;
}

/**
 * What zod's issue says was received. zod keeps the input only when asked (`reportInput`); without
 * it, the default message ends in "received <type>".
 */
function receivedOf(raw: z.core.$ZodIssueInvalidType): string {
  if ('input' in raw) return describeReceived(raw.input);
  return /received (\w+)\s*$/.exec(raw.message)?.[1] ?? 'unknown';
}

/** The type a custom check of plain data expected (`jsonObjectData` says `object`), if it checks a type. */
function customExpected(issue: z.core.$ZodIssue): string | undefined {
  if (issue.code !== 'custom') return undefined;
  const params = (issue.params ?? {}) as Record<string, unknown>;
  return params.code === 'invalid-type' && typeof params.expected === 'string' ? params.expected : undefined;
}

/** Whether a union branch failed only because the value is of another kind altogether. */
function missesEntirely(issues: readonly z.core.$ZodIssue[]): boolean {
  return issues.every(
    (i) =>
      i.path.length === 0 &&
      (i.code === 'invalid_type' || i.code === 'invalid_value' || customExpected(i) !== undefined),
  );
}

/** What a union's branches expected, when the value is of none of their kinds ("string or object"). */
function expectedOfBranches(raw: z.core.$ZodIssueInvalidUnion): string | null {
  const expected = new Set<string>();
  for (const branch of raw.errors ?? []) {
    const first = branch[0];
    if (first?.code === 'invalid_type') expected.add(first.expected);
    else if (first !== undefined && customExpected(first) !== undefined) expected.add(customExpected(first) as string);
    else return null;
  }
  return expected.size > 0 ? [...expected].join(' or ') : null;
}

/**
 * The issues of the one union branch the value was evidently meant for (the only branch that did
 * not fail on the value's kind), so its problems get precise codes and paths.
 */
function matchingBranch(raw: z.core.$ZodIssueInvalidUnion): readonly z.core.$ZodIssue[] | null {
  const candidates = (raw.errors ?? []).filter((branch) => !missesEntirely(branch));
  return candidates.length === 1 ? (candidates[0] as readonly z.core.$ZodIssue[]) : null;
}

function convertOne(raw: z.core.$ZodIssue, basePath: ReadonlyArray<string | number>): Issue[] {
  const path = [...basePath, ...raw.path.map((p) => (typeof p === 'symbol' ? String(p) : p))];
  switch (raw.code) {
    case 'invalid_type': {
      const received = receivedOf(raw);
      if (received === 'undefined') return [makeIssue('missing-field', path)];
      return [makeIssue('invalid-type', path, { expected: raw.expected, received })];
    }
    case 'unrecognized_keys':
      return raw.keys.slice(0, MAX_ISSUES + 1).map((key) => makeIssue('unknown-field', [...path, key], { field: key }));
    case 'invalid_value':
      if ('input' in raw && raw.input === undefined) return [makeIssue('missing-field', path)];
      return [makeIssue('invalid-value', path, { allowed: raw.values.map((v) => String(v)).join(', ') })];
    case 'too_small':
      return [makeIssue('too-small', path, { minimum: String(raw.minimum) })];
    case 'too_big':
      return [makeIssue('too-big', path, { maximum: String(raw.maximum) })];
    case 'invalid_format': {
      const rule = raw.format === 'regex' && 'pattern' in raw ? nameRuleOf(String(raw.pattern)) : undefined;
      if (rule === undefined) return [makeIssue('invalid-string', path, { detail: raw.format })];
      const value = 'input' in raw && typeof raw.input === 'string' ? raw.input : '';
      return [makeIssue('invalid-name', path, { value, ruleZh: rule.zh, ruleEn: rule.en })];
    }
    case 'invalid_key':
      return raw.issues.flatMap((issue) => convertOne(issue, path));
    case 'invalid_union': {
      // A discriminated union whose tag names no branch: the tag's value is the problem.
      if ('options' in raw && Array.isArray(raw.options) && raw.errors.length === 0)
        return [makeIssue('invalid-value', path, { allowed: raw.options.map((v) => String(v)).join(', ') })];
      const branch = matchingBranch(raw);
      if (branch) return branch.flatMap((issue) => convertOne(issue, path));
      const expected = (raw.errors ?? []).every(missesEntirely) ? expectedOfBranches(raw) : null;
      if (expected !== null) {
        const received = 'input' in raw ? describeReceived(raw.input) : 'unknown';
        return [makeIssue('invalid-type', path, { expected, received })];
      }
      return [makeIssue('invalid-issue', path, { detail: raw.message })];
    }
    case 'custom': {
      const params = (raw.params ?? {}) as Record<string, string | number>;
      const code = typeof params.code === 'string' ? params.code : 'invalid-issue';
      const { code: _ignored, ...rest } = params;
      return [makeIssue(code, path, code === 'invalid-issue' ? { detail: raw.message } : rest)];
    }
    default:
      if (raw.code === 'not_multiple_of') return [makeIssue('not-an-integer', path)];
      return [makeIssue('invalid-issue', path, { detail: raw.message })];
  }
}

/**
 * Converts zod issues to library issues, prefixing `basePath` to each path. Stops a little past
 * {@link MAX_ISSUES} (callers report the rest as `too-many-issues`).
 *
 * @example
 * ```ts
 * const parsed = schema.safeParse(input);
 * if (!parsed.success) return fromZodIssues(parsed.error.issues);
 * ```
 */
export function fromZodIssues(
  raw: readonly z.core.$ZodIssue[],
  basePath: ReadonlyArray<string | number> = [],
): Issue[] {
  const out: Issue[] = [];
  for (const issue of raw) {
    out.push(...convertOne(issue, basePath));
    if (out.length > MAX_ISSUES) break;
  }
  return out;
}
