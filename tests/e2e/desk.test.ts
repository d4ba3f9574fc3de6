/**
 * The real desk: the built /admin/ in Chromium, saving through decap-server into a temporary
 * copy of the project's content/. No mocks: the browser's calls to decap-server's fixed address
 * (http://localhost:8081, in config.yml) are forwarded to the server this test started.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import type { Browser, ConsoleMessage, Dialog, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { previewBlocks } from '../../src/lib/cms/preview.ts';
import { createArticleLoader } from '../../src/lib/content/load-article.ts';
import { loadAuthor } from '../../src/lib/content/load-author.ts';
import { createTranslator } from '../../src/lib/i18n/index.ts';
import { createMarkdownRenderer, renderLabels } from '../../src/lib/render/pipeline.ts';
import { createRoutes } from '../../src/lib/routes.ts';
import { parseArticle } from '../../src/lib/content/parse-article.ts';
import { frontPageSchema } from '../../src/lib/schemas/front-page.ts';
import { attackCorpus } from '../fixtures/attacks/corpus.ts';
import { launchBrowser } from '../support/browser.ts';
import { buildSite, PROJECT_ROOT } from '../support/build-site.ts';
import { freePort } from '../support/net.ts';
import { makePng } from '../support/png.ts';
import { buildSeedSite } from '../support/shared-build.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';
import { tempDir } from '../support/temp.ts';

const SEED_SLUG = 'dapat-surat-cinta-menlu-rusia-bongkar-isi-pesan-dari-menlu-as';
const SEED = `content/articles/${SEED_SLUG}.md`;
const bodyOf = (source: string) => source.replace(/^---\n[\s\S]*?\n---\n/, '');
const AUTHOR_FILE = 'ayu-lestari.md';
const PICTURE = 'gambar-uji.png';
const AUTHOR = 'Ayu Lestari';

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
  // The seed has no author profiles: a fixture's profile, as it is, to choose a byline from.
  mkdirSync(join(repo, 'content/authors'));
  cpSync(join(PROJECT_ROOT, 'tests/fixtures/sites/newsroom/authors', AUTHOR_FILE), join(repo, 'content/authors', AUTHOR_FILE));
  // A fixture's bundle profile with its picture, made as tests/support/fixture-site.ts makes it.
  cpSync(join(PROJECT_ROOT, 'tests/fixtures/sites/newsroom/authors/budi-santoso'), join(repo, 'content/authors/budi-santoso'), { recursive: true });
  writeFileSync(join(repo, 'content/authors/budi-santoso/foto.png'), makePng(600, 600));
  decapPort = await freePort();
  decap = spawn(process.execPath, [join(PROJECT_ROOT, 'node_modules/decap-server/dist/index.js')], {
    cwd: repo,
    env: { PATH: process.env.PATH ?? '', PORT: String(decapPort), BIND_HOST: '127.0.0.1', GIT_REPO_DIRECTORY: repo },
    stdio: 'ignore',
  });
  server = await serveStatic(outDir);
  browser = await launchBrowser();
  // The newsroom's time zone: the date fields write the browser's offset (+07:00).
  page = await (await browser.newContext({ timezoneId: 'Asia/Jakarta' })).newPage();
  await page.route('http://localhost:8081/**', async (route) => {
    const response = await route.fetch({ url: route.request().url().replace('localhost:8081', `127.0.0.1:${decapPort}`) });
    await route.fulfill({ response });
  });
  // decap-server needs no account: "Login" once, and the desk remembers it (localStorage).
  await page.goto(`${server.url}/admin/`);
  await page.getByRole('button', { name: 'Login' }).click({ timeout: 60_000 });
  await page.getByText('Dapat Surat Cinta', { exact: false }).first().waitFor({ timeout: 60_000 });
}, 300_000);

afterAll(async () => {
  await browser?.close();
  decap?.kill();
  await server?.close();
});

const readOrEmpty = (file: string) => {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
};

async function publish(file: string, before: string) {
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await page.getByText('Publish now').click();
  await expect.poll(() => readOrEmpty(file), { timeout: 30_000 }).not.toBe(before);
  // A new entry's editor then moves to the entry's own address; leaving before it does lands
  // the next page on the new entry instead.
  await page.waitForURL((url) => !url.hash.endsWith('/new'), { timeout: 30_000 });
}

/** Opens a desk address afresh: Decap keeps the last entry's state across a change of the hash alone. */
async function open(hash: string) {
  await page.goto(`${server.url}/admin/${hash}`);
  await page.reload();
}

