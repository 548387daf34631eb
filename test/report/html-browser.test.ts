/**
 * The HTML report opened in headless Chromium (Debian's `chromium` through playwright-core): the
 * badge, the heatmap and the monthly chart of a mid-year report render, the page logs no error and breaks no rule of its
 * Content-Security-Policy (which still lets the print script run and blocks any other script),
 * and a screenshot is saved under `test-output/`. Skipped, with the reason printed, only where
 * `/usr/bin/chromium` is absent.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderBatchHtml, renderHtml } from '../../src/report/html.js';
import { chromiumFor, launchChromium } from '../support/chromium.js';
import { hostileResult } from '../support/hostile.js';
import { exampleAsOf, exampleResult } from './support.js';

const OUTPUT = resolve(import.meta.dirname, '../../test-output');

/** What the page under test can be asked: the policy violations it saw, and a probe's result. */
type Probe = { violations: string[]; injected?: boolean };
const probe = () => (globalThis as unknown as { probe: Probe }).probe;

/** Runs before the page: records every Content-Security-Policy violation. */
const recordViolations = () => {
  const state: Probe = { violations: [] };
  (globalThis as unknown as { probe: Probe }).probe = state;
  const page = globalThis as unknown as { addEventListener(type: string, listener: (event: unknown) => void): void };
  page.addEventListener('securitypolicyviolation', (event) => {
    const violation = event as unknown as { violatedDirective: string; blockedURI: string };
    state.violations.push(`${violation.violatedDirective} ${violation.blockedURI}`);
  });
};

/** Runs in the page: adds an inline script, as injected markup would. */
const injectScript = () => {
  const doc = (
    globalThis as unknown as {
      document: { createElement(t: string): { textContent: string }; body: { append(n: unknown): void } };
    }
  ).document;
  const script = doc.createElement('script');
  script.textContent = 'globalThis.probe.injected = true';
  doc.body.append(script);
};

/** Runs in the page: an element's computed background colour. */
const background = (el: unknown) =>
  (globalThis as unknown as { getComputedStyle(e: unknown): { backgroundColor: string } }).getComputedStyle(el)
    .backgroundColor;

