/**
 * The pages around the articles on a 45-article site: listings and their pagination,
 * sections, topics, the archive, article navigation, drafts and scheduled stories, search,
 * feeds, sitemaps and metadata, all read in Chromium or parsed as a feed reader would.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectGarbage } from '../support/browser.ts';
import type { BuildResult } from '../support/build-site.ts';
import { openBuiltSite, type BuiltSite } from '../support/built-site.ts';
import { generateSite } from '../support/generated-site.ts';
import { EDITOR_PAGES } from '../support/page-types.ts';
import { SEED_SLUG } from '../support/seed.ts';
import { readSitemaps } from '../support/sitemaps.ts';
import type { StaticServer } from '../support/static-server.ts';

// 65 stories, 10 a page: the home page's own 15 and pages 5 to 1; 23 in Dunia: its own 13 and page 1.
const COPIES = 62;
const PAGE_SIZE = 10;
// Fewer cards than stories, so that both kinds of preview picture are built.
const OWN_CARDS = 40;
// Search index partitions of at most 25 stories, so that a search has to merge several.
const SEARCH_SHARD_PAGES = 25;
const NOW = '2023-02-01T18:00:00Z'; // 2 February, 01:00 in Jakarta
const frontMatter = (title: string, date: string, more = '') => `---\ntitle: ${title}\ndescription: Uji.\ndate: ${date}\nsection: Dunia\n${more}---\n\nIsi.\n`;

let site: BuiltSite;
let build: BuildResult;
let server: StaticServer;
let browser: Browser;
let page: Page;
let slugs: string[];

beforeAll(async () => {
  const generated = generateSite(COPIES, {
    'draf.md': frontMatter('Draf Rahasia', '2023-01-15', 'draft: true\n'),
    // Midnight on 2 February in Jakarta: already published at NOW, though UTC still says 1 February.
    'terbit-dini-hari.md': frontMatter('Terbit Dini Hari', '2023-02-02'),
    'terjadwal.md': frontMatter('Berita Terjadwal', '2023-02-03'),
    'in-english.md': frontMatter('A Story in English', '2022-06-01', 'lang: en\nsources: [{ name: Reuters }]\nrelated: [{ title: Elsewhere }]\n').replace(
      'Isi.',
      ':::figure{credit="Reuters"}\nA caption.\n:::',
    ),
  });
  slugs = [...generated.slugs, 'terbit-dini-hari', 'in-english'];
  site = await openBuiltSite({
    contentDir: generated.contentDir,
    env: {
      WARTA_NOW: NOW,
      TZ: 'America/Los_Angeles',
      WARTA_SOCIAL_CARDS: String(OWN_CARDS),
      WARTA_SEARCH_SHARD_PAGES: String(SEARCH_SHARD_PAGES),
      WARTA_PAGE_SIZE: String(PAGE_SIZE),
    },
  });
  ({ build, server, browser, page } = site);
});

afterAll(() => site?.close());

const open = async (path: string) => {
  const response = await page.goto(`${server.url}${path}`);
  return response?.status();
};
/** The reader pages built: every HTML file but the editors' desk, which has its own tests (tests/e2e/desk-pages.test.ts). */
const htmlFiles = (): string[] =>
  readdirSync(build.outDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => `/${relative(build.outDir, join(build.outDir, file)).replace(/index\.html$/, '')}`)
    .filter((path) => !EDITOR_PAGES.some((page) => page.test(path)));

