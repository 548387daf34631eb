import { describe, expect, it } from 'vitest';
import { validateJsonSchema } from '../support/json-schema.js';

const person = {
  $defs: { Name: { type: 'string', minLength: 1, maxLength: 3, pattern: '^[a-z]+$' } },
  type: 'object',
  properties: {
    name: { $ref: '#/$defs/Name' },
    age: { type: 'integer', minimum: 0, maximum: 150 },
    kind: { type: 'string', enum: ['a', 'b'] },
    version: { type: 'number', const: 1 },
    born: { type: 'string', format: 'date' },
    tags: { type: 'array', items: { type: 'string' }, minItems: 1, maxItems: 2 },
    extra: { type: 'object', propertyNames: { pattern: '^x' }, additionalProperties: { type: 'boolean' } },
    either: { anyOf: [{ type: 'string' }, { type: 'null' }] },
    exactly: { oneOf: [{ type: 'number' }, { type: 'integer' }] },
  },
  required: ['name'],
  additionalProperties: false,
};

describe('the test JSON Schema validator', () => {
  it('accepts a value that meets every keyword', () => {
    const value = {
      name: 'abc',
      age: 40,
      kind: 'a',
      version: 1,
      born: '2000-01-31',
      tags: ['t'],
      extra: { x1: true },
      either: null,
      exactly: 1.5,
    };
    expect(validateJsonSchema(value, person)).toEqual([]);
  });

  it.each([
    ['a missing required property', {}, '$.name'],
    ['an unknown property', { name: 'a', other: 1 }, '$.other'],
    ['a $ref target that fails', { name: 'ABC' }, '$.name'],
    ['a string that is too long', { name: 'abcd' }, '$.name'],
    ['a string that is too short', { name: '' }, '$.name'],
    ['a non-integer', { name: 'a', age: 1.5 }, '$.age'],
    ['a number below minimum', { name: 'a', age: -1 }, '$.age'],
    ['a number above maximum', { name: 'a', age: 151 }, '$.age'],
    ['a value outside the enum', { name: 'a', kind: 'c' }, '$.kind'],
    ['a value other than the const', { name: 'a', version: 2 }, '$.version'],
    ['a malformed date', { name: 'a', born: '2000-1-31' }, '$.born'],
    ['an array item of the wrong type', { name: 'a', tags: [1] }, '$.tags[0]'],
    ['too few items', { name: 'a', tags: [] }, '$.tags'],
    ['too many items', { name: 'a', tags: ['a', 'b', 'c'] }, '$.tags'],
    ['a property name that fails propertyNames', { name: 'a', extra: { y: true } }, '$.extra.y (name)'],
    ['an additional property of the wrong type', { name: 'a', extra: { x: 1 } }, '$.extra.x'],
    ['a value matching no anyOf branch', { name: 'a', either: 1 }, '$.either'],
    ['a value matching two oneOf branches', { name: 'a', exactly: 1 }, '$.exactly'],
    ['a value of the wrong type', 'abc', '$'],
  ])('rejects %s', (_what, value, path) => {
    expect(validateJsonSchema(value, person).map((e) => e.path)).toContain(path);
  });

  it('refuses a keyword it does not support instead of ignoring it', () => {
    expect(() => validateJsonSchema({}, { type: 'object', dependentRequired: {} })).toThrow(/dependentRequired/);
  });

  it('refuses a $ref it cannot resolve', () => {
    expect(() => validateJsonSchema(1, { $ref: '#/$defs/Nope' })).toThrow(/Nope/);
  });
});
