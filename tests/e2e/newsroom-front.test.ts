/**
 * The newsroom fixture (tests/fixtures/sites/newsroom) in Chromium: the front page that
 * front-page.yaml arranges, bylines that lead to author pages, and those pages with their
 * stories, feeds and structured data. Broken front-page files and profiles stop the build.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuildResult } from '../support/build-site.ts';
import { openBuiltSite, type BuiltSite } from '../support/built-site.ts';
import { copyFixtureSite } from '../support/fixture-site.ts';
import { readSitemaps } from '../support/sitemaps.ts';
import type { StaticServer } from '../support/static-server.ts';

/** The fixture's stories are dated May 2024: the build publishes as of 1 June. */
const env = { WARTA_NOW: '2024-06-01T00:00:00Z' };
/**
 * Older stories by Ayu Lestari, dated back from 30 April, so that her page (44 stories) and the
 * home page (54) each have a numbered page of the oldest 20 after their own.
 */
const ARCHIVE_STORIES = 40;

let contentDir: string;
let build: BuildResult;
let server: StaticServer;
let page: Page;
let site: BuiltSite;

beforeAll(async () => {
  contentDir = copyFixtureSite('newsroom');
  for (let index = 1; index <= ARCHIVE_STORIES; index++) {
    const day = new Date(Date.UTC(2024, 3, 31 - index)).toISOString().slice(0, 10);
    writeFileSync(
      join(contentDir, 'articles', `penulis-arsip-${index}.md`),
      `---\ntitle: "Arsip Uji ${index}"\ndescription: "Artikel uji lama."\ndate: ${day}\nsection: Ekonomi\nauthors: [Ayu Lestari]\n---\nTeks uji.\n`,
    );
  }
  site = await openBuiltSite({ contentDir, env });
  ({ build, server, page } = site);
}, 240_000);

afterAll(() => site?.close());

const open = async (path: string, width = 1280) => {
  await page.setViewportSize({ width, height: 900 });
  const response = await page.goto(`${server.url}${path}`);
  return response?.status();
};
const titles = (selector: string) => page.locator(`${selector} .story-title`).allInnerTexts();
const jsonLd = async () => JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '[]') as Record<string, unknown>[];

/** The articles of the fixture copy whose byline names `name`, as written in their files, drafts left out. */
function storiesBy(name: string): string[] {
  return readdirSync(join(contentDir, 'articles'))
    .map((file) => readFileSync(join(contentDir, 'articles', file), 'utf8'))
    .filter((text) => new RegExp(`^authors:.*\\b${name}\\b`, 'm').test(text) && !/^draft: true$/m.test(text))
    .map((text) => /^title: "(.*)"$/m.exec(text)![1]!);
}

