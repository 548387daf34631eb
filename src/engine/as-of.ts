/**
 * Evaluating as of a day D inside the period (spec §5, the monthly link): the station as it stood
 * at the end of D. Records, incidents, outages, reviews, grounds, approvals and lists dated after
 * D do not exist yet; duties and service points starting after D do not either, and those ending
 * after D are still running. What is judged on that view (buckets, deadlines, obligations on the
 * period as a whole) is decided by the fact functions and the item-result builder.
 */
import { plainDate } from '../facts/dates.js';
import { InvalidInputError, type Issue } from '../issues/issue.js';
import { fromZodIssues } from '../issues/zod-issues.js';
import { type LocalDay, localDayOf, minDay } from '../time/local-day.js';
import { activePointsOf, type DatedRecord, type Duty, groupDuties, type PreparedStation } from './prepare.js';

/**
 * The issues of an as-of day: a calendar day `YYYY-MM-DD` in a plausible year (the station's
 * local day). None when it is valid.
 *
 * @example
 * ```ts
 * asOfIssues('2023-02-30'); // [{ code: 'invalid-date', path: ['asOf'], … }]
 * ```
 */
export function asOfIssues(value: unknown): Issue[] {
  const parsed = plainDate.safeParse(value);
  return parsed.success ? [] : fromZodIssues(parsed.error.issues, ['asOf']);
}

/**
 * The as-of day of evaluation options, checked.
 *
 * @throws {@link InvalidInputError} (`options`) when it is not a valid day.
 * @example
 * ```ts
 * checkedAsOf('2023-06-30'); // '2023-06-30'
 * ```
 */
export function checkedAsOf(value: unknown): LocalDay {
  const issues = asOfIssues(value);
  if (issues.length > 0) throw new InvalidInputError('options', issues);
  return value as LocalDay;
}

/** How many entries of a list sorted by day are dated `day` or earlier. */
function countUpTo(list: ReadonlyArray<DatedRecord<unknown>>, day: LocalDay): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((list[middle] as DatedRecord<unknown>).day <= day) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Each list of a by-kind map cut to the entries dated `day` or earlier (lists are sorted by day). */
function upTo<L extends ReadonlyArray<DatedRecord<unknown>>>(lists: Readonly<Record<string, L>>, day: LocalDay) {
  const out: Record<string, L> = {};
  for (const [kind, list] of Object.entries(lists)) {
    const n = countUpTo(list, day);
    out[kind] = (n === list.length ? list : list.slice(0, n)) as L;
  }
  return out;
}

/** The duties that had started by `day`, those ending after it still running. */
function dutiesAsOf(duties: readonly Duty[], day: LocalDay): Duty[] {
  const out: Duty[] = [];
  for (const duty of duties) {
    if (duty.start > day) continue;
    if (duty.end === undefined || duty.end <= day) out.push(duty);
    else {
      const { end: _end, endReason: _reason, ...running } = duty;
      out.push(running);
    }
  }
  return out;
}

type ServicePoint = PreparedStation['servicePoints'][number];
type Outage = PreparedStation['outages'][number];

/** The service points opened by `day`, those closing after it still open. */
function pointsAsOf(points: readonly ServicePoint[], day: LocalDay): ServicePoint[] {
  const out: ServicePoint[] = [];
  for (const point of points) {
    if (point.opened !== undefined && point.opened > day) continue;
    if (point.closed === undefined || point.closed <= day) out.push(point);
    else {
      const { closed: _closed, ...open } = point;
      out.push(open);
    }
  }
  return out;
}

/** The outages that had started by `day`; a notice given after it has not been given yet. */
function outagesAsOf(outages: readonly Outage[], day: LocalDay, timeZone: string): Outage[] {
  const out: Outage[] = [];
  for (const outage of outages) {
    if (localDayOf(outage.start, timeZone) > day) continue;
    if (outage.noticeAt === undefined || localDayOf(outage.noticeAt, timeZone) <= day) out.push(outage);
    else {
      const { noticeAt: _notice, ...unnoticed } = outage;
      out.push(unnoticed);
    }
  }
  return out;
}

/**
 * The station as it stood at the end of `asOf` (a local day in its zone): everything dated after
 * it left out, duties and service points still running where they end later. Obligations with a
 * deadline are judged on `asOf` or the period end, whichever comes first.
 *
 * @example
 * ```ts
 * const midYear = stationAsOf(prepareStation(facts), '2023-06-30');
 * midYear.records.liaisons.every((r) => r.day <= '2023-06-30'); // true
 * ```
 */
export function stationAsOf(station: PreparedStation, asOf: LocalDay): PreparedStation {
  const { periodStart, periodEnd } = station;
  const duties = dutiesAsOf(station.duties, asOf);
  const servicePoints = pointsAsOf(station.servicePoints, asOf);
  const activePoints = activePointsOf(servicePoints, periodStart, periodEnd);
  return {
    ...station,
    asOf,
    judgedOn: minDay(asOf, periodEnd),
    records: upTo(station.records, asOf) as PreparedStation['records'],
    rejected: upTo(
      station.rejected as Readonly<Record<string, ReadonlyArray<DatedRecord<unknown>>>>,
      asOf,
    ) as PreparedStation['rejected'],
    incidents: station.incidents.slice(0, countUpTo(station.incidents, asOf)),
    duties,
    ...groupDuties(duties, periodStart, periodEnd),
    servicePoints,
    activePoints,
    activePointIds: activePoints.map((p) => p.id),
    servicePointById: new Map(servicePoints.map((p) => [p.id, p])),
    appointments: station.appointments.filter((a) => a.date <= asOf),
    reviews: station.reviews.filter((r) => r.date <= asOf),
    dismissalGrounds: station.dismissalGrounds.filter((g) => g.date <= asOf),
    responsibilityLists: station.responsibilityLists.filter((l) => l.issued <= asOf),
    outages: outagesAsOf(station.outages, asOf, station.timeZone),
  };
}
