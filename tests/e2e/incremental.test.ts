/**
 * An incremental build is never wrong: after each kind of change to a 41-article archive, a
 * build that reuses the last build's cache writes the same files, byte for byte, as a clean
 * build of the same content, and it really did reuse pages (Astro logs each copied page).
 * Listings have 5 stories a page, so that each has numbered pages to keep: a new story, a
 * deletion and a backdated story leave every page of older stories as it was.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { setTimeout as sleep } from 'node:timers/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { generatedFiles } from '../../bench/lib/astro-log.ts';
import { compareOutputs, describeDifference, listFiles } from '../../bench/lib/compare-output.ts';
import { CACHE_ARTEFACTS } from '../../src/lib/build/cache-artefacts.ts';
import { MEDIA_PLACED_RECORD, MEDIA_SOURCES_RECORD } from '../../src/lib/media/variant-cache.ts';
import { SETTLED_MS } from '../../src/lib/content/file-stats.ts';
import { buildSite, BUILDS_DIR, type BuildResult } from '../support/build-site.ts';
import { generateSite } from '../support/generated-site.ts';
import { numberedPages, pagesAfterChange } from '../support/numbered-pages.ts';
import { makePng } from '../support/png.ts';

/** With the seed, a bundle and a live page, 44 stories: the 45th hands 5 of the home page's 9 to a new numbered page. */
const ARTICLES = 41;
/** The build's moment: every generated article (dated back from 2023-01-30) is in the past. */
const NOW = '2023-02-15T12:00:00+07:00';
/** The pages without getStaticPaths (so without a cache key): Astro renders them every time. */
const ALWAYS_RENDERED = [
  '/404.html',
  '/admin/config.yml',
  '/admin/index.html',
  '/arsip/index.html',
  '/cari/index.html',
  '/feed.json',
  '/kartu.png',
  '/news-sitemap.xml',
  '/penulis/index.html',
  '/robots.txt',
  '/rss.xml',
  '/rubrik/index.html',
  '/topik/index.html',
].sort();
/** The sitemap files among the generated ones: one per year of articles, one per kind of listing, and the index. */
const sitemaps = (files: readonly string[]) => files.filter((file) => file.startsWith('/sitemap-')).sort();

const site = generateSite(ARTICLES);
/**
 * One story is a bundle with two pictures, so taking it down must take the pictures down too.
 * Its body shows one of them: the page's figure has that picture's size and versions.
 */
const BUNDLE = 'berita-bergambar';
mkdirSync(join(site.contentDir, 'articles', BUNDLE));
writeFileSync(
  join(site.contentDir, 'articles', BUNDLE, 'index.md'),
  `${readFileSync(join(site.contentDir, 'articles', `${site.slugs[18]}.md`), 'utf8').replace(/^title: .*$/m, 'title: "Berita Bergambar"')}\n:::figure{src="./foto.png" alt="Foto uji"}\nFoto uji bangun bertahap.\n:::\n`,
);
writeFileSync(join(site.contentDir, 'articles', BUNDLE, 'foto.png'), makePng(800, 450));
writeFileSync(join(site.contentDir, 'articles', BUNDLE, 'kedua.png'), makePng(500, 300));
/**
 * The bundle-media integration's line: how many pictures a build published, how many of them its
 * folder's record found in place, how many it checked and found in the cache, and how many it encoded.
 */
