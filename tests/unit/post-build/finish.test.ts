import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { finishBuild } from '../../../src/post-build/finish.ts';
import { planShards } from '../../../src/post-build/search-index.ts';
import { tempDir } from '../../support/temp.ts';

describe('planShards', () => {
  const pages = ['berita/a/index.html', 'berita/b/index.html', 'berita/c/index.html'];

  it('keeps a site below one shard in the one ordinary bundle', () => {
    expect(planShards(pages, 3)).toEqual([{ folder: 'pagefind', pages }]);
    expect(planShards([], 3)).toEqual([{ folder: 'pagefind', pages: [] }]);
  });

  it('puts further shards in numbered folders inside the bundle, every page once', () => {
    expect(planShards(pages, 2)).toEqual([
      { folder: 'pagefind', pages: pages.slice(0, 2) },
      { folder: 'pagefind/bagian-2', pages: pages.slice(2) },
    ]);
    expect(planShards(pages, 1).map((shard) => shard.folder)).toEqual(['pagefind', 'pagefind/bagian-2', 'pagefind/bagian-3']);
  });
});

/** A built site of article pages as Warta writes them, with the body marked for Pagefind. */
function builtSite(headlines: readonly string[]): string {
  const dir = tempDir('finish');
  for (const [index, headline] of headlines.entries()) {
    mkdirSync(join(dir, 'berita', `artikel-${index}`), { recursive: true });
    const body = `<article data-pagefind-body><h1>${headline}</h1>${'<p>Isi berita yang cukup panjang untuk dikompresi.</p>'.repeat(40)}</article>`;
    writeFileSync(join(dir, 'berita', `artikel-${index}`, 'index.html'), `<!doctype html><html lang="id"><head><title>${headline}</title></head><body>${body}</body></html>`);
  }
  writeFileSync(join(dir, 'rss.xml'), '<rss>'.repeat(400));
  return dir;
}

describe('finishBuild', () => {
  const log = () => {};

  it('writes one search index and compresses the site and the index', async () => {
    const dir = builtSite(['Gempa Guncang Cianjur', 'Harga Beras Naik']);
    await finishBuild(dir, { searchShardPages: 10, log });
    expect(existsSync(join(dir, 'pagefind', 'pagefind-entry.json'))).toBe(true);
    expect(JSON.parse(readFileSync(join(dir, 'pagefind', 'warta-shards.json'), 'utf8'))).toEqual([]);
    expect(JSON.parse(readFileSync(join(dir, 'pagefind', 'pagefind-entry.json'), 'utf8')).languages.id.page_count).toBe(2);
    expect(readdirSync(join(dir, 'berita', 'artikel-0')).sort()).toEqual(['index.html', 'index.html.br', 'index.html.gz']);
    expect(existsSync(join(dir, 'pagefind', 'pagefind.js.gz'))).toBe(true);
    expect(existsSync(join(dir, 'rss.xml.br'))).toBe(true);
  });

  it('splits the index into shards the manifest lists, each with its share of the pages', async () => {
    const dir = builtSite(['Satu', 'Dua', 'Tiga']);
    await finishBuild(dir, { searchShardPages: 2, log });
    expect(JSON.parse(readFileSync(join(dir, 'pagefind', 'warta-shards.json'), 'utf8'))).toEqual(['bagian-2/']);
    const count = (folder: string) => JSON.parse(readFileSync(join(dir, folder, 'pagefind-entry.json'), 'utf8')).languages.id.page_count;
    expect([count('pagefind'), count('pagefind/bagian-2')]).toEqual([2, 1]);
    expect(existsSync(join(dir, 'pagefind', 'bagian-2', 'pagefind.js.gz'))).toBe(true);
  });

  it('fails, saying so, when a page cannot be indexed', async () => {
    const dir = builtSite(['Satu']);
    // A folder where a page should be: reading it fails.
    mkdirSync(join(dir, 'berita', 'rusak', 'index.html'), { recursive: true });
    await expect(finishBuild(dir, { searchShardPages: 10, log })).rejects.toThrow('the search index could not be written');
  });
});
