/**
 * Nothing in the library evaluates code: the bundle, built fresh with the package's own tsup
 * configuration, contains no `eval`, no `Function` constructor, no `vm` module and no JSONPath
 * (json-rules-engine, kept external, is always given the library's own path resolver).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, type Options } from 'tsup';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import config from '../../tsup.config.js';

const FORBIDDEN: ReadonlyArray<[string, RegExp]> = [
  ['eval(', /\beval\s*\(/],
  ['new Function', /\bnew\s+Function\b/],
  ['Function(', /\bFunction\s*\(/],
  ['JSONPath', /jsonpath/i],
  ['the vm module', /["'](?:node:)?vm["']/],
  ['setTimeout with a string', /setTimeout\(\s*["'`]/],
];

let outDir: string;
let bundles: Array<{ file: string; text: string }>;

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'clean-station-bundle-'));
  const configs = (Array.isArray(config) ? config : [config]) as Options[];
  for (const options of configs) {
    await build({ ...options, outDir, dts: false, sourcemap: false, clean: false, silent: true });
  }
  bundles = readdirSync(outDir)
    .filter((f) => /\.(c|m)?js$/.test(f))
    .map((file) => ({ file, text: readFileSync(join(outDir, file), 'utf8') }));
}, 120_000);

afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe('the built bundle', () => {
  it('holds the library and the CLI', () => {
    expect(bundles.map((b) => b.file).sort()).toEqual(expect.arrayContaining(['cli.js', 'index.cjs', 'index.js']));
  });

  it.each(FORBIDDEN)('contains no %s', (_name, pattern) => {
    const hits = bundles.flatMap(({ file, text }) =>
      text
        .split('\n')
        .map((line, i) => ({ line, i }))
        .filter(({ line }) => pattern.test(line))
        .map(({ line, i }) => `${file}:${i + 1}: ${line.trim().slice(0, 120)}`),
    );
    expect(hits).toEqual([]);
  });

  it('keeps json-rules-engine external and always passes it the safe path resolver', () => {
    // The ESM library is index.js and the chunks it shares with the CLI.
    const esm = bundles
      .filter((b) => b.file === 'index.js' || /^chunk-[A-Z0-9]+\.js$/.test(b.file))
      .map((b) => b.text)
      .join('\n');
    expect(esm).toMatch(/from ["']json-rules-engine["']/);
    expect(esm).toMatch(/new Engine\([^)]*pathResolver/);
  });
});
