/**
 * The newsroom fixture site (tests/fixtures/sites/newsroom) in Chromium: kinds of article on
 * pages, cards, feeds and JSON-LD; an updated and corrected story; a live page that is still
 * open and one that has ended. The build moment is fixed, so "open" does not depend on the clock.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBuiltSite, type BuiltSite } from '../support/built-site.ts';
import { copyFixtureSite } from '../support/fixture-site.ts';
import { readSitemaps } from '../support/sitemaps.ts';

// Sunday 10 March 2024, noon in Jakarta: the flood page's coverage is open, the travel page's ended on the 8th.
// The build runs in another zone, so the Jakarta times on the pages cannot come from the machine.
const NOW = '2024-03-10T05:00:00Z';
const SITE = 'https://warta.example';
const OPINION = 'opini-pajak-karbon-untuk-siapa';
const ANALYSIS = 'analisis-mengapa-harga-beras-bertahan-tinggi';
const INTERVIEW = 'wawancara-petani-kopi-dari-lereng-gunung';
const FEATURE = 'feature-perajin-tenun-yang-bertahan';
const CORRECTED = 'ralat-banjir-rendam-tiga-kecamatan';
const LIVE = 'langsung-banjir-ibu-kota';
const ENDED = 'langsung-arus-mudik-hari-pertama';
const AGENCY = 'berita-ekspor-kopi-naik';

let site: BuiltSite;
let page: Page;

beforeAll(async () => {
  site = await openBuiltSite({ contentDir: copyFixtureSite('newsroom'), env: { WARTA_NOW: NOW, TZ: 'America/Los_Angeles' } });
  page = site.page;
});

afterAll(() => site?.close());

const open = async (path: string) => (await page.goto(`${site.server.url}${path}`))?.status();
const article = (slug: string) => open(`/berita/${slug}/`);
const built = (file: string) => readFileSync(join(site.build.outDir, file), 'utf8');

/** The page's structured data, parsed as a search engine would. */
async function jsonLd(): Promise<Record<string, unknown>[]> {
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  return blocks.flatMap((text) => JSON.parse(text) as Record<string, unknown>[]);
}
const articleData = async () => (await jsonLd()).find((item) => item['@type'] !== 'BreadcrumbList')!;

/** The marker a story card shows, by the story's title in the current listing. */
const cardMarker = (title: string) => page.locator('.story', { has: page.getByRole('link', { name: title, exact: true }) }).locator('.kind-label, .live-badge');

