/**
 * Checks across records that a schema cannot express: unique ids, references to people, service
 * points, group members and records that exist, ends not before starts, a period of at most one
 * year.
 *
 * The checks read the input defensively, field by field, so they also run on facts that failed
 * the schema: a record with a bad date still has its reference checked, as long as the
 * reference itself is a well-formed id. What a check cannot rely on is skipped rather than
 * guessed: when a list that references point into is not a list at all, references into it are
 * not checked (the schema already reports that list), and a date range is only compared when
 * both of its ends are valid dates. So every issue reported here is true of the input.
 *
 * The walks are bounded: a list is read up to the length the schema allows (a longer list is
 * reported by the schema), and every check stops once the collector of issues is full, so a
 * disclosure naming millions of unknown events costs the issue cap, not millions of issues.
 */
import { formatPath, type Issue, type JsonPath, makeIssue } from '../issues/issue.js';
import { IssueCollector } from '../issues/limit.js';
import { lastDayOfYears } from '../time/local-day.js';
import { isValidPlainDate } from './dates.js';
import type { Label } from './fields.js';
import type { FieldInfo, RecordKindInfo } from './kinds/describe.js';
import { FACTS_LIMITS } from './schema.js';

type Path = JsonPath;
type Fields = Readonly<Record<string, unknown>>;

/** The fields of a plain object, or null for anything else. */
function fieldsOf(value: unknown): Fields | null {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Fields) : null;
}

/** A list as written: absent means empty (the schema's default); anything else that is not a list means unknown. */
function listOf(value: unknown): readonly unknown[] | null {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : null;
}

/** A well-formed id (as the schema requires), or undefined. */
function idOf(value: unknown): string | undefined {
  return typeof value === 'string' && value.length >= 1 && value.length <= FACTS_LIMITS.idLength ? value : undefined;
}

/** A valid plain date, or undefined. */
function dayOf(value: unknown): string | undefined {
  return typeof value === 'string' && isValidPlainDate(value) ? value : undefined;
}

/**
 * The ids of a list's first `limit` elements (those that have a well-formed id), or null when the
 * list is unusable.
 */
function idSet(list: unknown, limit: number): Set<string> | null {
  const items = listOf(list);
  if (items === null) return null;
  const ids = new Set<string>();
  const length = Math.min(items.length, limit);
  for (let i = 0; i < length; i++) {
    const id = idOf(fieldsOf(items[i])?.id);
    if (id !== undefined) ids.add(id);
  }
  return ids;
}

/** What the other lists a reference can point at are called in messages. */
const TARGET_NAMES: Readonly<Record<string, { readonly zh: string; readonly en: string }>> = {
  staff: { zh: '人员', en: 'staff member' },
  servicePoints: { zh: '服务站点', en: 'service point' },
  groupMembers: { zh: '监督小组成员', en: 'group member' },
};

/** The params naming what a reference to `to` points at: a list's name, or a record kind's title. */
function targetParams(to: string, kinds: readonly RecordKindInfo[]): { target: string; targetZh: string } {
  const named = TARGET_NAMES[to];
  if (named !== undefined) return { target: named.en, targetZh: named.zh };
  // Looked up only for a problem: valid facts pay nothing for the names.
  const title: Label | undefined = kinds.find((kind) => kind.name === to)?.title;
  const en = title?.en === undefined ? `${to} record` : title.en.charAt(0).toLowerCase() + title.en.slice(1);
  return { target: en, targetZh: title === undefined ? `“${to}”记录` : `${title.zh}记录` };
}

/**
 * The checks, each told where the object it looks at is (the path of its list and its index, or
 * no index for an object that is not in a list) and the key it reads: the path of a problem is
 * made only when there is one, so that valid facts cost no paths.
 */
class Checker {
  /** Each id seen, with the number of the place it was first seen at (see `lists` and `indexes`). */
  private readonly firstSeen = new Map<string, number>();
  private readonly lists: Path[] = [];
  private readonly indexes: number[] = [];

  constructor(
    readonly found: IssueCollector,
    private readonly kinds: readonly RecordKindInfo[],
  ) {}

