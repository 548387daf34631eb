import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFacts, parseFactsJson, parseFactsOrThrow } from '../../src/facts/parse.js';
import { InvalidInputError, type Issue } from '../../src/issues/issue.js';
import { compliantFacts, type Fixture } from '../support/station.js';

const example = (name: string) => readFileSync(new URL(`../../examples/${name}`, import.meta.url), 'utf8');

/** The code and path of every issue, in the order parseFacts gives them. */
const codesAndPaths = (issues: readonly Issue[]) => issues.map((i) => ({ code: i.code, path: i.path }));

function issuesOf(change: (f: Record<string, unknown> & Fixture) => void): readonly Issue[] {
  const facts = compliantFacts() as Record<string, unknown> & Fixture;
  change(facts);
  const result = parseFacts(facts);
  if (result.ok) throw new Error('expected the facts to be invalid');
  return result.issues;
}

describe('valid facts', () => {
  it.each(['compliant-station.json', 'station-with-lapses.json'])('examples/%s parses', (name) => {
    const result = parseFactsJson(example(name));
    expect(result.issues).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('the compliant fixture parses, with the time zone defaulting to Asia/Shanghai', () => {
    const result = parseFacts(compliantFacts());
    expect(result.ok && result.value.station.timeZone).toBe('Asia/Shanghai');
  });

  it('fills in absent lists as empty', () => {
    const result = parseFacts({
      station: { id: 's', name: '站' },
      period: { start: '2023-01-01', end: '2023-12-31' },
    });
    expect(result.ok && result.value.records.liaisons).toEqual([]);
    expect(result.ok && result.value.incidents).toEqual([]);
  });

  it.each([
    ['a calendar year', '2023-01-01', '2023-12-31'],
    ['a leap calendar year', '2024-01-01', '2024-12-31'],
    ['a year across February of a leap year', '2023-03-01', '2024-02-29'],
    ['a single day', '2023-05-10', '2023-05-10'],
    ['a year from 29 February (its anniversary is 1 March)', '2024-02-29', '2025-02-28'],
  ])('accepts a period of %s', (_name, start, end) => {
    expect(parseFacts({ ...compliantFacts(), period: { start, end } }).ok).toBe(true);
  });

  it('accepts a UTF-8 byte order mark before the JSON text', () => {
    expect(parseFactsJson(`\uFEFF${JSON.stringify(compliantFacts())}`).ok).toBe(true);
  });
});

describe('invalid facts: every schema issue at once, with code and path', () => {
  it('reports an unknown field, an impossible date, a date-time without offset, a wrong type, a bad enum value and a missing field together', () => {
    const issues = issuesOf((f) => {
      const station = f.station as Record<string, unknown>;
      station.nmae = station.name;
      delete station.name;
      f.period.start = '2023-02-30';
      f.records.liaisons[0]!.date = '2023-01-10T08:00:00';
      (f.servicePoints[0] as Record<string, unknown>).cloud = 'yes';
      (f.servicePoints[0] as Record<string, unknown>).venue = 'tent';
      f.incidents.push({ id: 'inc-1', kind: 'service-complaint' } as Fixture['incidents'][number]);
    });
    expect(codesAndPaths(issues)).toEqual([
      { code: 'missing-field', path: ['incidents', 0, 'date'] },
      { code: 'invalid-date', path: ['period', 'start'] },
      { code: 'date-time-without-offset', path: ['records', 'liaisons', 0, 'date'] },
      { code: 'invalid-type', path: ['servicePoints', 0, 'cloud'] },
      { code: 'invalid-value', path: ['servicePoints', 0, 'venue'] },
      { code: 'missing-field', path: ['station', 'name'] },
      { code: 'unknown-field', path: ['station', 'nmae'] },
    ]);
  });

  it.each([
    ['an impossible plain date', ['records', 'liaisons', 0, 'date'], '2023-02-30', 'invalid-date'],
    ['29 February of a common year', ['records', 'liaisons', 0, 'date'], '2023-02-29', 'invalid-date'],
    ['an impossible date-time', ['records', 'liaisons', 0, 'date'], '2023-02-30T08:00:00+08:00', 'invalid-date-time'],
    ['a date-time without offset', ['outages', 0, 'start'], '2023-05-01T08:00:00', 'date-time-without-offset'],
    ['a date-time where only a plain date is allowed', ['period', 'start'], '2023-01-01T00:00:00Z', 'invalid-date'],
    ['a date far outside plausible years', ['records', 'liaisons', 0, 'date'], '1899-05-01', 'date-out-of-range'],
    ['an overlong date string', ['records', 'liaisons', 0, 'date'], `2023-01-01${'x'.repeat(60)}`, 'too-big'],
    ['an overlong plain date string', ['period', 'end'], `2023-12-31${'x'.repeat(60)}`, 'too-big'],
    ['an unknown time zone', ['station', 'timeZone'], 'Mars/Olympus', 'invalid-time-zone'],
    ['a number where a date is expected', ['records', 'liaisons', 0, 'date'], 20230101, 'invalid-type'],
    ['a string where a list is expected', ['staff'], 'everyone', 'invalid-type'],
    ['a fractional quantity', ['servicePoints', 0, 'facilities', 0, 'quantity'], 1.5, 'invalid-type'],
  ] as const)('%s is reported at its path', (_name, path, value, code) => {
    const issues = issuesOf((f) => {
      f.outages.push({ id: 'out-1', kind: 'fault', start: '2023-05-01' });
      let target = f as unknown as Record<string | number, unknown>;
      for (const key of path.slice(0, -1)) target = target[key] as Record<string | number, unknown>;
      target[path[path.length - 1] as string | number] = value;
    });
    expect(codesAndPaths(issues)).toEqual([{ code, path }]);
  });

  it('gives every issue a message in Chinese and English with no placeholder left', () => {
    const issues = issuesOf((f) => {
      (f.station as Record<string, unknown>).extra = 1;
      f.period.start = '2023-02-30';
      f.records.liaisons[0]!.date = '2023-01-10T08:00:00';
    });
    for (const issue of issues) {
      expect(issue.message.zh).not.toBe('');
      expect(issue.message.en).not.toBe('');
      expect(`${issue.message.zh}${issue.message.en}`).not.toMatch(/\{[a-z]+\}/);
    }
  });
});

describe('invalid facts: every cross-record issue at once', () => {
  it('reports a duplicate id, unknown references, an end before its start and a too-long period together', () => {
    const issues = issuesOf((f) => {
      f.duties[1]!.id = 'd-cm-1';
      f.duties[0]!.staffId = 'nobody';
      f.duties[0]!.end = '2019-01-01';
      f.period.end = '2024-01-01';
      f.records.correctionReminders.push({ id: 'cr-1', date: '2023-05-01', problemId: 'pf-x' });
      f.records.supervisionMeetings[0]!.attendees = ['g-ghost'];
    });
    expect(codesAndPaths(issues)).toEqual([
      { code: 'end-before-start', path: ['duties', 0, 'end'] },
      { code: 'unknown-reference', path: ['duties', 0, 'staffId'] },
      { code: 'duplicate-id', path: ['duties', 1, 'id'] },
      { code: 'period-too-long', path: ['period', 'end'] },
      { code: 'unknown-reference', path: ['records', 'correctionReminders', 0, 'problemId'] },
      { code: 'unknown-reference', path: ['records', 'supervisionMeetings', 0, 'attendees', 0] },
    ]);
  });

  it('names what an unknown reference points at, in Chinese words in the Chinese message', () => {
    const issues = issuesOf((f) => {
      f.duties[0]!.staffId = 'nobody';
      f.records.correctionReminders.push({ id: 'cr-1', date: '2023-05-01', problemId: 'pf-x' });
      f.records.supervisionMeetings[0]!.attendees = ['g-ghost'];
    });
    expect(issues.map((issue) => issue.message)).toEqual([
      { zh: '引用了不存在的人员：“nobody”', en: 'Unknown staff member "nobody"' },
      { zh: '引用了不存在的苗头性、倾向性服务问题记录：“pf-x”', en: 'Unknown problem flag "pf-x"' },
      { zh: '引用了不存在的监督小组成员：“g-ghost”', en: 'Unknown group member "g-ghost"' },
    ]);
  });

  it('names where a duplicated id was first used', () => {
    const issues = issuesOf((f) => {
      f.records.publicity[0]!.id = 'li-1';
    });
    expect(issues.map((i) => [i.code, i.path, i.params.first])).toEqual([
      ['duplicate-id', ['records', 'publicity', 0, 'id'], 'records.liaisons[0]'],
    ]);
  });

  it.each([
    ['a period ending before it starts', { start: '2023-12-31', end: '2023-01-01' }, 'end-before-start'],
    ['a period of a year and a day', { start: '2023-01-01', end: '2024-01-01' }, 'period-too-long'],
    ['a period from 1 March to 1 March', { start: '2023-03-01', end: '2024-03-01' }, 'period-too-long'],
    ['a year and a day from 29 February', { start: '2024-02-29', end: '2025-03-01' }, 'period-too-long'],
  ])('%s is refused', (_name, period, code) => {
    expect(codesAndPaths(issuesOf((f) => Object.assign(f.period, period)))).toEqual([
      { code, path: ['period', 'end'] },
    ]);
  });

  it.each([
    [
      'an immediate disclosure naming an unknown event',
      (f: Fixture) => {
        f.records.disclosures[0]!.eventIds = ['ev-x'];
      },
      ['records', 'disclosures', 0, 'eventIds', 0],
    ],
    [
      'a record at an unknown service point',
      (f: Fixture) => {
        f.records.customerVisits[0]!.servicePointId = 'sp-x';
      },
      ['records', 'customerVisits', 0, 'servicePointId'],
    ],
    [
      'a handover to unknown staff',
      (f: Fixture) => {
        f.records.ledgerHandovers[0]!.toStaffId = 'x';
      },
      ['records', 'ledgerHandovers', 0, 'toStaffId'],
    ],
    [
      'a group leader who is not a member',
      (f: Fixture) => {
        f.supervisionGroup.leaderId = 'g-x';
      },
      ['supervisionGroup', 'leaderId'],
    ],
  ] as const)('%s is an unknown reference', (_name, change, path) => {
    expect(codesAndPaths(issuesOf(change))).toEqual([{ code: 'unknown-reference', path }]);
  });
});

describe('reading text and throwing', () => {
  it('reports a JSON syntax error with its line and column', () => {
    const result = parseFactsJson('{\n  "station": {"id": 1,}\n}');
    expect(result.ok).toBe(false);
    expect(result.issues.map((i) => [i.code, i.params.line, i.params.column])).toEqual([['invalid-json', 2, 23]]);
  });

  it('parseFactsOrThrow throws an InvalidInputError carrying every issue', () => {
    const facts = compliantFacts();
    facts.period.start = '2023-02-30';
    facts.records.liaisons[0]!.date = 'soon';
    expect(() => parseFactsOrThrow(facts)).toThrow(InvalidInputError);
    try {
      parseFactsOrThrow(facts);
    } catch (error) {
      expect((error as InvalidInputError).issues.map((i) => i.code)).toEqual(['invalid-date', 'invalid-date-time']);
    }
  });

  it('reports the same issues in the same order whatever the order of the input’s lists', () => {
    const change = (f: Fixture) => {
      f.records.liaisons[3]!.date = '2023-02-30';
      f.records.specialInspections[5]!.date = '2023-06-31';
    };
    const forward = issuesOf(change);
    const reversed = issuesOf((f) => {
      change(f);
      f.records.specialInspections.reverse();
    });
    expect(forward.map((i) => i.code)).toEqual(reversed.map((i) => i.code));
  });
});

describe('the one-year period', () => {
  /** The day before the anniversary, by the platform's own calendar (Date.UTC rolls 29 February over to 1 March). */
  const oracle = (start: string): string => {
    const [y, m, d] = start.split('-').map(Number) as [number, number, number];
    return new Date(Date.UTC(y + 1, m - 1, d) - 86_400_000).toISOString().slice(0, 10);
  };
  const nextDay = (day: string): string =>
    new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  const period = (start: string, end: string) => ({ station: { id: 'st', name: '站' }, period: { start, end } });

  it('ends on the day before the anniversary for every start day of a common and a leap year', () => {
    const wrong: string[] = [];
    for (let day = '2023-01-01'; day <= '2024-12-31'; day = nextDay(day)) {
      const last = oracle(day);
      if (!parseFacts(period(day, last)).ok) wrong.push(`${day}–${last} refused`);
      const codes = parseFacts(period(day, nextDay(last))).issues.map((i) => i.code);
      if (codes.join() !== 'period-too-long') wrong.push(`${day}–${nextDay(last)}: ${codes.join() || 'accepted'}`);
    }
    expect(wrong).toEqual([]);
  });
});
