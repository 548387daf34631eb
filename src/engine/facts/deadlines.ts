/**
 * Obligations with a deadline (spec §3): a vacancy to refill (items 4 and 7), a dismissal ground
 * to act on (item 6), an event to disclose (item 12a), an outage to notice (item 12b), a flagged
 * problem to remind (item 19), a declared follow-up. Every fact judges them through this module,
 * alike, on the judgement day (`station.judgedOn`: the period end, or the as-of day of a mid-year
 * evaluation when that comes first, spec §5):
 *
 * - met when the follow-up came in time, even when it is dated after the period end;
 * - otherwise a failure when the deadline lies on or before the judgement day;
 * - otherwise *pending*: not judged, costing nothing, listed in the fact's `pending`. A follow-up
 *   dated after the deadline does not change that: the full-year result is the result as of the
 *   period end.
 */
import { TZDate } from '@date-fns/tz';
import { type LocalDay, localDayOfInstant } from '../../time/local-day.js';
import { comparePairs } from './fact.js';

/**
 * An obligation not judged yet, as fact values list it (`pending`) and item results show it (a
 * type, not an interface, so that it is JSON to the fact's value).
 */
export type PendingObligation = {
  /** The id of the record the obligation arose from (a duty, a ground, an event, an outage, a problem). */
  readonly id: string;
  /** When it arose: a local day, or a local date-time with its offset for an outage. */
  readonly arose: string;
  /** The deadline, in the same form. */
  readonly deadline: string;
};

/**
 * Judges the obligations of one fact as of the judgement day, listing the pending ones.
 *
 * @example
 * ```ts
 * const deadlines = new Deadlines(station.judgedOn);
 * if (!metInTime && deadlines.missed(event.id, day, deadline)) late.push(event.id);
 * return { late, pending: deadlines.pending() };
 * ```
 */
export class Deadlines {
  private readonly list: PendingObligation[] = [];

  /** `asOf` is the day obligations are judged on: the period end, or an earlier as-of day. */
  constructor(private readonly asOf: LocalDay) {}

  /**
   * Judges an obligation that was not met in time: true when that is a failure (its deadline lies
   * on or before the judgement day), false when it is pending (then it is listed). `arose` and
   * `deadline` are local days.
   */
  missed(id: string, arose: LocalDay, deadline: LocalDay): boolean {
    if (deadline <= this.asOf) return true;
    this.list.push({ id, arose, deadline });
    return false;
  }

  /**
   * {@link Deadlines.missed} for an obligation timed to the instant (a fault outage's notice): the
   * deadline is after the judgement day when its local day is; a pending one is listed with local
   * date-times.
   */
  missedAt(id: string, aroseMs: number, deadlineMs: number, timeZone: string): boolean {
    if (localDayOfInstant(deadlineMs, timeZone) <= this.asOf) return true;
    this.list.push({ id, arose: localDateTime(aroseMs, timeZone), deadline: localDateTime(deadlineMs, timeZone) });
    return false;
  }

  /** The pending obligations, by (arose, id). */
  pending(): PendingObligation[] {
    return this.list.length > 1 ? this.list.sort((a, b) => comparePairs(a.arose, a.id, b.arose, b.id)) : this.list;
  }
}

/**
 * The first of some ascending days that is on or after `day`, or undefined: the first follow-up
 * of an obligation that arose on `day`.
 *
 * @example
 * ```ts
 * firstDayFrom(['2023-04-30', '2023-05-02'], '2023-05-01'); // '2023-05-02'
 * ```
 */
export function firstDayFrom(days: readonly LocalDay[] | undefined, day: LocalDay): LocalDay | undefined {
  if (days === undefined) return undefined;
  let low = 0;
  let high = days.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((days[middle] as LocalDay) < day) low = middle + 1;
    else high = middle;
  }
  return days[low];
}

/**
 * An instant as a local date-time with the zone's offset, to the second (milliseconds only when
 * there are some): how pending outage deadlines are shown.
 *
 * @example
 * ```ts
 * localDateTime(Date.parse('2023-12-31T17:30:00Z'), 'Asia/Shanghai'); // '2024-01-01T01:30:00+08:00'
 * ```
 */
export function localDateTime(ms: number, timeZone: string): string {
  return new TZDate(ms, timeZone).toISOString().replace('.000', '');
}