  /** Registers an element's id (every id in a facts file is unique across all lists). */
  id(fields: Fields, list: Path, index: number): void {
    const id = idOf(fields.id);
    if (id === undefined) return;
    const first = this.firstSeen.get(id);
    if (first === undefined) {
      this.firstSeen.set(id, this.lists.length);
      this.lists.push(list);
      this.indexes.push(index);
      return;
    }
    const firstPath = [...(this.lists[first] as Path), this.indexes[first] as number];
    this.found.add(makeIssue('duplicate-id', [...list, index, 'id'], { id, first: formatPath(firstPath) }));
  }

  /** Reports a reference that names no element of `targets` (unknown targets are not checked). */
  ref(targets: Set<string> | null, value: unknown, list: Path, index: number | null, key: string, to: string): void {
    const ref = idOf(value);
    if (targets === null || ref === undefined || targets.has(ref)) return;
    const path = index === null ? [...list, key] : [...list, index, key];
    this.found.add(makeIssue('unknown-reference', path, { ref, ...targetParams(to, this.kinds) }));
  }

  /** Every reference in the first `limit` entries of a list of references, at `key` of the element. */
  refs(targets: Set<string> | null, value: unknown, limit: number, list: Path, index: number, key: string, to: string) {
    if (!Array.isArray(value) || targets === null) return;
    const length = Math.min(value.length, limit);
    for (let j = 0; j < length && !this.found.full; j++) {
      const ref = idOf(value[j]);
      if (ref !== undefined && !targets.has(ref))
        this.found.add(
          makeIssue('unknown-reference', [...list, index, key, j], { ref, ...targetParams(to, this.kinds) }),
        );
    }
  }

  /** Reports an end before its start, when both are valid dates. */
  range(fields: Fields, list: Path, index: number, startKey: string, endKey: string): void {
    const start = dayOf(fields[startKey]);
    const end = dayOf(fields[endKey]);
    if (start !== undefined && end !== undefined && end < start)
      this.found.add(makeIssue('end-before-start', [...list, index, endKey], { start, end }));
  }

  /** Visits the object elements among the first `limit` of a list, with their indexes, until the collector is full. */
  each(list: unknown, limit: number, path: Path, visit: (fields: Fields, path: Path, index: number) => void): void {
    const items = listOf(list);
    if (items === null) return;
    const length = Math.min(items.length, limit);
    for (let i = 0; i < length && !this.found.full; i++) {
      const fields = fieldsOf(items[i]);
      if (fields) visit(fields, path, i);
    }
  }
}

/** The ids a reference may point at: people, service points, group members, records of a kind. */
class ReferenceTargets {
  private readonly kinds = new Map<string, Set<string> | null>();
  constructor(
    private readonly records: Fields | null,
    private readonly fixed: Readonly<Record<string, Set<string> | null>>,
  ) {}

  /** The ids of a target (read once, up to the list's limit), or null when they cannot be known. */
  of(to: string): Set<string> | null {
    if (Object.hasOwn(this.fixed, to)) return this.fixed[to] ?? null;
    let ids = this.kinds.get(to);
    if (ids === undefined) {
      ids = this.records ? idSet(this.records[to], FACTS_LIMITS.recordsPerKind) : null;
      this.kinds.set(to, ids);
    }
    return ids;
  }
}

/** The fields of a kind that the checks read (references and entries), kept per list of fields. */
const checkedFields = new WeakMap<readonly FieldInfo[], readonly FieldInfo[]>();

function fieldsToCheck(fields: readonly FieldInfo[]): readonly FieldInfo[] {
  let checked = checkedFields.get(fields);
  if (checked === undefined) {
    checked = fields.filter((f) => f.type === 'ref' || f.type === 'refs' || (f.type === 'entries' && f.fields));
    checkedFields.set(fields, checked);
  }
  return checked;
}

/**
 * The id and the references of one record (or entry), as its kind's fields describe them
 * (`checked`: those of the fields that the checks read, from {@link fieldsToCheck}).
 */
function checkFields(
  check: Checker,
  targets: ReferenceTargets,
  checked: readonly FieldInfo[],
  record: Fields,
  list: Path,
  index: number,
): void {
  check.id(record, list, index);
  for (const field of checked) {
    const value = record[field.name];
    const limit = field.max ?? FACTS_LIMITS.entriesPerRecord;
    const to = field.to as string;
    if (field.type === 'ref') check.ref(targets.of(to), value, list, index, field.name, to);
    else if (field.type === 'refs') check.refs(targets.of(to), value, limit, list, index, field.name, to);
    else if (Array.isArray(value) && value.length > 0) {
      const entryFields = fieldsToCheck(field.fields as readonly FieldInfo[]);
      check.each(value, limit, [...list, index, field.name], (entry, entries, i) =>
        checkFields(check, targets, entryFields, entry, entries, i),
      );
    }
  }
}

