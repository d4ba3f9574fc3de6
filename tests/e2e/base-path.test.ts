/**
 * A site deployed under a base path (`/warta/`): every internal link, asset, feed entry and
 * search request must stay under it and resolve.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { buildSite, type BuildResult } from '../support/build-site.ts';
import { copyFixtureSite } from '../support/fixture-site.ts';
import { readSitemaps } from '../support/sitemaps.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';

const BASE = '/warta/';
let build: BuildResult;
let server: StaticServer;

beforeAll(async () => {
  build = await buildSite({ contentDir: copyFixtureSite('basic'), env: { WARTA_BASE: 'warta', WARTA_SITE_URL: 'https://contoh.example' } });
  expect(build.exitCode, build.output.slice(-2000)).toBe(0);
  server = await serveStatic(build.outDir, { basePath: BASE });
});

afterAll(async () => {
  await server?.close();
});

/** The file a site path is served from, as a static host resolves it. */
function fileFor(path: string): string | undefined {
  if (!path.startsWith(BASE)) return undefined;
  const inside = decodeURIComponent(path.slice(BASE.length).split(/[?#]/)[0]!);
  const file = join(build.outDir, inside.endsWith('/') || inside === '' ? join(inside, 'index.html') : inside);
  return existsSync(file) ? file : undefined;
}

function pages(): string[] {
  return readdirSync(build.outDir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
}

describe('a site built under /warta/', () => {
  it('links only to addresses under the base path that exist', () => {
    const broken: string[] = [];
    for (const file of pages()) {
      const tree = fromHtml(readFileSync(join(build.outDir, file), 'utf8'));
      for (const element of selectAll('a[href], link[href], img[src], script[src], meta[property="og:image"], meta[property="og:url"]', tree)) {
        const raw = String(element.properties.href ?? element.properties.src ?? element.properties.content);
        const url = new URL(raw, `https://contoh.example${BASE}${file}`);
        if (url.origin !== 'https://contoh.example') continue;
        if (!fileFor(url.pathname)) broken.push(`${file}: ${raw}`);
      }
    }
    expect(broken).toEqual([]);
    expect(pages().length).toBeGreaterThan(5);
  });

  it('gives feeds, sitemap and robots.txt absolute addresses under the base path', () => {
    const rss = readFileSync(join(build.outDir, 'rss.xml'), 'utf8');
    const links = [...rss.matchAll(/<link>([^<]+)<\/link>/g)].map((match) => match[1]!);
    expect(links.length).toBeGreaterThan(2);
    for (const link of links) expect(link.startsWith('https://contoh.example/warta/'), link).toBe(true);
    for (const item of JSON.parse(readFileSync(join(build.outDir, 'feed.json'), 'utf8')).items) expect(fileFor(new URL(item.url).pathname), item.url).toBeDefined();
    expect(readFileSync(join(build.outDir, 'robots.txt'), 'utf8')).toContain('Sitemap: https://contoh.example/warta/sitemap-index.xml');
    const index = readFileSync(join(build.outDir, 'sitemap-index.xml'), 'utf8');
    for (const [, loc] of index.matchAll(/<loc>([^<]+)<\/loc>/g)) expect(loc!.startsWith('https://contoh.example/warta/sitemap-'), loc).toBe(true);
    const { pages } = readSitemaps(build.outDir);
    expect(pages.length).toBeGreaterThan(5);
    for (const { loc } of pages) expect(fileFor(new URL(loc).pathname), loc).toBeDefined();
  });

  it('searches from /warta/cari/ with the index under the base path', async () => {
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      const outside: string[] = [];
      page.on('request', (request) => {
        if (!new URL(request.url()).pathname.startsWith(BASE)) outside.push(request.url());
      });
      await page.goto(`${server.url}${BASE}cari/?q=Bergambar`);
      const first = page.locator('.search-results li a').first();
      await first.waitFor({ timeout: 10_000 });
      expect(await first.getAttribute('href')).toBe(`${BASE}berita/artikel-uji-bergambar/`);
      expect(outside).toEqual([]);
      const response = await page.goto(`${server.url}${BASE}tidak-ada/`);
      expect(response?.status()).toBe(404);
    } finally {
      await browser.close();
    }
  });
});