const pictureCounts = (log: string) => {
  const match = /published (\d+) pictures: (\d+) in place, (\d+) reused, (\d+) encoded/.exec(log);
  return match ? { published: Number(match[1]), inPlace: Number(match[2]), reused: Number(match[3]), encoded: Number(match[4]) } : undefined;
};
/** The newsroom's own files: an author profile with a byline, a live page, an arranged front page. */
const AUTHOR = 'Ayu Uji';
const LIVE = 'liputan-langsung-uji';
mkdirSync(join(site.contentDir, 'authors'));
const profilePath = join(site.contentDir, 'authors', 'ayu-uji.md');
writeFileSync(profilePath, `---\nname: ${AUTHOR}\nrole: Wartawan uji\n---\n\nWartawan uji untuk bangun bertahap.\n`);
const frontPagePath = join(site.contentDir, 'front-page.yaml');
writeFileSync(frontPagePath, `lead: ${site.slugs[8]}\npicks:\n  - ${site.slugs[9]}\nsections:\n  - Dunia\n`);
const liveUpdate = (time: string, text: string) => `:::update{time="${time}"}\n${text}\n:::\n`;
writeFileSync(
  join(site.contentDir, 'articles', `${LIVE}.md`),
  `---\ntitle: "Liputan Langsung Uji"\ndescription: "Perkembangan terbaru, diperbarui terus."\nkind: langsung\ndate: 2023-02-14T08:00:00+07:00\ncoverage:\n  start: 2023-02-14T08:00:00+07:00\n  end: 2023-02-20T08:00:00+07:00\nsection: Dunia\n---\n\n${liveUpdate('2023-02-14T08:00:00+07:00', 'Pembaruan pertama.')}`,
);
const articlePath = (slug: string) => join(site.contentDir, 'articles', slug === BUNDLE ? `${BUNDLE}/index` : slug) + '.md';
const edit = (slug: string, change: (markdown: string) => string) => writeFileSync(articlePath(slug), change(readFileSync(articlePath(slug), 'utf8')));
const setField = (field: string, value: string) => (markdown: string) => markdown.replace(new RegExp(`^${field}: .*$`, 'm'), `${field}: ${value}`);
const addField = (yaml: string) => (markdown: string) => markdown.replace(/^---\n/, `---\n${yaml}\n`);
edit(site.slugs[6]!, addField(`authors:\n  - ${AUTHOR}`));

/** The incremental build's output folder and cache, kept from one change to the next. */
const incremental = { outDir: join(BUILDS_DIR, 'incremental-dist'), cacheDir: join(BUILDS_DIR, 'incremental-cache') };

/** Settings both builds get; a test changes them as a deployment would. */
const settingsEnv: Record<string, string> = { WARTA_NOW: NOW, WARTA_PAGE_SIZE: '5' };

async function build(kind: 'incremental' | 'clean', args: readonly string[] = [], outDir = incremental.outDir): Promise<BuildResult> {
  const result =
    kind === 'incremental'
      ? await buildSite({ contentDir: site.contentDir, outDir, env: { ...settingsEnv, WARTA_CACHE_DIR: incremental.cacheDir }, args })
      : await buildSite({ contentDir: site.contentDir, env: settingsEnv, args });
  if (result.exitCode !== 0) throw new Error(`${kind} build failed:\n${result.output.slice(-3000)}`);
  return result;
}

/**
 * Builds both ways (at once: each has its own folders), checks they agree, returns what the
 * incremental one rendered and its log.
 */
async function incrementalMatchesClean(incrementalArgs: readonly string[] = [], outDir = incremental.outDir) {
  const [incrementalBuild, cleanBuild] = await Promise.all([build('incremental', incrementalArgs, outDir), build('clean')]);
  try {
    // Every file, the search index's included, byte for byte.
    const difference = await compareOutputs(incrementalBuild.outDir, cleanBuild.outDir);
    expect(describeDifference(difference), 'incremental output differs from a clean build').toBe('');
  } finally {
    rmSync(cleanBuild.outDir, { recursive: true, force: true });
  }
  return { ...generatedFiles(incrementalBuild.output), log: incrementalBuild.output };
}

/**
 * Runs `change` to the story `slug`, builds, and checks by bytes and by Astro's log that every
 * numbered listing page of older stories, and every page of the listings the story is not on,
 * was kept as it was (docs/decisions/014-stable-listing-pages.md), but for a highest page whose
 * "Sebelumnya" link moved; and that of the pages there were, the build rendered again only
 * those and the pages of newer stories in the story's listings.
 */
async function keepsOlderPages(slug: string, change: () => void) {
  const before = await numberedPages(incremental.outDir);
  change();
  const build = await incrementalMatchesClean();
  const pages = pagesAfterChange(before, await numberedPages(incremental.outDir), `/berita/${slug}/`);
  expect(pages.broken, 'pages of older stories that changed their stories').toEqual([]);
  // The oldest pages of the home page and of the topic every story is in are among them.
  expect(pages.kept).toEqual(expect.arrayContaining(['/halaman/1/index.html', '/topik/rusia/halaman/1/index.html']));
  for (const path of pages.kept) expect(build.reused, path).toContain(path);
  expect(build.rendered.filter((path) => before.has(path)).sort()).toEqual([...pages.newer, ...pages.relinked].sort());
  return { ...build, ...pages };
}

