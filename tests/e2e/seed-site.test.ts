/**
 * The real site, built from content/ as `npm run build` builds it, read in Chromium as a reader
 * would: the seed article's headline block, figures, related links, sources and date.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBuiltSite, type BuiltSite } from '../support/built-site.ts';
import { SEED_FIGURES, SEED_RELATED, SEED_SLUG } from '../support/seed.ts';
import type { StaticServer } from '../support/static-server.ts';

let server: StaticServer;
let outDir: string;
let browser: Browser;
let page: Page;
const scriptRequests: string[] = [];

let site: BuiltSite;

beforeAll(async () => {
  site = await openBuiltSite();
  ({ server, browser, page } = site);
  outDir = site.build.outDir;
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scriptRequests.push(request.url());
  });
  const response = await page.goto(`${server.url}/berita/${SEED_SLUG}/`);
  expect(response?.status()).toBe(200);
});

afterAll(() => site?.close());

const texts = (selector: string) => page.locator(selector).allInnerTexts();
/** The built file behind a URL of the test server. */
const fileOf = (url: string): string => {
  const path = new URL(url).pathname;
  return join(outDir, path.endsWith('/') ? `${path}index.html` : path);
};

describe('the seed article page', () => {
  it('is in Indonesian', async () => {
    expect(await page.getAttribute('html', 'lang')).toBe('id');
  });

  it('has the headline as its only h1, with section kicker and standfirst', async () => {
    expect(await texts('h1')).toEqual(['Dapat Surat Cinta, Menlu Rusia Bongkar Isi Pesan Dari Menlu AS']);
    expect(await page.locator('article .kicker').innerText()).toMatch(/^dunia$/i);
    expect(await page.locator('article .standfirst').innerText()).toContain('Sergey Lavrov');
    expect(await page.title()).toBe('Dapat Surat Cinta, Menlu Rusia Bongkar Isi Pesan Dari Menlu AS | Warta');
  });

  it('dates it in Indonesian, with the machine-readable day', async () => {
    const time = page.locator('.dateline time').first();
    expect(await time.innerText()).toBe('Rabu, 1 Februari 2023');
    expect(await time.getAttribute('datetime')).toBe('2023-02-01');
    expect(await page.locator('.dateline').innerText()).toContain('Pertama kali terbit di VIVA');
    expect(await page.locator('.dateline').innerText()).toMatch(/\d menit baca/);
  });

  it('shows the three captions with their credits, lead first, and no invented picture', async () => {
    const figures = await page.locator('article figure').evaluateAll((nodes) =>
      nodes.map((figure) => ({
        caption: figure.querySelector('.figure-caption')?.lastChild?.textContent,
        credit: figure.querySelector('.figure-credit')?.lastChild?.textContent,
        spoken: figure.querySelector('figcaption')?.textContent,
      })),
    );
    expect(figures.map(({ caption, credit }) => ({ caption, credit }))).toEqual(SEED_FIGURES.map((figure) => ({ ...figure })));
    expect(figures[0]!.spoken).toBe(`Keterangan gambar, ${SEED_FIGURES[0].caption}Sumber gambar, ${SEED_FIGURES[0].credit}`);
    expect(await page.locator('img').count()).toBe(0);
  });

  it('lists the three related headlines as "Baca juga", outside the article body', async () => {
    const related = page.locator('aside.related');
    expect(await related.locator('h2').innerText()).toMatch(/^baca juga$/i);
    expect(await related.locator('li').allInnerTexts()).toEqual([...SEED_RELATED]);
    expect(await related.locator('a').count()).toBe(0);
    const body = await page.locator('.article-body').innerText();
    for (const headline of SEED_RELATED) expect(body).not.toContain(headline);
  });

  it('cites its two sources', async () => {
    const sources = page.locator('section[aria-labelledby="sumber"]');
    expect(await sources.locator('h2').innerText()).toMatch(/^sumber$/i);
    expect(await sources.locator('li').allInnerTexts()).toEqual(['Newsweek, Rabu, 1 Februari 2023', 'TASS']);
  });

  it('says that the original continues at the publisher', async () => {
    expect(await page.locator('.notice').innerText()).toContain('VIVA');
  });

  it('runs no script: the only script element is JSON-LD data, and none is fetched', async () => {
    const types = await page.locator('script').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('type')));
    expect(types).toEqual(['application/ld+json']);
    expect(scriptRequests).toEqual([]);
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '') as { '@type': string }[];
    expect(jsonLd.find((node) => node['@type'] === 'NewsArticle')).toMatchObject({
      headline: await page.locator('h1').innerText(),
      datePublished: '2023-02-01T00:00:00+07:00',
      articleSection: 'Dunia',
      inLanguage: 'id',
    });
    expect(jsonLd.find((node) => node['@type'] === 'BreadcrumbList')).toMatchObject({ itemListElement: [{ name: 'Warta' }, { name: 'Dunia' }, { position: 3 }] });
  });

  it('offers a skip link first, which moves focus to the content', async () => {
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Langsung ke konten');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('konten');
  });

  it('has landmarks: banner, main, contentinfo', async () => {
    for (const role of ['banner', 'main', 'contentinfo'] as const) expect(await page.getByRole(role).count(), role).toBe(1);
  });

  it('follows the reader’s dark theme preference', async () => {
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await page.emulateMedia({ colorScheme: 'light' });
    const light = await background();
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await background()).not.toBe(light);
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('reads on a phone without sideways scrolling', async () => {
    await page.setViewportSize({ width: 360, height: 740 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });
});

describe('search', () => {
  it('finds the seed article when a reader types "Lavrov", with the hits marked', async () => {
    await page.goto(`${server.url}/cari/`);
    await page.getByLabel('Kata kunci').fill('Lavrov');
    await page.getByRole('button', { name: 'Cari' }).click();
    const result = page.locator('.search-results li').first();
    await result.waitFor({ timeout: 10_000 });
    expect(await result.locator('a').getAttribute('href')).toBe(`/berita/${SEED_SLUG}/`);
    expect(await result.locator('mark').first().innerText()).toMatch(/^Lavrov/);
    expect(await page.locator('[data-search-status]').innerText()).toBe('1 berita ditemukan.');
  });
});

describe('the home page', () => {
  it('leads with the seed article: headline, standfirst, section and date', async () => {
    await page.goto(`${server.url}/`);
    const story = page.locator('.lead-story .story').first();
    expect(await story.locator('.story-title a').innerText()).toBe('Dapat Surat Cinta, Menlu Rusia Bongkar Isi Pesan Dari Menlu AS');
    expect(await story.locator('.story-title a').getAttribute('href')).toBe(`/berita/${SEED_SLUG}/`);
    expect(await story.innerText()).toContain('Rabu, 1 Februari 2023');
    expect(await story.innerText()).toContain('Dunia');
  });

  it('answers an unknown address with the Indonesian 404 page', async () => {
    const response = await page.goto(`${server.url}/tidak-ada/`);
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').innerText()).toBe('Halaman tidak ditemukan');
  });
});

describe('the seed article’s weight', () => {
  it('fits HTML and CSS in one round trip (14 KB gzipped), with no script and no web font', async () => {
    const loaded: { url: string; type: string; bytes: number }[] = [];
    const fresh = await browser.newPage();
    fresh.on('response', async (response) => {
      const body = await response.body().catch(() => Buffer.alloc(0));
      loaded.push({ url: response.url(), type: response.request().resourceType(), bytes: body.length });
    });
    await fresh.goto(`${server.url}/berita/${SEED_SLUG}/`, { waitUntil: 'networkidle' });
    await fresh.close();
    const textBytes = loaded.filter(({ type }) => type === 'document' || type === 'stylesheet');
    expect(textBytes.map(({ type }) => type)).toContain('document');
    const gzipped = textBytes.reduce((sum, { url }) => sum + gzipSync(readFileSync(fileOf(url)), { level: 9 }).length, 0);
    expect(gzipped).toBeLessThanOrEqual(14 * 1024);
    expect(loaded.filter(({ type }) => type === 'script')).toEqual([]);
    expect(loaded.filter(({ type }) => type === 'font')).toEqual([]);
  });
});
