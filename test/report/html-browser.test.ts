/**
 * The HTML report opened in headless Chromium (Debian's `chromium` through playwright-core): the
 * badge and the heatmap render, the page logs no error, and a screenshot is saved under
 * `test-output/`. Skipped, with the reason printed, only where `/usr/bin/chromium` is absent.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderHtml } from '../../src/report/html.js';
import { chromiumFor, launchChromium } from '../support/chromium.js';
import { exampleResult } from './support.js';

const OUTPUT = resolve(import.meta.dirname, '../../test-output');

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
    page = await browser.context.newPage();
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

  it('logs no error and makes no network request; saves a screenshot', async () => {
    await page.screenshot({ path: join(OUTPUT, 'report-lapses.png'), fullPage: true });
    expect(existsSync(join(OUTPUT, 'report-lapses.png'))).toBe(true);
    expect(problems).toEqual([]);
  });
});
