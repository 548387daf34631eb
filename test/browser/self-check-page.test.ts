/**
 * The offline self-check page (`clean-station page`), in headless Chromium: the lapses example
 * uploaded as a workbook shows the total and grade the command line gives, the report inside is
 * the command line's HTML report, the result JSON can be downloaded, a broken workbook lists its
 * problems by sheet, row and column, and the page makes no network request at all. Skipped, with
 * the reason printed, only where Chromium is absent.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluateSync } from '../../src/engine/evaluate.js';
import { parseFactsOrThrow } from '../../src/facts/parse.js';
import { selfCheckPage } from '../../src/page/html.js';
import { renderHtml } from '../../src/report/html.js';
import { baseRuleset } from '../../src/ruleset/base.js';
import { workbookTemplate } from '../../src/xlsx/write.js';
import { ensurePackageBuilt, ROOT } from '../package/support.js';
import { chromiumFor, launchChromium } from '../support/chromium.js';

const ruleset = baseRuleset();
const facts = parseFactsOrThrow(JSON.parse(readFileSync(join(ROOT, 'examples', 'station-with-lapses.json'), 'utf8')));
const expected = evaluateSync(facts, { ruleset });

describe.runIf(chromiumFor('Self-check page test'))('the offline self-check page in headless Chromium', () => {
  let browser: Awaited<ReturnType<typeof launchChromium>>;
  let page: Page;
  let dir: string;
  const requests: string[] = [];
  const errors: string[] = [];

  beforeAll(async () => {
    await ensurePackageBuilt();
    dir = mkdtempSync(join(tmpdir(), 'clean-station-page-'));
    const html = selfCheckPage(readFileSync(join(ROOT, 'dist', 'self-check.js'), 'utf8'), { lang: 'zh' });
    writeFileSync(join(dir, 'self-check.html'), html);
    writeFileSync(join(dir, 'lapses.xlsx'), await workbookTemplate(ruleset, { facts }));
    const broken = new ExcelJS.Workbook();
    await broken.xlsx.load(readFileSync(join(dir, 'lapses.xlsx')) as unknown as ArrayBuffer);
    const liaisons = broken.worksheets.find((ws) => ws.name.endsWith(' liaisons'))!;
    liaisons.getCell('B2').value = '下周一';
    writeFileSync(join(dir, 'broken.xlsx'), new Uint8Array((await broken.xlsx.writeBuffer()) as ArrayBuffer));
    browser = await launchChromium({ timezoneId: 'America/New_York', locale: 'en-US', acceptDownloads: true });
    page = await browser.context.newPage();
    page.on('request', (request) => {
      if (!/^(about|data|blob):/.test(request.url()) && !request.url().startsWith(pathToFileURL(dir).href))
        requests.push(request.url());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(pathToFileURL(join(dir, 'self-check.html')).href);
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('says that nothing leaves the browser, in Chinese and in English', async () => {
    await expect(page.locator('#privacy').textContent()).resolves.toContain('不会上传');
    await page.click('[data-set-lang="en"]');
    await expect(page.locator('#privacy .en').textContent()).resolves.toContain('Nothing leaves this browser');
    await page.click('[data-set-lang="zh"]');
  });

  it('shows the total and grade of the lapses example uploaded as a workbook, as the command line gives them', async () => {
    await page.setInputFiles('#station', join(dir, 'lapses.xlsx'));
    const summary = page.locator('#summary');
    await summary.waitFor({ state: 'visible', timeout: 60_000 });
    await expect(summary.getAttribute('data-total')).resolves.toBe(String(expected.total));
    await expect(summary.getAttribute('data-grade')).resolves.toBe(expected.grade);
    await expect(summary.textContent()).resolves.toContain(`总分 ${expected.total} / 110`);
    await expect(summary.textContent()).resolves.toContain(expected.gradeLabel.zh);
  }, 90_000);

  it('shows the command line’s HTML report inside, and offers the result JSON to download', async () => {
    const srcdoc = await page.locator('#report').getAttribute('srcdoc');
    expect(srcdoc).toBe(renderHtml(expected, { lang: 'zh', grades: ruleset.grades }));
    const badge = page.frameLocator('#report').locator('.badge');
    await expect(badge.textContent()).resolves.toContain(String(expected.total));
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download-json')]);
    const saved = join(dir, 'result.json');
    await download.saveAs(saved);
    expect(JSON.parse(readFileSync(saved, 'utf8'))).toEqual(JSON.parse(JSON.stringify(expected)));
  }, 60_000);

  it('lists a broken workbook’s problems with their sheet, row and column', async () => {
    await page.setInputFiles('#station', join(dir, 'broken.xlsx'));
    const problem = page.locator('#problems li').first();
    await problem.waitFor({ state: 'visible', timeout: 60_000 });
    await expect(problem.textContent()).resolves.toBe(
      'broken.xlsx: 对接村电工、企业电工 liaisons!B2 (日期 date) records.liaisons[0].date: “下周一”不是有效的日期或日期时间（ISO 8601） [invalid-date-time]',
    );
  }, 90_000);

  it('makes no network request and logs no error', () => {
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
  });
});
