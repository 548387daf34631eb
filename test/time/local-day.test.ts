import { TZDate } from '@date-fns/tz';
import { addDays as addDaysFns, addMonths as addMonthsFns, getDaysInMonth } from 'date-fns';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  checkDateTime,
  daysBetween,
  daysInMonth,
  instantOf,
  instantOfDateTime,
  isPlainDate,
  isTimeZone,
  lastDayOfMonth,
  lastDayOfYears,
  localDayOf,
  localDayOfInstant,
} from '../../src/time/local-day.js';

describe('localDayOf', () => {
  it.each([
    ['2023-03-31T20:00:00Z', 'Asia/Shanghai', '2023-04-01'],
    ['2023-03-31T15:59:59.999Z', 'Asia/Shanghai', '2023-03-31'],
    ['2023-03-31T16:00:00Z', 'Asia/Shanghai', '2023-04-01'],
    ['2023-04-01T00:00:00+08:00', 'Asia/Shanghai', '2023-04-01'],
    ['2023-03-31T23:59:59+08:00', 'Asia/Shanghai', '2023-03-31'],
    ['2023-12-31T16:00:00Z', 'Asia/Shanghai', '2024-01-01'],
    ['2023-03-31T20:00:00Z', 'UTC', '2023-03-31'],
    ['2023-04-01T01:00:00+08:00', 'UTC', '2023-03-31'],
    ['2023-03-12T06:59:00Z', 'America/New_York', '2023-03-12'],
    ['2023-03-12T04:59:00Z', 'America/New_York', '2023-03-11'],
    ['2023-11-05T04:30:00Z', 'America/New_York', '2023-11-05'],
    ['2023-11-05T03:59:00Z', 'America/New_York', '2023-11-04'],
    ['2023-03-31T18:29:00Z', 'Asia/Kolkata', '2023-03-31'],
    ['2023-03-31T18:30:00Z', 'Asia/Kolkata', '2023-04-01'],
    ['2023-03-31T10:00:00Z', 'Pacific/Kiritimati', '2023-04-01'],
    ['2023-03-31', 'America/New_York', '2023-03-31'],
  ])('%s in %s is %s', (value, zone, day) => {
    expect(localDayOf(value, zone)).toBe(day);
  });
});

describe('instantOf', () => {
  it('reads a plain date as the start of that day in the zone', () => {
    expect(instantOf('2023-04-01', 'Asia/Shanghai')).toBe(Date.parse('2023-03-31T16:00:00Z'));
    expect(instantOf('2023-04-01', 'UTC')).toBe(Date.parse('2023-04-01T00:00:00Z'));
    expect(instantOf('2023-07-01', 'America/New_York')).toBe(Date.parse('2023-07-01T04:00:00Z'));
  });

  it('reads a date-time by its own offset, whatever the zone', () => {
    expect(instantOf('2023-04-01T08:00:00+08:00', 'America/New_York')).toBe(Date.parse('2023-04-01T00:00:00Z'));
  });

  it('round-trips through localDayOfInstant', () => {
    expect(localDayOfInstant(instantOf('2024-02-29', 'Asia/Shanghai'), 'Asia/Shanghai')).toBe('2024-02-29');
  });
});