describe.runIf(chromiumFor('HTML browser test'))('HTML report in headless Chromium', () => {
  let browser: Awaited<ReturnType<typeof launchChromium>>;
  let page: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    mkdirSync(OUTPUT, { recursive: true });
    const file = join(OUTPUT, 'report-lapses.html');
    writeFileSync(file, renderHtml(await exampleResult('station-with-lapses'), { lang: 'zh' }));
    browser = await launchChromium({ viewport: { width: 900, height: 1200 } });
    await browser.context.addInitScript(recordViolations);
    page = await browser.context.newPage();
    page.on('dialog', (dialog) => problems.push(`dialog: ${dialog.message()}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('request', (request) => {
      if (!request.url().startsWith('file:')) problems.push(`network request: ${request.url()}`);
    });
    await page.goto(pathToFileURL(file).href);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('renders the grade badge with the total and the grade', async () => {
    const badge = page.locator('.badge');
    await expect(badge.textContent()).resolves.toContain('73');
    await expect(badge.textContent()).resolves.toContain('合格（标准型）');
    const box = await badge.boundingBox();
    expect(box?.width).toBeGreaterThan(100);
    const colour = await badge.evaluate(background);
    expect(colour).toBe('rgb(25, 113, 194)');
  });

  it('renders the heatmap: 12 month columns, the missing month in red', async () => {
    await expect(page.locator('table.heatmap thead th').count()).resolves.toBe(13);
    const august = page.locator('tr[data-item="monthly-liaison"] td.cell').nth(7);
    await expect(august.getAttribute('data-state')).resolves.toBe('missing');
    await expect(august.evaluate(background)).resolves.toBe('rgb(224, 49, 49)');
    await expect(page.locator('table.heatmap td.cell.met').count()).resolves.toBeGreaterThan(100);
  });

  it('opens item details on click', async () => {
    const details = page.locator('details[data-item="monthly-liaison"]');
    await details.locator('summary').click();
    await expect(details.getAttribute('open')).resolves.toBe('');
    await expect(details.locator('li').first().isVisible()).resolves.toBe(true);
  });

  it('prints on A4 with every item detail opened', async () => {
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    writeFileSync(join(OUTPUT, 'report-lapses.pdf'), pdf);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const closed = await page.locator('details:not([open])').count();
    expect(closed).toBe(0);
  });

  it('draws the part bars from their classes', async () => {
    const widths = await page
      .locator('.bar span')
      .evaluateAll((spans) => spans.map((span) => (span as unknown as { offsetWidth: number }).offsetWidth));
    expect(widths.length).toBeGreaterThan(3);
    expect(widths.some((w) => w > 0)).toBe(true);
  });

  it('declares a Content-Security-Policy that blocks a script injected into the page', async () => {
    const before = problems.length;
    await page.evaluate(injectScript);
    const state = await page.evaluate(probe);
    expect(state.injected).toBeUndefined();
    expect(state.violations).toEqual(['script-src-elem inline']);
    // The page reports the blocked script on its console: expected here, taken out of the log.
    const reported = problems.splice(before);
    expect(reported).toHaveLength(1);
    expect(reported[0]).toContain('violates the following Content Security Policy directive');
  });

  it('logs no error and makes no network request; saves a screenshot', async () => {
    await page.screenshot({ path: join(OUTPUT, 'report-lapses.png'), fullPage: true });
    expect(existsSync(join(OUTPUT, 'report-lapses.png'))).toBe(true);
    expect(problems).toEqual([]);
  });

  it('draws the monthly chart and hatched upcoming cells of a mid-year report, within the policy', async () => {
    const file = join(OUTPUT, 'report-mid-year.html');
    writeFileSync(file, renderHtml(await exampleAsOf('station-with-lapses', '2023-06-30'), { lang: 'en' }));
    const midYear = await browser.context.newPage();
    const seen: string[] = [];
    midYear.on('console', (message) => seen.push(message.text()));
    midYear.on('pageerror', (error) => seen.push(error.message));
    await midYear.goto(pathToFileURL(file).href);
    const chart = midYear.locator('section.monthly svg');
    const box = await chart.boundingBox();
    expect(box?.width).toBeGreaterThan(300);
    expect(box?.height).toBeGreaterThan(100);
    await expect(chart.locator('circle').count()).resolves.toBe(6);
    const upcoming = midYear.locator('td.cell.upcoming').first();
    const hatch = await upcoming.evaluate(
      (el) =>
        (globalThis as unknown as { getComputedStyle(e: unknown): { backgroundImage: string } }).getComputedStyle(el)
          .backgroundImage,
    );
    expect(hatch).toContain('repeating-linear-gradient');
    await midYear.screenshot({ path: join(OUTPUT, 'report-mid-year.png'), fullPage: true });
    expect((await midYear.evaluate(probe)).violations).toEqual([]);
    expect(seen).toEqual([]);
    await midYear.close();
  });

  it('shows a batch of hostile results without running, loading or breaking anything', async () => {
    const file = join(OUTPUT, 'report-hostile-batch.html');
    const lapses = await exampleResult('station-with-lapses');
    writeFileSync(file, renderBatchHtml([hostileResult(lapses), lapses], { lang: 'en' }));
    const hostilePage = await browser.context.newPage();
    const seen: string[] = [];
    hostilePage.on('dialog', (dialog) => seen.push(`dialog: ${dialog.message()}`));
    hostilePage.on('console', (message) => seen.push(message.text()));
    hostilePage.on('pageerror', (error) => seen.push(error.message));
    hostilePage.on('request', (request) => {
      if (!request.url().startsWith('file:')) seen.push(`network request: ${request.url()}`);
    });
    await hostilePage.goto(pathToFileURL(file).href);
    await expect(hostilePage.locator('article').count()).resolves.toBe(3);
    await expect(hostilePage.locator('script').count()).resolves.toBe(1);
    await hostilePage.pdf({ format: 'A4' });
    await expect(hostilePage.locator('details:not([open])').count()).resolves.toBe(0);
    expect((await hostilePage.evaluate(probe)).violations).toEqual([]);
    expect(seen).toEqual([]);
    await hostilePage.close();
  });
});