describe('the front page that front-page.yaml arranges', () => {
  it('shows the lead, the picks, a block per named section with its link, then the latest', async () => {
    expect(await open('/')).toBe(200);
    const blocks = await page.locator('main section').evaluateAll((nodes) => nodes.map((node) => [node.className, node.querySelector('h2')!.textContent!.trim()]));
    expect(blocks).toEqual([
      ['lead-story', 'Berita utama'],
      ['front-beside', 'Pilihan redaksi'],
      ['front-section', 'Nasional'],
      ['front-section', 'Ekonomi'],
      ['front-latest', 'Terbaru'],
    ]);
    expect(await titles('.lead-story')).toEqual(['Anggaran Daerah Dibahas Ulang']);
    expect(await titles('.front-beside')).toEqual(['Harga Beras di Pasar Uji', 'Banjir di Pesisir Uji']);
    expect(await page.locator('.front-section h2 a').evaluateAll((links) => links.map((link) => link.getAttribute('href')))).toEqual(['/rubrik/nasional/', '/rubrik/ekonomi/']);
    expect(await page.locator('.front-section__more a').first().innerText()).toBe('Semua berita Nasional');
    expect(await titles('.front-section')).toContain('Jalan Tol Uji Dibuka');
  });

  it('does not repeat the lead or the picks in the latest stories, which stay newest first', async () => {
    await open('/');
    const latest = await titles('.front-latest');
    expect(latest).toEqual(expect.arrayContaining(['Kota Kembar Uji', 'Pasar Saham Uji Menguat', 'Jalan Tol Uji Dibuka']));
    for (const shown of ['Anggaran Daerah Dibahas Ulang', 'Harga Beras di Pasar Uji', 'Banjir di Pesisir Uji']) expect(latest).not.toContain(shown);
    expect(latest.indexOf('Kota Kembar Uji')).toBeLessThan(latest.indexOf('Jalan Tol Uji Dibuka'));
  });

  it('leaves out the draft it names, with one warning in the build output', async () => {
    await open('/');
    expect(await page.locator('main').innerText()).not.toContain('Draf Pilihan Redaksi');
    expect(existsSync(join(build.outDir, 'berita/penulis-draf'))).toBe(false);
    const warning = `${contentDir}/front-page.yaml: picks.2: "penulis-draf" is a draft or not yet published, so this build leaves it out`;
    expect(build.output.split(warning)).toHaveLength(2);
  });

  it('keeps the numbered pages chronological, after the 34 stories the front page arranges', async () => {
    await open('/');
    const front = await titles(':is(.lead-story, .front-beside, .front-latest)');
    expect(front).toHaveLength(34);
    expect(await page.locator('head link[rel="next"]').getAttribute('href')).toBe('/halaman/1/');
    expect(await open('/halaman/1/')).toBe(200);
    expect(await page.locator('.front-top, .front-sections').count()).toBe(0);
    const oldest = await titles('.story-list');
    expect(oldest).toHaveLength(20);
    expect(oldest.at(-1)).toBe('Banjir Rendam Tiga Kecamatan');
    expect(new Set([...front, ...oldest]).size).toBe(54);
  });

  it('sets the lead beside the picks and the sections in columns on a wide screen', async () => {
    await open('/', 1280);
    const box = async (selector: string) => (await page.locator(selector).boundingBox())!;
    const [lead, beside] = [await box('.lead-story'), await box('.front-beside')];
    expect(beside.x).toBeGreaterThanOrEqual(lead.x + lead.width);
    expect(Math.abs(beside.y - lead.y)).toBeLessThan(2);
    expect(lead.width).toBeGreaterThan(beside.width * 1.5);
    const [first, second] = [await box('.front-section >> nth=0'), await box('.front-section >> nth=1')];
    expect(second.x).toBeGreaterThanOrEqual(first.x + first.width);
    expect(Math.abs(second.y - first.y)).toBeLessThan(2);
    // Wider than an article's 40rem (640 px) reading column, and the header and footer span the same column.
    const [top, header, footer] = [await box('.front-top'), await box('.site-header__inner'), await box('.site-footer p >> nth=0')];
    expect(top.width).toBeGreaterThan(1000);
    expect(header.x).toBeCloseTo(top.x, 0);
    expect(header.width).toBeCloseTo(top.width, 0);
    expect(footer.x).toBeCloseTo(top.x, 0);
  });

  it('stacks everything in one column on a phone, without sideways scrolling', async () => {
    await open('/', 390);
    const boxes = await page.locator('.lead-story, .front-beside, .front-section, .front-latest').evaluateAll((nodes) =>
      nodes.map((node) => {
        const rect = node.getBoundingClientRect();
        return { left: rect.left, top: rect.top, bottom: rect.bottom };
      }),
    );
    for (const [index, box] of boxes.entries()) {
      expect(box.left).toBe(boxes[0]!.left);
      if (index > 0) expect(box.top).toBeGreaterThanOrEqual(boxes[index - 1]!.bottom - 1);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });

  it('fits HTML and CSS in 14 KB gzipped, with no script', async () => {
    const loaded: { url: string; type: string }[] = [];
    const fresh = await site.browser.newPage();
    fresh.on('response', (response) => loaded.push({ url: response.url(), type: response.request().resourceType() }));
    await fresh.goto(`${server.url}/`, { waitUntil: 'networkidle' });
    expect(await fresh.locator('script:not([type="application/ld+json"])').count()).toBe(0);
    await fresh.close();
    const fileOf = (url: string) => join(build.outDir, new URL(url).pathname.replace(/\/$/, '/index.html'));
    const text = loaded.filter(({ type }) => type === 'document' || type === 'stylesheet');
    const gzipped = text.reduce((sum, { url }) => sum + gzipSync(readFileSync(fileOf(url)), { level: 9 }).length, 0);
    expect(gzipped).toBeLessThanOrEqual(14 * 1024);
    expect(loaded.filter(({ type }) => type === 'script')).toEqual([]);
  });
});

describe('bylines', () => {
  it('link a name with a profile to its page with rel="author", and leave other names as text', async () => {
    await open('/berita/penulis-harga-beras/');
    expect(await page.locator('.byline').innerText()).toBe('Oleh Ayu Lestari, Antara');
    expect(await page.locator('.byline a').evaluateAll((links) => links.map((link) => [link.textContent, link.getAttribute('href'), link.getAttribute('rel')]))).toEqual([
      ['Ayu Lestari', '/penulis/ayu-lestari/', 'author'],
    ]);
  });

  it('give the JSON-LD author a url when a profile exists; the original publisher is an Organization', async () => {
    await open('/berita/penulis-harga-beras/');
    expect((await jsonLd()).find((node) => node['@type'] === 'NewsArticle')!.author).toEqual([
      { '@type': 'Person', name: 'Ayu Lestari', url: 'https://warta.example/penulis/ayu-lestari/' },
      { '@type': 'Organization', name: 'Antara' },
    ]);
    await open('/berita/penulis-jalan-tol/');
    expect(await page.locator('.byline a').count()).toBe(0);
    expect((await jsonLd()).find((node) => node['@type'] === 'NewsArticle')!.author).toEqual([{ '@type': 'Person', name: 'Rina Wijaya' }]);
  });
});

describe('an author page', () => {
  it('shows the picture, role, bio and links of a bundle profile, and its stories', async () => {
    expect(await open('/penulis/budi-santoso/')).toBe(200);
    expect(await page.locator('h1').innerText()).toBe('Budi Santoso');
    expect(await page.locator('.author-profile .kicker').textContent()).toBe('Redaktur nasional (tokoh uji)');
    expect(await page.locator('.author-bio').innerText()).toContain('Budi Santoso adalah tokoh uji');
    const picture = page.locator('.author-profile img');
    expect(await picture.getAttribute('alt')).toBe('Foto Budi Santoso');
    expect(await picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    expect(await page.locator('.author-profile a[href="https://budi.example/profil"]').innerText()).toBe('Profil uji');
    expect(await titles('.story-list')).toEqual(['Pasar Saham Uji Menguat', 'Banjir di Pesisir Uji']);
  });

  it('never runs or keeps the script a bio carries', async () => {
    await open('/penulis/budi-santoso/');
    expect(await page.title()).not.toBe('diretas');
    expect(await page.locator('.author-bio script, .author-bio [href^="javascript:"]').count()).toBe(0);
    expect(await page.locator('script').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('type')))).toEqual(['application/ld+json']);
  });

  it('carries ProfilePage markup whose main entity is the Person', async () => {
    await open('/penulis/budi-santoso/');
    expect((await jsonLd()).find((node) => node['@type'] === 'ProfilePage')).toEqual({
      '@context': 'https://schema.org',
      '@type': 'ProfilePage',
      url: 'https://warta.example/penulis/budi-santoso/',
      mainEntity: {
        '@type': 'Person',
        name: 'Budi Santoso',
        url: 'https://warta.example/penulis/budi-santoso/',
        jobTitle: 'Redaktur nasional (tokoh uji)',
        image: 'https://warta.example/penulis/budi-santoso/foto.png',
        description: expect.stringContaining('Budi Santoso adalah tokoh uji'),
        sameAs: ['https://budi.example/profil'],
      },
    });
  });

  it('pages through every story of the author, newest first, drafts left out', async () => {
    expect(await open('/penulis/ayu-lestari/')).toBe(200);
    expect(await page.locator('.author-bio strong').innerText()).toBe('tokoh uji');
    const first = await titles('.story-list');
    // Her own page keeps all but the oldest 20, which are page 1.
    expect(first).toHaveLength(storiesBy('Ayu Lestari').length - 20);
    expect(await page.locator('head link[rel="next"]').getAttribute('href')).toBe('/penulis/ayu-lestari/halaman/1/');
    expect(await open('/penulis/ayu-lestari/halaman/1/')).toBe(200);
    expect(await page.locator('.author-profile').count()).toBe(0);
    const rest = await titles('.story-list');
    expect([...first, ...rest].sort()).toEqual(storiesBy('Ayu Lestari').sort());
    expect(first[0]).toBe('Pasar Saham Uji Menguat');
    // The oldest of her stories: the opinion piece (newsroom-article's part of the fixture).
    expect(rest.at(-1)).toBe('Pajak Karbon untuk Siapa?');
  });

  it('links its own RSS feed, a valid feed of the author’s stories', async () => {
    await open('/penulis/ayu-lestari/');
    expect(await page.locator('head link[rel="alternate"][type="application/rss+xml"]').evaluateAll((links) => links.map((link) => link.getAttribute('href')))).toContain(
      '/penulis/ayu-lestari/rss.xml',
    );
    expect(await page.locator('.author-feeds a').first().getAttribute('href')).toBe('/penulis/ayu-lestari/rss.xml');
    const response = await page.goto(`${server.url}/penulis/ayu-lestari/rss.xml`);
    const xml = await response!.text();
    const feed = await page.evaluate((source) => {
      const doc = new DOMParser().parseFromString(source, 'application/xml');
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        title: doc.querySelector('channel > title')?.textContent,
        items: [...doc.querySelectorAll('item > title')].map((node) => node.textContent),
      };
    }, xml);
    expect(feed.error).toBeNull();
    expect(feed.title).toBe('Warta: Ayu Lestari');
    expect(feed.items.sort()).toEqual(storiesBy('Ayu Lestari').sort());
  });

  it('is listed on /penulis/, with a breadcrumb back to it, and in the sitemap', async () => {
    expect(await open('/penulis/')).toBe(200);
    expect(await page.locator('.topic-index a').evaluateAll((links) => links.map((link) => [link.textContent, link.getAttribute('href')]))).toEqual([
      ['Ayu Lestari', '/penulis/ayu-lestari/'],
      ['Budi Santoso', '/penulis/budi-santoso/'],
    ]);
    await open('/penulis/ayu-lestari/');
    expect(await page.locator('.breadcrumbs a').allInnerTexts()).toEqual(['Warta', 'Penulis', 'Ayu Lestari']);
    const authorPages = readSitemaps(build.outDir).pages.filter(({ file }) => file === 'sitemap-penulis.xml');
    expect(authorPages.map(({ loc }) => loc.replace('https://warta.example', ''))).toEqual([
      '/penulis/',
      '/penulis/ayu-lestari/',
      '/penulis/ayu-lestari/halaman/1/',
      '/penulis/budi-santoso/',
    ]);
  });
});

