import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { finishBuild } from '../../../src/post-build/finish.ts';
import { writeSearchIndex } from '../../../src/post-build/search-index.ts';
import { HOT_PARTITION_PAGES } from '../../../src/lib/settings.ts';
import { tempDir } from '../../support/temp.ts';

interface Story {
  headline: string;
  /** ISO day of publication. */
  date: string;
}

const articlePage = ({ headline, date }: Story, around = '') =>
  `<!doctype html><html lang="id"><head><title>${headline}</title><meta property="article:published_time" content="${date}T08:00:00+07:00"></head><body>` +
  `<article data-pagefind-body><h1>${headline}</h1>${'<p>Isi berita yang cukup panjang untuk dikompresi.</p>'.repeat(40)}</article><nav>${around}</nav></body></html>`;

function writeStory(dir: string, slug: string, story: Story, around?: string): void {
  mkdirSync(join(dir, 'berita', slug), { recursive: true });
  writeFileSync(join(dir, 'berita', slug, 'index.html'), articlePage(story, around));
}

/** A built site of article pages as Warta writes them, with the body marked for Pagefind. */
function builtSite(stories: Readonly<Record<string, Story>>): string {
  const dir = tempDir('finish');
  for (const [slug, story] of Object.entries(stories)) writeStory(dir, slug, story);
  writeFileSync(join(dir, 'rss.xml'), '<rss>'.repeat(400));
  return dir;
}

/** Every file below `dir`, relative, with its bytes. */
function snapshot(dir: string): Map<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return new Map(files.map((entry) => [join(entry.parentPath, entry.name).slice(dir.length), readFileSync(join(entry.parentPath, entry.name)).toString('base64')]));
}

const pageCount = (dir: string, folder = '') => JSON.parse(readFileSync(join(dir, 'pagefind', folder, 'pagefind-entry.json'), 'utf8')).languages.id.page_count;
const manifest = (dir: string) => JSON.parse(readFileSync(join(dir, 'pagefind', 'warta-shards.json'), 'utf8'));
const log = () => {};

describe('finishBuild', () => {
  it('writes one search index for a year of stories, and no compressed files unless asked', async () => {
    const dir = builtSite({ gempa: { headline: 'Gempa Guncang Cianjur', date: '2023-01-02' }, beras: { headline: 'Harga Beras Naik', date: '2023-05-06' } });
    await finishBuild(dir, { searchShardPages: 10, searchHotPages: HOT_PARTITION_PAGES, cacheDir: tempDir('cache'), precompress: false, log });
    expect(manifest(dir)).toEqual([]);
    expect(pageCount(dir)).toBe(2);
    expect(readdirSync(join(dir, 'berita', 'gempa'))).toEqual(['index.html']);
    expect(existsSync(join(dir, 'rss.xml.gz'))).toBe(false);
  });

  it('compresses the site and the index when asked', async () => {
    const dir = builtSite({ gempa: { headline: 'Gempa Guncang Cianjur', date: '2023-01-02' } });
    await finishBuild(dir, { searchShardPages: 10, searchHotPages: HOT_PARTITION_PAGES, cacheDir: tempDir('cache'), precompress: true, log });
    expect(readdirSync(join(dir, 'berita', 'gempa')).sort()).toEqual(['index.html', 'index.html.br', 'index.html.gz']);
    expect(existsSync(join(dir, 'pagefind', 'pagefind.js.gz'))).toBe(true);
    expect(existsSync(join(dir, 'rss.xml.br'))).toBe(true);
  });

  it('splits a larger archive by year: the newest partition is the bundle, the others are listed for merging', async () => {
    const dir = builtSite({
      satu: { headline: 'Satu', date: '2024-03-01' },
      dua: { headline: 'Dua', date: '2023-07-01' },
      tiga: { headline: 'Tiga', date: '2023-08-01' },
      empat: { headline: 'Empat', date: '2021-01-01' },
    });
    // Two pages at most: no two years fit in one partition.
    await finishBuild(dir, { searchShardPages: 2, searchHotPages: HOT_PARTITION_PAGES, cacheDir: tempDir('cache'), precompress: false, log });
    expect(manifest(dir)).toEqual(['2023/', '2021/']);
    expect([pageCount(dir), pageCount(dir, '2023'), pageCount(dir, '2021')]).toEqual([1, 2, 1]);
  });

  it('fails, saying so, when a page cannot be indexed', async () => {
    const dir = builtSite({ satu: { headline: 'Satu', date: '2023-01-01' } });
    // A folder where a page should be: reading it fails.
    mkdirSync(join(dir, 'berita', 'rusak', 'index.html'), { recursive: true });
    await expect(finishBuild(dir, { searchShardPages: 10, searchHotPages: HOT_PARTITION_PAGES, cacheDir: tempDir('cache'), precompress: false, log })).rejects.toThrow(
      'the search index could not be written',
    );
  });
});

