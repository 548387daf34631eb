/**
 * JSON Merge Patch and JSON Patch against the examples of their RFCs (RFC 7396 Appendix A, RFC 6902
 * Appendix A), the issues of patches that do not apply, and what they refuse to touch.
 */
import { describe, expect, it } from 'vitest';
import { applyJsonPatch, applyMergePatch, type JsonPatchOperation } from '../../src/util/json-patch.js';

describe('applyMergePatch (RFC 7396)', () => {
  // RFC 7396, Appendix A: original, patch, result.
  const vectors: Array<[unknown, unknown, unknown]> = [
    [{ a: 'b' }, { a: 'c' }, { a: 'c' }],
    [{ a: 'b' }, { b: 'c' }, { a: 'b', b: 'c' }],
    [{ a: 'b' }, { a: null }, {}],
    [{ a: 'b', b: 'c' }, { a: null }, { b: 'c' }],
    [{ a: ['b'] }, { a: 'c' }, { a: 'c' }],
    [{ a: 'c' }, { a: ['b'] }, { a: ['b'] }],
    [{ a: { b: 'c' } }, { a: { b: 'd', c: null } }, { a: { b: 'd' } }],
    [{ a: [{ b: 'c' }] }, { a: [1] }, { a: [1] }],
    [
      ['a', 'b'],
      ['c', 'd'],
      ['c', 'd'],
    ],
    [{ a: 'b' }, ['c'], ['c']],
    [{ a: 'foo' }, null, null],
    [{ a: 'foo' }, 'bar', 'bar'],
    [{ e: null }, { a: 1 }, { e: null, a: 1 }],
    [[1, 2], { a: 'b', c: null }, { a: 'b' }],
    [{}, { a: { bb: { ccc: null } } }, { a: { bb: {} } }],
  ];

  it.each(vectors)('merges %j with %j into %j', (original, patch, result) => {
    expect(applyMergePatch(original, patch)).toEqual(result);
  });

  it('leaves the original and the patch unchanged', () => {
    const original = { records: { liaisons: [{ id: 'l-1' }] }, station: { id: 's' } };
    const patch = { records: { liaisons: [] }, station: { name: 'n' } };
    const before = structuredClone([original, patch]);
    const merged = applyMergePatch(original, patch) as typeof original;
    expect([original, patch]).toEqual(before);
    merged.station.id = 'changed';
    expect(original.station.id).toBe('s');
  });

  it('keeps a __proto__ member as data instead of changing a prototype', () => {
    const merged = applyMergePatch({}, JSON.parse('{"__proto__": {"polluted": true}}')) as Record<string, unknown>;
    expect(Object.keys(merged)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(merged)).toBe(Object.prototype);
  });
});

