/**
 * `extends.version` is a semver range as written: a blank range, or one with a blank alternative,
 * is refused (`invalid-range`) instead of being read by semver as "any version". A wildcard that is
 * written out still means any version.
 */
import { describe, expect, it } from 'vitest';
import { loadRuleset } from '../../src/ruleset/load.js';
import { variant } from '../support/variants.js';

const load = (range: string) => loadRuleset([variant({ extends: { id: 'zj-clean-station', version: range } })]);

const blank = [
  '',
  ' ',
  '\t',
  '\u00a0',
  '||',
  '||||',
  ' || ',
  '|||',
  '^1.0.0 ||',
  '|| ^1.0.0',
  '^1 |||| ^2',
  '1.0.0|| ',
];
const garbage = ['latest', 'v', '^', '>=', '1.2.3 -', '^1 foo', '||a'];
const written = [
  '*',
  'x',
  'X',
  '>=0.0.0',
  '^1.0.0',
  '^1 || ^2',
  '1.x',
  '>=1.0.0 <2.0.0',
  '  ^1.0.0  ',
  'x || ^1',
  '~1.0',
];

describe('extends.version ranges', () => {
  it.each([...blank, ...garbage].map((range) => [JSON.stringify(range), range]))(
    'refuses %s with invalid-range at extends.version',
    (_shown, range) => {
      const loaded = load(range);
      expect(loaded.issues.map((i) => [i.code, i.path])).toEqual([['invalid-range', ['extends', 'version']]]);
    },
  );

  it.each(written.map((range) => [JSON.stringify(range), range]))(
    'accepts %s (it names the base version)',
    (_s, range) => {
      expect(load(range).issues).toEqual([]);
    },
  );
});
