/**
 * Headless Chromium for the tests that need a browser: Debian's `chromium` driven by playwright-core
 * (CI installs it when missing). Where it is absent, those tests are skipped with the reason printed.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type LaunchOptions } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';

/** Whether Chromium is installed; prints why `what` is skipped when it is not. */
export function chromiumFor(what: string): boolean {
  const found = existsSync(CHROMIUM);
  if (!found) console.warn(`${what} skipped: ${CHROMIUM} not found (apt-get install chromium)`);
  return found;
}

/** What the context may set: viewport, time zone, locale… */
type ContextOptions = Omit<Parameters<typeof chromium.launchPersistentContext>[1], keyof LaunchOptions>;

/** A browser context in a fresh profile, offline-friendly; `close` ends it and removes the profile. */
export async function launchChromium(options: ContextOptions = {}): Promise<{
  readonly context: BrowserContext;
  close(): Promise<void>;
}> {
  const profile = mkdtempSync(join(tmpdir(), 'clean-station-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    ...options,
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