describe('the home page', () => {
  it('leads with the newest story, then the rest of its own page’s 15, and links to the highest page', async () => {
    expect(await open('/')).toBe(200);
    expect(await page.locator('.lead-story .story-title').innerText()).toBe('Terbit Dini Hari');
    // The front page arranges the newest 10 + 65 mod 10; section blocks repeat some of them.
    expect(slugs).toHaveLength(65);
    expect(await page.locator('.lead-story .story, .front-beside .story, .front-latest .story').count()).toBe(15);
    expect(await page.locator('a[rel="next"]').innerText()).toContain('Berikutnya');
    expect(await page.locator('.pagination__status').innerText()).toBe('Terbaru');
    expect(await page.locator('head link[rel="next"]').getAttribute('href')).toBe('/halaman/5/');
  });

  it('continues on full pages numbered from the oldest, 5 down to 1, with "Sebelumnya", page 1 without "Berikutnya"', async () => {
    expect(await open('/halaman/5/')).toBe(200);
    expect(await page.locator('.story').count()).toBe(PAGE_SIZE);
    expect(await page.locator('a[rel="prev"]').getAttribute('href')).toBe('/');
    expect(await page.locator('a[rel="next"]').getAttribute('href')).toBe('/halaman/4/');
    // No "of N": the total grows, and the page must not change with it.
    expect(await page.locator('.pagination__status').innerText()).toBe('Halaman 5');
    expect(await page.locator('h1').innerText()).toBe('Terbaru (Halaman 5)');
    expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe('https://warta.example/halaman/5/');
    expect(await open('/halaman/1/')).toBe(200);
    expect(await page.locator('.story').count()).toBe(PAGE_SIZE);
    expect(await page.locator('a[rel="prev"]').getAttribute('href')).toBe('/halaman/2/');
    expect(await page.locator('a[rel="next"]').count()).toBe(0);
    expect(await open('/halaman/6/')).toBe(404);
  });

  it('walks every story once, newest first, by following "Berikutnya" from the home page', async () => {
    const dates: number[] = [];
    const titlesSeen: string[] = [];
    const next = page.locator('head link[rel="next"]');
    for (let href: string | null = '/'; href; href = (await next.count()) > 0 ? await next.getAttribute('href') : null) {
      await open(href);
      for (const story of await page.locator('.story:not(.front-section *)').all()) {
        titlesSeen.push(await story.locator('.story-title').innerText());
        dates.push(Date.parse((await story.locator('time').first().getAttribute('datetime'))!));
      }
    }
    expect(titlesSeen).toHaveLength(slugs.length);
    expect(new Set(titlesSeen).size).toBe(slugs.length);
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
  });
});

describe('drafts and scheduled stories', () => {
  it('never reach the production build, in any machine time zone', () => {
    expect(existsSync(join(build.outDir, 'berita/draf'))).toBe(false);
    expect(existsSync(join(build.outDir, 'berita/terjadwal'))).toBe(false);
    expect(existsSync(join(build.outDir, 'berita/terbit-dini-hari'))).toBe(true);
    const everything = htmlFiles()
      .map((path) => readFileSync(join(build.outDir, path, path.endsWith('/') ? 'index.html' : ''), 'utf8'))
      .join('');
    expect(everything).not.toContain('Draf Rahasia');
    expect(everything).not.toContain('Berita Terjadwal');
  });
});

describe('sections, topics and the archive', () => {
  it('lists a section, paginated, with its own feeds advertised', async () => {
    expect(await open('/rubrik/dunia/')).toBe(200);
    expect(await page.locator('h1').innerText()).toBe('Rubrik Dunia');
    expect(await page.locator('.story').count()).toBe(13);
    expect(await page.locator('head link[rel="alternate"][href="/rubrik/dunia/rss.xml"]').count()).toBe(1);
    expect(await page.locator('head link[rel="next"]').getAttribute('href')).toBe('/rubrik/dunia/halaman/1/');
    expect(await open('/rubrik/dunia/halaman/1/')).toBe(200);
    expect(await page.locator('.story').count()).toBe(PAGE_SIZE);
    expect(await page.locator('a[rel="prev"]').getAttribute('href')).toBe('/rubrik/dunia/');
    expect(await open('/rubrik/dunia/halaman/2/')).toBe(404);
    expect(await open('/rubrik/')).toBe(200);
    expect(await page.locator('.topic-index a').allInnerTexts()).toEqual(['Dunia', 'Ekonomi', 'Nasional']);
  });

  it('lists a topic and every topic', async () => {
    expect(await open('/topik/rusia/')).toBe(200);
    expect(await page.locator('h1').innerText()).toBe('Topik: Rusia');
    expect(await open('/topik/')).toBe(200);
    expect(await page.locator('.topic-index a', { hasText: 'Topik 3' }).getAttribute('href')).toBe('/topik/topik-3/');
  });

  it('files stories by month in Jakarta time', async () => {
    expect(await open('/arsip/')).toBe(200);
    expect(await page.locator('.topic-index a').allInnerTexts()).toEqual(['Februari 2023', 'Januari 2023', 'Desember 2022', 'November 2022', 'Juni 2022']);
    expect(await open('/arsip/2023/02/')).toBe(200);
    expect(await page.locator('.story-title').allInnerTexts()).toEqual(['Terbit Dini Hari', 'Dapat Surat Cinta, Menlu Rusia Bongkar Isi Pesan Dari Menlu AS']);
  });
});

