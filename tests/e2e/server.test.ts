/**
 * Server mode (WARTA_MODE=server, docs/hosting/server.md) against the static build of the same
 * content: the newsroom fixture built both ways, synced into the store, served by the standalone
 * Node server on 127.0.0.1, and a page of every type compared byte for byte with the built file.
 *
 * What must differ, and is the only thing removed before comparing:
 * - The Content-Security-Policy: a static page carries it in a `<meta http-equiv>` (Astro can
 *   only hash a built page's scripts into the page itself); on demand Astro sends the same policy
 *   as a response header instead. The test removes the meta and checks the header holds exactly
 *   what the meta held.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { axeViolations } from '../support/axe.ts';
import { launchBrowser } from '../support/browser.ts';
import { buildServerSite, buildSite, PROJECT_ROOT, syncStore } from '../support/build-site.ts';
import { localNginxConfig } from '../../src/lib/hosting/local-nginx.ts';
import { freePort } from '../support/net.ts';
import { copyFixtureSite } from '../support/fixture-site.ts';
import { startNodeServer, type NodeServer } from '../support/node-server.ts';
import { postgresBin, startPostgres, type PostgresCluster } from '../support/postgres.ts';
import { tempDir } from '../support/temp.ts';

let staticDir: string;
let serverBuild: Awaited<ReturnType<typeof buildServerSite>>;
let server: NodeServer;
let env: Record<string, string>;
let contentDir: string;
const PURGE_TOKEN = 'token-uji-server';

beforeAll(async () => {
  contentDir = copyFixtureSite('newsroom');
  // Page size 2: the fixture gets numbered listing pages too; one moment for both builds and the server.
  env = { NEWS_CONTENT_DIR: contentDir, WARTA_NOW: '2024-06-01T00:00:00Z', WARTA_PAGE_SIZE: '2', WARTA_STORE: join(tempDir('server-store'), 'warta.sqlite') };
  const built = await buildSite({ contentDir, env });
  expect(built.exitCode, built.output.slice(-3000)).toBe(0);
  staticDir = built.outDir;
  serverBuild = await buildServerSite({ contentDir, env });
  expect(serverBuild.exitCode, serverBuild.output.slice(-3000)).toBe(0);
  const sync = await syncStore(env);
  expect(sync.exitCode, sync.output).toBe(0);
  server = await startNodeServer(serverBuild.outDir, { ...env, WARTA_PURGE_TOKEN: PURGE_TOKEN });
});

afterAll(() => server?.close());

const CSP_META = /<meta http-equiv="content-security-policy" content="([^"]*)">/;

/** The site path of every built HTML page. */
function builtPages(): string[] {
  return (readdirSync(staticDir, { recursive: true }) as string[])
    .filter((file) => file.endsWith('.html'))
    .map((file) => `/${file.replace(/index\.html$/, '')}`)
    .sort();
}

/** The built file of a site path. */
const builtFile = (path: string) => readFileSync(join(staticDir, path.endsWith('/') ? `${path}index.html` : path), 'utf8');

/** The served page with the one documented difference taken out (see the top of this file). */
async function served(path: string): Promise<{ status: number; body: string; built: string }> {
  const response = await fetch(`${server.url}${path}`);
  const body = await response.text();
  return { status: response.status, body, built: builtFile(path) };
}

function withoutCspMeta(html: string, header: string | null): string {
  const meta = CSP_META.exec(html);
  if (!meta) return html;
  expect(header).toBe(meta[1]!.replaceAll('&#39;', "'"));
  return html.replace(meta[0], '');
}

const PAGES = {
  'front page': '/',
  'numbered home page': '/halaman/1/',
  article: '/berita/analisis-mengapa-harga-beras-bertahan-tinggi/',
  'live article': '/berita/langsung-banjir-ibu-kota/',
  'section index': '/rubrik/',
  'topic index': '/topik/',
  'author index': '/penulis/',
  archive: '/arsip/',
};

