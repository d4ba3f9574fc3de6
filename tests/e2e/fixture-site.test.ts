/**
 * A fixture site exercising what the seed does not: pictures from a bundle, a related item
 * that finds its article by title, footnotes, a byline, a publication time, and a draft.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BuildResult } from '../support/build-site.ts';
import { openBuiltSite, type BuiltSite } from '../support/built-site.ts';
import { copyFixtureSite } from '../support/fixture-site.ts';
import type { StaticServer } from '../support/static-server.ts';

let build: BuildResult;
let server: StaticServer;
let page: Page;

let site: BuiltSite;

beforeAll(async () => {
  site = await openBuiltSite({ contentDir: copyFixtureSite('basic') });
  ({ build, server, page } = site);
});

afterAll(() => site?.close());

describe('pictures from an article bundle', () => {
  beforeAll(async () => {
    await page.goto(`${server.url}/berita/artikel-uji-bergambar/`);
  });

  it('shows the lead picture eagerly with its size and alt text, and the inline one lazily', async () => {
    const images = await page.locator('article img').evaluateAll((nodes) =>
      (nodes as HTMLImageElement[]).map((img) => ({
        src: img.getAttribute('src'),
        alt: img.alt,
        width: img.getAttribute('width'),
        height: img.getAttribute('height'),
        loading: img.loading,
        loaded: img.complete && img.naturalWidth > 0,
      })),
    );
    expect(images).toEqual([
      { src: '/media/artikel-uji-bergambar/utama.png', alt: 'Gambar uji berwarna abu-abu', width: '1200', height: '675', loading: 'eager', loaded: true },
      { src: '/media/artikel-uji-bergambar/dalam.png', alt: 'Gambar uji kedua', width: '640', height: '480', loading: 'lazy', loaded: expect.any(Boolean) },
    ]);
  });

  it('offers AVIF and WebP versions at the widths the layout needs, and Chromium picks AVIF', async () => {
    const sources = await page
      .locator('article picture')
      .first()
      .locator('source')
      .evaluateAll((nodes) => nodes.map((source) => ({ type: source.getAttribute('type'), srcset: source.getAttribute('srcset'), sizes: source.getAttribute('sizes') })));
    expect(sources).toEqual([
      {
        type: 'image/avif',
        srcset: '/media/artikel-uji-bergambar/utama-480w.avif 480w, /media/artikel-uji-bergambar/utama-800w.avif 800w, /media/artikel-uji-bergambar/utama-1200w.avif 1200w',
        sizes: '(min-width: 42rem) 40rem, 100vw',
      },
      {
        type: 'image/webp',
        srcset: '/media/artikel-uji-bergambar/utama-480w.webp 480w, /media/artikel-uji-bergambar/utama-800w.webp 800w, /media/artikel-uji-bergambar/utama-1200w.webp 1200w',
        sizes: '(min-width: 42rem) 40rem, 100vw',
      },
    ]);
    expect(
      await page
        .locator('article picture img')
        .first()
        .evaluate((img) => (img as HTMLImageElement).currentSrc),
    ).toMatch(/utama-\d+w\.avif$/);
    for (const file of ['utama-480w.avif', 'utama-1200w.webp', 'dalam-480w.avif', 'dalam-640w.webp']) {
      expect(existsSync(join(build.outDir, 'media/artikel-uji-bergambar', file)), file).toBe(true);
    }
    expect(existsSync(join(build.outDir, 'media/artikel-uji-bergambar/dalam-800w.avif'))).toBe(false);
  });

  it('publishes only pictures from bundles, never the article text', () => {
    expect(existsSync(join(build.outDir, 'media/artikel-uji-bergambar/utama.png'))).toBe(true);
    expect(existsSync(join(build.outDir, 'media/artikel-uji-bergambar/index.md'))).toBe(false);
  });
});

describe('an article with links, footnotes and a byline', () => {
  beforeAll(async () => {
    await page.goto(`${server.url}/berita/artikel-uji-pertama/`);
  });

  it('links a related title to the site article of that title and leaves an unknown one unlinked', async () => {
    const items = await page
      .locator('aside.related li')
      .evaluateAll((nodes) => nodes.map((li) => ({ text: li.textContent, href: li.querySelector('a')?.getAttribute('href') ?? null })));
    expect(items).toEqual([
      { text: 'Artikel Uji Bergambar', href: '/berita/artikel-uji-bergambar/' },
      { text: 'Judul yang tidak ada di situs ini', href: null },
    ]);
  });

  it('shows byline, publisher link, the time in WIB and the update day', async () => {
    const dateline = await page.locator('.dateline').innerText();
    expect(dateline).toContain('Oleh Redaksi Uji');
    expect(dateline).toContain('Selasa, 5 Maret 2024 09.30 WIB');
    expect(dateline).toContain('Diperbarui Rabu, 6 Maret 2024');
    expect(await page.locator('.dateline a').getAttribute('href')).toBe('https://penerbit.example/');
  });

  it('links a source that has a URL', async () => {
    expect(await page.locator('section[aria-labelledby="sumber"] a').getAttribute('href')).toBe('https://sumber.example/dokumen');
  });

  it('makes footnote links that land on their notes', async () => {
    await page.locator('a[data-footnote-ref]').click();
    expect(await page.evaluate(() => document.querySelector(':target')?.textContent)).toContain('Catatan kaki uji.');
  });

  it('marks links to other sites noopener noreferrer', async () => {
    expect(await page.locator('.article-body a[href="https://luar.example/"]').getAttribute('rel')).toBe('noopener noreferrer');
  });
});

describe('feeds', () => {
  it('carry pictures and links with absolute addresses, for readers away from the site', () => {
    const json = JSON.parse(readFileSync(join(build.outDir, 'feed.json'), 'utf8')) as { items: { url: string; content_html: string }[] };
    const pictures = json.items.find((item) => item.url.endsWith('/artikel-uji-bergambar/'))!.content_html;
    expect(pictures).toContain('src="https://warta.example/media/artikel-uji-bergambar/utama.png"');
    expect(pictures).toContain('https://warta.example/media/artikel-uji-bergambar/dalam-480w.avif 480w');
    const footnotes = json.items.find((item) => item.url.endsWith('/artikel-uji-pertama/'))!.content_html;
    expect(footnotes).toContain('href="https://warta.example/berita/artikel-uji-pertama/#user-content-fn-1"');
    for (const item of json.items) expect(item.content_html).not.toMatch(/(?:src|href|srcset)="\//);
  });
});

describe('drafts', () => {
  it('are never built into the production site', async () => {
    expect(existsSync(join(build.outDir, 'berita/draf-uji'))).toBe(false);
    expect(readFileSync(join(build.outDir, 'index.html'), 'utf8')).not.toContain('Draf Uji');
  });
});

describe('the home page', () => {
  it('lists published articles newest first', async () => {
    await page.goto(`${server.url}/`);
    expect(await page.locator('.story .story-title').allInnerTexts()).toEqual(['Artikel Uji Pertama', 'Artikel Uji Bergambar']);
    expect(await page.locator('.lead-story .story-title').innerText()).toBe('Artikel Uji Pertama');
  });
});
