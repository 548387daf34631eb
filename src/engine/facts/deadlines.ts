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
 *
 * Evaluated as of a day inside the period, a failure that is still *open* — nothing has been done
 * for it by that day, and doing it now still serves (a complaint to follow up, a vacancy to fill,
 * an event to disclose) — is also listed, in the fact's `overdue`: the points are lost, but the
 * station still has to act. One acted on late, or one that can no longer be met at all (a notice
 * due before an outage that has begun), is not.
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
  private readonly open: PendingObligation[] | null;

  /**
   * `asOf` is the day obligations are judged on: the period end, or an earlier as-of day;
   * `listsOverdue` whether failures still open are listed (as of a day inside the period).
   */
  constructor(
    private readonly asOf: LocalDay,
    listsOverdue = false,
  ) {
    this.open = listsOverdue ? [] : null;
  }

  /**
   * The judge of a station's obligations: judged on `station.judgedOn`, listing failures still
   * open when that is an as-of day before the period end.
   *
   * @example
   * ```ts
   * const deadlines = Deadlines.of(station);
   * ```
   */
  static of(station: { readonly judgedOn: LocalDay; readonly periodEnd: LocalDay; readonly asOf: LocalDay | null }) {
    return new Deadlines(station.judgedOn, station.asOf !== null && station.judgedOn < station.periodEnd);
  }

  /**
   * Judges an obligation that was not met in time: true when that is a failure (its deadline lies
   * on or before the judgement day), false when it is pending (then it is listed). `arose` and
   * `deadline` are local days. `open`: nothing has been done for it by the judgement day and it
   * can still be done (a failure is then listed as overdue, when the judge lists them).
   */
  missed(id: string, arose: LocalDay, deadline: LocalDay, open: boolean): boolean {
    const obligation = { id, arose, deadline };
    if (deadline > this.asOf) this.list.push(obligation);
    else if (open) this.open?.push(obligation);
    return deadline <= this.asOf;
  }

  /**
   * {@link Deadlines.missed} for an obligation timed to the instant (a fault outage's notice): the
   * deadline is after the judgement day when its local day is; a pending or overdue one is listed
   * with local date-times.
   */
  missedAt(id: string, aroseMs: number, deadlineMs: number, timeZone: string, open: boolean): boolean {
    const failed = localDayOfInstant(deadlineMs, timeZone) <= this.asOf;
    if (failed && (!open || this.open === null)) return true;
    const obligation = { id, arose: localDateTime(aroseMs, timeZone), deadline: localDateTime(deadlineMs, timeZone) };
    (failed ? (this.open as PendingObligation[]) : this.list).push(obligation);
    return failed;
  }

  /** The pending obligations, by (arose, id). */
  pending(): PendingObligation[] {
    return byArose(this.list);
  }

  /**
   * The lists a fact value carries: `pending`, and `overdue` (failures still open, by (arose,
   * id)) when the judge lists them.
   *
   * @example
   * ```ts
   * return { late, ...deadlines.listed(), records };
   * ```
   */
  listed(): { pending: PendingObligation[]; overdue?: PendingObligation[] } {
    return this.open === null ? { pending: this.pending() } : { pending: this.pending(), overdue: byArose(this.open) };
  }
}

function byArose(list: PendingObligation[]): PendingObligation[] {
  return list.length > 1 ? list.sort((a, b) => comparePairs(a.arose, a.id, b.arose, b.id)) : list;
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
