/**
 * Documented limits: input beyond them is refused with a coded issue, never by exhausting memory
 * or the stack; a 10 MB facts file (tens of thousands of records) parses and evaluates.
 */
import { describe, expect, it } from 'vitest';
import { checkReview } from '../../src/assess/check.js';
import { parseReviewOrThrow } from '../../src/assess/parse.js';
import { evaluateSync } from '../../src/engine/evaluate.js';
import { parseFacts, parseFactsJson, parseFactsOrThrow } from '../../src/facts/parse.js';
import { FACTS_LIMITS } from '../../src/facts/schema.js';
import { MAX_JSON_DEPTH, MAX_JSON_TEXT_LENGTH, parseJsonText } from '../../src/issues/json-text.js';
import { MAX_ISSUES } from '../../src/issues/limit.js';
import { baseRuleset } from '../../src/ruleset/base.js';
import { compliantFacts } from '../support/station.js';
import { expectWellFormedIssue } from './support/fuzz.js';

const codes = (issues: ReadonlyArray<{ code: string }>) => [...new Set(issues.map((i) => i.code))];

/** A compliant station-year padded with `count` extra records spread over the plain record kinds. */
function largeFacts(count: number): ReturnType<typeof compliantFacts> {
  const facts = compliantFacts();
  const kinds = ['publicity', 'specialInspections', 'fourWindsChecks', 'customerVisits', 'resultPublications'] as const;
  for (let i = 0; i < count; i++) {
    const month = String((i % 12) + 1).padStart(2, '0');
    const day = String((i % 28) + 1).padStart(2, '0');
    facts.records[kinds[i % kinds.length] as (typeof kinds)[number]]?.push({
      id: `bulk-${i}`,
      date: `2023-${month}-${day}T${String(i % 24).padStart(2, '0')}:15:00+08:00`,
      servicePointId: 'sp-1',
      note: '走访记录：客户反映的问题已记录并跟踪处理。'.repeat(4),
    });
  }
  for (let i = 0; i < count / 10; i++) {
    facts.incidents?.push({
      id: `inc-${i}`,
      kind: 'service-complaint',
      date: '2023-05-01',
      responsibilityRuledOut: true,
    });
  }
  return facts;
}

describe('input limits', () => {
  it(`refuses JSON text longer than ${MAX_JSON_TEXT_LENGTH} characters before parsing it`, () => {
    const read = parseFactsJson(' '.repeat(MAX_JSON_TEXT_LENGTH + 1));
    expect(read.issues.map((i) => [i.code, i.params.limit])).toEqual([['input-too-large', MAX_JSON_TEXT_LENGTH]]);
  });

  it(`refuses JSON nested deeper than ${MAX_JSON_DEPTH} levels, however deep`, () => {
    for (const depth of [MAX_JSON_DEPTH + 1, 200_000]) {
      const read = parseJsonText(`${'['.repeat(depth)}${']'.repeat(depth)}`);
      expect(read.ok).toBe(false);
      if (!read.ok) expect(codes(read.issues)).toEqual(['input-too-deep']);
    }
    expect(parseJsonText(`${'['.repeat(MAX_JSON_DEPTH)}${']'.repeat(MAX_JSON_DEPTH)}`).ok).toBe(true);
  });

  it(`refuses a string longer than its field allows (${FACTS_LIMITS.textLength} characters for free text)`, () => {
    const facts = compliantFacts();
    facts.records.publicity?.push({ id: 'pu-long', date: '2023-06-01', note: 'x'.repeat(FACTS_LIMITS.textLength + 1) });
    facts.staff?.push({ id: 'y'.repeat(FACTS_LIMITS.idLength + 1), name: 'n' });
    const parsed = parseFacts(facts);
    expect(parsed.issues.map((i) => `${i.code} ${JSON.stringify(i.path)}`)).toEqual([
      'too-big ["records","publicity",4,"note"]',
      'too-big ["staff",5,"id"]',
    ]);
  });

  it(`refuses more than ${FACTS_LIMITS.recordsPerKind} records of one kind`, () => {
    const facts = compliantFacts();
    facts.records.publicity = Array.from({ length: FACTS_LIMITS.recordsPerKind + 1 }, (_, i) => ({
      id: `pu-${i}`,
      date: '2023-06-01',
    }));
    const parsed = parseFacts(facts);
    expect(parsed.issues.map((i) => `${i.code} ${JSON.stringify(i.path)}`)).toEqual([
      'too-big ["records","publicity"]',
    ]);
  });

  it(`reports at most ${MAX_ISSUES} issues, then says there were more`, () => {
    const hostile: Record<string, number> = {};
    for (let i = 0; i < 200_000; i++) hostile[`k${i}`] = i;
    const parsed = parseFacts(hostile);
    expect(parsed.issues).toHaveLength(MAX_ISSUES + 1);
    expect(parsed.issues.at(-1)?.code).toBe('too-many-issues');
    for (const issue of parsed.issues.slice(0, 3)) expectWellFormedIssue(issue);
  });

  it(`reads a list no further than its limit (${FACTS_LIMITS.shortListLength} attendees) when checking references`, () => {
    const facts = compliantFacts();
    const attendees = Array.from({ length: FACTS_LIMITS.shortListLength + 50 }, (_, i) => `nobody-${i}`);
    facts.records.supervisionMeetings?.push({ id: 'sm-crowd', date: '2023-06-20', minutes: true, attendees });
    const parsed = parseFacts(facts);
    const path = ['records', 'supervisionMeetings', 12, 'attendees'];
    expect(parsed.issues.filter((i) => i.code === 'too-big').map((i) => i.path)).toEqual([path]);
    const checked = parsed.issues.filter((i) => i.code === 'unknown-reference').map((i) => i.path[4]);
    expect(checked).toHaveLength(FACTS_LIMITS.shortListLength);
    expect(Math.max(...(checked as number[]))).toBe(FACTS_LIMITS.shortListLength - 1);
  });

  it('caps the issues of a review checked against a ruleset and facts', () => {
    const rejectedEvidence = Array.from({ length: 5000 }, (_, i) => ({
      recordId: `missing-${i}`,
      reason: '不存在',
      by: '李审核',
      date: '2024-01-10',
    }));
    const issues = checkReview(
      parseReviewOrThrow({ rejectedEvidence }),
      baseRuleset(),
      parseFactsOrThrow(compliantFacts()),
    );
    expect(issues).toHaveLength(MAX_ISSUES + 1);
    expect(codes(issues)).toEqual(['unknown-record', 'too-many-issues']);
  });

  it('caps a flood of cross-record issues the same way', () => {
    const facts = compliantFacts();
    facts.records.publicity = Array.from({ length: 5000 }, () => ({ id: 'same', date: '2023-06-01' }));
    const parsed = parseFacts(facts);
    expect(parsed.issues).toHaveLength(MAX_ISSUES + 1);
    expect(codes(parsed.issues)).toEqual(['duplicate-id', 'too-many-issues']);
  });
});

describe('a 10 MB facts file', () => {
  it('parses and evaluates (tens of thousands of records)', () => {
    const text = JSON.stringify(largeFacts(40_000));
    expect(Buffer.byteLength(text, 'utf8')).toBeGreaterThan(10_000_000);
    const parsed = parseFactsJson(text);
    if (!parsed.ok) throw new Error(parsed.issues[0]?.message.en);
    const result = evaluateSync(parsed.value);
    expect(result.items).toHaveLength(28);
    expect(result.total).toBeGreaterThan(0);
  });
});