describe('broken newsroom files', () => {
  it('stop the build on an unknown slug or section in front-page.yaml, naming the file and the field', async () => {
    const dir = copyFixtureSite('newsroom');
    writeFileSync(join(dir, 'front-page.yaml'), 'lead: penulis-anggaran-daerah\npicks: [penulis-harga-beras, tidak-ada]\nsections: [Nasional, Olahraga]\n');
    const broken = await buildSite({ contentDir: dir, env });
    expect(broken.exitCode).not.toBe(0);
    expect(broken.output).toContain(`${dir}/front-page.yaml: picks.1: expected the slug of an article, got "tidak-ada"`);
    expect(broken.output).toContain(`${dir}/front-page.yaml: sections.1: expected the name of a section, got "Olahraga"`);
    expect(existsSync(join(broken.outDir, 'index.html'))).toBe(false);
    expect(existsSync(join(broken.outDir, 'berita'))).toBe(false);
  }, 120_000);

  it('stop the build on a profile without a name, a link that is not http(s) or a name used twice', async () => {
    const dir = copyFixtureSite('newsroom');
    const authors = join(dir, 'authors');
    writeFileSync(join(authors, 'tanpa-nama.md'), '---\nrole: Wartawan\n---\nBio.\n');
    writeFileSync(join(authors, 'tautan-salah.md'), '---\nname: Tautan Salah\nlinks:\n  - { label: X, url: "javascript:alert(1)" }\n---\n');
    writeFileSync(join(authors, 'ayu-kembar.md'), '---\nname: Ayu Lestari\n---\n');
    const broken = await buildSite({ contentDir: dir, env });
    expect(broken.exitCode).not.toBe(0);
    for (const line of [
      `${authors}/tanpa-nama.md: name: expected text, got nothing`,
      `${authors}/tautan-salah.md: links.0.url: expected an http: or https: URL, got "javascript:alert(1)"`,
      `${authors}/ayu-lestari.md: name: expected a name no other profile has, but "Ayu Lestari" is also the name in ${authors}/ayu-kembar.md`,
    ]) {
      expect(broken.output).toContain(line);
    }
    expect(existsSync(join(broken.outDir, 'index.html'))).toBe(false);
  }, 120_000);
});