/** Opens a new story and fills the fields every story has: headline, summary, publication time and section; returns the headline's field. */
async function startStory(story: { title: string; description: string }, published: string): Promise<Locator> {
  await open('#/collections/stories/new');
  const title = page.getByLabel('Judul', { exact: true });
  await title.waitFor({ timeout: 60_000 });
  await title.fill(story.title);
  await page.getByLabel('Ringkasan', { exact: true }).fill(story.description);
  await page.getByLabel('Tanggal terbit').fill(published);
  await page.getByLabel('Rubrik', { exact: true }).fill('Ekonomi');
  return title;
}

/**
 * With WARTA_DESK_SCREENSHOTS=<folder>, the test saves what the desk shows at each step
 * (docs/editors.md shows them); otherwise it takes none.
 */
async function screenshot(name: string) {
  const folder = process.env.WARTA_DESK_SCREENSHOTS;
  if (folder) await page.screenshot({ path: join(folder, `desk-${name}.png`) });
}

/** Picks an option of a relation field (a react-select): type, then choose the option shown. */
async function choose(label: string, typed: string, option: string) {
  await page.getByLabel(label).click();
  await page.keyboard.type(typed);
  await page.getByText(option, { exact: true }).last().click({ timeout: 30_000 });
}

/** What the preview template makes (src/admin/desk.ts); a payload that became HTML would add others. */
const PREVIEW_ELEMENTS = new Set(['header', 'p', 'h1', 'h2', 'div', 'figure', 'figcaption', 'span', 'section']);

/** Set by the payloads of this test that would run: a flag and a console line. */
const FLAG = 'desk-hacked';
const SET_FLAG = `window.__deskHacked=1;console.log('${FLAG}')`;
const FLAG_PAYLOADS = [`<img src=x onerror="${SET_FLAG}">`, `<script>${SET_FLAG}</script>`, `<svg onload="${SET_FLAG}"></svg>`, `[x](javascript:${SET_FLAG})`];

/** Words of a test, not news: nothing here stands for a real event, picture or person. */
const NEW_STORY = {
  title: 'Uji meja redaksi: berita baru',
  slug: 'uji-meja-redaksi-berita-baru',
  description: 'Berita uji yang dibuat lewat meja redaksi.',
  caption: 'Keterangan gambar uji',
  alt: 'Gambar uji abu-abu',
  credit: 'Sumber gambar uji',
  correction: 'Ralat uji: angka di paragraf kedua diperbaiki.',
  source: 'Sumber uji',
};

const LIVE_STORY = {
  title: 'Uji liputan langsung dari meja redaksi',
  slug: 'uji-liputan-langsung-dari-meja-redaksi',
  description: 'Liputan langsung uji yang dibuat lewat meja redaksi.',
  updateTitle: 'Kabar uji pertama',
  updateBody: 'Isi kabar uji.',
};

