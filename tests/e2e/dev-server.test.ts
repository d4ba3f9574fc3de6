/**
 * `npm run dev`: the dev server renders articles through the same pipeline, and an edit to an
 * article's file shows without a restart.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { PROJECT_ROOT, userEnvironment } from '../support/build-site.ts';
import { copyFixtureSite } from '../support/fixture-site.ts';
import { freePort } from '../support/net.ts';
import { tempDir } from '../support/temp.ts';

const ASTRO_BIN = join(PROJECT_ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');


/** Polls `check` until it returns true or `timeoutMs` passes. */
async function waitFor(check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
}

let dev: ChildProcess;
let origin: string;
let contentDir: string;
let output = '';

beforeAll(async () => {
  contentDir = copyFixtureSite('basic');
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  dev = spawn(process.execPath, [ASTRO_BIN, 'dev', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: PROJECT_ROOT,
    env: { ...userEnvironment(), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', NEWS_CONTENT_DIR: contentDir, WARTA_CACHE_DIR: join(tempDir('dev-cache'), 'cache') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  dev.stdout?.on('data', (chunk: Buffer) => (output += chunk));
  dev.stderr?.on('data', (chunk: Buffer) => (output += chunk));
  await waitFor(async () => (await fetch(`${origin}/`)).ok, 60_000, `the dev server at ${origin}\n${output}`);
});

afterAll(async () => {
  if (dev && dev.exitCode === null) {
    const exited = new Promise((resolve) => dev.once('exit', resolve));
    dev.kill('SIGTERM');
    await exited;
  }
});

const articleFile = () => join(contentDir, 'articles', 'artikel-uji-pertama.md');
const articleHtml = async () => (await fetch(`${origin}/berita/artikel-uji-pertama/`)).text();

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
    expect(Buffer.from(await variant.arrayBuffer()).subarray(8, 12).toString('ascii')).toBe('WEBP');
    expect((await fetch(`${origin}/media/artikel-uji-bergambar/index.md`)).status).toBe(404);
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

  it('keeps serving the last good version when an edit breaks the article, and says why', async () => {
    writeFileSync(articleFile(), readFileSync(articleFile(), 'utf8').replace('section: Uji', 'section: [Uji'));
    await waitFor(async () => output.includes('artikel-uji-pertama.md: front matter: expected valid YAML'), 20_000, 'the error message');
    expect(await articleHtml()).toContain('Ini artikel uji yang sudah disunting.');
  });
});