function checkPeriod(root: Fields, check: Checker): void {
  const period = fieldsOf(root.period);
  if (!period) return;
  const start = dayOf(period.start);
  const end = dayOf(period.end);
  if (start === undefined || end === undefined) return;
  if (end < start) check.found.add(makeIssue('end-before-start', ['period', 'end'], { start, end }));
  else if (end > lastDayOfYears(start, 1))
    check.found.add(makeIssue('period-too-long', ['period', 'end'], { start, end }));
}

const { recordsPerKind, listLength, historyLength, shortListLength } = FACTS_LIMITS;

/**
 * Every cross-record problem of a facts object, parsed or not (see the module comment for what
 * is checked when the input is not schema-valid), added to `found` until it is full. Never throws
 * on a plain JSON value.
 *
 * @example
 * ```ts
 * const problems = crossCheckFacts(facts, baseRuleset().recordKinds); // [] when every reference resolves
 * ```
 */
export function crossCheckFacts(
  facts: unknown,
  kinds: readonly RecordKindInfo[],
  found: IssueCollector = new IssueCollector(),
): Issue[] {
  const root = fieldsOf(facts);
  if (!root) return found.issues;
  const check = new Checker(found, kinds);
  const group = fieldsOf(root.supervisionGroup);
  const records = root.records === undefined ? {} : fieldsOf(root.records);
  const staff = idSet(root.staff, listLength);
  const points = idSet(root.servicePoints, listLength);
  const members =
    root.supervisionGroup === undefined ? new Set<string>() : group ? idSet(group.members, shortListLength) : null;
  const targets = new ReferenceTargets(records, { staff, servicePoints: points, groupMembers: members });

  checkPeriod(root, check);
  check.each(root.servicePoints, listLength, ['servicePoints'], (p, list, i) => {
    check.id(p, list, i);
    check.range(p, list, i, 'opened', 'closed');
  });
  check.each(root.staff, listLength, ['staff'], (s, list, i) => check.id(s, list, i));
  check.each(root.duties, historyLength, ['duties'], (d, list, i) => {
    check.id(d, list, i);
    check.ref(staff, d.staffId, list, i, 'staffId', 'staff');
    check.ref(points, d.servicePointId, list, i, 'servicePointId', 'servicePoints');
    check.range(d, list, i, 'start', 'end');
  });
  check.each(root.appointments, listLength, ['appointments'], (a, list, i) => {
    check.id(a, list, i);
    check.ref(staff, a.staffId, list, i, 'staffId', 'staff');
    check.range(a, list, i, 'termStart', 'termEnd');
  });
  for (const [key, limit] of [
    ['reviews', historyLength],
    ['dismissalGrounds', listLength],
  ] as const) {
    check.each(root[key], limit, [key], (r, list, i) => {
      check.id(r, list, i);
      check.ref(staff, r.staffId, list, i, 'staffId', 'staff');
    });
  }
  check.each(root.responsibilityLists, shortListLength, ['responsibilityLists'], (l, list, i) => check.id(l, list, i));
  if (group) {
    check.each(group.members, shortListLength, ['supervisionGroup', 'members'], (m, list, i) => {
      check.id(m, list, i);
      check.ref(staff, m.staffId, list, i, 'staffId', 'staff');
    });
    check.ref(members, group.leaderId, ['supervisionGroup'], null, 'leaderId', 'groupMembers');
  }
  for (const kind of records ? kinds : []) {
    const checked = fieldsToCheck(kind.fields);
    check.each(records?.[kind.name], recordsPerKind, ['records', kind.name], (record, list, i) =>
      checkFields(check, targets, checked, record, list, i),
    );
  }
  check.each(root.outages, recordsPerKind, ['outages'], (o, list, i) => check.id(o, list, i));
  check.each(root.incidents, recordsPerKind, ['incidents'], (o, list, i) => check.id(o, list, i));
  return found.issues;
}
