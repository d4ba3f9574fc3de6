/**
 * The real desk: the built /admin/ in Chromium, saving through decap-server into a temporary
 * copy of the project's content/. No mocks: the browser's calls to decap-server's fixed address
 * (http://localhost:8081, in config.yml) are forwarded to the server this test started.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/lib/content/parse-article.ts';
import { launchBrowser } from '../support/browser.ts';
import { PROJECT_ROOT } from '../support/build-site.ts';
import { freePort } from '../support/net.ts';
import { buildSeedSite } from '../support/shared-build.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';
import { tempDir } from '../support/temp.ts';

const SEED = 'content/articles/dapat-surat-cinta-menlu-rusia-bongkar-isi-pesan-dari-menlu-as.md';
const bodyOf = (source: string) => source.replace(/^---\n[\s\S]*?\n---\n/, '');

let repo: string;
let server: StaticServer;
let decap: ChildProcess;
let browser: Browser;
let page: Page;
let decapPort: number;

beforeAll(async () => {
  const outDir = await buildSeedSite();
  repo = tempDir('desk-repo');
  cpSync(join(PROJECT_ROOT, 'content'), join(repo, 'content'), { recursive: true });
  decapPort = await freePort();
  decap = spawn(process.execPath, [join(PROJECT_ROOT, 'node_modules/decap-server/dist/index.js')], {
    cwd: repo,
    env: { PATH: process.env.PATH ?? '', PORT: String(decapPort), BIND_HOST: '127.0.0.1', GIT_REPO_DIRECTORY: repo },
    stdio: 'ignore',
  });
  server = await serveStatic(outDir);
  browser = await launchBrowser();
  page = await browser.newPage();
  await page.route('http://localhost:8081/**', async (route) => {
    const response = await route.fetch({ url: route.request().url().replace('localhost:8081', `127.0.0.1:${decapPort}`) });
    await route.fulfill({ response });
  });
}, 300_000);

afterAll(async () => {
  await browser?.close();
  decap?.kill();
  await server?.close();
});

async function publish(file: string, before: string) {
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await page.getByText('Publish now').click();
  await expect.poll(() => readFileSync(file, 'utf8'), { timeout: 30_000 }).not.toBe(before);
}

describe('the editors’ desk', () => {
  it('saves the seed story with its body byte for byte and a front matter the schema reads', async () => {
    const file = join(repo, SEED);
    const original = readFileSync(file, 'utf8');
    await page.goto(`${server.url}/admin/`);
    await page.getByRole('button', { name: 'Login' }).click({ timeout: 60_000 });
    await page.getByText('Dapat Surat Cinta', { exact: false }).first().click({ timeout: 60_000 });
    const title = page.getByLabel('Judul', { exact: true });
    await title.waitFor({ timeout: 60_000 });
    // Decap saves only a changed entry: the title gets two characters, nothing else is touched.
    await title.press('End');
    await title.pressSequentially(' x');
    await publish(file, original);
    const saved = readFileSync(file, 'utf8');
    expect(bodyOf(saved)).toBe(bodyOf(original));
    const parsed = parseArticle(saved, SEED, 'dapat-surat-cinta-menlu-rusia-bongkar-isi-pesan-dari-menlu-as', { timeZone: 'Asia/Jakarta' });
    expect(parsed.data.title).toBe(`${parseArticle(original, SEED, 'x', { timeZone: 'Asia/Jakarta' }).data.title} x`);
  }, 180_000);
});
