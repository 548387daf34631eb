/**
 * A ruleset document being resolved, with the source of every value: which input document wrote
 * it and where. Problems found in the resolved ruleset are reported against that source, so an
 * author sees the file and path they wrote, not a position in a merged document they never saw.
 */
import type { Issue, JsonPath } from '../issues/issue.js';
import type { BaseRuleset } from './schema.js';

/** Where a value was written: the index of the input document and the path in it. */
export interface Source {
  readonly doc: number;
  readonly path: JsonPath;
}

/** The source of an entry (an item, part, section or grade) and of each field changed later. */
export interface EntrySource {
  readonly id: string;
  readonly entry: Source;
  readonly fields: Map<string, Source>;
}

/** The collections of a ruleset whose entries have ids. */
export type Collection = 'items' | 'parts' | 'sections' | 'grades';

const COLLECTIONS: readonly Collection[] = ['items', 'parts', 'sections', 'grades'];

/**
 * Which ruleset (base or variant id) last defined each item, declared record kind and param; an
 * item absent from `items` comes from the base.
 */
export interface RulesetOrigins {
  readonly items: Map<string, string>;
  readonly kinds: Map<string, string>;
  readonly params: Map<string, string>;
}

/** A ruleset document under resolution. Its `doc` is a private copy that variants change in place. */
export interface TracedRuleset {
  readonly doc: BaseRuleset;
  readonly sources: { [C in Collection]: EntrySource[] };
  readonly params: Map<string, Source>;
  /** Where each declared record kind was written. */
  readonly kinds: Map<string, Source>;

  /** Which ruleset (by id) last set each item, declared kind and param. */
  readonly origins: RulesetOrigins;
  /** Params a variant introduced (not present in what it extends), by the input document that did. */
  readonly introducedParams: Map<string, number>;
}

/**
 * Starts a resolution from a base document (input document `index`).
 *
 * @example
 * ```ts
 * const traced = tracedBase(parsedBase, 0);
 * traced.sources.items[0].entry; // { doc: 0, path: ['items', 0] }
 * ```
 */
export function tracedBase(base: BaseRuleset, index: number): TracedRuleset {
  const doc = structuredClone(base);
  const entries = (collection: Collection, list: ReadonlyArray<{ id: string }>): EntrySource[] =>
    list.map((entry, i) => ({ id: entry.id, entry: { doc: index, path: [collection, i] }, fields: new Map() }));
  return {
    doc,
    sources: {
      items: entries('items', doc.items),
      parts: entries('parts', doc.parts),
      sections: entries('sections', doc.sections),
      grades: entries('grades', doc.grades),
    },
    params: new Map(Object.keys(doc.params).map((name) => [name, { doc: index, path: ['params', name] }])),
    kinds: new Map(Object.keys(doc.recordKinds).map((name) => [name, { doc: index, path: ['recordKinds', name] }])),
    origins: {
      items: new Map(),
      kinds: new Map(Object.keys(doc.recordKinds).map((name) => [name, doc.id])),
      params: new Map(Object.keys(doc.params).map((name) => [name, doc.id])),
    },
    introducedParams: new Map(),
  };
}

function isCollection(key: unknown): key is Collection {
  return COLLECTIONS.includes(key as Collection);
}

/**
 * Where a path of the resolved document was written. Returns the source of the deepest traced
 * value on the path, with the rest of the path appended; `null` when nothing on it is traced.
 */
export function sourceOf(traced: TracedRuleset, path: JsonPath): Source | null {
  const [head, index, field, ...rest] = path;
  if ((head === 'params' || head === 'recordKinds') && typeof index === 'string') {
    const source = (head === 'params' ? traced.params : traced.kinds).get(index);
    return source ? { doc: source.doc, path: [...source.path, ...path.slice(2)] } : null;
  }
  if (!isCollection(head) || typeof index !== 'number') return null;
  const entry = traced.sources[head][index];
  if (!entry) return null;
  if (field === undefined) return entry.entry;
  const changed = entry.fields.get(String(field));
  if (changed) return { doc: changed.doc, path: [...changed.path, ...rest] };
  return { doc: entry.entry.doc, path: [...entry.entry.path, field, ...rest] };
}

/**
 * Re-addresses an issue found in the resolved document of step `doc`: to the file and path where
 * the offending value was written when that is document `doc` itself; otherwise (the problem comes
 * from combining `doc` with what it extends) to document `doc` at `resolved.<collection>.<id>…`.
 *
 * @example
 * ```ts
 * relocate(traced, 1, issue); // { doc: 1, issue: { …issue, path: ['override', 'staffing', 'points'] } }
 * ```
 */
export function relocate(traced: TracedRuleset, doc: number, issue: Issue): { doc: number; issue: Issue } {
  const source = sourceOf(traced, issue.path);
  if (source && source.doc === doc) return { doc, issue: { ...issue, path: source.path } };
  const [head, index, ...rest] = issue.path;
  const id = isCollection(head) && typeof index === 'number' ? traced.sources[head][index]?.id : undefined;
  const readable = id === undefined ? issue.path : [head as string, id, ...rest];
  const fromThisDoc =
    head === 'grades' &&
    index === undefined &&
    traced.sources.grades.some((g) => g.entry.doc === doc || [...g.fields.values()].some((f) => f.doc === doc));
  return { doc, issue: { ...issue, path: fromThisDoc ? ['grades'] : ['resolved', ...readable] } };
}