describe('applyJsonPatch (RFC 6902)', () => {
  const apply = (doc: unknown, ops: JsonPatchOperation[]) => applyJsonPatch(doc, ops, ['patch']);

  // RFC 6902, Appendix A (A.11 and A.13 concern the document's JSON syntax, checked by the schema).
  const examples: Array<[string, unknown, JsonPatchOperation[], unknown]> = [
    [
      'A.1 adds an object member',
      { foo: 'bar' },
      [{ op: 'add', path: '/baz', value: 'qux' }],
      { baz: 'qux', foo: 'bar' },
    ],
    [
      'A.2 adds an array element',
      { foo: ['bar', 'baz'] },
      [{ op: 'add', path: '/foo/1', value: 'qux' }],
      { foo: ['bar', 'qux', 'baz'] },
    ],
    ['A.3 removes an object member', { baz: 'qux', foo: 'bar' }, [{ op: 'remove', path: '/baz' }], { foo: 'bar' }],
    [
      'A.4 removes an array element',
      { foo: ['bar', 'qux', 'baz'] },
      [{ op: 'remove', path: '/foo/1' }],
      { foo: ['bar', 'baz'] },
    ],
    [
      'A.5 replaces a value',
      { baz: 'qux', foo: 'bar' },
      [{ op: 'replace', path: '/baz', value: 'boo' }],
      { baz: 'boo', foo: 'bar' },
    ],
    [
      'A.6 moves a value',
      { foo: { bar: 'baz', waldo: 'fred' }, qux: { corge: 'grault' } },
      [{ op: 'move', from: '/foo/waldo', path: '/qux/thud' }],
      { foo: { bar: 'baz' }, qux: { corge: 'grault', thud: 'fred' } },
    ],
    [
      'A.7 moves an array element',
      { foo: ['all', 'grass', 'cows', 'eat'] },
      [{ op: 'move', from: '/foo/1', path: '/foo/3' }],
      { foo: ['all', 'cows', 'eat', 'grass'] },
    ],
    [
      'A.8 tests values that hold',
      { baz: 'qux', foo: ['a', 2, 'c'] },
      [
        { op: 'test', path: '/baz', value: 'qux' },
        { op: 'test', path: '/foo/1', value: 2 },
      ],
      { baz: 'qux', foo: ['a', 2, 'c'] },
    ],
    [
      'A.10 adds a nested member object',
      { foo: 'bar' },
      [{ op: 'add', path: '/child', value: { grandchild: {} } }],
      { foo: 'bar', child: { grandchild: {} } },
    ],
    ['A.14 unescapes ~01 as ~1', { '/': 9, '~1': 10 }, [{ op: 'test', path: '/~01', value: 10 }], { '/': 9, '~1': 10 }],
    [
      'A.16 appends an array value with -',
      { foo: ['bar'] },
      [{ op: 'add', path: '/foo/-', value: ['abc', 'def'] }],
      { foo: ['bar', ['abc', 'def']] },
    ],
    ['copies a value', { a: { b: 1 } }, [{ op: 'copy', from: '/a', path: '/c' }], { a: { b: 1 }, c: { b: 1 } }],
    ['replaces the whole document at the empty pointer', { a: 1 }, [{ op: 'replace', path: '', value: [1] }], [1]],
  ];

  it.each(examples)('%s', (_name, doc, ops, result) => {
    expect(apply(doc, ops)).toEqual({ ok: true, value: result });
  });

  it.each([
    [
      'A.9 a test that does not hold',
      { baz: 'qux' },
      [{ op: 'test', path: '/baz', value: 'bar' }],
      'patch-test-failed',
      'path',
    ],
    [
      'A.12 adding below a member that does not exist',
      { foo: 'bar' },
      [{ op: 'add', path: '/baz/bat', value: 'qux' }],
      'pointer-not-found',
      'path',
    ],
    [
      'A.15 a string compared with a number',
      { '/': 9, '~1': 10 },
      [{ op: 'test', path: '/~01', value: '10' }],
      'patch-test-failed',
      'path',
    ],
    ['removing past the end of a list', { a: [1] }, [{ op: 'remove', path: '/a/1' }], 'index-out-of-range', 'path'],
    ['an index with a leading zero', { a: [1, 2] }, [{ op: 'remove', path: '/a/01' }], 'pointer-not-found', 'path'],
    ['a pointer without its leading slash', { a: 1 }, [{ op: 'remove', path: 'a' }], 'invalid-pointer', 'path'],
    ['an escape that is neither ~0 nor ~1', { a: 1 }, [{ op: 'remove', path: '/~2' }], 'invalid-pointer', 'path'],
    [
      'replacing a member that does not exist',
      { a: 1 },
      [{ op: 'replace', path: '/b', value: 2 }],
      'pointer-not-found',
      'path',
    ],
    ['moving from nowhere', { a: 1 }, [{ op: 'move', from: '/b', path: '/c' }], 'pointer-not-found', 'from'],
    [
      'moving a value into itself',
      { a: { b: 1 } },
      [{ op: 'move', from: '/a', path: '/a/b/c' }],
      'move-into-itself',
      'path',
    ],
    ['a prototype key', {}, [{ op: 'add', path: '/__proto__', value: { polluted: true } }], 'forbidden-key', 'path'],
  ] as Array<[string, unknown, JsonPatchOperation[], string, string]>)(
    'reports %s as %s at the operation',
    (_name, doc, ops, code, at) => {
      const applied = apply(doc, ops);
      expect(applied.ok).toBe(false);
      if (applied.ok) return;
      expect(applied.issue.code).toBe(code);
      expect(applied.issue.path).toEqual(['patch', ops.length - 1, at]);
      expect(applied.issue.message.en).not.toBe(code);
      expect(applied.issue.message.zh).not.toBe(code);
    },
  );

  it('stops at the first operation that does not apply and reports only it', () => {
    const applied = apply({ a: [1, 2] }, [
      { op: 'remove', path: '/a/0' },
      { op: 'test', path: '/a/0', value: 1 },
      { op: 'remove', path: '/nothing' },
    ]);
    expect(applied).toMatchObject({ ok: false, issue: { code: 'patch-test-failed', path: ['patch', 1, 'path'] } });
    if (!applied.ok) expect(applied.issue.message.en).toBe('test failed: the value at "/a/0" is 2, not 1');
  });

  it('applies to a copy and leaves the document and the values it adds unchanged', () => {
    const doc = { list: [{ id: 'a' }] };
    const value = { id: 'b' };
    const applied = apply(doc, [{ op: 'add', path: '/list/-', value }]);
    expect(doc).toEqual({ list: [{ id: 'a' }] });
    if (applied.ok) (applied.value as typeof doc).list[1]!.id = 'changed';
    expect(value.id).toBe('b');
  });
});
