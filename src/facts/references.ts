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

const TARGET_NAMES: Readonly<Record<string, string>> = {
  staff: 'staff member',
  servicePoints: 'service point',
  groupMembers: 'group member',
  problemFlags: 'problem flag',
  disclosureEvents: 'disclosure event',
};

/** What a reference to `to` is called in messages. */
const targetName = (to: string) => TARGET_NAMES[to] ?? `${to} record`;

/**
 * The checks, each told the path of the object it looks at and the key it reads: the path of a
 * problem is made only when there is one, so that valid facts cost no paths.
 */
class Checker {
  private readonly firstSeen = new Map<string, Path>();

  constructor(readonly found: IssueCollector) {}

  /** Registers an element's id (every id in a facts file is unique across all lists). */
  id(fields: Fields, path: Path): void {
    const id = idOf(fields.id);
    if (id === undefined) return;
    const first = this.firstSeen.get(id);
    if (first) this.found.add(makeIssue('duplicate-id', [...path, 'id'], { id, first: formatPath(first) }));
    else this.firstSeen.set(id, path);
  }

  /** Reports a reference that names no element of `targets` (unknown targets are not checked). */
  ref(targets: Set<string> | null, value: unknown, path: Path, key: string | number, to: string): void {
    const ref = idOf(value);
    if (targets === null || ref === undefined || targets.has(ref)) return;
    this.found.add(makeIssue('unknown-reference', [...path, key], { ref, target: targetName(to) }));
  }

  /** Every reference in the first `limit` entries of a list of references at `path`.`key`. */
  refs(targets: Set<string> | null, value: unknown, limit: number, path: Path, key: string, to: string): void {
    if (!Array.isArray(value)) return;
    const length = Math.min(value.length, limit);
    for (let j = 0; j < length && !this.found.full; j++) {
      const ref = idOf(value[j]);
      if (targets !== null && ref !== undefined && !targets.has(ref)) this.ref(targets, ref, [...path, key], j, to);
    }
  }

  /** Reports an end before its start, when both are valid dates. */
  range(fields: Fields, path: Path, startKey: string, endKey: string): void {
    const start = dayOf(fields[startKey]);
    const end = dayOf(fields[endKey]);
    if (start !== undefined && end !== undefined && end < start)
      this.found.add(makeIssue('end-before-start', [...path, endKey], { start, end }));
  }

  /** Visits the object elements among the first `limit` of a list, with their paths, until the collector is full. */
  each(list: unknown, limit: number, path: Path, visit: (fields: Fields, path: Path) => void): void {
    const items = listOf(list);
    if (items === null) return;
    const length = Math.min(items.length, limit);
    for (let i = 0; i < length && !this.found.full; i++) {
      const fields = fieldsOf(items[i]);
      if (fields) visit(fields, [...path, i]);
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

/** The id and the references of one record (or entry), as its kind's fields describe them. */
function checkFields(
  check: Checker,
  targets: ReferenceTargets,
  fields: readonly FieldInfo[],
  record: Fields,
  path: Path,
): void {
  check.id(record, path);
  for (const field of fieldsToCheck(fields)) {
    const value = record[field.name];
    if (field.type === 'ref' || field.type === 'refs') {
      const to = field.to as string;
      if (field.type === 'ref') check.ref(targets.of(to), value, path, field.name, to);
      else check.refs(targets.of(to), value, field.max ?? FACTS_LIMITS.entriesPerRecord, path, field.name, to);
    } else {
      const entryFields = field.fields as readonly FieldInfo[];
      check.each(value, field.max ?? FACTS_LIMITS.entriesPerRecord, [...path, field.name], (entry, entryPath) =>
        checkFields(check, targets, entryFields, entry, entryPath),
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
  const check = new Checker(found);
  const group = fieldsOf(root.supervisionGroup);
  const records = root.records === undefined ? {} : fieldsOf(root.records);
  const staff = idSet(root.staff, listLength);
  const points = idSet(root.servicePoints, listLength);
  const members =
    root.supervisionGroup === undefined ? new Set<string>() : group ? idSet(group.members, shortListLength) : null;
  const targets = new ReferenceTargets(records, { staff, servicePoints: points, groupMembers: members });

  checkPeriod(root, check);
  check.each(root.servicePoints, listLength, ['servicePoints'], (p, path) => {
    check.id(p, path);
    check.range(p, path, 'opened', 'closed');
  });
  check.each(root.staff, listLength, ['staff'], (s, path) => check.id(s, path));
  check.each(root.duties, historyLength, ['duties'], (d, path) => {
    check.id(d, path);
    check.ref(staff, d.staffId, path, 'staffId', 'staff');
    check.ref(points, d.servicePointId, path, 'servicePointId', 'servicePoints');
    check.range(d, path, 'start', 'end');
  });
  check.each(root.appointments, listLength, ['appointments'], (a, path) => {
    check.id(a, path);
    check.ref(staff, a.staffId, path, 'staffId', 'staff');
    check.range(a, path, 'termStart', 'termEnd');
  });
  for (const [key, limit] of [
    ['reviews', historyLength],
    ['dismissalGrounds', listLength],
  ] as const) {
    check.each(root[key], limit, [key], (r, path) => {
      check.id(r, path);
      check.ref(staff, r.staffId, path, 'staffId', 'staff');
    });
  }
  check.each(root.responsibilityLists, shortListLength, ['responsibilityLists'], (l, path) => check.id(l, path));
  if (group) {
    check.each(group.members, shortListLength, ['supervisionGroup', 'members'], (m, path) => {
      check.id(m, path);
      check.ref(staff, m.staffId, path, 'staffId', 'staff');
    });
    check.ref(members, group.leaderId, ['supervisionGroup'], 'leaderId', 'groupMembers');
  }
  for (const kind of records ? kinds : []) {
    check.each(records?.[kind.name], recordsPerKind, ['records', kind.name], (record, path) =>
      checkFields(check, targets, kind.fields, record, path),
    );
  }
  check.each(root.outages, recordsPerKind, ['outages'], (o, path) => check.id(o, path));
  check.each(root.incidents, recordsPerKind, ['incidents'], (o, path) => check.id(o, path));
  return found.issues;
}
