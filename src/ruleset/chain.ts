/**
 * Orders ruleset documents given in any order into one chain, base first, by following each
 * variant's `extends`: the extended ruleset must be present, its version must satisfy the pinned
 * semver range, there may be no cycle, and exactly one document may be left unextended (the one
 * being loaded).
 */
import semver from 'semver';
import { type Issue, makeIssue } from '../issues/issue.js';

/** What the chain needs to know about a document. */
export interface ChainEntry {
  readonly id: string;
  readonly version: string;
  readonly extends?: { readonly id: string; readonly version: string };
}

/** An issue of one input document. */
export interface DocumentIssue {
  readonly doc: number;
  readonly issue: Issue;
}

function findCycle(parentOf: ReadonlyMap<number, number>, start: number): number[] {
  const walk: number[] = [];
  let current: number | undefined = start;
  while (current !== undefined) {
    const seenAt = walk.indexOf(current);
    if (seenAt !== -1) return walk.slice(seenAt);
    walk.push(current);
    current = parentOf.get(current);
  }
  return [];
}

/**
 * Orders `entries` into a chain (indices, base first), or returns every problem found.
 *
 * @example
 * ```ts
 * resolveChain([
 *   { id: 'city', version: '1.0.0', extends: { id: 'zj-clean-station', version: '^1.0.0' } },
 *   { id: 'zj-clean-station', version: '1.0.0' },
 * ]); // { ok: true, order: [1, 0] }
 * ```
 */
export function resolveChain(
  entries: readonly ChainEntry[],
): { ok: true; order: number[] } | { ok: false; issues: DocumentIssue[] } {
  const issues: DocumentIssue[] = [];
  const byId = new Map<string, number>();
  entries.forEach((entry, doc) => {
    if (byId.has(entry.id)) issues.push({ doc, issue: makeIssue('duplicate-ruleset', ['id'], { id: entry.id }) });
    else byId.set(entry.id, doc);
  });
  const parentOf = new Map<number, number>();
  entries.forEach((entry, doc) => {
    if (!entry.extends) return;
    const parent = byId.get(entry.extends.id);
    if (parent === undefined) {
      issues.push({ doc, issue: makeIssue('unknown-base', ['extends', 'id'], { id: entry.extends.id }) });
      return;
    }
    const found = entries[parent] as ChainEntry;
    if (!semver.satisfies(found.version, entry.extends.version)) {
      issues.push({
        doc,
        issue: makeIssue('base-version-mismatch', ['extends', 'version'], {
          id: found.id,
          version: found.version,
          range: entry.extends.version,
        }),
      });
    }
    parentOf.set(doc, parent);
  });
  const reported = new Set<number>();
  entries.forEach((_, doc) => {
    const cycle = findCycle(parentOf, doc);
    if (cycle.length === 0 || cycle.some((d) => reported.has(d))) return;
    for (const d of cycle) reported.add(d);
    const first = Math.min(...cycle);
    const from = cycle.indexOf(first);
    const ordered = [...cycle.slice(from), ...cycle.slice(0, from), first];
    issues.push({
      doc: first,
      issue: makeIssue('extends-cycle', ['extends', 'id'], {
        cycle: ordered.map((d) => (entries[d] as ChainEntry).id).join(' → '),
      }),
    });
  });
  if (issues.length > 0) return { ok: false, issues };
  const extended = new Set(parentOf.values());
  const leaves = entries.map((_, doc) => doc).filter((doc) => !extended.has(doc));
  if (leaves.length !== 1) {
    const names = leaves.map((d) => (entries[d] as ChainEntry).id).join(', ');
    return {
      ok: false,
      issues: leaves.map((doc) => ({ doc, issue: makeIssue('ambiguous-chain', [], { leaves: names }) })),
    };
  }
  const order: number[] = [];
  let current: number | undefined = leaves[0];
  while (current !== undefined) {
    order.unshift(current);
    current = parentOf.get(current);
  }
  return { ok: true, order };
}