describe('the editors’ desk', () => {
  it('saves the seed story with its body byte for byte and a front matter the schema reads', async () => {
    const file = join(repo, SEED);
    const original = readFileSync(file, 'utf8');
    await open('#/collections/stories');
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

  it('creates a story with a figure, a correction and a byline from the profiles, which the build publishes', async () => {
    const title = await startStory(NEW_STORY, '2024-03-01T08:00');
    await page.getByLabel('Terakhir diperbarui').fill('2024-03-02T09:30');
    await page.getByLabel('Topik').fill('Uji');
    await choose('Penulis', 'Ayu', AUTHOR);
    await page.getByRole('button', { name: 'Add ralat' }).click();
    await page.getByLabel('Tanggal ralat').fill('2024-03-02T09:30');
    await page.getByLabel('Isi ralat').fill(NEW_STORY.correction);
    await page.getByRole('button', { name: 'Add sumber' }).click();
    await page.getByLabel('Nama sumber').fill(NEW_STORY.source);
    // Further reading by title alone: the build links the site's story of that title (the seed, as the first test left it).
    const seedTitle = parseArticle(readFileSync(join(repo, SEED), 'utf8'), SEED, 'seed', { timeZone: 'Asia/Jakarta' }).data.title;
    await page.getByRole('button', { name: 'Add baca juga' }).click();
    await page.getByLabel('Judul artikel').fill(seedTitle);
    await page.locator('[id^="partial-field-"]').click();
    // The figure through its editor component, not typed as a directive. Its caption and credit
    // fields share their labels with the lead image's, which come first in the form.
    await page.getByTitle('Add Component').click();
    await page.getByText('Gambar', { exact: true }).click();
    await page.getByLabel('Sumber gambar').last().fill(NEW_STORY.credit);
    await page.getByLabel('Keterangan gambar').last().fill(NEW_STORY.caption);
    await page.getByLabel('Teks alternatif').last().fill(NEW_STORY.alt);
    // A picture uploaded through Decap's media library: a grey test image the test makes.
    const picture = join(repo, PICTURE);
    writeFileSync(picture, makePng(64, 48));
    await page.getByRole('button', { name: 'Choose an image' }).last().click();
    await page.locator('input[type="file"]').setInputFiles(picture);
    await page.getByRole('button', { name: /choose selected/i }).click({ timeout: 30_000 });
    // The preview is the article page's markup in the site's own stylesheet.
    const preview = page.frameLocator('#preview-pane');
    await expect.poll(() => preview.locator('.figure .figure-credit').textContent(), { timeout: 30_000 }).toBe(NEW_STORY.credit);
    expect(await preview.locator('.figure .figure-caption').textContent()).toBe(NEW_STORY.caption);
    expect(await preview.locator('link[rel="stylesheet"]').getAttribute('href')).toBe(`${server.url}/admin/preview.css`);
    // 800 is the site's headline weight (src/styles/global.css); a browser's own h1 is 700.
    expect(await preview.locator('.headline').evaluate((element) => getComputedStyle(element).fontWeight)).toBe('800');
    expect(await preview.locator('.kicker').textContent()).toBe('Ekonomi');
    await screenshot('figure');
    await page.getByRole('button', { name: 'Add ralat' }).scrollIntoViewIfNeeded();
    await screenshot('correction');
    await title.scrollIntoViewIfNeeded();
    await screenshot('new-story');

    const file = join(repo, 'content/articles', NEW_STORY.slug, 'index.md');
    await publish(file, '');
    const saved = readFileSync(file, 'utf8');
    expect(bodyOf(saved)).toContain(`:::figure{src="${PICTURE}" alt="${NEW_STORY.alt}" credit="${NEW_STORY.credit}"}\n${NEW_STORY.caption}\n:::`);
    // The picture is saved into the story's bundle folder, beside index.md, byte for byte.
    expect(readFileSync(join(repo, 'content/articles', NEW_STORY.slug, PICTURE))).toEqual(readFileSync(picture));
    const load = createArticleLoader({ lang: 'id', timeZone: 'Asia/Jakarta', base: '/' });
    const articleFile = { slug: NEW_STORY.slug, path: file, relativePath: `${NEW_STORY.slug}/index.md` };
    const article = await load(new TextEncoder().encode(saved), articleFile, `content/articles/${NEW_STORY.slug}/index.md`);
    expect(article.warnings).toEqual([]);
    expect(article.data).toMatchObject({
      title: NEW_STORY.title,
      section: 'Ekonomi',
      tags: ['Uji'],
      authors: [AUTHOR],
      corrections: [{ text: NEW_STORY.correction }],
      sources: [{ name: NEW_STORY.source }],
      related: [{ title: seedTitle }],
      partial: true,
    });
    // Written with the desk's offset, read as the same instants.
    expect(saved).toMatch(/^date: 2024-03-01T08:00:00\+07:00$/m);
    expect(saved).toMatch(/^updated: 2024-03-02T09:30:00\+07:00$/m);
    // Empty optional objects (lead image, publisher, coverage) are left out, not written blank.
    expect(Object.keys(article.data)).not.toContain('coverage');

    // The front page names the new bundle story by its slug (`x`), not Decap's `x/index`.
    const frontPage = join(repo, 'content/front-page.yaml');
    await open('#/collections/settings/entries/front-page');
    await choose('Berita utama', 'Uji meja', NEW_STORY.title);
    await choose('Blok rubrik', 'Eko', 'Ekonomi');
    await screenshot('front-page');
    await publish(frontPage, '');
    const front = frontPageSchema.parse(yaml.load(readFileSync(frontPage, 'utf8')));
    expect(front).toMatchObject({ lead: NEW_STORY.slug, sections: ['Ekonomi'] });
    // And finds it again: the saved slug shows as the story's title when the page is reopened.
    await open('#/collections/settings/entries/front-page');
    await expect.poll(() => page.getByText(NEW_STORY.title, { exact: true }).count(), { timeout: 30_000 }).toBeGreaterThan(0);

    const build = await buildSite({ contentDir: join(repo, 'content') });
    expect(build.exitCode, build.output.slice(-3000)).toBe(0);
    const html = readFileSync(join(build.outDir, 'berita', NEW_STORY.slug, 'index.html'), 'utf8');
    // The figure's caption then its credit, in the figure's caption box.
    expect(html).toMatch(
      new RegExp(`<figcaption>(?:(?!</figcaption>).)*${NEW_STORY.caption}</span><span class="figure-credit">(?:(?!</figcaption>).)*${NEW_STORY.credit}</span></figcaption>`),
    );
    // The uploaded picture is on the page, published from the bundle.
    const img = html.match(/<img[^>]*alt="Gambar uji abu-abu"[^>]*>/)?.[0];
    expect(img).toBeDefined();
    const src = img!.match(/ src="([^"]+)"/)![1]!;
    expect(src).toContain(NEW_STORY.slug);
    expect(existsSync(join(build.outDir, decodeURI(src))), src).toBe(true);
    expect(html).toContain('<h2 id="ralat-title">Ralat</h2>');
    expect(html).toContain(NEW_STORY.correction);
    expect(html).toMatch(/<a href="\/penulis\/ayu-lestari\/" rel="author">Ayu Lestari<\/a>/);
    expect(html).toContain(NEW_STORY.source);
    // "Baca juga" links the seed by its title.
    expect(html.match(/<aside class="related"[^>]*>(?:(?!<\/aside>).)*<\/aside>/s)?.[0]).toContain(`<a href="/berita/${SEED_SLUG}/">`);
    expect(html).toContain('Teks ini belum lengkap');
    // The lead of the home page is the new story, as the desk's front page says.
    expect(readFileSync(join(build.outDir, 'index.html'), 'utf8')).toContain(`/berita/${NEW_STORY.slug}/`);
  }, 240_000);

  it('shows every attack of the corpus typed into the title and the body as text, and runs none of them', async () => {
    const dialogs: string[] = [];
    const consoleLines: string[] = [];
    // Leaving an edited entry asks before unloading; that question is the desk's, not an attack's.
    const onDialog = (dialog: Dialog) => {
      if (dialog.type() !== 'beforeunload') dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      return dialog.dismiss();
    };
    const onConsole = (message: ConsoleMessage) => consoleLines.push(message.text());
    page.on('dialog', onDialog);
    page.on('console', onConsole);
    try {
      const title = attackCorpus.map((attack) => attack.payload.replace(/\n/g, ' ')).join(' ');
      const body = [
        ...attackCorpus.map((attack) => attack.payload),
        ...FLAG_PAYLOADS,
        // A figure block, which the editor shows through its component's own preview.
        `:::figure{credit="${FLAG_PAYLOADS[0]}"}\n${FLAG_PAYLOADS.join(' ')}\n:::`,
      ].join('\n\n');
      await open('#/collections/stories/new');
      await page.getByLabel('Judul', { exact: true }).fill(title, { timeout: 60_000 });
      // The body's Rich Text / Markdown switch: the form's last switch (after partial and draft).
      const markdownMode = page.locator('[role="switch"]').last();
      await markdownMode.click();
      await expect.poll(() => markdownMode.getAttribute('aria-checked')).toBe('true');
      const editor = page.locator('[data-slate-editor="true"]').last();
      await editor.fill(body);
      const preview = page.frameLocator('#preview-pane');
      // Each block of the body as the preview shows it: a paragraph's Markdown, a figure's caption and credit, all as text.
      const shown = previewBlocks(body).map((block) =>
        block.kind === 'figure' ? block.caption + block.credit : block.kind === 'update' ? block.time + block.title + block.body : block.text,
      );
      expect(shown.length).toBeGreaterThan(attackCorpus.length / 2);
      await expect.poll(() => preview.locator('.article-body > *').allTextContents(), { timeout: 30_000 }).toEqual(shown);
      expect(await preview.locator('.headline').textContent()).toBe(title);
      // Back to the rich text editor: Decap parses the Markdown, HTML and figure included, into its editor.
      await markdownMode.click();
      // The rich text editor's switch carries no aria-checked at all.
      await expect.poll(() => markdownMode.getAttribute('aria-checked')).not.toBe('true');
      await page.waitForTimeout(1_000);
      expect(await preview.locator('.headline').textContent()).toBe(title);

      for (const frame of page.frames()) {
        const found = await frame.evaluate(() => ({
          flag: (window as unknown as Record<string, unknown>).__deskHacked,
          handlers: [...document.querySelectorAll('*')].flatMap((element) =>
            [...element.attributes].filter((attribute) => /^on/i.test(attribute.name)).map((attribute) => `${element.tagName} ${attribute.name}`),
          ),
          inlineScripts: document.querySelectorAll('script:not([src])').length,
          scriptUrls: document.querySelectorAll('[href^="javascript:" i], [src^="javascript:" i]').length,
        }));
        expect(found, frame.url()).toEqual({ flag: undefined, handlers: [], inlineScripts: 0, scriptUrls: 0 });
      }
      // The preview holds the template's elements only: every payload in it is text.
      const tags = await preview.locator('article *').evaluateAll((elements) => [...new Set(elements.map((element) => element.tagName.toLowerCase()))]);
      expect(tags.filter((tag) => !PREVIEW_ELEMENTS.has(tag))).toEqual([]);
      expect(dialogs).toEqual([]);
      expect(consoleLines.filter((line) => line.includes(FLAG))).toEqual([]);
    } finally {
      page.off('dialog', onDialog);
      page.off('console', onConsole);
    }
  }, 240_000);

  it('runs live coverage, kept as a draft: a timestamped update through its editor component, then the end of the coverage', async () => {
    await startStory(LIVE_STORY, '2024-03-10T06:00');
    await page.getByLabel('Jenis artikel').click();
    await page.getByRole('option', { name: 'Liputan langsung' }).click();
    await page.locator('[id^="coverage-field-"] [data-testid="expand-button"]').click();
    await page.getByLabel('Mulai').fill('2024-03-10T06:00');
    await page.getByLabel('Selesai').fill('2024-03-10T20:00');
    // Kept as a draft: saved, never built into the production site.
    await page.locator('[id^="draft-field-"]').click();
    await page.getByTitle('Add Component').click();
    await page.getByText('Kabar terbaru', { exact: true }).click();
    await page.getByLabel('Waktu kabar').fill('2024-03-10T06:15');
    await page.getByLabel('Judul kabar').fill(LIVE_STORY.updateTitle);
    await page.getByLabel('Isi kabar').fill(LIVE_STORY.updateBody);

    const file = join(repo, 'content/articles', LIVE_STORY.slug, 'index.md');
    await publish(file, '');
    const saved = readFileSync(file, 'utf8');
    expect(bodyOf(saved)).toContain(`:::update{time="2024-03-10T06:15:00+07:00" title="${LIVE_STORY.updateTitle}"}\n${LIVE_STORY.updateBody}\n:::`);
    expect(saved).toMatch(/^coverage:\n {2}start: 2024-03-10T06:00:00\+07:00\n {2}end: 2024-03-10T20:00:00\+07:00$/m);
    const load = createArticleLoader({ lang: 'id', timeZone: 'Asia/Jakarta', base: '/' });
    const article = await load(new TextEncoder().encode(saved), { slug: LIVE_STORY.slug, path: file, relativePath: `${LIVE_STORY.slug}/index.md` }, 'live');
    expect(article.warnings).toEqual([]);
    expect(article.data).toMatchObject({ kind: 'langsung', draft: true });
    expect(article.data.liveUpdates?.map((update) => update.title)).toEqual([LIVE_STORY.updateTitle]);
  }, 240_000);

  it("edits an author profile: its role, and a new picture uploaded into the profile's bundle", async () => {
    const file = join(repo, 'content/authors/budi-santoso/index.md');
    const original = readFileSync(file, 'utf8');
    await open('#/collections/authors/entries/budi-santoso/index');
    const role = page.getByLabel('Jabatan');
    await role.waitFor({ timeout: 60_000 });
    const roleBefore = await role.inputValue();
    await role.press('End');
    await role.pressSequentially(' x');
    const picture = join(repo, 'foto-baru.png');
    writeFileSync(picture, makePng(300, 300));
    await page.getByRole('button', { name: 'Choose different image' }).click();
    await page.locator('input[type="file"]').setInputFiles(picture);
    await page.getByRole('button', { name: /choose selected/i }).click({ timeout: 30_000 });
    await publish(file, original);

    const saved = readFileSync(file, 'utf8');
    // The bio, raw HTML and all, is not rewritten.
    expect(bodyOf(saved)).toBe(bodyOf(original));
    expect(saved).toMatch(/^image: foto-baru\.png$/m);
    expect(readFileSync(join(repo, 'content/authors/budi-santoso/foto-baru.png'))).toEqual(readFileSync(picture));
    const render = createMarkdownRenderer({ labels: renderLabels(createTranslator('id')), locale: 'id', timeZone: 'Asia/Jakarta' });
    const author = await loadAuthor(
      new TextEncoder().encode(saved),
      { slug: 'budi-santoso', path: file, relativePath: 'budi-santoso/index.md' },
      { displayPath: 'budi', render, mediaUrl: createRoutes('/').media },
    );
    // No warning: the picture the profile names is in its bundle.
    expect(author.warnings).toEqual([]);
    expect(author.data.role).toBe(`${roleBefore} x`);
    expect(author.data.picture).toBeDefined();
  }, 240_000);
});