describe('kinds of article', () => {
  const kinds = [
    { slug: OPINION, title: 'Pajak Karbon untuk Siapa?', label: 'OPINI', type: 'OpinionNewsArticle', category: 'Opini' },
    { slug: ANALYSIS, title: 'Mengapa Harga Beras Bertahan Tinggi', label: 'ANALISIS', type: 'AnalysisNewsArticle', category: 'Analisis' },
    { slug: INTERVIEW, title: 'Petani Kopi dari Lereng Gunung: Kami Butuh Jalan, Bukan Janji', label: 'WAWANCARA', type: 'ReportageNewsArticle', category: 'Wawancara' },
    { slug: FEATURE, title: 'Perajin Tenun yang Bertahan di Tengah Kain Pabrik', label: 'FEATURE', type: 'ReportageNewsArticle', category: 'Feature' },
  ];

  it('labels each kind on its page and gives its schema.org type', async () => {
    for (const kind of kinds) {
      expect(await article(kind.slug)).toBe(200);
      expect(await page.locator('.article-header .kind-label').innerText(), kind.slug).toBe(kind.label);
      expect((await articleData())['@type'], kind.slug).toBe(kind.type);
    }
  });

  it('sets opinion apart from reporting in the label', async () => {
    await article(OPINION);
    const opinion = await page.locator('.article-header .kind-label').evaluate((element) => getComputedStyle(element).color);
    await article(ANALYSIS);
    expect(await page.locator('.article-header .kind-label').evaluate((element) => getComputedStyle(element).color)).not.toBe(opinion);
  });

  it('leaves a report unlabelled but typed NewsArticle, its agency byline a Person without a url', async () => {
    await article(AGENCY);
    expect(await page.locator('.article-header').locator('.kind-label, .live-badge').count()).toBe(0);
    const data = await articleData();
    expect(data['@type']).toBe('NewsArticle');
    expect(data.author).toEqual([{ '@type': 'Person', name: 'Antara' }]);
  });

  it('shows the label on every story card', async () => {
    await open('/arsip/2024/03/');
    for (const kind of kinds) expect(await cardMarker(kind.title).innerText(), kind.slug).toBe(kind.label);
    expect(await cardMarker('Ekspor Kopi Naik pada Awal Tahun').count()).toBe(0);
    await open('/rubrik/ekonomi/');
    expect(await cardMarker('Pajak Karbon untuk Siapa?').innerText()).toBe('OPINI');
  });

  it('puts the kind in the feeds as a category', () => {
    const feed = JSON.parse(built('feed.json')) as { items: { id: string; tags: string[] }[] };
    const tagsOf = (slug: string) => feed.items.find((item) => item.id === `${SITE}/berita/${slug}/`)!.tags;
    expect(tagsOf(OPINION)).toEqual(['Ekonomi', 'Opini', 'Pajak', 'Energi']);
    expect(tagsOf(AGENCY)).toEqual(['Ekonomi', 'Berita', 'Pertanian']);
    const rss = built('rss.xml');
    const item = rss.slice(rss.indexOf(`<link>${SITE}/berita/${INTERVIEW}/</link>`));
    expect(item.slice(0, item.indexOf('</item>'))).toContain('<category>Wawancara</category>');
  });
});

describe('an updated and corrected story', () => {
  beforeAll(async () => {
    await article(CORRECTED);
  });

  it('says when it was last changed beside the first publication, and links the corrections', async () => {
    const dates = page.locator('.dateline time');
    expect(await dates.nth(0).getAttribute('datetime')).toBe('2024-03-01T08:00:00+07:00');
    // The second correction (3 March) is later than `updated` (2 March): the latest change wins.
    expect(await dates.nth(1).getAttribute('datetime')).toBe('2024-03-03T09:30:00+07:00');
    expect(await page.locator('.dateline').innerText()).toContain('Diperbarui Minggu, 3 Maret 2024 09.30 WIB');
    await page.locator('.dateline a[href="#ralat"]').click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#ralat');
    expect(await page.locator('#ralat').isVisible()).toBe(true);
  });

  it('shows a Ralat notice with each date and correction, as plain text', async () => {
    const notice = page.locator('aside.corrections');
    expect(await notice.locator('h2').innerText()).toBe('RALAT');
    expect(await notice.locator('li').allInnerTexts()).toEqual([
      'Jumat, 1 Maret 2024 15.00 WIB: Versi sebelumnya menyebut 1.200 warga mengungsi; yang benar 2.100 warga.',
      'Minggu, 3 Maret 2024 09.30 WIB: Curah hujan tertulis <50 mm; yang benar lebih dari 150 mm dalam sehari.',
    ]);
    // After the story, before its sources and topics.
    expect(await page.locator('.article-body + aside.corrections + .article-footer').count()).toBe(1);
  });

  it('gives search engines the corrections and the last change', async () => {
    const data = await articleData();
    expect(data.dateModified).toBe('2024-03-03T09:30:00+07:00');
    expect(data.correction).toEqual([
      { '@type': 'CorrectionComment', text: 'Versi sebelumnya menyebut 1.200 warga mengungsi; yang benar 2.100 warga.', datePublished: '2024-03-01T15:00:00+07:00' },
      { '@type': 'CorrectionComment', text: 'Curah hujan tertulis <50 mm; yang benar lebih dari 150 mm dalam sehari.', datePublished: '2024-03-03T09:30:00+07:00' },
    ]);
    expect(await page.locator('meta[property="article:modified_time"]').getAttribute('content')).toBe('2024-03-03T09:30:00+07:00');
  });

  it('dates the feed item and the sitemap entry by the last change, under the same id', () => {
    const feed = JSON.parse(built('feed.json')) as { items: { id: string; date_published: string; date_modified?: string }[] };
    const url = `${SITE}/berita/${CORRECTED}/`;
    expect(feed.items.filter((item) => item.id === url)).toEqual([
      expect.objectContaining({ id: url, date_published: '2024-03-01T08:00:00+07:00', date_modified: '2024-03-03T09:30:00+07:00' }),
    ]);
    expect(feed.items.find((item) => item.id === `${SITE}/berita/${OPINION}/`)).not.toHaveProperty('date_modified');
    const rss = built('rss.xml');
    expect(rss).toContain('xmlns:atom="http://www.w3.org/2005/Atom"');
    expect(rss.match(new RegExp(`<guid isPermaLink="true">${url}</guid>`, 'g'))).toHaveLength(1);
    const item = rss.slice(rss.indexOf(`<guid isPermaLink="true">${url}</guid>`));
    expect(item.slice(0, item.indexOf('</item>'))).toContain('<atom:updated>2024-03-03T09:30:00+07:00</atom:updated>');
    const { pages } = readSitemaps(site.build.outDir);
    expect(pages).toContainEqual({ file: 'sitemap-berita-2024.xml', loc: url, lastmod: '2024-03-03T02:30:00.000Z' });
    expect(pages).toContainEqual({ file: 'sitemap-berita-2024.xml', loc: `${SITE}/berita/${OPINION}/`, lastmod: '2024-03-05T02:00:00.000Z' });
  });
});

