/**
 * Malformed facts: every problem is a coded issue with a JSON path and zh/en messages, and one
 * pass reports all of them, including cross-record problems of records that also fail the schema.
 */
import { describe, expect, it } from 'vitest';
import { parseFacts, parseFactsJson } from '../../src/facts/parse.js';
import type { Issue } from '../../src/issues/issue.js';
import { compliantFacts } from '../support/station.js';
import { expectWellFormedIssue } from './support/fuzz.js';

type Facts = ReturnType<typeof compliantFacts>;
// Tests write deliberately wrong values into the typed fixture.
type Loose = Record<string, unknown> & { [key: string]: Loose | unknown };

function issuesOf(change: (facts: Facts & Loose) => void): Issue[] {
  const facts = compliantFacts() as Facts & Loose;
  change(facts);
  const parsed = parseFacts(JSON.parse(JSON.stringify(facts)));
  expect(parsed.ok).toBe(false);
  for (const issue of parsed.issues) expectWellFormedIssue(issue);
  return [...parsed.issues];
}

function codesAt(issues: readonly Issue[]): string[] {
  return issues.map((i) => `${i.code} ${JSON.stringify(i.path)}`);
}

const cases: Array<{ name: string; change: (facts: Facts & Loose) => void; expected: string[] }> = [
  {
    name: 'a wrong type',
    change: (f) => {
      (f.staff as Loose[])[0] = { id: 'cm-1', name: 42 };
    },
    expected: ['invalid-type ["staff",0,"name"]'],
  },
  {
    name: 'a wrong type is not reported as a missing field',
    change: (f) => {
      (f as Loose).station = 'st-1';
    },
    expected: ['invalid-type ["station"]'],
  },
  {
    name: 'a missing field',
    change: (f) => {
      delete (f.period as Loose).end;
    },
    expected: ['missing-field ["period","end"]'],
  },
  {
    name: 'an unknown record kind',
    change: (f) => {
      (f.records as Loose).liasons = [];
    },
    expected: ['unknown-field ["records","liasons"]'],
  },
  {
    name: 'an unknown extra field',
    change: (f) => {
      (f.staff as Loose[])[0] = { id: 'cm-1', name: 'x', phone: '123' };
    },
    expected: ['unknown-field ["staff",0,"phone"]'],
  },
  {
    name: 'a date that does not exist',
    change: (f) => {
      (f.records.liaisons as Loose[])[1] = { id: 'li-2', date: '2023-02-30', demands: [] };
    },
    expected: ['invalid-date ["records","liaisons",1,"date"]'],
  },
  {
    name: 'a date-time without an offset',
    change: (f) => {
      (f.incidents as Loose[]).push({ id: 'inc-1', kind: 'service-complaint', date: '2023-05-01T08:00:00' });
    },
    expected: ['date-time-without-offset ["incidents",0,"date"]'],
  },
  {
    name: 'an end before its start',
    change: (f) => {
      (f.duties as Loose[])[0] = { ...(f.duties as Loose[])[0], end: '2019-12-31' };
    },
    expected: ['end-before-start ["duties",0,"end"]'],
  },
  {
    name: 'a period that ends before it starts',
    change: (f) => {
      f.period = { start: '2023-12-31', end: '2023-01-01' };
    },
    expected: ['end-before-start ["period","end"]'],
  },
  {
    name: 'a period longer than a year',
    change: (f) => {
      f.period = { start: '2023-01-01', end: '2024-01-01' };
    },
    expected: ['period-too-long ["period","end"]'],
  },
  {
    name: 'a period outside the plausible years',
    change: (f) => {
      f.period = { start: '1023-01-01', end: '1023-12-31' };
    },
    expected: ['date-out-of-range ["period","end"]', 'date-out-of-range ["period","start"]'],
  },
  {
    name: 'a duplicate record id',
    change: (f) => {
      (f.records.publicity as Loose[]).push({ id: 'li-3', date: '2023-06-01' });
    },
    expected: ['duplicate-id ["records","publicity",4,"id"]'],
  },
  {
    name: 'references to unknown people, service points, group members, problems and events',
    change: (f) => {
      (f.duties as Loose[])[0] = { ...(f.duties as Loose[])[0], staffId: 'ghost', servicePointId: 'sp-9' };
      (f.records.supervisionMeetings as Loose[])[0] = {
        id: 'sm-1',
        date: '2023-01-12',
        minutes: true,
        attendees: ['g-sec', 'g-ghost'],
      };
      (f.records.correctionReminders as Loose[]).push({ id: 'cr-1', date: '2023-03-01', problemId: 'pf-9' });
      (f.records.disclosures as Loose[]).push({
        id: 'ds-i',
        date: '2023-03-01',
        frequency: 'immediate',
        eventIds: ['ev-9'],
      });
      (f.supervisionGroup as Loose).leaderId = 'g-nobody';
    },
    expected: [
      'unknown-reference ["duties",0,"servicePointId"]',
      'unknown-reference ["duties",0,"staffId"]',
      'unknown-reference ["records","correctionReminders",0,"problemId"]',
      'unknown-reference ["records","disclosures",16,"eventIds",0]',
      'unknown-reference ["records","supervisionMeetings",0,"attendees",1]',
      'unknown-reference ["supervisionGroup","leaderId"]',
    ],
  },
  {
    name: 'a negative quantity',
    change: (f) => {
      ((f.servicePoints as Loose[])[0] as { facilities: Loose[] }).facilities[0] = { kind: 'door-plate', quantity: -1 };
    },
    expected: ['too-small ["servicePoints",0,"facilities",0,"quantity"]'],
  },
  {
    name: 'a fractional count',
    change: (f) => {
      ((f.appointments as Loose[])[0] as Loose).termNumber = 1.5;
    },
    expected: ['invalid-type ["appointments",0,"termNumber"]'],
  },
  {
    name: 'an unknown time zone',
    change: (f) => {
      (f.station as Loose).timeZone = 'Mars/Olympus';
    },
    expected: ['invalid-time-zone ["station","timeZone"]'],
  },
  {
    name: 'a __proto__ key',
    change: (f) => {
      Object.defineProperty(f.station, '__proto__', { value: { polluted: true }, enumerable: true });
    },
    expected: ['unknown-field ["station","__proto__"]'],
  },
];

