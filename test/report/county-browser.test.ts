/**
 * The county report, a feedback letter and a station report of the county example, opened in
 * headless Chromium: the charts draw, the county report prints on A4 with its charts inside the
 * page, and every page passes axe-core's WCAG 2 A/AA rules with no serious or critical violation.
 */
import { mkdirSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, ensureBuilt, scratchDir } from '../cli/support.js';
import { axeViolations, blockingViolations } from '../support/axe.js';
import { chromiumFor, launchChromium } from '../support/chromium.js';

const ROOT = resolve(import.meta.dirname, '../..');
const COUNTY = join(ROOT, 'examples', 'county');
const OUTPUT = join(ROOT, 'test-output');

/** Every chart of a page: its title and its drawn size, and how many shapes it has. */
type ChartBox = { id: string; title: string; width: number; height: number; shapes: number; filled: number };

const chartBoxes = () =>
  [
    ...(
      globalThis as unknown as { document: { querySelectorAll(s: string): Iterable<unknown> } }
    ).document.querySelectorAll('figure.chart'),
  ].map((node) => {
    type El = {
      id: string;
      querySelector(s: string): El | null;
      querySelectorAll(s: string): Iterable<El>;
      textContent: string | null;
      getBoundingClientRect(): { width: number; height: number };
    };
    const figure = node as El;
    const svg = figure.querySelector('svg');
    const shapes = [...(svg?.querySelectorAll('rect, line') ?? [])];
    const style = (el: El) =>
      (globalThis as unknown as { getComputedStyle(e: unknown): { fill: string } }).getComputedStyle(el).fill;
    const box = svg?.getBoundingClientRect() ?? { width: 0, height: 0 };
    return {
      id: figure.id,
      title: svg?.querySelector('title')?.textContent ?? '',
      width: box.width,
      height: box.height,
      shapes: shapes.length,
      filled: shapes.filter((s) => !['none', 'rgba(0, 0, 0, 0)', 'rgb(0, 0, 0)'].includes(style(s))).length,
    };
  });

describe.runIf(chromiumFor('county report browser test'))('county report in headless Chromium', () => {
  let browser: Awaited<ReturnType<typeof launchChromium>>;
  let page: Page;
  let dir: string;
  const problems: string[] = [];

  const open = async (file: string) => {
    const opened = await browser.context.newPage();
    opened.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    opened.on('pageerror', (error) => problems.push(error.message));
    opened.on('request', (request) => {
      if (!request.url().startsWith('file:')) problems.push(`network request: ${request.url()}`);
    });
    await opened.goto(pathToFileURL(file).href);
    return opened;
  };

  beforeAll(async () => {
    ensureBuilt();
    mkdirSync(OUTPUT, { recursive: true });
    dir = scratchDir('county-browser');
    const args = [join(COUNTY, 'stations'), '--reviews', join(COUNTY, 'reviews'), '--group-by', 'county'];
    const when = ['--generated-at', '2024-01-20T09:30+08:00'];
    expect(cli(['batch', ...args, ...when, '--format', 'html', '-o', join(dir, 'county.html')]).status).toBe(0);
    expect(cli(['batch', ...args, ...when, '--format', 'letter', '-o', join(dir, 'letters')]).status).toBe(0);
    const station = [
      'evaluate',
      join(COUNTY, 'stations', 'wy-liuqiao.json'),
      '--review',
      join(COUNTY, 'reviews', 'wy-liuqiao.json'),
    ];
    expect(cli([...station, '--format', 'html', '-o', join(dir, 'station.html')]).status).toBe(0);
    browser = await launchChromium({ viewport: { width: 1100, height: 1400 } });
    page = await open(join(dir, 'county.html'));
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('draws the four charts, each titled, with filled shapes', async () => {
    const charts = (await page.evaluate(chartBoxes)) as ChartBox[];
    expect(charts.map((c) => c.id)).toEqual(['p0-grades', 'p0-scores', 'p0-groups', 'p0-matrix']);
    for (const chart of charts) {
      expect(chart.title).not.toBe('');
      expect(chart.width).toBeGreaterThan(200);
      expect(chart.height).toBeGreaterThan(50);
      expect(chart.filled).toBeGreaterThan(0);
    }
    const matrix = charts.find((c) => c.id === 'p0-matrix');
    // 26 stations × 28 items, and the legend's five swatches.
    expect(matrix?.shapes).toBe(26 * 28 + 5);
  });

  it('prints on A4 with every chart inside the printed page', async () => {
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: 718, height: 1000 });
    const charts = (await page.evaluate(chartBoxes)) as ChartBox[];
    for (const chart of charts) {
      expect(chart.width).toBeGreaterThan(150);
      expect(chart.width).toBeLessThanOrEqual(718);
    }
    await page.emulateMedia({ media: 'screen' });
    await page.setViewportSize({ width: 1100, height: 1400 });
  });

  it.each(['county.html', 'station.html', 'letter'])(
    '%s has no serious or critical WCAG 2 A/AA violation and no empty table header',
    async (name) => {
      const file =
        name === 'letter'
          ? join(dir, 'letters', readdirSync(join(dir, 'letters')).find((f) => f.startsWith('wy-liuqiao')) ?? '')
          : join(dir, name);
      const opened = name === 'county.html' ? page : await open(file);
      const blocking = blockingViolations(await axeViolations(opened));
      expect(blocking).toEqual([]);
      if (opened !== page) await opened.close();
    },
  );

  it('would see a colour-contrast violation: pale grey text added to the page is reported', async () => {
    const opened = await open(join(dir, 'station.html'));
    await opened.evaluate(() => {
      const doc = (globalThis as unknown as { document: { createElement(t: string): HTMLLike; body: HTMLLike } })
        .document;
      type HTMLLike = { textContent: string; style: { color: string }; append(n: unknown): void };
      const p = doc.createElement('p');
      p.textContent = '浅灰色文字 pale grey text';
      p.style.color = '#dddddd';
      doc.body.append(p);
    });
    const blocking = blockingViolations(await axeViolations(opened));
    expect(blocking.map((v) => v.id)).toEqual(['color-contrast']);
    await opened.close();
  });

  it('makes no network request and logs no error', () => {
    expect(problems).toEqual([]);
  });
});