/** The files of the output whose path or bytes hold `text`, looking inside compressed files (Pagefind's, .gz, .br) too. */
async function outputMentions(dir: string, text: string): Promise<string[]> {
  const needle = Buffer.from(text);
  const found: string[] = [];
  for (const path of await listFiles(dir)) {
    if (path.includes(text)) {
      found.push(path);
      continue;
    }
    let bytes = readFileSync(join(dir, path));
    if (path.endsWith('.br')) bytes = brotliDecompressSync(bytes);
    else if (bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = gunzipSync(bytes);
    if (bytes.includes(needle)) found.push(path);
  }
  return found;
}

describe('incremental builds', () => {
  beforeAll(async () => {
    rmSync(incremental.outDir, { recursive: true, force: true });
    rmSync(incremental.cacheDir, { recursive: true, force: true });
    const cold = await build('incremental');
    expect(generatedFiles(cold.output).reused).toEqual([]);
    // The bundle's story and picture are published before it is taken down.
    expect(await outputMentions(incremental.outDir, BUNDLE)).toEqual(expect.arrayContaining([`berita/${BUNDLE}/index.html`, `media/${BUNDLE}/foto.png`]));
  });

  it('reuses every keyed page when nothing changed, and renders only the pages without a key', async () => {
    // Written again as it was: the build cannot skip Astro (src/post-build/build-inputs.ts), whose reuse this checks.
    edit(site.slugs[5]!, (markdown) => markdown);
    const { rendered, reused, log } = await incrementalMatchesClean();
    expect([...rendered].sort()).toEqual(ALWAYS_RENDERED);
    expect(reused).toContain(`/berita/${site.slugs[5]}/index.html`);
    expect(reused).toContain(`/kartu/${site.slugs[5]}.png`);
    expect(sitemaps(reused)).toEqual([
      '/sitemap-arsip.xml',
      '/sitemap-berita-2022.xml',
      '/sitemap-berita-2023.xml',
      '/sitemap-halaman.xml',
      '/sitemap-index.xml',
      '/sitemap-penulis.xml',
      '/sitemap-rubrik.xml',
      '/sitemap-topik.xml',
    ]);
    // Kept where the last build left them (src/integrations/kept-output.ts), not copied back.
    expect(log).toContain('(cached)');
    expect(log).not.toContain('(restored)');
  });

  it('keeps in the cache folder only what src/lib/build/cache-artefacts.ts lists', () => {
    const listed = new Set(CACHE_ARTEFACTS.map(({ name }) => name));
    const held = readdirSync(incremental.cacheDir, { withFileTypes: true }).map((entry) => (entry.isDirectory() ? `${entry.name}/` : entry.name));
    expect(held.filter((name) => !listed.has(name))).toEqual([]);
    expect(held).toEqual(expect.arrayContaining(['data-store.json', 'incremental-build.json', 'dist/', 'social-cards/', 'warta-search/']));
  });

  it('publishes a new article, and every numbered listing page keeps its copy', async () => {
    const source = readFileSync(articlePath(site.slugs[3]!), 'utf8');
    const { rendered, reused, kept, relinked, newer, added, log } = await keepsOlderPages('baru-terbit', () =>
      writeFileSync(articlePath('baru-terbit'), setField('title', '"Berita Baru Terbit Hari Ini"')(setField('date', '2023-02-15')(source))),
    );
    // The second build after a cold one: its stage holds the cold build's release, whose pages
    // the cold build made its cached copies (src/integrations/kept-output.ts), so almost none
    // is linked again; only those the build in between rendered.
    const [, inPlace, linkedIn] = /(\d+) cached pages already in the output folder, (\d+) linked in from the cache/.exec(log)!.map(Number);
    expect(linkedIn).toBeLessThan(inPlace! / 10);
    expect(rendered).toContain('/berita/baru-terbit/index.html');
    // Every page that was there holds older stories: none rendered again but the home page's
    // highest, whose "Sebelumnya" now leads to the page of 5 the home page's own handed on.
    expect(newer).toEqual([]);
    expect(relinked).toEqual(['/halaman/7/index.html']);
    expect(added).toEqual(['/halaman/8/index.html']);
    expect(kept.length).toBeGreaterThan(20);
    // Its year's sitemap, and the index, which dates that file by its newest story: this one;
    // the home pages' file, which lists the new page. The other years' are kept.
    expect(sitemaps(rendered)).toEqual(['/sitemap-berita-2023.xml', '/sitemap-halaman.xml', '/sitemap-index.xml']);
    expect(reused).toContain('/sitemap-berita-2022.xml');
    // An old story that is nobody's neighbour and no listing's first page keeps its copy.
    expect(reused).toContain(`/berita/${site.slugs[30]}/index.html`);
  });

  it('edits an article’s text', async () => {
    edit(site.slugs[10]!, (markdown) => `${markdown}\nParagraf tambahan untuk uji bangun bertahap.\n`);
    const { rendered, reused } = await incrementalMatchesClean();
    expect(rendered).toContain(`/berita/${site.slugs[10]}/index.html`);
    expect(reused).toContain(`/berita/${site.slugs[30]}/index.html`);
    // Its address and date are as they were: no sitemap changes.
    expect(sitemaps(rendered)).toEqual([]);
  });

  it('retitles an article', async () => {
    edit(site.slugs[12]!, setField('title', '"Judul Baru untuk Salinan Dua Belas"'));
    const { rendered } = await incrementalMatchesClean();
    expect(rendered).toContain(`/berita/${site.slugs[12]}/index.html`);
  });

  it('retags an article', async () => {
    edit(site.slugs[14]!, (markdown) => markdown.replace(/^tags:\n(?:  - .*\n)+/m, 'tags:\n  - Topik Baru\n'));
    const { rendered } = await incrementalMatchesClean();
    expect(rendered).toContain('/topik/topik-baru/index.html');
  });

  it('moves an article to another section', async () => {
    edit(site.slugs[16]!, setField('section', 'Olahraga'));
    const { rendered } = await incrementalMatchesClean();
    expect(rendered).toContain('/rubrik/olahraga/index.html');
  });

  it('encodes a replaced picture and no other, and no file keeps the old one', async () => {
    const mediaEntries = () => readdirSync(join(incremental.cacheDir, 'warta-media')).sort();
    const before = mediaEntries();
    writeFileSync(join(site.contentDir, 'articles', BUNDLE, 'foto.png'), makePng(640, 360));
    const { log } = await incrementalMatchesClean();
    // What it removes depends on the stage, which holds the release before the published one.
    // The other picture is in place: this folder's record (written by the build two before) names it.
    expect(pictureCounts(log)).toEqual({ published: 2, inPlace: 1, reused: 0, encoded: 1 });
    // The story's own file is unchanged, but its figure has the new picture's size and versions.
    const page = readFileSync(join(incremental.outDir, 'berita', BUNDLE, 'index.html'), 'utf8');
    expect(page).toContain('width="640" height="360"');
    expect(page).toContain('foto-640w.avif');
    expect(page).not.toContain('foto-800w');
    // The 800 px version went with the old picture; the cache holds the new picture's entry instead of the old one.
    expect(readdirSync(join(incremental.outDir, 'media', BUNDLE)).sort()).toEqual([
      'foto-480w.avif',
      'foto-480w.webp',
      'foto-640w.avif',
      'foto-640w.webp',
      'foto.png',
      'kedua-480w.avif',
      'kedua-480w.webp',
      'kedua-500w.avif',
      'kedua-500w.webp',
      'kedua.png',
    ]);
    const after = mediaEntries();
    expect(after).toHaveLength(before.length);
    expect(after.filter((entry) => !before.includes(entry))).toHaveLength(1);
  });

  it('removes a picture taken out of its bundle, and encodes nothing', async () => {
    rmSync(join(site.contentDir, 'articles', BUNDLE, 'kedua.png'));
    const { log } = await incrementalMatchesClean();
    // The picture left was replaced one build ago, after this folder's record: looked at, found in the cache.
    expect(pictureCounts(log)).toEqual({ published: 1, inPlace: 0, reused: 1, encoded: 0 });
    expect(readdirSync(join(incremental.outDir, 'media', BUNDLE)).filter((file) => file.startsWith('kedua'))).toEqual([]);
  });

  it('takes an article down as a draft, and no file keeps it or its picture', async () => {
    edit(BUNDLE, (markdown) => markdown.replace(/^---\n/, '---\ndraft: true\n'));
    await incrementalMatchesClean();
    expect(await outputMentions(incremental.outDir, BUNDLE)).toEqual([]);
    expect(await outputMentions(join(incremental.cacheDir, 'dist'), BUNDLE)).toEqual([]);
    // Its picture's versions are pruned from the cache: the cache holds what the site shows.
    expect(readdirSync(join(incremental.cacheDir, 'warta-media')).sort()).toEqual([MEDIA_PLACED_RECORD, MEDIA_SOURCES_RECORD]);
  });

  it('schedules an article into the future', async () => {
    edit(site.slugs[20]!, setField('date', '2023-03-01'));
    await incrementalMatchesClean();
    expect(await outputMentions(incremental.outDir, site.slugs[20]!)).toEqual([]);
  });

  it('deletes an article, and no file of the output or of the cache’s copies keeps it, nor any page of older stories changes', async () => {
    const { newer } = await keepsOlderPages(site.slugs[22]!, () => rmSync(articlePath(site.slugs[22]!)));
    // It was on numbered pages of the home page and of "Rusia": those from its page up shift by one.
    expect(newer.length).toBeGreaterThan(0);
    expect(await outputMentions(incremental.outDir, site.slugs[22]!)).toEqual([]);
    expect(await outputMentions(join(incremental.cacheDir, 'dist'), site.slugs[22]!)).toEqual([]);
  });

  it('publishes a backdated story, and every numbered page of older stories keeps its copy', async () => {
    const source = readFileSync(articlePath(site.slugs[3]!), 'utf8');
    const date = '2023-01-10T12:00:00+07:00';
    const { rendered, newer } = await keepsOlderPages('berita-susulan', () =>
      writeFileSync(articlePath('berita-susulan'), setField('title', '"Berita Susulan"')(setField('date', date)(source))),
    );
    expect(rendered).toContain('/berita/berita-susulan/index.html');
    // The pages of newer stories shift by one (unavoidable with pages of counted stories).
    expect(newer.length).toBeGreaterThan(0);
  });

  it('edits an author’s bio: the author’s page changes, the stories’ pages keep their copies', async () => {
    writeFileSync(profilePath, readFileSync(profilePath, 'utf8').replace('Wartawan uji untuk', 'Wartawan uji yang menulis untuk'));
    const { rendered, reused } = await incrementalMatchesClean();
    expect(rendered).toContain('/penulis/ayu-uji/index.html');
    expect(reused).toContain(`/berita/${site.slugs[6]}/index.html`);
  });

  it('adds a correction to an article', async () => {
    edit(site.slugs[11]!, addField('corrections:\n  - date: 2023-02-12T09:00:00+07:00\n    text: "Nama kota diperbaiki."'));
    const { rendered } = await incrementalMatchesClean();
    expect(rendered).toContain(`/berita/${site.slugs[11]}/index.html`);
  });

  it('adds an update to a live page', async () => {
    writeFileSync(articlePath(LIVE), `${readFileSync(articlePath(LIVE), 'utf8')}\n${liveUpdate('2023-02-15T10:00:00+07:00', 'Pembaruan kedua.')}`);
    const { rendered } = await incrementalMatchesClean();
    expect(rendered).toContain(`/berita/${LIVE}/index.html`);
  });

  it('rearranges the front page', async () => {
    writeFileSync(frontPagePath, `lead: ${site.slugs[9]}\nsections:\n  - Nasional\n`);
    const { rendered, reused } = await incrementalMatchesClean();
    expect(rendered).toContain('/index.html');
    expect(reused).toContain('/halaman/2/index.html');
  });

  it('takes the LANGSUNG badge off once a build runs after the coverage ended', async () => {
    settingsEnv.WARTA_NOW = '2023-02-21T12:00:00+07:00';
    const { rendered, reused } = await incrementalMatchesClean();
    expect(rendered).toContain(`/berita/${LIVE}/index.html`);
    expect(reused).toContain(`/berita/${site.slugs[30]}/index.html`);
  });

  it('links the pages from the cache into a new output folder, as on a CI machine', async () => {
    const newFolder = join(BUILDS_DIR, 'incremental-dist-new');
    rmSync(newFolder, { recursive: true, force: true });
    try {
      const { reused } = await incrementalMatchesClean([], newFolder);
      const page = `berita/${site.slugs[30]}/index.html`;
      expect(reused).toContain(`/${page}`);
      // The page is the cache's copy itself, linked, not a copy of it.
      expect(statSync(join(newFolder, page)).ino).toBe(statSync(join(incremental.cacheDir, 'dist', page)).ino);
    } finally {
      rmSync(newFolder, { recursive: true, force: true });
    }
  });

  it('empties an output folder that a build with another cache wrote since, instead of keeping its pages', async () => {
    await build('incremental');
    // Another cache builds an edited story into the same folder; then the edit is undone, so the
    // story's cache key is the one the incremental cache knows, but the folder holds the edit.
    const story = site.slugs[13]!;
    const original = readFileSync(articlePath(story), 'utf8');
    edit(story, (markdown) => `${markdown}\nParagraf dari bangunan lain.\n`);
    const other = await buildSite({ contentDir: site.contentDir, outDir: incremental.outDir, env: { ...settingsEnv, WARTA_CACHE_DIR: join(BUILDS_DIR, 'other-cache') } });
    expect(other.exitCode).toBe(0);
    writeFileSync(articlePath(story), original);
    const { reused } = await incrementalMatchesClean();
    const page = `berita/${story}/index.html`;
    expect(reused).toContain(`/${page}`);
    // The folder was emptied and the page put back from this build's own cache.
    expect(statSync(join(incremental.outDir, page)).ino).toBe(statSync(join(incremental.cacheDir, 'dist', page)).ino);
    rmSync(join(BUILDS_DIR, 'other-cache'), { recursive: true, force: true });
  });

  it('renders every page again after a build that did not finish', async () => {
    // What a killed build leaves: its marker. Its manifest may list pages whose copies it overwrote.
    writeFileSync(join(incremental.cacheDir, 'warta-build-running'), '');
    const { reused, log } = await incrementalMatchesClean();
    expect(reused).toEqual([]);
    expect(log).toContain('the last build did not finish');
  });

  it('replaces only the changed partition of a search index in several partitions', async () => {
    // Runs of 8 stories: the setting is in every key, so this build renders every page.
    settingsEnv.WARTA_SEARCH_SHARD_PAGES = '8';
    await incrementalMatchesClean();
    edit(site.slugs[25]!, (markdown) => `${markdown}\nParagraf tambahan untuk indeks pencarian.\n`);
    const { log } = await incrementalMatchesClean();
    expect(log).toMatch(/search index: \d+ pages in [2-9] partitions, 1 indexed/);
    // The build after next of a full render: its stage is the full render's release, whose pages,
    // placed there before Astro rendered them again, became the cache's copies; few are linked.
    edit(site.slugs[26]!, (markdown) => `${markdown}\nParagraf tambahan sesudah semua halaman dibuat lagi.\n`);
    const [, inPlace, linkedIn] = /(\d+) cached pages already in the output folder, (\d+) linked in from the cache/.exec((await incrementalMatchesClean()).log)!.map(Number);
    expect(linkedIn).toBeLessThan(inPlace! / 10);
  });

  it('renders every page again when a setting they show changes', async () => {
    settingsEnv.WARTA_SITE_NAME = 'Warta Uji';
    const { reused } = await incrementalMatchesClean();
    expect(reused).toEqual([]);
  });

  it('builds from nothing with --clean', async () => {
    const { reused } = await incrementalMatchesClean(['--clean']);
    expect(reused).toEqual([]);
  });

  it('skips a build when nothing changed since the last one finished', async () => {
    // The last build's inputs were written just before it: they settle, and one more build records them.
    await sleep(SETTLED_MS + 100);
    await build('incremental');
    const { rendered, log } = await incrementalMatchesClean();
    expect(log).toContain('nothing changed since the last build');
    expect(rendered).toEqual([]);
  });

  it('builds again, with nothing changed, once a scheduled story’s moment has come', async () => {
    // The real clock: the moment a scheduled story appears must pass between two builds.
    delete settingsEnv.WARTA_NOW;
    const moment = new Date(Math.ceil((Date.now() + 15_000) / 1000) * 1000);
    writeFileSync(
      articlePath('terjadwal-uji'),
      setField('title', '"Berita Terjadwal Uji"')(setField('date', moment.toISOString().replace('.000Z', 'Z'))(readFileSync(articlePath(site.slugs[3]!), 'utf8'))),
    );
    await sleep(SETTLED_MS + 100);
    const before = await build('incremental');
    expect(before.output).not.toContain('nothing changed since the last build');
    await sleep(Math.max(0, moment.getTime() + 1_000 - Date.now()));
    const { rendered, log } = await incrementalMatchesClean();
    expect(log).not.toContain('nothing changed since the last build');
    expect(rendered).toContain('/berita/terjadwal-uji/index.html');
  });
});