describe('an article page', () => {
  beforeAll(async () => {
    await open(`/berita/${SEED_SLUG}/`);
  });

  it('shows breadcrumbs from the site to its section', async () => {
    expect(await page.locator('.breadcrumbs a').allInnerTexts()).toEqual(['Warta', 'Dunia']);
    expect(await page.locator('.breadcrumbs a').nth(1).getAttribute('href')).toBe('/rubrik/dunia/');
  });

  it('links its topics to their pages', async () => {
    expect(await page.locator('.tag-list a', { hasText: 'Rusia' }).first().getAttribute('href')).toBe('/topik/rusia/');
  });

  it('offers up to four related stories by shared topics, then section', async () => {
    const titles = await page.locator('.more-stories .story-title').allInnerTexts();
    expect(titles).toHaveLength(4);
    expect(titles.every((title) => title.startsWith('Salinan'))).toBe(true);
  });

  it('links the previous and next story in its section', async () => {
    expect(await page.locator('.section-neighbours a[rel="next"]').getAttribute('href')).toBe('/berita/terbit-dini-hari/');
    expect(await page.locator('.section-neighbours a[rel="prev"]').getAttribute('href')).toMatch(/^\/berita\/salinan-\d+\/$/);
  });
});

describe('an article in English', () => {
  it('sets its page’s language, and the page speaks it', async () => {
    await open('/berita/in-english/');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.locator('.dateline').innerText()).toContain('Published Wednesday, June 1, 2022');
    expect(await page.locator('#sumber').innerText()).toMatch(/^sources$/i);
    expect(await page.locator('#baca-juga').innerText()).toMatch(/^read also$/i);
    expect(await page.locator('figcaption').textContent()).toBe('Image caption, A caption.Image source, Reuters');
    expect(await page.locator('.skip-link').innerText()).toBe('Skip to content');
  });
});

