/**
 * `npm run dev`: the dev server renders articles through the same pipeline, and an edit to an
 * article's file shows without a restart; a broken edit or a duplicate slug shows its problem in
 * every tab.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { makePng } from '../support/png.ts';
import { startDevServer, waitFor, type DevServer } from '../support/dev-server.ts';
import { copyFixtureSite } from '../support/fixture-site.ts';
import { tempDir } from '../support/temp.ts';

let dev: DevServer;
let origin: string;
let contentDir: string;

beforeAll(async () => {
  contentDir = copyFixtureSite('basic');
  dev = await startDevServer(contentDir);
  origin = dev.origin;
});

afterAll(() => dev?.close());

const articleFile = () => join(contentDir, 'articles', 'artikel-uji-pertama.md');
const articleHtml = async () => (await fetch(`${origin}/berita/artikel-uji-pertama/`)).text();
/** The problem lines the dev server's page for broken content shows in `page`, if it shows it. */
const problemsShown = async (page: Page) =>
  (
    await page
      .locator('.content-problems li')
      .allInnerTexts()
      .catch(() => [])
  ).join('\n');

describe('the dev server', () => {
  it('serves an article rendered by Warta’s pipeline', async () => {
    const html = await articleHtml();
    expect(html).toContain('<h1 class="headline">Artikel Uji Pertama</h1>');
    expect(html).toContain('rel="noopener noreferrer"');
  });

  it('shows drafts, marked as drafts', async () => {
    const draft = await fetch(`${origin}/berita/draf-uji/`);
    expect(draft.status).toBe(200);
    expect(await draft.text()).toContain('<p class="status-badge">Draf: tidak terbit di situs produksi</p>');
  });

  it('serves bundle pictures and makes their AVIF and WebP versions on request', async () => {
    const original = await fetch(`${origin}/media/artikel-uji-bergambar/utama.png`);
    expect([original.status, original.headers.get('content-type')]).toEqual([200, 'image/png']);
    const variant = await fetch(`${origin}/media/artikel-uji-bergambar/utama-480w.webp`);
    expect([variant.status, variant.headers.get('content-type')]).toEqual([200, 'image/webp']);
    expect(
      Buffer.from(await variant.arrayBuffer())
        .subarray(8, 12)
        .toString('ascii'),
    ).toBe('WEBP');
    expect((await fetch(`${origin}/media/artikel-uji-bergambar/index.md`)).status).toBe(404);
  });

  it('shows a bundle picture replaced by one of another size without a restart, though the story’s file is unchanged', async () => {
    const page = async () => (await fetch(`${origin}/berita/artikel-uji-bergambar/`)).text();
    expect(await page()).toContain('width="640" height="480"');
    writeFileSync(join(contentDir, 'articles', 'artikel-uji-bergambar', 'dalam.png'), makePng(500, 300));
    await waitFor(async () => (await page()).includes('width="500" height="300"'), 20_000, 'the replaced picture’s size on the page');
    expect(await page()).not.toContain('dalam-640w');
  });

  it('draws the social card a page offers, as the build does', async () => {
    const html = await articleHtml();
    const card = html.match(/<meta property="og:image" content="https:\/\/warta\.example(\/kartu\/[^"]+)"/)?.[1];
    expect(card).toBe('/kartu/artikel-uji-pertama.png');
    const response = await fetch(`${origin}${card}`);
    expect([response.status, response.headers.get('content-type')]).toEqual([200, 'image/png']);
    expect((await fetch(`${origin}/kartu.png`)).status).toBe(200);
  });

  it('says plainly that search needs a build', async () => {
    expect(await (await fetch(`${origin}/cari/`)).text()).toContain('Pencarian baru tersedia setelah situs dibangun');
  });

  it('shows an edit to an article without a restart, in the browser', async () => {
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      await page.goto(`${origin}/berita/artikel-uji-pertama/`);
      expect(await page.locator('.article-body').innerText()).toContain('Ini artikel uji.');
      writeFileSync(articleFile(), readFileSync(articleFile(), 'utf8').replace('Ini artikel uji.', 'Ini artikel uji yang sudah disunting.'));
      // The dev server may reload the open page itself as the content changes; either way the
      // reader must see the new text without anyone restarting the server.
      await waitFor(
        async () => {
          await page.goto(`${origin}/berita/artikel-uji-pertama/`, { waitUntil: 'domcontentloaded', timeout: 5_000 });
          return (await page.locator('.article-body').innerText({ timeout: 2_000 })).includes('Ini artikel uji yang sudah disunting.');
        },
        20_000,
        'the edited text in the browser',
      );
    } finally {
      await browser.close();
    }
  });

  it('shows a broken edit in every tab, opened before or after the save, naming the file and the field, until the file is fixed', async () => {
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      await page.goto(`${origin}/berita/artikel-uji-pertama/`);
      expect(await page.locator('.article-body').innerText()).toContain('Ini artikel uji yang sudah disunting.');
      const good = readFileSync(articleFile(), 'utf8');
      writeFileSync(articleFile(), good.replace(/^date: .*$/m, 'date: kemarin'));
      const problem = `${articleFile()}: date: expected an ISO 8601 date (2023-02-01) or date-time with an offset (2023-02-01T14:30:00+07:00), got "kemarin"`;
      // The open page reloads by itself as the content store changes: nobody navigates here.
      await waitFor(async () => (await problemsShown(page)).includes(problem), 20_000, 'the problem in the open tab');
      expect(await page.locator('.content-problems').innerText()).toContain('docs/content-format.md');
      expect(dev.output()).toContain(problem);
      // The terminal gives the problem lines, without an empty "Stack trace:" after them.
      expect(dev.output()).not.toContain('Stack trace:');
      // Tabs opened now show it at once, on any page: the home page, another story, an address that is none.
      for (const path of ['/', '/berita/artikel-uji-bergambar/', '/tidak-ada/']) {
        const tab = await browser.newPage();
        const response = await tab.goto(`${origin}${path}`);
        expect(response?.status(), path).toBe(500);
        expect(await problemsShown(tab), path).toContain(problem);
        await tab.close();
      }

      writeFileSync(articleFile(), good.replace('Ini artikel uji yang sudah disunting.', 'Ini artikel uji yang sudah dibetulkan.'));
      await waitFor(
        async () => (await page.locator('.article-body').innerText({ timeout: 1_000 })).includes('Ini artikel uji yang sudah dibetulkan.'),
        20_000,
        'the fixed article in the browser',
      );
      expect(await page.locator('.content-problems').count()).toBe(0);
      await page.goto(`${origin}/`);
      expect(await page.locator('.story').count()).toBeGreaterThan(0);
      expect(await page.locator('.content-problems').count()).toBe(0);
    } finally {
      await browser.close();
    }
  });

  it('shows a slug that two files claim in the browser too, and the story again once one goes', async () => {
    const duplicate = join(tempDir('duplicate'), 'artikel-uji-pertama');
    mkdirSync(duplicate);
    writeFileSync(join(duplicate, 'index.md'), readFileSync(articleFile(), 'utf8'));
    const bundle = join(contentDir, 'articles', 'artikel-uji-pertama');
    renameSync(duplicate, bundle);
    const problem = `${articleFile()}: slug: expected a unique slug, but "artikel-uji-pertama" is also used by ${join(bundle, 'index.md')}`;
    const browser = await launchBrowser();
    try {
      const tab = await browser.newPage();
      await waitFor(
        async () => {
          await tab.goto(`${origin}/`, { waitUntil: 'domcontentloaded', timeout: 5_000 });
          return (await problemsShown(tab)).includes(problem);
        },
        20_000,
        'the duplicate slug in the browser',
      );
      expect(dev.output()).toContain(problem);
    } finally {
      await browser.close();
    }
    rmSync(bundle, { recursive: true });
    await waitFor(async () => (await articleHtml()).includes('Ini artikel uji yang sudah dibetulkan.'), 20_000, 'the story back from its one file');
  });

  it('keeps Vite’s pre-bundled dependencies in the cache folder, so it does not bundle them again at every start', () => {
    expect(existsSync(join(dev.cacheDir, 'vite', 'deps', '_metadata.json'))).toBe(true);
    expect(dev.output()).not.toContain('Re-optimizing dependencies');
  });

  it('picks up a new article, a bundle moved in whole and a deleted article without a restart', async () => {
    const status = async (slug: string) => (await fetch(`${origin}/berita/${slug}/`)).status;
    const source = readFileSync(articleFile(), 'utf8');
    const withTitle = (title: string) => source.replace(/^title: .*$/m, `title: ${title}`);
    writeFileSync(join(contentDir, 'articles', 'artikel-uji-baru.md'), withTitle('Artikel Uji Baru'));
    await waitFor(async () => (await status('artikel-uji-baru')) === 200, 20_000, 'the new article');
    expect(await (await fetch(`${origin}/berita/artikel-uji-baru/`)).text()).toContain('Artikel Uji Baru');

    // Written elsewhere, then moved into the articles folder in one step, as a sync tool does.
    const outside = join(tempDir('bundle'), 'artikel-uji-paket');
    mkdirSync(outside);
    writeFileSync(join(outside, 'index.md'), withTitle('Artikel Uji Paket'));
    renameSync(outside, join(contentDir, 'articles', 'artikel-uji-paket'));
    await waitFor(async () => (await status('artikel-uji-paket')) === 200, 20_000, 'the moved-in bundle');

    rmSync(join(contentDir, 'articles', 'artikel-uji-baru.md'));
    rmSync(join(contentDir, 'articles', 'artikel-uji-paket'), { recursive: true });
    await waitFor(async () => (await status('artikel-uji-baru')) === 404 && (await status('artikel-uji-paket')) === 404, 20_000, 'the deleted articles gone');
  });
});
