/**
 * Accessibility as part of `npm test`: axe-core in Chromium over one page of every type, on the
 * big generated site and on the real one, in the light and the dark colour scheme, must find no
 * violation of WCAG 2.0, 2.1 and 2.2 at levels A and AA.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations as violations } from '../support/axe.ts';
import { launchBrowser } from '../support/browser.ts';
import { PAGE_TYPES, pageExamples, type PageExample } from '../support/page-types.ts';
import { buildBigSite, buildSeedSite, STRESS_SLUG } from '../support/shared-build.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';

const SCHEMES = ['light', 'dark'] as const;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe.each([
  { site: 'the generated site', build: buildBigSite, prefer: `/berita/${STRESS_SLUG}/`, everyType: true },
  { site: 'the seed site', build: buildSeedSite, prefer: undefined, everyType: false },
])('$site', ({ build, prefer, everyType }) => {
  let server: StaticServer;
  let examples: PageExample[];

  beforeAll(async () => {
    const outDir = await build();
    examples = pageExamples(outDir, { prefer });
    server = await serveStatic(outDir);
  });
  afterAll(() => server?.close());

  it.each(SCHEMES)('has no WCAG 2.2 A or AA violation on any page type in the %s scheme', async (colorScheme) => {
    if (everyType) expect(examples.map((example) => example.type)).toEqual(PAGE_TYPES.map((type) => type.name));
    const context = await browser.newContext({ colorScheme, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const found: string[] = [];
    for (const example of examples) {
      const response = await page.goto(`${server.url}${example.url}`);
      expect(response?.status(), example.url).toBe(example.status);
      if (example.ready) await page.waitForSelector(example.ready);
      found.push(...(await violations(page, `${example.url} (${example.type}, ${colorScheme})`)));
    }
    await context.close();
    expect(found).toEqual([]);
  });
});
