/**
 * Applies one variant to a ruleset under resolution, in a fixed order: params, parts, sections,
 * grades, then `remove`, `override` and `add`. Problems with the variant's own operations (an
 * unknown id, an id that already exists, an incomplete new entry) are reported with paths in the
 * variant file.
 */
import { type Issue, makeIssue } from '../issues/issue.js';
import type { EntrySource, TracedRuleset } from './traced.js';
import type { Variant } from './variant.js';

type Path = Array<string | number>;

/** Fields a new part, section or grade must have. */
const REQUIRED_FIELDS = {
  parts: ['kind', 'points', 'title'],
  sections: ['part', 'points', 'title'],
  grades: ['min', 'label'],
} as const;

type PatchCollection = keyof typeof REQUIRED_FIELDS;

/** Where a new entry goes: a new section after the last section of its part, anything else last. */
function newEntryIndex(
  list: ReadonlyArray<Record<string, unknown>>,
  collection: PatchCollection,
  patch: Record<string, unknown>,
): number {
  if (collection !== 'sections') return list.length;
  const last = list.findLastIndex((entry) => entry.part === patch.part);
  return last === -1 ? list.length : last + 1;
}

function patchEntries(
  traced: TracedRuleset,
  collection: PatchCollection,
  patches: ReadonlyArray<{ readonly id: string } & Record<string, unknown>>,
  doc: number,
  issues: Issue[],
): void {
  const list = traced.doc[collection] as Array<Record<string, unknown> & { id: string }>;
  const sources = traced.sources[collection];
  const seen = new Map<string, number>();
  patches.forEach((patch, i) => {
    const path: Path = [collection, i];
    const first = seen.get(patch.id);
    if (first !== undefined) {
      issues.push(makeIssue('duplicate-id', [...path, 'id'], { id: patch.id, first: `${collection}[${first}]` }));
      return;
    }
    seen.set(patch.id, i);
    const index = list.findIndex((entry) => entry.id === patch.id);
    if (index === -1) {
      const missing = REQUIRED_FIELDS[collection].filter((field) => patch[field] === undefined);
      if (missing.length > 0) {
        issues.push(
          makeIssue('incomplete-entry', path, { what: collection, id: patch.id, fields: missing.join(', ') }),
        );
        return;
      }
      const at = newEntryIndex(list, collection, patch);
      list.splice(at, 0, { ...patch });
      sources.splice(at, 0, { id: patch.id, entry: { doc, path }, fields: new Map() });
      return;
    }
    const entry = list[index] as Record<string, unknown>;
    const source = sources[index] as EntrySource;
    for (const [field, value] of Object.entries(patch)) {
      if (field === 'id' || value === undefined) continue;
      entry[field] = value;
      source.fields.set(field, { doc, path: [...path, field] });
    }
  });
}

/** Adds the kinds a variant declares; a kind the extended ruleset already has is an error. */
function addRecordKinds(
  traced: TracedRuleset,
  kinds: NonNullable<Variant['recordKinds']>,
  variant: { id: string; doc: number },
  issues: Issue[],
): void {
  for (const [name, declaration] of Object.entries(kinds)) {
    if (Object.hasOwn(traced.doc.recordKinds, name)) {
      issues.push(makeIssue('duplicate-kind', ['recordKinds', name], { kind: name }));
      continue;
    }
    traced.doc.recordKinds[name] = structuredClone(declaration);
    traced.kinds.set(name, { doc: variant.doc, path: ['recordKinds', name] });
    traced.origins.kinds.set(name, variant.id);
  }
}

function removeItems(traced: TracedRuleset, ids: readonly string[], issues: Issue[]): void {
  const seen = new Map<string, number>();
  ids.forEach((id, i) => {
    const first = seen.get(id);
    if (first !== undefined) {
      issues.push(makeIssue('duplicate-id', ['remove', i], { id, first: `remove[${first}]` }));
      return;
    }
    seen.set(id, i);
    const index = traced.doc.items.findIndex((item) => item.id === id);
    if (index === -1) {
      issues.push(makeIssue('unknown-item', ['remove', i], { id }));
      return;
    }
    traced.doc.items.splice(index, 1);
    traced.sources.items.splice(index, 1);
    traced.origins.items.delete(id);
  });
}