describe('instantOfDateTime', () => {
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  const dateTime = fc
    .record({
      ms: fc.integer({ min: Date.UTC(1, 0, 1), max: Date.UTC(9999, 11, 31) }),
      seconds: fc.boolean(),
      fraction: fc.option(fc.stringMatching(/^[0-9]{1,9}$/), { nil: undefined }),
      offset: fc.option(fc.integer({ min: -23 * 60 - 59, max: 23 * 60 + 59 }), { nil: undefined }),
    })
    .map(({ ms, seconds, fraction, offset }) => {
      const text = new Date(ms).toISOString();
      const wall = seconds ? `${text.slice(0, 19)}${fraction === undefined ? '' : `.${fraction}`}` : text.slice(0, 16);
      if (offset === undefined) return `${wall}Z`;
      const abs = Math.abs(offset);
      return `${wall}${offset < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
    });

  it('gives the instant Date.parse gives for every date-time checkDateTime accepts', () => {
    fc.assert(
      fc.property(dateTime, (value) => {
        expect(checkDateTime(value)).toBe('ok');
        expect(instantOfDateTime(value)).toBe(Date.parse(value));
      }),
      { seed: 5, numRuns: 5000 },
    );
  });

  it.each([
    '2024-02-29T23:59:59.9999999+08:00',
    '0050-03-01T00:00Z',
    '2023-12-31T16:00:00-00:30',
    '2023-04-01T08:00:00.5+05:45',
  ])('reads %s as Date.parse does', (value) => {
    expect(instantOfDateTime(value)).toBe(Date.parse(value));
  });

  it('leaves any other shape to Date.parse', () => {
    expect(instantOfDateTime('2023-04-01T08:00:00+0800')).toBe(Date.parse('2023-04-01T08:00:00+0800'));
    expect(instantOfDateTime('not a date')).toBeNaN();
  });
});

describe('isPlainDate', () => {
  it.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2000-02-29', true],
    ['2100-02-29', false],
    ['2023-02-30', false],
    ['2023-04-31', false],
    ['2023-12-31', true],
    ['2023-13-01', false],
    ['2023-00-10', false],
    ['2023-01-00', false],
    ['2023-4-1', false],
    ['2023-04-01T00:00:00Z', false],
    ['２０２３-04-01', false],
    ['2023-0a-01', false],
    ['20x3-04-01', false],
    ['2023-04-0 ', false],
    ['2023/04/01', false],
  ])('%s → %s', (value, valid) => {
    expect(isPlainDate(value)).toBe(valid);
  });

  it('reads a day as the pattern YYYY-MM-DD and the calendar do, whatever the characters', () => {
    const character = fc.constantFrom('0', '1', '2', '3', '9', '-', 'T', ' ', 'a', '٣', '/');
    const candidate = fc.oneof(
      fc.array(character, { minLength: 8, maxLength: 12 }).map((chars) => chars.join('')),
      fc
        .date({ min: new Date(-1e13), max: new Date(1e13), noInvalidDate: true })
        .map((d) => d.toISOString().slice(0, 10)),
      fc
        .tuple(fc.nat(9999), fc.nat(99), fc.nat(99))
        .map(
          ([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
        ),
    );
    fc.assert(
      fc.property(candidate, (value) => {
        const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
        const [year, month, day] = match === null ? [0, 0, 0] : [Number(match[1]), Number(match[2]), Number(match[3])];
        const expected = match !== null && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
        expect(isPlainDate(value)).toBe(expected);
      }),
      { numRuns: 5000 },
    );
  });
});

describe('checkDateTime', () => {
  it.each([
    ['2023-03-31T20:00:00Z', 'ok'],
    ['2023-03-31T20:00Z', 'ok'],
    ['2023-03-31T20:00:00.123+08:00', 'ok'],
    ['2023-03-31T20:00:00-05:00', 'ok'],
    ['2023-03-31T20:00:00', 'no-offset'],
    ['2023-02-30T08:00:00+08:00', 'invalid'],
    ['2023-03-31T24:00:00Z', 'invalid'],
    ['2023-03-31T20:60:00Z', 'invalid'],
    ['2023-03-31T20:00:00+24:00', 'invalid'],
    ['2023-03-31 20:00:00Z', 'invalid'],
    ['yesterday', 'invalid'],
  ])('%s → %s', (value, check) => {
    expect(checkDateTime(value)).toBe(check);
  });

  /** The reading of a date-time as a regular expression and the calendar give it. */
  function byPattern(value: string): string {
    const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:\d{2})?$/.exec(value);
    if (!m) return 'invalid';
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return 'invalid';
    if (Number(m[4]) > 23 || Number(m[5]) > 59 || Number(m[6] ?? 0) > 59) return 'invalid';
    const offset = m[8];
    if (offset === undefined) return 'no-offset';
    if (offset !== 'Z' && (Number(offset.slice(1, 3)) > 23 || Number(offset.slice(4, 6)) > 59)) return 'invalid';
    return 'ok';
  }

  it('reads a date-time as the pattern and the calendar do, whatever the characters', () => {
    const character = fc.constantFrom('0', '1', '2', '3', '5', '9', '-', '+', ':', '.', 'T', 'Z', ' ', 'a', '٣');
    const digits = (max: number, width: number) => fc.nat(max).map((v) => String(v).padStart(width, '0'));
    const shaped = fc
      .tuple(
        digits(9999, 4),
        digits(19, 2),
        digits(39, 2),
        digits(29, 2),
        digits(69, 2),
        fc.option(digits(69, 2)),
        fc.option(fc.stringMatching(/^[0-9]{0,11}$/)),
        fc.constantFrom('', 'Z', '+08:00', '-05:30', '+24:00', '+23:60', '+8:00', 'z', 'Z ', '+08:00Z'),
      )
      .map(([y, mo, d, h, mi, s, fraction, offset]) => {
        const seconds = s === null ? '' : `:${s}${fraction === null ? '' : `.${fraction}`}`;
        return `${y}-${mo}-${d}T${h}:${mi}${seconds}${offset}`;
      });
    const candidate = fc.oneof(
      shaped,
      fc.array(character, { minLength: 14, maxLength: 34 }).map((chars) => chars.join('')),
      shaped.chain((text) =>
        fc.tuple(fc.nat(text.length), character).map(([at, c]) => text.slice(0, at) + c + text.slice(at + 1)),
      ),
    );
    fc.assert(
      fc.property(candidate, (value) => {
        expect(checkDateTime(value)).toBe(byPattern(value));
      }),
      { numRuns: 20000 },
    );
  });
});

describe('isTimeZone', () => {
  it.each([
    ['Asia/Shanghai', true],
    ['UTC', true],
    ['America/New_York', true],
    ['Mars/Olympus', false],
    ['', false],
  ])('%s → %s', (zone, known) => {
    expect(isTimeZone(zone)).toBe(known);
  });
});

describe('addDays', () => {
  it.each([
    ['2023-12-31', 1, '2024-01-01'],
    ['2024-01-01', -1, '2023-12-31'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2023-02-28', 1, '2023-03-01'],
    ['2024-01-01', 366, '2025-01-01'],
    ['2023-01-01', 365, '2024-01-01'],
    ['2025-01-10', -400, '2023-12-07'],
    ['2023-05-10', 0, '2023-05-10'],
    ['2023-05-10', 3, '2023-05-13'],
  ])('%s + %i days is %s', (day, n, expected) => {
    expect(addDays(day, n)).toBe(expected);
  });
});

describe('addMonths', () => {
  it.each([
    ['2023-01-31', 1, '2023-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2023-03-31', 1, '2023-04-30'],
    ['2023-01-15', 1, '2023-02-15'],
    ['2023-12-31', 1, '2024-01-31'],
    ['2023-12-15', 1, '2024-01-15'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2023-03-31', -1, '2023-02-28'],
    ['2023-01-31', 12, '2024-01-31'],
  ])('%s + %i months is %s', (day, n, expected) => {
    expect(addMonths(day, n)).toBe(expected);
  });
});

describe('lastDayOfYears', () => {
  it.each([
    ['2023-01-01', 1, '2023-12-31'],
    ['2024-02-29', 1, '2025-02-28'],
    ['2024-02-28', 1, '2025-02-27'],
    ['2023-03-01', 1, '2024-02-29'],
    ['2023-02-28', 1, '2024-02-27'],
    ['2024-03-01', 1, '2025-02-28'],
    ['2024-02-29', 4, '2028-02-28'],
    ['2096-02-29', 4, '2100-02-28'],
    ['2024-12-31', 2, '2026-12-30'],
  ])('%s plus %i year(s) ends on %s, the day before the anniversary', (day, years, expected) => {
    expect(lastDayOfYears(day, years)).toBe(expected);
  });

  it('agrees with the platform calendar, which rolls 29 February over to 1 March', () => {
    const utcDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
    const day = fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2200, 0, 1) }).map(utcDay);
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 10 }), (d, years) => {
        const [y, m, dd] = d.split('-').map(Number) as [number, number, number];
        expect(lastDayOfYears(d, years)).toBe(utcDay(Date.UTC(y + years, m - 1, dd) - 86_400_000));
      }),
      { seed: 11, numRuns: 3000 },
    );
  });
});

describe('daysBetween and lastDayOfMonth', () => {
  it.each([
    ['2023-12-31', '2024-01-01', 1],
    ['2024-01-01', '2023-12-31', -1],
    ['2024-02-01', '2024-03-01', 29],
    ['2023-02-01', '2023-03-01', 28],
    ['2023-01-01', '2024-01-01', 365],
    ['2024-01-01', '2025-01-01', 366],
  ])('from %s to %s is %i days', (from, to, n) => {
    expect(daysBetween(from, to)).toBe(n);
  });

  it.each([
    ['2024-02-10', '2024-02-29'],
    ['2023-02-10', '2023-02-28'],
    ['2000-02-01', '2000-02-29'],
    ['2100-02-01', '2100-02-28'],
    ['2023-04-30', '2023-04-30'],
    ['2023-12-01', '2023-12-31'],
  ])('the last day of the month of %s is %s', (day, last) => {
    expect(lastDayOfMonth(day)).toBe(last);
  });
});

describe('calendar arithmetic against date-fns', () => {
  const utcDay = (date: Date) => date.toISOString().slice(0, 10);
  const day = fc.integer({ min: Date.UTC(1000, 0, 1), max: Date.UTC(9990, 0, 1) }).map((ms) => utcDay(new Date(ms)));
  const asUtc = (d: string) =>
    new TZDate(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10)), 'UTC');

  it('addDays, addMonths, daysBetween and daysInMonth agree with date-fns', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: -800, max: 800 }), (d, n) => {
        const months = Math.trunc(n / 20);
        expect(addDays(d, n)).toBe(utcDay(addDaysFns(asUtc(d), n)));
        expect(addMonths(d, months)).toBe(utcDay(addMonthsFns(asUtc(d), months)));
        expect(daysBetween(d, addDays(d, n))).toBe(n);
        const [y, m] = [Number(d.slice(0, 4)), Number(d.slice(5, 7))];
        expect(daysInMonth(y, m)).toBe(getDaysInMonth(asUtc(d)));
      }),
      { seed: 9, numRuns: 3000 },
    );
  });

  it('handles years before 100 (where Date.UTC would read 50 as 1950)', () => {
    expect(addDays('0050-12-31', 1)).toBe('0051-01-01');
    expect(addMonths('0048-01-31', 1)).toBe('0048-02-29');
  });
});

describe('independence from the process time zone', () => {
  const original = process.env.TZ;
  afterEach(() => {
    if (original === undefined) delete process.env.TZ;
    else process.env.TZ = original;
  });

  it.each(['UTC', 'America/New_York', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Asia/Shanghai'])(
    'gives the same days with TZ=%s',
    (zone) => {
      process.env.TZ = zone;
      expect([
        localDayOf('2023-03-31T20:00:00Z', 'Asia/Shanghai'),
        addMonths('2023-01-31', 1),
        addMonths('2024-03-31', -1),
        addDays('2023-03-12', 1),
        addDays('2023-11-05', -1),
        lastDayOfMonth('2024-02-01'),
        isPlainDate('2023-02-29'),
        instantOf('2023-04-01', 'Asia/Shanghai'),
      ]).toEqual([
        '2023-04-01',
        '2023-02-28',
        '2024-02-29',
        '2023-03-13',
        '2023-11-04',
        '2024-02-29',
        false,
        Date.parse('2023-03-31T16:00:00Z'),
      ]);
    },
  );
});
