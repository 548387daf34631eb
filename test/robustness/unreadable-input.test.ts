/**
 * Values that throw when read (ORM rows, lazy getters, proxies, revoked proxies) never make a
 * parser throw: each becomes an `unreadable-value` issue at the path that throws. Getters that
 * work are read like plain fields, with their own object as `this`.
 */
import { describe, expect, it } from 'vitest';
import { parseReview } from '../../src/assess/parse.js';
import { parseFacts } from '../../src/facts/parse.js';
import type { Issue } from '../../src/issues/issue.js';
import { baseRulesetDocument } from '../../src/ruleset/base.js';
import { loadRuleset } from '../../src/ruleset/load.js';
import { compliantFacts } from '../support/station.js';

const boom = () => {
  throw new Error('session closed');
};

/** `target` with a getter at `key` that throws. */
function throwingAt<T extends object>(target: T, key: string): T {
  Object.defineProperty(target, key, { get: boom, enumerable: true, configurable: true });
  return target;
}

function revoked(): object {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
}

const unreadable = (issues: readonly Issue[]) => issues.map((i) => [i.code, i.path, i.file]);

describe('parseFacts on values that throw when read', () => {
  it('reports a throwing getter at its path instead of throwing', () => {
    const facts = compliantFacts();
    throwingAt(facts.station, 'name');
    const parsed = parseFacts(facts);
    expect(unreadable(parsed.issues)).toEqual([['unreadable-value', ['station', 'name'], undefined]]);
    expect(parsed.issues[0]?.params.detail).toBe('Error: session closed');
  });

  it('finds the getter deep in a list of records', () => {
    const facts = compliantFacts();
    throwingAt(facts.records.liaisons?.[5] as object, 'date');
    expect(unreadable(parseFacts(facts).issues)).toEqual([
      ['unreadable-value', ['records', 'liaisons', 5, 'date'], undefined],
    ]);
  });

  it('reports a proxy whose ownKeys trap throws, and a revoked proxy, where they are', () => {
    const facts = compliantFacts() as Record<string, unknown>;
    facts.period = new Proxy({ start: '2023-01-01', end: '2023-12-31' }, { ownKeys: boom });
    expect(unreadable(parseFacts(facts).issues)).toEqual([['unreadable-value', ['period'], undefined]]);
    const staff = compliantFacts() as { staff: unknown[] };
    staff.staff[1] = revoked();
    expect(unreadable(parseFacts(staff).issues)).toEqual([['unreadable-value', ['staff', 1], undefined]]);
    expect(unreadable(parseFacts(revoked()).issues)).toEqual([['unreadable-value', [], undefined]]);
  });

  it('reports an exception that does not repeat at the root, and never trusts what was thrown', () => {
    let reads = 0;
    const facts = compliantFacts();
    Object.defineProperty(facts, 'period', {
      enumerable: true,
      get: () => {
        reads++;
        if (reads === 1) throw Object.defineProperty(new Error(), 'message', { get: boom });
        return { start: '2023-01-01', end: '2023-12-31' };
      },
    });
    const parsed = parseFacts(facts);
    expect(unreadable(parsed.issues)).toEqual([['unreadable-value', [], undefined]]);
    expect(parsed.issues[0]?.params.detail).toBe('reading it threw an exception');
  });

  it('reads working getters, prototype getters with private state, and symbol keys like a plain object', () => {
    class Row {
      readonly #facts = compliantFacts() as Record<string, unknown>;
      static field(row: Row, key: string): unknown {
        return row.#facts[key];
      }
    }
    for (const key of Object.keys(compliantFacts()))
      Object.defineProperty(Row.prototype, key, {
        get(this: Row) {
          return Row.field(this, key);
        },
      });
    const withSymbol = Object.assign(compliantFacts(), { [Symbol('orm')]: 1 });
    Object.defineProperty(withSymbol, Symbol('lazy'), { get: boom, enumerable: true });
    const plain = parseFacts(compliantFacts());
    expect(plain.ok).toBe(true);
    expect(parseFacts(new Row())).toEqual(plain);
    expect(parseFacts(withSymbol)).toEqual(plain);
  });
});

describe('parseReview and loadRuleset on values that throw when read', () => {
  it('parseReview reports the throwing entry', () => {
    const review = {
      rejectedEvidence: [
        { recordId: 'li-1', reason: '签名不实', by: '李审核', date: '2024-01-10' },
        throwingAt({ recordId: 'li-2', by: '李审核', date: '2024-01-10' }, 'reason'),
      ],
    };
    expect(unreadable(parseReview(review).issues)).toEqual([
      ['unreadable-value', ['rejectedEvidence', 1, 'reason'], undefined],
    ]);
  });

  it('loadRuleset reports the document and path, with the file name', () => {
    const base = baseRulesetDocument() as unknown as { items: Array<Record<string, unknown>> };
    throwingAt(base.items[3] as object, 'conditions');
    const variant = { id: 'v', version: '1.0.0', extends: { id: 'zj-clean-station', version: '^1.0.0' } };
    const loaded = loadRuleset([variant, base], { files: ['v.json', 'base.json'] });
    expect(unreadable(loaded.issues)).toEqual([['unreadable-value', ['items', 3, 'conditions'], 'base.json']]);
    expect(unreadable(loadRuleset(revoked()).issues)).toEqual([['unreadable-value', [], undefined]]);
    const params = new Proxy({ monthEndDays: 5 }, { getOwnPropertyDescriptor: boom });
    expect(unreadable(loadRuleset({ ...variant, params }).issues)).toEqual([
      ['unreadable-value', ['params'], undefined],
    ]);
  });
});