function overrideItems(
  traced: TracedRuleset,
  overrides: NonNullable<Variant['override']>,
  variant: { id: string; doc: number },
  issues: Issue[],
): void {
  for (const [id, patch] of Object.entries(overrides)) {
    const index = traced.doc.items.findIndex((item) => item.id === id);
    if (index === -1) {
      issues.push(makeIssue('unknown-item', ['override', id], { id }));
      continue;
    }
    const item = traced.doc.items[index] as unknown as Record<string, unknown>;
    const source = traced.sources.items[index] as EntrySource;
    for (const [field, value] of Object.entries(patch)) {
      if (value === undefined) continue;
      item[field] = value;
      source.fields.set(field, { doc: variant.doc, path: ['override', id, field] });
    }
    traced.origins.items.set(id, variant.id);
  }
}

/** Where an added item goes: after the last item of its section or of an earlier section. */
function insertionIndex(traced: TracedRuleset, section: string): number {
  const order = new Map(traced.doc.sections.map((s, i) => [s.id, i]));
  const rank = order.get(section);
  if (rank === undefined) return traced.doc.items.length;
  let at = 0;
  traced.doc.items.forEach((item, i) => {
    const itemRank = order.get(item.section);
    if (itemRank !== undefined && itemRank <= rank) at = i + 1;
  });
  return at;
}

function addItems(
  traced: TracedRuleset,
  items: NonNullable<Variant['add']>,
  variant: { id: string; doc: number },
  issues: Issue[],
): void {
  items.forEach((item, i) => {
    if (traced.doc.items.some((existing) => existing.id === item.id)) {
      issues.push(makeIssue('duplicate-item', ['add', i, 'id'], { id: item.id }));
      return;
    }
    const at = insertionIndex(traced, item.section);
    traced.doc.items.splice(at, 0, structuredClone(item));
    traced.sources.items.splice(at, 0, {
      id: item.id,
      entry: { doc: variant.doc, path: ['add', i] },
      fields: new Map(),
    });
    traced.origins.items.set(item.id, variant.id);
  });
}

/**
 * Applies `variant` (input document `doc`) to `traced` in place and returns the problems with its
 * own operations. The resolved document's id, version and title become the variant's.
 *
 * @example
 * ```ts
 * const traced = tracedBase(base, 0);
 * const issues = applyVariant(traced, variant, 1); // [] when every id it names exists
 * ```
 */
export function applyVariant(traced: TracedRuleset, variant: Variant, doc: number): Issue[] {
  const issues: Issue[] = [];
  const target = traced.doc as { -readonly [K in keyof typeof traced.doc]: (typeof traced.doc)[K] };
  target.id = variant.id;
  target.version = variant.version;
  if (variant.title) target.title = variant.title;
  if (variant.description) target.description = variant.description;
  for (const [name, value] of Object.entries(variant.params ?? {})) {
    if (!Object.hasOwn(target.params, name)) traced.introducedParams.set(name, doc);
    target.params[name] = value;
    traced.params.set(name, { doc, path: ['params', name] });
    traced.origins.params.set(name, variant.id);
  }
  addRecordKinds(traced, variant.recordKinds ?? {}, { id: variant.id, doc }, issues);
  const patches: Array<[PatchCollection, ReadonlyArray<{ id: string } & Record<string, unknown>> | undefined]> = [
    ['parts', variant.parts],
    ['sections', variant.sections],
    ['grades', variant.grades],
  ];
  for (const [collection, list] of patches) if (list) patchEntries(traced, collection, list, doc, issues);
  const self = { id: variant.id, doc };
  if (variant.remove) removeItems(traced, variant.remove, issues);
  if (variant.override) overrideItems(traced, variant.override, self, issues);
  if (variant.add) addItems(traced, variant.add, self, issues);
  return issues;
}