describe('a live page', () => {
  beforeAll(async () => {
    await article(LIVE);
  });

  it('shows its updates newest first, each with an anchor and its time in Jakarta', async () => {
    const updates = page.locator('.article-body .live-update');
    expect(await updates.locator('h2 time.live-update-time').allInnerTexts()).toEqual(
      ['11.45', '10.30', '09.05', '07.40', '06.15'].map((clock) => `Minggu, 10 Maret 2024 ${clock} WIB`),
    );
    expect(await updates.locator('time.live-update-time').first().getAttribute('datetime')).toBe('2024-03-10T11:45:00+07:00');
    const ids = await updates.evaluateAll((sections) => sections.map((section) => section.id));
    expect(ids[0]).toBe('user-content-update-20240310t044500z');
    expect(new Set(ids).size).toBe(5);
    expect(await updates.first().locator('h2 .live-update-title').innerText()).toBe('Jumlah pengungsi bertambah');
    // Every update is headed, titled or not, so a screen reader can step from one to the next.
    expect(await updates.locator('h2').count()).toBe(5);
    // The introduction written before the updates stays before them.
    expect(await page.locator('.article-body > p').first().innerText()).toBe('Halaman ini diperbarui sepanjang hari.');
  });

  it('links the titled updates from "Peristiwa penting", and each link lands on its update', async () => {
    const keyEvents = page.locator('nav.live-key-events');
    expect(await page.getByRole('navigation', { name: 'Peristiwa penting' }).count()).toBe(1);
    const links = keyEvents.locator('a');
    expect(await links.allInnerTexts()).toEqual(['Jumlah pengungsi bertambah', 'Dua jalan utama ditutup', 'Air mulai naik di bantaran sungai']);
    for (let index = 0; index < 3; index++) {
      const link = links.nth(index);
      const title = await link.innerText();
      const target = (await link.getAttribute('href'))!.slice(1);
      await link.click();
      await expect.poll(() => page.evaluate(() => location.hash.slice(1))).toBe(target);
      expect(await page.locator(`[id="${target}"] .live-update-title`).innerText()).toBe(title);
      expect(await page.locator(`[id="${target}"]`).isVisible()).toBe(true);
    }
  });

  it('is a LiveBlogPosting with its coverage and one BlogPosting per update', async () => {
    const data = await articleData();
    expect(data).toMatchObject({ '@type': 'LiveBlogPosting', coverageStartTime: '2024-03-10T06:00:00+07:00', dateModified: '2024-03-10T11:45:00+07:00' });
    expect(data).not.toHaveProperty('coverageEndTime');
    const updates = data.liveBlogUpdate as Record<string, string>[];
    expect(updates).toHaveLength(5);
    expect(updates[0]).toEqual({
      '@type': 'BlogPosting',
      headline: 'Jumlah pengungsi bertambah',
      datePublished: '2024-03-10T11:45:00+07:00',
      url: `${SITE}/berita/${LIVE}/#user-content-update-20240310t044500z`,
      articleBody: 'Jumlah pengungsi di posko bertambah menjadi sekitar 800 orang. Bantuan makanan mulai datang.',
    });
    // An untitled update is headed by its own words.
    expect(updates[1]!.headline).toBe('Hujan mereda, tetapi air di pintu air masih berstatus siaga.');
    for (const update of updates) expect(await page.locator(`[id="${update.url!.split('#')[1]}"]`).count()).toBe(1);
  });

  it('shows LANGSUNG on the page and its cards while the coverage is open, and runs no script', async () => {
    expect(await page.locator('.article-header .live-badge').innerText()).toBe('LANGSUNG');
    expect(await page.locator('script:not([type="application/ld+json"])').count()).toBe(0);
    await open('/');
    expect(await cardMarker('Banjir di Ibu Kota: Perkembangan Terkini').innerText()).toBe('LANGSUNG');
    await open('/topik/banjir/');
    expect(await cardMarker('Banjir di Ibu Kota: Perkembangan Terkini').innerText()).toBe('LANGSUNG');
    expect(await cardMarker('Banjir Rendam Tiga Kecamatan').count()).toBe(0);
  });

  it('once ended, is labelled live coverage without the badge and says when it ended', async () => {
    await article(ENDED);
    expect(await page.locator('.article-header .live-badge').count()).toBe(0);
    expect(await page.locator('.article-header .kind-label').innerText()).toBe('LIPUTAN LANGSUNG');
    expect(await page.locator('.live-ended').innerText()).toBe('Liputan langsung ini berakhir Jumat, 8 Maret 2024 20.00 WIB.');
    expect(await page.locator('script:not([type="application/ld+json"])').count()).toBe(0);
    expect(await articleData()).toMatchObject({ '@type': 'LiveBlogPosting', coverageStartTime: '2024-03-08T07:00:00+07:00', coverageEndTime: '2024-03-08T20:00:00+07:00' });
    // One of its two updates has a title: the list holds just that one.
    expect(await page.locator('nav.live-key-events a').allInnerTexts()).toEqual(['Antrean di gerbang tol']);
    await open('/rubrik/nasional/');
    expect(await cardMarker('Arus Mudik Hari Pertama').innerText()).toBe('LIPUTAN LANGSUNG');
  });

  it('feeds and the sitemap date a live page by its newest update', () => {
    const feed = JSON.parse(built('feed.json')) as { items: { id: string; tags: string[]; date_modified?: string }[] };
    const item = feed.items.find((entry) => entry.id === `${SITE}/berita/${LIVE}/`)!;
    expect(item).toMatchObject({ date_modified: '2024-03-10T11:45:00+07:00', tags: ['Metropolitan', 'Liputan langsung', 'Banjir'] });
    expect(readSitemaps(site.build.outDir).pages).toContainEqual({ file: 'sitemap-berita-2024.xml', loc: `${SITE}/berita/${LIVE}/`, lastmod: '2024-03-10T04:45:00.000Z' });
  });
});