describe('malformed facts give coded, located issues', () => {
  it.each(cases)('$name', ({ change, expected }) => {
    expect(codesAt(issuesOf(change))).toEqual(expected);
  });

  it('reports every problem of a file at once, schema and cross-record alike', () => {
    const issues = issuesOf((f) => {
      (f.duties as Loose[])[0] = { ...(f.duties as Loose[])[0], start: '2023-02-30', staffId: 'ghost' };
      (f.records.publicity as Loose[]).push({ id: 'li-1', date: '2023-04-31' });
      (f.records as Loose).unknownKind = [];
      (f.staff as Loose[])[1] = { id: 'sup-1', name: 7 };
    });
    expect(codesAt(issues)).toEqual([
      'unknown-reference ["duties",0,"staffId"]',
      'invalid-date ["duties",0,"start"]',
      'invalid-date ["records","publicity",4,"date"]',
      'duplicate-id ["records","publicity",4,"id"]',
      'unknown-field ["records","unknownKind"]',
      'invalid-type ["staff",1,"name"]',
    ]);
  });

  it('checks no reference into a list that is not a list (it cannot tell what is unknown)', () => {
    const issues = issuesOf((f) => {
      (f as Loose).staff = 'everyone';
    });
    expect(codesAt(issues)).toEqual(['invalid-type ["staff"]']);
  });

  it('still checks references to a person whose own record is invalid by id alone', () => {
    const issues = issuesOf((f) => {
      (f.staff as Loose[])[0] = { id: 'cm-1', name: '' };
    });
    expect(codesAt(issues)).toEqual(['too-small ["staff",0,"name"]']);
  });

  it('gives every issue a Chinese and an English message from the catalogue', () => {
    const [issue] = issuesOf((f) => {
      (f.records.liaisons as Loose[])[0] = { id: 'li-1', date: '2023-02-30', demands: [] };
    });
    expect(issue?.message).toEqual({
      zh: '日期“2023-02-30”无效：应为存在的日期 YYYY-MM-DD',
      en: 'Invalid date "2023-02-30": expected an existing date YYYY-MM-DD',
    });
  });
});

describe('facts as JSON text', () => {
  const text = JSON.stringify(compliantFacts(), null, 2);

  it('accepts a UTF-8 byte-order mark', () => {
    expect(parseFactsJson(`\uFEFF${text}`).ok).toBe(true);
  });

  it('locates a syntax error by line and column', () => {
    const broken = text.replace('"period": {', '"period": {,');
    const parsed = parseFactsJson(broken);
    expect(parsed.ok).toBe(false);
    const line = broken.split('\n').findIndex((l) => l.includes('"period": {,')) + 1;
    const column = (broken.split('\n')[line - 1] ?? '').indexOf(',') + 1;
    expect(parsed.issues.map((i) => [i.code, i.params.line, i.params.column])).toEqual([
      ['invalid-json', line, column],
    ]);
    expectWellFormedIssue(parsed.issues[0] as Issue);
  });

  it('locates a truncated file at its end', () => {
    const parsed = parseFactsJson('{\n  "station": {\n');
    expect(parsed.issues.map((i) => [i.code, i.params.line])).toEqual([['invalid-json', 3]]);
  });

  it('refuses something that is not text (a Buffer from a JavaScript caller) without throwing', () => {
    const parsed = parseFactsJson(Buffer.from(text) as unknown as string);
    expect(parsed.issues.map((i) => [i.code, i.params.received])).toEqual([['invalid-type', 'object']]);
  });

  it.each([
    ['empty text', ''],
    ['a bare value', '42'],
    ['a JSON array', '[]'],
    ['null', 'null'],
  ])('refuses %s with a coded issue', (_name, input) => {
    const parsed = parseFactsJson(input);
    expect(parsed.ok).toBe(false);
    expect(parsed.issues.length).toBeGreaterThan(0);
    for (const issue of parsed.issues) expectWellFormedIssue(issue);
  });
});
