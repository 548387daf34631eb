/**
 * The size of the library in a browser application: the whole main entry bundled for the browser
 * (minified, then gzip) stays within the budget stated in docs/performance.md, and holds the
 * library and its dependencies only. The measurement, with each package's share, is written to
 * `test-output/browser-bundle.json`.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensurePackageBuilt, ROOT } from '../package/support.js';
import { type BrowserBundle, bundleForBrowser } from './bundle.js';

const PERFORMANCE = readFileSync(join(ROOT, 'docs', 'performance.md'), 'utf8');
/** The budget as the docs state it, in kB (1 000 bytes) of minified + gzip. */
const BUDGET_KB = Number(/Budget: \*\*(\d+) kB\*\* minified \+ gzip/.exec(PERFORMANCE)?.[1]);

/** The library and what it depends on in a browser: no command-line parser, no Node polyfill. */
const PACKAGES = [
  'clean-station',
  'zod',
  'json-rules-engine',
  'jsonpath-plus',
  'eventemitter2',
  'hash-it',
  'clone',
  'semver',
  'csv-stringify',
  '@date-fns/tz',
  '@noble/hashes',
];

let whole: BrowserBundle;
let typical: BrowserBundle;

beforeAll(async () => {
  await ensurePackageBuilt();
  whole = await bundleForBrowser(`export * from 'clean-station';`);
  typical = await bundleForBrowser(`export { evaluate, parseFacts, renderHtml, renderJson } from 'clean-station';`);
  const report = (bundle: BrowserBundle) => ({
    minified: bundle.minified,
    gzip: bundle.gzip,
    byPackage: Object.fromEntries(bundle.byPackage),
  });
  mkdirSync(join(ROOT, 'test-output'), { recursive: true });
  writeFileSync(
    join(ROOT, 'test-output', 'browser-bundle.json'),
    `${JSON.stringify({ budgetKb: BUDGET_KB, whole: report(whole), typical: report(typical) }, null, 2)}\n`,
  );
}, 180_000);

describe("the library's browser bundle", () => {
  it('has its budget stated in docs/performance.md', () => {
    expect(BUDGET_KB).toBeGreaterThan(0);
  });

  it('stays within the budget, minified + gzip, with the whole main entry', () => {
    expect(whole.gzip).toBeLessThanOrEqual(BUDGET_KB * 1000);
    expect(typical.gzip).toBeLessThanOrEqual(whole.gzip);
  });

  it('holds the library and its dependencies only', () => {
    expect(whole.byPackage.map(([name]) => name).sort()).toEqual([...PACKAGES].sort());
  });
});
