/** A bound on how many issues one input can produce, so a hostile file cannot exhaust memory. */
import { type Issue, makeIssue } from './issue.js';

/** The most issues reported for one input; past it, one `too-many-issues` issue says so. */
export const MAX_ISSUES = 1000;

/**
 * The issues of one input as they are found, up to one past {@link MAX_ISSUES}: once it is
 * `full`, further issues are dropped and the checks stop looking, so a flood of problems costs
 * the cap, not the flood.
 *
 * @example
 * ```ts
 * const found = new IssueCollector();
 * for (const [i, ref] of refs.entries()) {
 *   if (found.full) break;
 *   if (!known.has(ref)) found.add(makeIssue('unknown-reference', ['refs', i], { ref, target: 'staff' }));
 * }
 * orderedIssues(found.issues);
 * ```
 */
export class IssueCollector {
  /** The issues kept, in the order they were found. */
  readonly issues: Issue[] = [];

  /** Whether more than {@link MAX_ISSUES} issues were found (nothing more is kept). */
  get full(): boolean {
    return this.issues.length > MAX_ISSUES;
  }

  /** Keeps `issue` unless the collector is full. */
  add(issue: Issue): void {
    if (!this.full) this.issues.push(issue);
  }

  /** Keeps issues from `issues` until the collector is full. */
  addAll(issues: Iterable<Issue>): void {
    for (const issue of issues) {
      if (this.full) return;
      this.issues.push(issue);
    }
  }
}

/**
 * The first {@link MAX_ISSUES} issues, followed by a `too-many-issues` issue when there were more.
 *
 * @example
 * ```ts
 * limitIssues(issues).length <= MAX_ISSUES + 1; // true
 * ```
 */
export function limitIssues(issues: readonly Issue[]): Issue[] {
  if (issues.length <= MAX_ISSUES) return [...issues];
  return [...issues.slice(0, MAX_ISSUES), makeIssue('too-many-issues', [], { limit: MAX_ISSUES })];
}

/**
 * Issues in a stable order (by JSON path, then code), at most {@link MAX_ISSUES} of them: what
 * every parser returns, so the same input always lists its problems the same way.
 *
 * @example
 * ```ts
 * orderedIssues([makeIssue('invalid-date', ['period', 'end']), makeIssue('missing-field', ['period', 'start'])]);
 * ```
 */
export function orderedIssues(issues: readonly Issue[]): Issue[] {
  const keyed = issues.map((issue) => ({ issue, key: `${JSON.stringify(issue.path)}\u0000${issue.code}` }));
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return limitIssues(keyed.map((k) => k.issue));
}
