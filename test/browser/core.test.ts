/**
 * The library runs in browsers: bundled for the browser from the built package (as an application
 * would bundle it), it parses, evaluates and renders the examples in headless Chromium set to a
 * time zone far from the stations', and gives result JSON, HTML and CSV byte for byte identical
 * to Node's, through the compiled path and through json-rules-engine. Skipped, with the reason
 * printed, only where Chromium is absent.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as Library from '../../src/index.js';
import { ensurePackageBuilt, ROOT } from '../package/support.js';
import { chromiumFor, launchChromium } from '../support/chromium.js';
import { bundleForBrowser } from './bundle.js';
import { runScenario, type ScenarioInputs, type ScenarioOutcome } from './scenario.js';

const TIME_ZONE = 'America/New_York';
const example = (file: string) => readFileSync(join(ROOT, 'examples', file), 'utf8');
const INPUTS: ScenarioInputs = {
  compliant: example('compliant-station.json'),
  lapses: example('station-with-lapses.json'),
  variant: example('variants/jinhua-city.json'),
  review: example('review.json'),
};

/** The page's entry: the package by its name, the scenario by its path; `runScenario` on `globalThis`. */
const ENTRY = `import * as library from 'clean-station';
import { runScenario } from ${JSON.stringify(join(ROOT, 'test', 'browser', 'scenario.ts'))};
(globalThis as Record<string, unknown>).runScenario = (inputs: never) => runScenario(library as never, inputs);
`;

/** The totals of the cases (Jinhua's rules with the example review: its assessments, override and rejection). */
const TOTALS = [100, 73, 73, 75.5];

type ScenarioWindow = { runScenario(inputs: ScenarioInputs): Promise<ScenarioOutcome> };

describe.runIf(chromiumFor('Browser core test'))('the library bundled for the browser, in headless Chromium', () => {
  let browser: Awaited<ReturnType<typeof launchChromium>>;
  let page: Page;
  let inBrowser: ScenarioOutcome;
  let inNode: ScenarioOutcome;
  const problems: string[] = [];

  beforeAll(async () => {
    await ensurePackageBuilt();
    const bundle = await bundleForBrowser(ENTRY);
    // Node runs the same build the browser bundle was made from.
    const built = (await import(pathToFileURL(join(ROOT, 'dist', 'index.js')).href)) as typeof Library;
    inNode = await runScenario(built, INPUTS);
    browser = await launchChromium({ timezoneId: TIME_ZONE, locale: 'en-US' });
    page = await browser.context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('request', (request) => {
      if (!/^(about|data):/.test(request.url())) problems.push(`network request: ${request.url()}`);
    });
    await page.setContent('<!doctype html><title>clean-station</title>');
    await page.addScriptTag({ content: bundle.code, type: 'module' });
    await page.waitForFunction(() => 'runScenario' in globalThis);
    inBrowser = await page.evaluate((inputs) => (globalThis as unknown as ScenarioWindow).runScenario(inputs), INPUTS);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('runs in a time zone far from the stations', async () => {
    const zone = await page.evaluate(() => [
      Intl.DateTimeFormat().resolvedOptions().timeZone,
      new Date('2023-07-01T12:00:00Z').getTimezoneOffset(),
    ]);
    expect(zone).toEqual([TIME_ZONE, 240]);
  });

  it("gives result JSON byte for byte identical to Node's for every example", () => {
    expect(inBrowser.cases.map((o) => o.name)).toEqual(inNode.cases.map((o) => o.name));
    expect(inBrowser.cases.map((o) => o.total)).toEqual(TOTALS);
    for (const [i, outcome] of inBrowser.cases.entries()) {
      expect(outcome.json, outcome.name).toBe(inNode.cases[i]!.json);
    }
  });

  it('gives the same result through json-rules-engine as through the compiled path', () => {
    const byName = new Map(inBrowser.cases.map((o) => [o.name, o.json]));
    expect(byName.get('station-with-lapses, json-rules-engine')).toBe(byName.get('station-with-lapses'));
  });

  it("writes the CSV summary byte for byte as Node does (csv-stringify's browser build)", () => {
    expect(inBrowser.csv.split('\r\n').length).toBe(inBrowser.cases.length + 2);
    expect(inBrowser.csv).toBe(inNode.csv);
  });

  it("renders HTML reports identical to Node's, and a report shows its total", async () => {
    for (const [i, outcome] of inBrowser.cases.entries())
      expect(outcome.html, outcome.name).toBe(inNode.cases[i]!.html);
    const report = inBrowser.cases.find((o) => o.name === 'station-with-lapses')!;
    const reportPage = await browser.context.newPage();
    await reportPage.setContent(report.html);
    await expect(reportPage.locator('.badge').textContent()).resolves.toContain(String(report.total));
    await reportPage.close();
  });

  it('logs no error and makes no network request', () => {
    expect(problems).toEqual([]);
  });
});
