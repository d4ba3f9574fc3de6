import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { MIN_BYTES, openPrecompressor, planCompression, staleCompanions } from '../../../src/post-build/precompress.ts';
import { makePng } from '../../support/png.ts';
import { tempDir } from '../../support/temp.ts';

const page = (text: string) => `<p>${text}</p>`.repeat(200);

/** One build's precompression, as src/post-build/finish.ts runs it. */
async function precompress(dir: string, store: string, skip: readonly string[] = []) {
  const precompressor = await openPrecompressor(dir, store);
  const counts = await precompressor.compressDir(dir, skip);
  await precompressor.save();
  return counts;
}

describe('planCompression', () => {
  it('compresses what is new or changed and reuses what the last build had, wherever it was', () => {
    const previous = { 'a.html': 'd1', 'b.html': 'd2', 'gone.html': 'd3' };
    const current = { 'a.html': 'd1', 'b.html': 'd9', 'moved.html': 'd2', 'new.html': 'd4' };
    expect(planCompression(previous, current)).toEqual({ reuse: ['a.html', 'moved.html'], compress: ['b.html', 'new.html'], obsolete: ['d3'] });
  });

  it('compresses everything on a first build', () => {
    expect(planCompression({}, { 'a.html': 'd1' })).toEqual({ reuse: [], compress: ['a.html'], obsolete: [] });
  });
});

describe('staleCompanions', () => {
  it('names compressed files of text files not compressed now, and leaves other archives alone', () => {
    const files = ['a.html', 'a.html.gz', 'a.html.br', 'gone.html.gz', 'small.css.br', 'small.css', 'data.csv.gz'];
    expect(staleCompanions(files, new Set(['a.html']))).toEqual(['gone.html.gz', 'small.css.br']);
  });
});

describe('openPrecompressor', () => {
  it('writes .gz and .br beside text files that are worth it, and nothing else', async () => {
    const dir = tempDir('precompress');
    mkdirSync(join(dir, 'berita/x'), { recursive: true });
    writeFileSync(join(dir, 'berita/x/index.html'), page('Berita.'));
    writeFileSync(join(dir, 'rss.xml'), '<rss>'.repeat(400));
    writeFileSync(join(dir, 'kecil.txt'), 'a'.repeat(MIN_BYTES - 1));
    writeFileSync(join(dir, 'foto.png'), makePng(64, 64));
    expect(await precompress(dir, tempDir('store'))).toEqual({ files: 2, compressed: 2 });
    expect(gunzipSync(readFileSync(join(dir, 'berita/x/index.html.gz'))).toString()).toBe(page('Berita.'));
    expect(brotliDecompressSync(readFileSync(join(dir, 'berita/x/index.html.br'))).toString()).toBe(page('Berita.'));
    expect(readdirSync(dir).sort()).toEqual(['berita', 'foto.png', 'kecil.txt', 'rss.xml', 'rss.xml.br', 'rss.xml.gz']);
  });

  it('leaves the skipped folders alone, and only those', async () => {
    const dir = tempDir('precompress');
    for (const folder of ['pagefind', 'pagefind-lain', 'berita/pagefind']) {
      mkdirSync(join(dir, folder), { recursive: true });
      writeFileSync(join(dir, folder, 'index.html'), page(folder));
    }
    expect((await precompress(dir, tempDir('store'), ['pagefind'])).files).toBe(2);
    expect(readdirSync(join(dir, 'pagefind'))).toEqual(['index.html']);
    expect(readdirSync(join(dir, 'pagefind-lain')).sort()).toEqual(['index.html', 'index.html.br', 'index.html.gz']);
  });

  it('compresses only what changed since the last build, into a fresh output folder too', async () => {
    const store = tempDir('store');
    const build = (pages: Readonly<Record<string, string>>) => {
      const dir = tempDir('precompress');
      for (const [name, text] of Object.entries(pages)) writeFileSync(join(dir, name), page(text));
      return dir;
    };
    expect(await precompress(build({ 'a.html': 'A', 'b.html': 'B', 'c.html': 'C' }), store)).toEqual({ files: 3, compressed: 3 });
    const next = build({ 'a.html': 'A', 'b.html': 'B, diralat', 'd.html': 'C' });
    expect(await precompress(next, store)).toEqual({ files: 3, compressed: 1 });
    expect(gunzipSync(readFileSync(join(next, 'b.html.gz'))).toString()).toBe(page('B, diralat'));
    expect(brotliDecompressSync(readFileSync(join(next, 'd.html.br'))).toString()).toBe(page('C'));
    // The store keeps the copies of this build's contents only.
    expect(readdirSync(store).filter((file) => file !== 'manifest.json')).toHaveLength(6);
  });

  it('removes compressed copies of a page that went or shrank, where the folder was kept', async () => {
    const dir = tempDir('precompress');
    const store = tempDir('store');
    writeFileSync(join(dir, 'a.html'), page('A'));
    writeFileSync(join(dir, 'b.html'), page('B'));
    await precompress(dir, store);
    rmSync(join(dir, 'a.html'));
    writeFileSync(join(dir, 'b.html'), 'kecil');
    await precompress(dir, store);
    expect(readdirSync(dir).sort()).toEqual(['b.html']);
  });

  it('never writes a change through to the stored copies another page shares', async () => {
    const dir = tempDir('precompress');
    const store = tempDir('store');
    writeFileSync(join(dir, 'a.html'), page('Sama'));
    writeFileSync(join(dir, 'b.html'), page('Sama'));
    await precompress(dir, store);
    // Now both pages' compressed files are the stored ones.
    await precompress(dir, store);
    writeFileSync(join(dir, 'a.html'), page('Beda'));
    expect(await precompress(dir, store)).toEqual({ files: 2, compressed: 1 });
    expect(gunzipSync(readFileSync(join(dir, 'a.html.gz'))).toString()).toBe(page('Beda'));
    expect(gunzipSync(readFileSync(join(dir, 'b.html.gz'))).toString()).toBe(page('Sama'));
    expect(brotliDecompressSync(readFileSync(join(dir, 'b.html.br'))).toString()).toBe(page('Sama'));
  });

  it('compresses again what the store lost', async () => {
    const dir = tempDir('precompress');
    const store = tempDir('store');
    writeFileSync(join(dir, 'a.html'), page('A'));
    await precompress(dir, store);
    for (const file of readdirSync(store)) if (file !== 'manifest.json') rmSync(join(store, file));
    rmSync(join(dir, 'a.html.gz'));
    expect(await precompress(dir, store)).toEqual({ files: 1, compressed: 1 });
    expect(existsSync(join(dir, 'a.html.gz'))).toBe(true);
  });
});
