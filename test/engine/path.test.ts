import { describe, expect, it } from 'vitest';
import { factValueAtPath, pathAccessor, resolvePath } from '../../src/engine/path.js';

describe('condition paths', () => {
  it('a path accessor answers what resolvePath answers on objects, and passes other values through', () => {
    const value = JSON.parse('{"missing":["2023-04"],"late":[{"kind":"fault"}],"__proto__":{"x":1}}');
    for (const path of ['missing', 'late.0.kind', 'late.1', 'missing.length', '__proto__.x', 'late.constructor']) {
      expect(pathAccessor(path)(value)).toEqual(resolvePath(value, path));
      expect(factValueAtPath(value, path)).toEqual(resolvePath(value, path));
    }
    expect(pathAccessor('missing')(3)).toBe(3);
    expect(pathAccessor('__proto__')(null)).toBeNull();
    expect(pathAccessor(undefined)(value)).toBe(value);
  });

  it('never follows a forbidden segment, wherever it is in the path', () => {
    const value = { a: { constructor: { b: 1 } }, prototype: 2 };
    expect(pathAccessor('a.constructor.b')(value)).toBeUndefined();
    expect(pathAccessor('prototype')(value)).toBeUndefined();
    expect(resolvePath(value, 'prototype')).toBeUndefined();
  });
});
