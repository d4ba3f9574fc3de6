/**
 * Debian's Chromium driven by playwright-core: no browser download, no network but loopback.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.WARTA_CHROMIUM ?? '/usr/bin/chromium';

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}: install it with 'apt-get install -y chromium' (.ci/run does)`);
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    // --expose-gc: a test can collect garbage as a long reading session does (collectGarbage).
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--js-flags=--expose-gc',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * Collects the page's garbage and lets its finalizers run: what a reader's tab does now and then,
 * and what code holding a library's objects only by copies breaks on (Pagefind frees a result's
 * data once its result object is collected).
 */
export async function collectGarbage(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const { gc } = globalThis as { gc?: () => void };
    if (!gc) throw new Error('Chromium was launched without --js-flags=--expose-gc');
    gc();
    // Finalization callbacks run in a later task than the collection.
    await new Promise((resolve) => setTimeout(resolve, 50));
  });
}