describe('search', () => {
  it('indexes each year apart, a year too large in runs, and one search reads the newest and the oldest', async () => {
    // 2023 and 2022 each hold more than 25 stories: each is cut into a run of 25 and the rest.
    expect(JSON.parse(readFileSync(join(build.outDir, 'pagefind', 'warta-shards.json'), 'utf8'))).toEqual(['2023-1/', '2022-2/', '2022-1/']);
    const firstHit = async (query: string) => {
      await open(`/cari/?q=${encodeURIComponent(query)}`);
      const hit = page.locator('.search-results li a').first();
      await hit.waitFor({ timeout: 10_000 });
      return hit.getAttribute('href');
    };
    // In the bundle itself (2023's last run), in 2023's first run, in 2022's first run.
    expect(await firstHit('Terbit Dini Hari')).toBe('/berita/terbit-dini-hari/');
    expect(await firstHit('Salinan 17')).toBe('/berita/salinan-17/');
    expect(await firstHit('Salinan 62')).toBe('/berita/salinan-62/');
  });

  it('says how many stories match, lists 20, and adds 20 at a time with the focus on the first new one', async () => {
    // What went wrong in the page, for the message should a batch never show.
    const troubles: string[] = [];
    page.on('console', (message) => message.type() === 'error' && troubles.push(`console: ${message.text()}`));
    page.on('pageerror', (error) => troubles.push(`page error: ${error.message}`));
    page.on('requestfailed', (request) => troubles.push(`failed: ${request.url()} ${request.failure()?.errorText}`));
    page.on('response', (response) => response.status() >= 400 && troubles.push(`${response.status()}: ${response.url()}`));
    await open('/cari/?q=Lavrov');
    const status = page.locator('[data-search-status]');
    await status.filter({ hasText: 'berita ditemukan' }).waitFor({ timeout: 20_000 });
    // Every copy of the seed quotes him: the seed and its 62 copies, more than one batch.
    expect(await status.innerText()).toBe(`${COPIES + 1} berita ditemukan.`);
    expect(await status.getAttribute('role')).toBe('status');
    const results = page.locator('.search-results li');
    expect(await results.count()).toBe(20);
    const more = page.getByRole('button', { name: 'Tampilkan lebih banyak' });
    for (const [index, shown] of [40, 60, COPIES + 1].entries()) {
      const before = await results.count();
      // A reader's tab collects garbage between presses; the results not listed yet must outlive it.
      await collectGarbage(page);
      // Once by mouse, then by keyboard, as a reader tabbing through the list would.
      if (index === 0) await more.click();
      else {
        // The button is disabled while a batch loads and enabled just after its results show; a disabled button takes no focus.
        await page.waitForFunction(() => document.querySelector<HTMLButtonElement>('[data-search-more] button')?.disabled === false, undefined, { timeout: 20_000 });
        await more.focus();
        // Enter on anything else (the link that took the focus last time) would leave the page.
        expect(await page.evaluate(() => document.activeElement?.closest('[data-search-more]') !== null)).toBe(true);
        await page.keyboard.press('Enter');
      }
      // A batch that never shows was, once, results whose data Pagefind had freed (src/browser/partitioned-search.ts).
      await page
        .waitForFunction((count) => document.querySelectorAll('.search-results li').length === count, shown, { timeout: 20_000 })
        .catch(async (error: unknown) => {
          const inPage = await page.evaluate(() => ({
            url: location.href,
            listed: document.querySelectorAll('.search-results li').length,
            active: document.activeElement?.outerHTML.slice(0, 120),
            disabled: document.querySelector<HTMLButtonElement>('[data-search-more] button')?.disabled,
            status: document.querySelector('[data-search-status]')?.textContent,
          }));
          const state = { ...inPage, troubles };
          throw new Error(`batch ${index + 1} never showed ${shown} results: ${JSON.stringify(state)}`, { cause: error });
        });
      const focus = await page.evaluate(() => {
        const active = document.activeElement;
        return { tag: active?.tagName, item: active ? [...document.querySelectorAll('.search-results li')].indexOf(active.closest('li')!) : -1 };
      });
      expect(focus).toEqual({ tag: 'A', item: before });
    }
    expect(await more.isVisible()).toBe(false);
    const links = await page.locator('.search-results li a').evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
    expect(new Set(links).size).toBe(COPIES + 1);
    // The count stayed put: it is what was found, not what is shown.
    expect(await status.innerText()).toBe(`${COPIES + 1} berita ditemukan.`);
  });

  it('quotes the story in its excerpts, never the dateline, the section label or the notices', async () => {
    await open('/cari/?q=Lavrov');
    await page.locator('.search-results li').nth(19).waitFor({ timeout: 10_000 });
    const excerpts = await page.locator('.search-results li p').allInnerTexts();
    expect(excerpts).toHaveLength(20);
    for (const excerpt of excerpts) {
      expect(excerpt).toContain('Lavrov');
      expect(excerpt).not.toMatch(/Pertama kali terbit|Terbit (Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu)|menit baca|Teks ini belum lengkap/);
    }
    // What the dateline alone says finds nothing: the publishing date and the reading time.
    await open('/cari/?q=menit%20baca');
    await page.locator('[data-search-status]').filter({ hasText: 'Tidak ada berita yang cocok.' }).waitFor({ timeout: 10_000 });
  });

  it('finds a story by its headline, and keeps the query in the address', async () => {
    expect(await open('/cari/')).toBe(200);
    await page.getByLabel('Kata kunci').fill('Terbit Dini Hari');
    await page.getByRole('button', { name: 'Cari' }).click();
    await page.locator('.search-results li a').first().waitFor({ timeout: 10_000 });
    expect(await page.locator('.search-results li a').first().getAttribute('href')).toBe('/berita/terbit-dini-hari/');
    expect(new URL(page.url()).search).toBe('?q=Terbit%20Dini%20Hari');
  });

  it('says so when nothing matches', async () => {
    await open('/cari/?q=zzyzx');
    await page.locator('[data-search-status]', { hasText: 'Tidak ada berita yang cocok.' }).waitFor({ timeout: 10_000 });
    expect(await page.locator('.search-results li').count()).toBe(0);
  });

  it('tells a reader without JavaScript how to browse instead', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const noScript = await context.newPage();
    await noScript.goto(`${server.url}/cari/`);
    expect(await noScript.locator('[data-search-browse]').innerText()).toContain('Pencarian memerlukan JavaScript');
    expect(await noScript.locator('[data-search-browse] a').evaluateAll((links) => links.map((link) => link.getAttribute('href')))).toEqual(['/rubrik/', '/topik/', '/arsip/']);
    expect(await noScript.locator('form[data-search-form]').isVisible()).toBe(false);
    await context.close();
  });

  it('loads script only on the search page', () => {
    for (const path of htmlFiles()) {
      const html = readFileSync(join(build.outDir, path, path.endsWith('/') ? 'index.html' : ''), 'utf8');
      const scripts = html.match(/<script(?![^>]*application\/ld\+json)[^>]*>/g) ?? [];
      expect(scripts.length, path).toBe(path === '/cari/' ? 1 : 0);
    }
  });
});