describe('writeSearchIndex', () => {
  const stories: Record<string, Story> = {};
  for (let day = 1; day <= 150; day++) stories[`berita-${day}`] = { headline: `Berita nomor ${day}`, date: `${2022 + (day % 2)}-0${1 + (day % 9)}-1${day % 10}` };

  it('writes the same bytes from the same pages, every time', async () => {
    const [first, second] = [builtSite(stories), builtSite(stories)];
    await writeSearchIndex(first, { partitionPages: 100, hotPages: HOT_PARTITION_PAGES, cacheDir: tempDir('cache') });
    await writeSearchIndex(second, { partitionPages: 100, hotPages: HOT_PARTITION_PAGES, cacheDir: tempDir('cache') });
    expect(snapshot(join(second, 'pagefind'))).toEqual(snapshot(join(first, 'pagefind')));
  });

  it('re-indexes only the partitions whose stories changed, and drops a story that went at once', async () => {
    const dir = builtSite(stories);
    const cacheDir = tempDir('cache');
    const options = { partitionPages: 100, hotPages: HOT_PARTITION_PAGES, cacheDir };
    expect(await writeSearchIndex(dir, options)).toEqual({ pages: 150, partitions: 2, indexed: 2, indexedPages: 150 });
    const clean = snapshot(join(dir, 'pagefind'));

    expect(await writeSearchIndex(dir, options)).toEqual({ pages: 150, partitions: 2, indexed: 0, indexedPages: 0 });
    expect(snapshot(join(dir, 'pagefind'))).toEqual(clean);

    // What surrounds the story is not indexed: no partition changes.
    writeStory(dir, 'berita-1', stories['berita-1']!, '<a href="/berita/baru/">Berita baru</a>');
    expect((await writeSearchIndex(dir, options)).indexed).toBe(0);

    writeStory(dir, 'berita-1', { ...stories['berita-1']!, headline: 'Ralat: berita nomor 1' });
    expect((await writeSearchIndex(dir, options)).indexed).toBe(1);

    rmSync(join(dir, 'berita', 'berita-2'), { recursive: true });
    expect(await writeSearchIndex(dir, options)).toEqual({ pages: 149, partitions: 2, indexed: 1, indexedPages: 74 });
    expect(pageCount(dir) + pageCount(dir, '2022')).toBe(149);
    // Only the partitions of this build stay in the cache.
    expect(readdirSync(join(cacheDir, 'warta-search'))).toHaveLength(2);

    // The same index as a build from nothing of the same pages.
    const fresh = builtSite({});
    cpSync(join(dir, 'berita'), join(fresh, 'berita'), { recursive: true });
    await writeSearchIndex(fresh, { partitionPages: 100, hotPages: HOT_PARTITION_PAGES, cacheDir: tempDir('cache') });
    expect(snapshot(join(dir, 'pagefind'))).toEqual(snapshot(join(fresh, 'pagefind')));
  });

  it('re-indexes only the hot partition for a new story, until it grows into a run of its own', async () => {
    const dir = builtSite(stories);
    // 2023's 75 stories: runs of 20 from the oldest, then the newest 15 in the hot partition, the bundle.
    const options = { partitionPages: 100, hotPages: 20, cacheDir: tempDir('cache') };
    expect(await writeSearchIndex(dir, options)).toEqual({ pages: 150, partitions: 5, indexed: 5, indexedPages: 150 });
    expect(manifest(dir)).toEqual(['2023.40/', '2023.20/', '2023.0/', '2022/']);
    expect(pageCount(dir)).toBe(15);
    const publish = async (day: number) => {
      writeStory(dir, `baru-${day}`, { headline: `Berita baru ${day}`, date: `2023-12-${10 + day}` });
      return writeSearchIndex(dir, options);
    };
    for (let day = 1; day <= 5; day++) expect(await publish(day)).toMatchObject({ partitions: 5, indexed: 1, indexedPages: 15 + day });
    // The sixth starts a new hot partition: the full one is a run now, with its key and its cached index.
    expect(await publish(6)).toMatchObject({ partitions: 6, indexed: 1, indexedPages: 1 });
    expect(manifest(dir)).toEqual(['2023.60/', '2023.40/', '2023.20/', '2023.0/', '2022/']);
    expect(pageCount(dir)).toBe(1);
    // Two clean builds of the same pages cut the same runs: the index is a function of the pages.
    const fresh = builtSite({});
    cpSync(join(dir, 'berita'), join(fresh, 'berita'), { recursive: true });
    await writeSearchIndex(fresh, { ...options, cacheDir: tempDir('cache') });
    expect(snapshot(join(dir, 'pagefind'))).toEqual(snapshot(join(fresh, 'pagefind')));
  });

  it("leaves the bundle's unchanged partitions in place and replaces only the changed one", async () => {
    const dir = builtSite(stories);
    const options = { partitionPages: 100, hotPages: HOT_PARTITION_PAGES, cacheDir: tempDir('cache') };
    await writeSearchIndex(dir, options);
    const inode = (file: string) => statSync(join(dir, 'pagefind', file)).ino;
    const [newest, older] = [inode('pagefind-entry.json'), inode('2022/pagefind-entry.json')];

    // berita-1 is from 2023, the newest partition: the bundle's own files.
    writeStory(dir, 'berita-1', { ...stories['berita-1']!, headline: 'Ralat: berita nomor 1' });
    expect((await writeSearchIndex(dir, options)).indexed).toBe(1);
    expect(inode('2022/pagefind-entry.json')).toBe(older);
    expect(inode('pagefind-entry.json')).not.toBe(newest);

    const newestNow = inode('pagefind-entry.json');
    writeStory(dir, 'berita-2', { ...stories['berita-2']!, headline: 'Ralat: berita nomor 2' });
    expect((await writeSearchIndex(dir, options)).indexed).toBe(1);
    expect(inode('pagefind-entry.json')).toBe(newestNow);
    expect(inode('2022/pagefind-entry.json')).not.toBe(older);

    // Still the index a build from nothing writes.
    const fresh = builtSite({});
    cpSync(join(dir, 'berita'), join(fresh, 'berita'), { recursive: true });
    await writeSearchIndex(fresh, { partitionPages: 100, hotPages: HOT_PARTITION_PAGES, cacheDir: tempDir('cache') });
    expect(snapshot(join(dir, 'pagefind'))).toEqual(snapshot(join(fresh, 'pagefind')));
  });
});