describe('server mode serves the static build’s pages', () => {
  it.each(Object.entries(PAGES))('%s (%s)', async (_name, path) => {
    const response = await fetch(`${server.url}${path}`);
    expect(response.status).toBe(200);
    const built = builtFile(path);
    const header = response.headers.get('content-security-policy');
    expect(await response.text()).toBe(withoutCspMeta(built, header));
  });

  it('every other page of the build: each article, each page of each listing, the indexes', async () => {
    // Every built page but search (Pagefind's form there, the server's results here: tested below)
    // and the editors' desk (an endpoint: a server answers it at its file's name, /admin/index.html).
    const paths = builtPages().filter((path) => !Object.values(PAGES).includes(path) && !['/cari/', '/404.html', '/admin/'].includes(path));
    const desk = await fetch(`${server.url}/admin/index.html`);
    expect(desk.status).toBe(200);
    expect(await desk.text()).toBe(builtFile('/admin/'));
    const kinds = (pattern: RegExp) => paths.filter((path) => pattern.test(path)).length;
    // The fixture at two a page: every kind of page, and numbered pages of listings.
    expect(kinds(/^\/berita\/[^/]+\/$/)).toBeGreaterThan(10);
    for (const listing of [
      /^\/rubrik\/[^/]+\/halaman\/\d+\/$/,
      /^\/topik\/[^/]+\/halaman\/\d+\/$/,
      /^\/penulis\/[^/]+\/halaman\/\d+\/$/,
      /^\/arsip\/\d{4}\/\d{2}\/halaman\/\d+\/$/,
    ])
      expect(kinds(listing), String(listing)).toBeGreaterThan(0);
    for (const path of paths) {
      const response = await fetch(`${server.url}${path}`);
      expect(response.status, path).toBe(200);
      expect(await response.text(), path).toBe(withoutCspMeta(builtFile(path), response.headers.get('content-security-policy')));
    }
  });

  it.each(['/rss.xml', '/feed.json', '/sitemap-index.xml', '/news-sitemap.xml', '/robots.txt'])('%s is the built file', async (path) => {
    const { status, body, built } = await served(path);
    expect(status).toBe(200);
    expect(body).toBe(built);
  });

  it('every sitemap, every feed (the site’s, each section’s and author’s) and every social card of the build', async () => {
    const files = (readdirSync(staticDir, { recursive: true }) as string[])
      .map((file) => `/${file}`)
      .filter((path) => /^\/(sitemap-[^/]+\.xml|news-sitemap\.xml|(rubrik|penulis)\/[^/]+\/(rss\.xml|feed\.json)|kartu\/[^/]+\.png)$/.test(path));
    const names = [...builtFile('/sitemap-index.xml').matchAll(/<loc>https:\/\/warta\.example(\/sitemap-[^<]+\.xml)<\/loc>/g)].map((match) => match[1]!);
    expect(names.length).toBeGreaterThan(0);
    for (const kind of [/^\/rubrik\/.*rss\.xml$/, /^\/penulis\/.*feed\.json$/, /^\/kartu\//])
      expect(
        files.some((path) => kind.test(path)),
        String(kind),
      ).toBe(true);
    for (const path of [...names, ...files]) {
      const response = await fetch(`${server.url}${path}`);
      expect(response.status, path).toBe(200);
      const built = readFileSync(join(staticDir, path));
      expect(Buffer.from(await response.arrayBuffer()).equals(built), path).toBe(true);
    }
    // A story without a card of its own (it has a lead picture, or is a draft) has none on demand either.
    for (const slug of ['penulis-draf', 'tidak-ada']) expect((await fetch(`${server.url}/kartu/${slug}.png`)).status, slug).toBe(404);
  });

  it('an unknown page and an unknown story are the 404 page, with status 404', async () => {
    // Twice: the second answer is not an empty copy from the route cache.
    const notThere = ['/halaman-yang-tidak-ada/', '/berita/tidak-ada/', '/rubrik/tidak-ada/', '/halaman/99/', '/topik/tidak-ada/', '/penulis/tidak-ada/', '/arsip/1999/01/'];
    // Pages a listing has not, and numbers written otherwise than the build writes them.
    const malformed = [
      '/halaman/0/',
      '/halaman/01/',
      '/halaman/abc/',
      '/rubrik/nasional/halaman/0/',
      '/rubrik/nasional/halaman/99/',
      '/arsip/2024/5/',
      '/arsip/2024/13/',
      '/berita/penulis-draf/',
    ];
    for (const path of [...notThere, ...malformed, ...notThere]) {
      const response = await fetch(`${server.url}${path}`);
      expect(response.status, path).toBe(404);
      expect(await response.text(), path).toBe(withoutCspMeta(builtFile('/404.html'), response.headers.get('content-security-policy')));
    }
  });
});

describe('route cache and purge', () => {
  const story = PAGES.article;

  it('keeps a page under its tags and sends its lifetime', async () => {
    const first = await fetch(`${server.url}${story}`);
    await first.text();
    const second = await fetch(`${server.url}${story}`);
    expect(await second.text()).toContain('<h1');
    expect(second.headers.get('x-astro-cache')).toBe('HIT');
    expect(second.headers.get('cache-control')).toMatch(/^public, max-age=\d+, stale-while-revalidate=\d+, stale-if-error=86400$/);
    // Astro's internal headers stay inside the server.
    expect(second.headers.get('cache-tag')).toBeNull();
  });

  it('refuses a purge without the token', async () => {
    const response = await fetch(`${server.url}/_warta/purge/`, { method: 'POST', body: JSON.stringify({ tags: ['front'] }) });
    expect(response.status).toBe(403);
  });

  it('a sync purges the tags a publish touches, and the next request shows the new page', async () => {
    const added = 'Paragraf tambahan dari uji sinkronisasi server.';
    appendFileSync(join(contentDir, 'articles/analisis-mengapa-harga-beras-bertahan-tinggi.md'), `\n${added}\n`);
    const sync = await syncStore({ ...env, WARTA_PURGE_URL: `${server.url}/_warta/purge/`, WARTA_PURGE_TOKEN: PURGE_TOKEN });
    expect(sync.exitCode, sync.output).toBe(0);
    expect(sync.output).toContain('story:analisis-mengapa-harga-beras-bertahan-tinggi');
    const response = await fetch(`${server.url}${story}`);
    expect(response.headers.get('x-astro-cache')).toBe('MISS');
    expect(await response.text()).toContain(added);
  });
});

describe('search at /cari/ from the store (SQLite FTS5)', () => {
  const story = PAGES.article;
  /** The built article pages whose story (headline, standfirst, text) holds `word`: what search must find. */
  const builtStoriesWith = (word: RegExp) =>
    readdirSync(join(staticDir, 'berita')).filter((slug) => {
      const article = /<article class="article"[^>]*>([\s\S]*?)<\/article>/.exec(builtFile(`/berita/${slug}/`));
      return article && word.test(article[1]!.replace(/<[^>]+>/g, ' '));
    });

  it('finds a word of a known story, with a highlighted excerpt and the true count', async () => {
    const response = await fetch(`${server.url}/cari/?q=beras`);
    expect(response.status).toBe(200);
    const body = await response.text();
    const expected = builtStoriesWith(/\bberas\b/i);
    expect(expected.length).toBeGreaterThan(0);
    expect(body).toContain(`<p class="search-status" role="status">${expected.length} berita ditemukan.</p>`);
    const items = [...body.matchAll(/<li><a href="([^"]+)">[^<]*<\/a><p>([\s\S]*?)<\/p><\/li>/g)];
    expect(items.map((item) => item[1]).sort()).toEqual(expected.map((slug) => `/berita/${slug}/`).sort());
    const hit = items.find((item) => item[1] === story)!;
    expect(hit[2]).toMatch(/<mark>beras<\/mark>/i);
    // The same form as the static page: the same field, the reader's words in it, no Pagefind.
    expect(body).toContain('<input id="q" name="q" type="search" autocomplete="off" required value="beras">');
    expect(body).not.toContain('pagefind');
    expect(body).toContain('<meta name="robots" content="noindex">');
  });

  it('takes FTS5 syntax and markup in a query as words, never as a query or as HTML', async () => {
    for (const query of ['"', 'NEAR(beras kopi, 2)', 'beras*', '-beras', 'title:beras', '"beras" AND', '*', '"><script>alert(1)</script>', '<mark>beras</mark>']) {
      const response = await fetch(`${server.url}/cari/?q=${encodeURIComponent(query)}`);
      expect(response.status, query).toBe(200);
      const page = fromHtml(await response.text());
      expect(toString(select('[role="status"]', page)!), query).toMatch(/^(Tidak ada berita yang cocok\.|\d+ berita ditemukan\.)$/);
      // The reader's words come back as the field's value, and as nothing else.
      expect(select('input#q', page)!.properties.value, query).toBe(query);
      expect(
        selectAll('script', page).filter((script) => toString(script).includes('alert')),
        query,
      ).toEqual([]);
      // Marks only around hits in the results, none made of the query.
      const results = select('.search-results', page);
      expect(selectAll('mark', page).length, query).toBe(results ? selectAll('mark', results).length : 0);
    }
    expect(await (await fetch(`${server.url}/cari/?q=${encodeURIComponent('"')}`)).text()).toContain('Tidak ada berita yang cocok.');
    // "-beras" is the word beras, not "without beras".
    expect(await (await fetch(`${server.url}/cari/?q=-beras`)).text()).toContain(`>${builtStoriesWith(/\bberas\b/i).length} berita ditemukan.<`);
  });

  it('a page past the results keeps the count and links back', async () => {
    const body = await (await fetch(`${server.url}/cari/?q=beras&halaman=2`)).text();
    expect(body).toMatch(/\d+ berita ditemukan\./);
    expect(body).not.toContain('<ol class="search-results"');
    expect(body).toContain('href="/cari/?q=beras" rel="prev"');
  });

  it('does not find a scheduled story before its time, while its page is a 404', async () => {
    const slug = 'uji-terjadwal-cari';
    writeFileSync(
      join(contentDir, `articles/${slug}.md`),
      '---\ntitle: "Uji Terjadwal"\ndescription: "Artikel uji yang terbit setelah waktu server."\ndate: 2024-07-01T08:00:00+07:00\nsection: Nasional\nauthors: []\n---\n\nKata uji khusus: zamrudterjadwal.\n',
    );
    const sync = await syncStore({ ...env, WARTA_PURGE_URL: `${server.url}/_warta/purge/`, WARTA_PURGE_TOKEN: PURGE_TOKEN });
    expect(sync.exitCode, sync.output).toBe(0);
    expect(sync.output).toContain('articles 1 written');
    expect((await fetch(`${server.url}/berita/${slug}/`)).status).toBe(404);
    expect(await (await fetch(`${server.url}/cari/?q=zamrudterjadwal`)).text()).toContain('Tidak ada berita yang cocok.');
  });

  it('works with the form in Chromium, with no index to download', async () => {
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      const requests: string[] = [];
      const errors: string[] = [];
      page.on('request', (request) => requests.push(request.url()));
      page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
      await page.goto(`${server.url}/cari/`);
      await page.getByLabel('Kata kunci').fill('beras');
      await Promise.all([page.waitForURL(/\/cari\/\?q=beras$/), page.getByRole('button', { name: 'Cari', exact: true }).click()]);
      await expect.poll(() => page.locator('[role="status"]').textContent()).toMatch(/^\d+ berita ditemukan\.$/);
      expect(await page.locator('.search-results li').count()).toBeGreaterThan(0);
      expect(await page.locator('.search-results mark').first().textContent()).toMatch(/^beras$/i);
      expect(await axeViolations(page, '/cari/?q=beras (server mode)')).toEqual([]);
      await page.locator(`.search-results a[href="${story}"]`).click();
      await page.waitForURL(`${server.url}${story}`);
      expect(requests.some((url) => url.includes('pagefind'))).toBe(false);
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});

describe('faults: a removed story, a store that cannot be read', () => {
  const slug = 'berita-ekspor-kopi-naik';
  const path = `/berita/${slug}/`;
  const file = () => join(contentDir, `articles/${slug}.md`);
  let original: string;

  it('a removed story is a 410 page in the site’s layout, and the purge leaves no cached copy', async () => {
    original = readFileSync(file(), 'utf8');
    await (await fetch(`${server.url}${path}`)).text();
    const cachedCopy = await fetch(`${server.url}${path}`);
    expect(cachedCopy.headers.get('x-astro-cache')).toBe('HIT');
    expect(await cachedCopy.text()).toContain('Ekspor Kopi Naik');
    expect(await (await fetch(`${server.url}/cari/?q=ekspor`)).text()).toContain(`href="${path}"`);
    rmSync(file());
    const sync = await syncStore({ ...env, WARTA_PURGE_URL: `${server.url}/_warta/purge/`, WARTA_PURGE_TOKEN: PURGE_TOKEN });
    expect(sync.exitCode, sync.output).toBe(0);
    expect(sync.output).toContain('articles 0 written, 1 removed');
    expect(sync.output).toContain(`story:${slug}`);
    const response = await fetch(`${server.url}${path}`);
    expect(response.status).toBe(410);
    expect(response.headers.get('x-astro-cache')).toBe('MISS');
    const body = await response.text();
    expect(body).toContain('<html lang="id"');
    expect(body).toContain('<h1 class="page-title">Berita ini telah dihapus</h1>');
    expect(body).toContain('<meta name="robots" content="noindex">');
    // The site's layout: its header and navigation, as on every page.
    expect(body).toContain('<header class="site-header">');
    expect(body).not.toContain('Ekspor Kopi Naik');
    // The listings it was on were purged too: its section page no longer links to it.
    expect(await (await fetch(`${server.url}/rubrik/ekonomi/`)).text()).not.toContain(path);
    // Nor does search: the index row went with the story, in the same transaction.
    expect(await (await fetch(`${server.url}/cari/?q=ekspor`)).text()).not.toContain(`href="${path}"`);
    // A story that never was stays a 404.
    expect((await fetch(`${server.url}/berita/tidak-pernah-ada/`)).status).toBe(404);
  });

  it('a story that comes back is served again, not its cached 410', async () => {
    expect((await fetch(`${server.url}${path}`)).headers.get('x-astro-cache')).toBe('HIT');
    writeFileSync(file(), original);
    const sync = await syncStore({ ...env, WARTA_PURGE_URL: `${server.url}/_warta/purge/`, WARTA_PURGE_TOKEN: PURGE_TOKEN });
    expect(sync.exitCode, sync.output).toBe(0);
    const response = await fetch(`${server.url}${path}`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('Ekspor Kopi Naik');
  });

  it('a store that cannot be read is a 503 with Retry-After and one log line, and the server recovers once it can', async () => {
    // A second server on the same build, its store a file that is not a database.
    const store = join(tempDir('server-broken-store'), 'warta.sqlite');
    writeFileSync(store, 'dies ist keine Datenbank, ini bukan basis data\n'.repeat(100));
    const broken = await startNodeServer(serverBuild.outDir, { ...env, WARTA_STORE: store });
    try {
      for (const page of ['/', path, '/rubrik/', '/rss.xml']) {
        const response = await fetch(`${broken.url}${page}`);
        expect(response.status, page).toBe(503);
        expect(response.headers.get('retry-after'), page).toMatch(/^\d+$/);
        expect(response.headers.get('cache-control'), page).toBe('no-store');
        const body = await response.text();
        expect(body, page).toContain('<html lang="id">');
        expect(body, page).toContain('<h1>Situs sedang tidak dapat dimuat</h1>');
        expect(body, page).not.toContain('node:sqlite');
      }
      const lines = broken
        .output()
        .split('\n')
        .filter((line) => line.includes('[warta] 503:'));
      expect(lines.length).toBeGreaterThan(0);
      expect(lines[0]).toContain(`The content store ${store} cannot be read:`);
      // The store is repaired (synced afresh): the same server answers again without a restart.
      rmSync(store);
      const sync = await syncStore({ ...env, WARTA_STORE: store });
      expect(sync.exitCode, sync.output).toBe(0);
      const response = await fetch(`${broken.url}${path}`);
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('Ekspor Kopi Naik');
    } finally {
      await broken.close();
    }
  });

  it('a store that is not there is a 503 too', async () => {
    const missing = await startNodeServer(serverBuild.outDir, { ...env, WARTA_STORE: join(tempDir('server-no-store'), 'warta.sqlite') });
    try {
      const response = await fetch(`${missing.url}/`);
      expect(response.status).toBe(503);
      expect(await response.text()).toContain('Situs sedang tidak dapat dimuat');
    } finally {
      await missing.close();
    }
  });
});

describe.skipIf(!postgresBin())('PostgreSQL behind the same store (Debian’s postgresql)', () => {
  let cluster: PostgresCluster;
  let pgServer: NodeServer;
  let pgEnv: Record<string, string>;

  beforeAll(async () => {
    cluster = await startPostgres();
    pgEnv = { ...env, WARTA_STORE: cluster.url };
    const sync = await syncStore(pgEnv);
    expect(sync.exitCode, sync.output).toBe(0);
    pgServer = await startNodeServer(serverBuild.outDir, { ...pgEnv, WARTA_PURGE_TOKEN: PURGE_TOKEN });
  });

  afterAll(async () => {
    await pgServer?.close();
    cluster?.close();
  });

  it('serves the same pages as the SQLite store from the same content', async () => {
    const section = /href="(\/rubrik\/[^"/]+\/)"/.exec(builtFile('/rubrik/'))![1]!;
    for (const path of [...Object.values(PAGES), section, `${section}halaman/1/`, '/rss.xml', '/sitemap-index.xml', '/berita/tidak-ada/']) {
      const [fromSqlite, fromPostgres] = await Promise.all([fetch(`${server.url}${path}`), fetch(`${pgServer.url}${path}`)]);
      expect(fromPostgres.status, path).toBe(fromSqlite.status);
      expect(await fromPostgres.text(), path).toBe(await fromSqlite.text());
    }
  });

  it('searches with PostgreSQL’s Indonesian stemmer: highlighted excerpts, the true count, no syntax errors', async () => {
    const body = await (await fetch(`${pgServer.url}/cari/?q=beras`)).text();
    const count = /(\d+) berita ditemukan\./.exec(body);
    expect(count, body.slice(-2000)).not.toBeNull();
    const items = [...body.matchAll(/<li><a href="([^"]+)">[^<]*<\/a><p>([\s\S]*?)<\/p><\/li>/g)];
    expect(items.length).toBe(Number(count![1]));
    expect(items.find((item) => item[1] === PAGES.article)?.[2]).toMatch(/<mark>beras<\/mark>/i);
    // "tahan" finds "bertahan" (the stemmer takes off ber-); SQLite's unicode61 does not stem.
    const stemmed = await (await fetch(`${pgServer.url}/cari/?q=tahan`)).text();
    expect(stemmed).toContain(`href="${PAGES.article}"`);
    expect(await (await fetch(`${server.url}/cari/?q=tahan`)).text()).not.toContain(`href="${PAGES.article}"`);
    for (const query of ['"', 'NEAR(beras kopi, 2)', 'beras:*', '!beras', 'beras & | (', "' OR 1=1 --"]) {
      const response = await fetch(`${pgServer.url}/cari/?q=${encodeURIComponent(query)}`);
      expect(response.status, query).toBe(200);
      expect(await response.text(), query).toMatch(/Tidak ada berita yang cocok\.|\d+ berita ditemukan\./);
    }
  });

  it('a removed story is a 410, and a database that is down a 503 until it is back', async () => {
    const slug = 'wawancara-petani-kopi-dari-lereng-gunung';
    const file = join(contentDir, `articles/${slug}.md`);
    const original = readFileSync(file, 'utf8');
    rmSync(file);
    try {
      const sync = await syncStore({ ...pgEnv, WARTA_PURGE_URL: `${pgServer.url}/_warta/purge/`, WARTA_PURGE_TOKEN: PURGE_TOKEN });
      expect(sync.exitCode, sync.output).toBe(0);
      const gone = await fetch(`${pgServer.url}/berita/${slug}/`);
      expect(gone.status).toBe(410);
      expect(await gone.text()).toContain('Berita ini telah dihapus');
    } finally {
      writeFileSync(file, original);
    }
    cluster.stop();
    const down = await fetch(`${pgServer.url}/`);
    expect(down.status).toBe(503);
    expect(down.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(await down.text()).toContain('Situs sedang tidak dapat dimuat');
    expect(pgServer.output()).toMatch(/\[warta\] 503: The content store postgres:\/\/postgres@127\.0\.0\.1:\d+\/postgres cannot be read: /);
    cluster.start();
    expect((await fetch(`${pgServer.url}/`)).status).toBe(200);
  });
});

describe('nginx in front (docs/hosting/nginx-server.conf)', () => {
  let nginx: ChildProcess | undefined;
  let origin: string;
  const story = PAGES.article;

  beforeAll(async () => {
    const port = await freePort();
    origin = `http://127.0.0.1:${port}`;
    const prefix = tempDir('nginx-server');
    const reference = readFileSync(join(PROJECT_ROOT, 'docs/hosting/nginx-server.conf'), 'utf8');
    writeFileSync(join(prefix, 'nginx.conf'), localNginxConfig(reference, { port, upstreamPort: server.port, prefix, asRoot: process.getuid?.() === 0 }));
    nginx = spawn('/usr/sbin/nginx', ['-c', join(prefix, 'nginx.conf'), '-p', prefix], { stdio: ['ignore', 'ignore', 'pipe'] });
    let errors = '';
    nginx.stderr?.on('data', (chunk: Buffer) => (errors += chunk));
    const deadline = Date.now() + 10_000;
    while (
      !(await fetch(`${origin}/robots.txt`).then(
        (response) => response.ok,
        () => false,
      ))
    ) {
      if (nginx.exitCode !== null) throw new Error(`nginx stopped (exit code ${nginx.exitCode}): ${errors}`);
      if (Date.now() > deadline) throw new Error(`nginx did not answer within 10 s: ${errors}`);
      await sleep(100);
    }
  });

  afterAll(() => {
    nginx?.kill('SIGTERM');
  });

  it('hides the purge endpoint', async () => {
    expect((await fetch(`${origin}/_warta/purge/`, { method: 'POST' })).status).toBe(404);
  });

  it('a publish shows through nginx, and nginx serves the last copy while the server is down', async () => {
    expect((await fetch(`${origin}${story}`)).status).toBe(200);
    const added = 'Paragraf kedua dari uji nginx.';
    appendFileSync(join(contentDir, 'articles/analisis-mengapa-harga-beras-bertahan-tinggi.md'), `\n${added}\n`);
    const sync = await syncStore({ ...env, WARTA_PURGE_URL: `${server.url}/_warta/purge/`, WARTA_PURGE_TOKEN: PURGE_TOKEN });
    expect(sync.exitCode, sync.output).toBe(0);
    // nginx keeps its own copy for `proxy_cache_valid 1s`, counted in whole seconds, so a copy
    // lives one to two seconds; the first request after that still gets it (`updating`, with a
    // background update) while nginx fetches the new page. Poll rather than guess the clock.
    const published = Date.now();
    while (!(await fetch(`${origin}${story}`).then((response) => response.text())).includes(added)) {
      expect(Date.now() - published, 'the publish never showed through nginx').toBeLessThan(5_000);
      await sleep(100);
    }
    await server.close();
    // While the server is down, every answer is nginx's last copy: a HIT until it expires, then STALE.
    const down = Date.now();
    for (;;) {
      const response = await fetch(`${origin}${story}`);
      expect(response.status).toBe(200);
      expect(await response.text()).toContain(added);
      const status = response.headers.get('x-cache-status');
      if (status === 'STALE') break;
      expect(status).toBe('HIT');
      expect(Date.now() - down, 'nginx never served its stale copy').toBeLessThan(5_000);
      await sleep(200);
    }
  });

  it('nginx serves its stale copy while the server answers 503 (a store that cannot be read)', async () => {
    // A server on the same port whose store is not a database: it answers 503, nginx its last copy.
    const store = join(tempDir('server-nginx-broken-store'), 'warta.sqlite');
    writeFileSync(store, 'ini bukan basis data\n'.repeat(100));
    const broken = await startNodeServer(serverBuild.outDir, { ...env, WARTA_STORE: store }, { port: server.port });
    try {
      expect((await fetch(`${broken.url}${story}`)).status).toBe(503);
      const response = await fetch(`${origin}${story}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('x-cache-status')).toBe('STALE');
      expect(await response.text()).toContain('Paragraf kedua dari uji nginx.');
      // nginx asked the server, which failed with its one line per request.
      expect(
        broken
          .output()
          .split('\n')
          .filter((line) => line.includes('[warta] 503:')).length,
      ).toBeGreaterThanOrEqual(2);
    } finally {
      await broken.close();
    }
  });
});