describe('feeds', () => {
  const read = (path: string) => readFileSync(join(build.outDir, path), 'utf8');
  const itemLinks = (xml: string) => [...xml.matchAll(/<item>[\s\S]*?<link>([^<]+)<\/link>/g)].map((match) => match[1]);

  it('publishes RSS 2.0 and JSON Feed 1.1 for the site, newest first, full text with captions', () => {
    const rss = read('rss.xml');
    expect(rss).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?><rss version="2.0"/);
    expect(itemLinks(rss)[0]).toBe('https://warta.example/berita/terbit-dini-hari/');
    expect(rss).toContain('<language>id</language>');
    const seedItem = rss.slice(rss.indexOf(`/berita/${SEED_SLUG}/</link>`));
    expect(seedItem.slice(0, seedItem.indexOf('</item>'))).toContain('AP-Yonhap');
    const json = JSON.parse(read('feed.json'));
    expect(json.version).toBe('https://jsonfeed.org/version/1.1');
    expect(json.items.map((item: { url: string }) => item.url)).toEqual(itemLinks(rss));
  });

  it('lists every article across the section feeds', () => {
    const sections = ['dunia', 'ekonomi', 'nasional'];
    const listed = sections.flatMap((section) => itemLinks(read(`rubrik/${section}/rss.xml`)));
    expect(listed.sort()).toEqual(slugs.map((slug) => `https://warta.example/berita/${slug}/`).sort());
    for (const section of sections) expect(JSON.parse(read(`rubrik/${section}/feed.json`)).items.length).toBeGreaterThan(0);
  });

  it('is advertised on every page', async () => {
    for (const path of ['/', `/berita/${SEED_SLUG}/`, '/topik/rusia/', '/arsip/']) {
      await open(path);
      expect(await page.locator('head link[rel="alternate"][type="application/rss+xml"][href="/rss.xml"]').count(), path).toBe(1);
      expect(await page.locator('head link[rel="alternate"][type="application/feed+json"][href="/feed.json"]').count(), path).toBe(1);
    }
  });
});

describe('sitemaps and robots.txt', () => {
  it('lists every indexable page in the sitemap, named by robots.txt', () => {
    const robots = readFileSync(join(build.outDir, 'robots.txt'), 'utf8');
    expect(robots).toContain('Sitemap: https://warta.example/sitemap-index.xml');
    const { files, pages } = readSitemaps(build.outDir);
    // Each page once, in exactly one file, and no file that the index does not name.
    const listed = pages.map(({ loc }) => loc.replace(/^https:\/\/warta\.example/, ''));
    const built = htmlFiles().filter((path) => path !== '/404.html' && path !== '/cari/');
    expect(listed.sort()).toEqual(built.sort());
    expect(
      readdirSync(build.outDir)
        .filter((file) => /^sitemap-.*\.xml$/.test(file) && file !== 'sitemap-index.xml')
        .sort(),
    ).toEqual([...files].sort());
    // Articles by year of publication in the site's zone, with a date; listings by kind, without.
    expect(files).toEqual([
      'sitemap-berita-2022.xml',
      'sitemap-berita-2023.xml',
      'sitemap-halaman.xml',
      'sitemap-arsip.xml',
      'sitemap-rubrik.xml',
      'sitemap-topik.xml',
      'sitemap-penulis.xml',
    ]);
    const fileOf = (slug: string) => pages.find((page) => page.loc === `https://warta.example/berita/${slug}/`)?.file;
    expect([fileOf('salinan-30'), fileOf('salinan-31')]).toEqual(['sitemap-berita-2023.xml', 'sitemap-berita-2022.xml']);
    for (const page of pages) expect([page.file.startsWith('sitemap-berita-'), page.lastmod !== undefined], page.loc).toEqual(Array(2).fill(page.loc.includes('/berita/')));
  });

  it('lists the stories of the last two days in the Google News sitemap', () => {
    const news = readFileSync(join(build.outDir, 'news-sitemap.xml'), 'utf8');
    const listed = [...news.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]);
    // salinan-1 is dated 30 January: two days and an hour before the build.
    expect(listed).toEqual(['https://warta.example/berita/terbit-dini-hari/', `https://warta.example/berita/${SEED_SLUG}/`]);
    expect(news).toContain('<news:name>Warta</news:name><news:language>id</news:language>');
  });
});

