import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { MIN_BYTES, precompressDir } from '../../../src/post-build/precompress.ts';
import { makePng } from '../../support/png.ts';
import { tempDir } from '../../support/temp.ts';

describe('precompressDir', () => {
  it('writes .gz and .br beside text files that are worth it, and nothing else', async () => {
    const dir = tempDir('precompress');
    mkdirSync(join(dir, 'berita/x'), { recursive: true });
    const page = '<p>Berita.</p>'.repeat(200);
    writeFileSync(join(dir, 'berita/x/index.html'), page);
    writeFileSync(join(dir, 'rss.xml'), '<rss>'.repeat(400));
    writeFileSync(join(dir, 'kecil.txt'), 'a'.repeat(MIN_BYTES - 1));
    writeFileSync(join(dir, 'foto.png'), makePng(64, 64));
    expect(await precompressDir(dir)).toBe(2);
    expect(gunzipSync(readFileSync(join(dir, 'berita/x/index.html.gz'))).toString()).toBe(page);
    expect(brotliDecompressSync(readFileSync(join(dir, 'berita/x/index.html.br'))).toString()).toBe(page);
    expect(readdirSync(dir).sort()).toEqual(['berita', 'foto.png', 'kecil.txt', 'rss.xml', 'rss.xml.br', 'rss.xml.gz']);
  });
});

describe('precompressDir with folders to skip', () => {
  it('leaves the skipped folders alone, and only those', async () => {
    const dir = tempDir('precompress');
    const page = '<p>Berita.</p>'.repeat(200);
    for (const folder of ['pagefind', 'pagefind-lain', 'berita/pagefind']) {
      mkdirSync(join(dir, folder), { recursive: true });
      writeFileSync(join(dir, folder, 'index.html'), page);
    }
    expect(await precompressDir(dir, ['pagefind'])).toBe(2);
    expect(readdirSync(join(dir, 'pagefind'))).toEqual(['index.html']);
    expect(readdirSync(join(dir, 'pagefind-lain')).sort()).toEqual(['index.html', 'index.html.br', 'index.html.gz']);
  });
});
