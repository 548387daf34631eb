/**
 * Screenshots of the API reference's pages for `evaluate`, `EvaluationResult` and `StationFacts`
 * (`docs/images/api-*.png`, shown in `docs/api.md`), taken in headless Chromium from the site
 * `npm run docs` writes to `docs/api/`. Run `npm run docs && npm run docs:screenshots`.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { launchChromium } from '../test/support/chromium.js';

const ROOT = new URL('../', import.meta.url);

/** The pages shown, by the image each becomes. */
const PAGES = {
  'api-evaluate.png': 'docs/api/functions/clean-station.evaluate.html',
  'api-evaluation-result.png': 'docs/api/types/clean-station.EvaluationResult.html',
  'api-station-facts.png': 'docs/api/types/clean-station.StationFacts.html',
} as const;

const missing = Object.values(PAGES).filter((page) => !existsSync(new URL(page, ROOT)));
if (missing.length > 0) throw new Error(`Build the API reference first (npm run docs): ${missing.join(', ')} missing`);

const browser = await launchChromium({ viewport: { width: 1280, height: 1400 }, colorScheme: 'light' });
try {
  const page = await browser.context.newPage();
  for (const [image, html] of Object.entries(PAGES)) {
    await page.goto(pathToFileURL(fileURLToPath(new URL(html, ROOT))).href, { waitUntil: 'load' });
    await page.screenshot({ path: fileURLToPath(new URL(`docs/images/${image}`, ROOT)) });
    console.log(`docs/images/${image}`);
  }
} finally {
  await browser.close();
}