describe('metadata', () => {
  it('gives every page a title, description, absolute canonical URL and social tags', async () => {
    for (const path of htmlFiles().filter((path) => path !== '/404.html')) {
      const html = readFileSync(join(build.outDir, path, path.endsWith('/') ? 'index.html' : ''), 'utf8');
      for (const pattern of [
        /<title>[^<]+<\/title>/,
        /<meta name="description" content="[^"]+"/,
        /<link rel="canonical" href="https:\/\/warta\.example\//,
        /<meta property="og:title"/,
        /<meta property="og:url" content="https:/,
        /<meta name="twitter:card"/,
      ]) {
        expect(html, `${path} ${pattern}`).toMatch(pattern);
      }
    }
  });

  it('describes articles with article:published_time, section and tags, and a social card image', async () => {
    await open(`/berita/${SEED_SLUG}/`);
    expect(await page.locator('meta[property="article:published_time"]').getAttribute('content')).toBe('2023-02-01T00:00:00+07:00');
    expect(await page.locator('meta[property="article:section"]').getAttribute('content')).toBe('Dunia');
    expect(await page.locator('meta[property="article:tag"]').count()).toBe(14);
    expect(await page.locator('meta[property="og:image"]').getAttribute('content')).toBe(`https://warta.example/kartu/${SEED_SLUG}.png`);
  });

  it('gives the newest stories a card of their own and every other page the site card, each one served', async () => {
    const ogImage = (path: string) => readFileSync(join(build.outDir, path, 'index.html'), 'utf8').match(/<meta property="og:image" content="([^"]+)"/)?.[1];
    // The home page lists the stories newest first (its own page's section blocks repeat some).
    const newestFirst: string[] = [];
    for (const listing of ['/', '/halaman/5/', '/halaman/4/', '/halaman/3/', '/halaman/2/', '/halaman/1/']) {
      await open(listing);
      for (const href of await page.locator('.story-title a:not(.front-section *)').evaluateAll((links) => links.map((link) => link.getAttribute('href')!)))
        newestFirst.push(href.split('/')[2]!);
    }
    expect(newestFirst).toHaveLength(slugs.length);
    const pictures = newestFirst.map((slug) => ogImage(`berita/${slug}`));
    expect(pictures.slice(0, OWN_CARDS)).toEqual(newestFirst.slice(0, OWN_CARDS).map((slug) => `https://warta.example/kartu/${slug}.png`));
    expect(new Set(pictures.slice(OWN_CARDS))).toEqual(new Set(['https://warta.example/kartu.png']));
    expect(ogImage('') ?? '').toBe('https://warta.example/kartu.png');
    expect(readdirSync(join(build.outDir, 'kartu')).sort()).toEqual(
      newestFirst
        .slice(0, OWN_CARDS)
        .map((slug) => `${slug}.png`)
        .sort(),
    );
    for (const url of new Set([...pictures, ogImage('rubrik/dunia')])) {
      const response = await fetch(url!.replace('https://warta.example', server.url));
      const png = new Uint8Array(await response.arrayBuffer());
      const view = new DataView(png.buffer);
      expect([response.status, response.headers.get('content-type'), view.getUint32(16), view.getUint32(20)], url).toEqual([200, 'image/png', 1200, 630]);
    }
  });
});
