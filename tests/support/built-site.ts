/**
 * A built site, served on loopback, with a Chromium tab open: what most browser tests start from.
 */
import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import { launchBrowser } from './browser.ts';
import { buildSite, type BuildOptions, type BuildResult } from './build-site.ts';
import { serveStatic, type StaticServer } from './static-server.ts';

export interface BuiltSite {
  build: BuildResult;
  server: StaticServer;
  browser: Browser;
  page: Page;
  close: () => Promise<void>;
}

/** Builds (the build must succeed), serves and opens a tab. */
export async function openBuiltSite(options: BuildOptions = {}): Promise<BuiltSite> {
  const build = await buildSite(options);
  expect(build.exitCode, build.output.slice(-3000)).toBe(0);
  const server = await serveStatic(build.outDir);
  const browser = await launchBrowser();
  const page = await browser.newPage();
  return {
    build,
    server,
    browser,
    page,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}
