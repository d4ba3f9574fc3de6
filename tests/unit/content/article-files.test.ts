import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleFilesOf, bundleIndexOf, duplicateSlugProblems, findArticleFiles, isArticlePath, isBundleIndex, readAhead, type ArticleFile } from '../../../src/lib/content/article-files.ts';
import { tempDir } from '../../support/temp.ts';

describe('article files', () => {
  it('knows the two layouts and nothing deeper', () => {
    expect(isArticlePath('a.md')).toBe(true);
    expect(isArticlePath('a/index.md')).toBe(true);
    expect(isArticlePath('a/notes.md')).toBe(false);
    expect(isArticlePath('a/b/index.md')).toBe(false);
    expect(isArticlePath('a.txt')).toBe(false);
  });

  it('finds single files and bundles, not the files beside them', async () => {
    const dir = tempDir('files');
    mkdirSync(join(dir, 'dua'));
    for (const file of ['satu.md', 'dua/index.md', 'dua/foto.png', 'dua/catatan.md', 'README.txt']) writeFileSync(join(dir, file), 'x');
    const files = await findArticleFiles(dir);
    expect(files.map(({ slug, relativePath }) => ({ slug, relativePath }))).toEqual([
      { slug: 'dua', relativePath: 'dua/index.md' },
      { slug: 'satu', relativePath: 'satu.md' },
    ]);
    expect(files[0]!.path).toBe(join(dir, 'dua/index.md'));
  });

  it('skips hidden names and folders without an index.md, follows links', async () => {
    const dir = tempDir('files-links');
    const elsewhere = tempDir('files-elsewhere');
    mkdirSync(join(dir, 'kosong'));
    mkdirSync(join(dir, 'catatan.md'));
    mkdirSync(join(elsewhere, 'tiga'));
    for (const file of ['.draf.md', 'kosong/foto.png', 'catatan.md/index.md']) writeFileSync(join(dir, file), 'x');
    for (const file of ['empat.md', 'tiga/index.md']) writeFileSync(join(elsewhere, file), 'x');
    symlinkSync(join(elsewhere, 'empat.md'), join(dir, 'empat.md'));
    symlinkSync(join(elsewhere, 'tiga'), join(dir, 'tiga'));
    symlinkSync(join(elsewhere, 'hilang.md'), join(dir, 'hilang.md'));
    const files = await findArticleFiles(dir);
    expect(files.map(({ relativePath }) => relativePath)).toEqual(['catatan.md/index.md', 'empat.md', 'tiga/index.md']);
  });

  it('reports two files with one slug, naming both', () => {
    const files = [
      { slug: 'a', path: '/c/a.md', relativePath: 'a.md' },
      { slug: 'a', path: '/c/a/index.md', relativePath: 'a/index.md' },
      { slug: 'b', path: '/c/b.md', relativePath: 'b.md' },
    ];
    expect(duplicateSlugProblems(files, (file) => `content/articles/${file.relativePath}`)).toEqual([
      { file: 'content/articles/a.md', field: 'slug', message: 'expected a unique slug, but "a" is also used by content/articles/a/index.md' },
    ]);
  });

  it('names both files a slug can be, as findArticleFiles names them', async () => {
    const dir = tempDir('articles');
    mkdirSync(join(dir, 'dua'));
    writeFileSync(join(dir, 'dua.md'), '');
    writeFileSync(join(dir, 'dua', 'index.md'), '');
    expect(articleFilesOf(dir, 'dua')).toEqual(await findArticleFiles(dir));
  });
});

describe('bundle files', () => {
  it('tells a bundle’s index.md from a story file', () => {
    expect(isBundleIndex('berita-x/index.md')).toBe(true);
    expect(isBundleIndex('berita-x.md')).toBe(false);
    expect(isBundleIndex('berita-x/foto.jpg')).toBe(false);
  });

  it('takes a file of a bundle for its story, and nothing else', () => {
    expect(bundleIndexOf('berita-x/foto.jpg')).toBe('berita-x/index.md');
    expect(bundleIndexOf('berita-x/gambar/peta.png')).toBe('berita-x/index.md');
    expect(bundleIndexOf('berita-x\\foto.jpg')).toBe('berita-x/index.md');
    expect(bundleIndexOf('berita-x/index.md')).toBeUndefined();
    expect(bundleIndexOf('berita-x.md')).toBeUndefined();
    expect(bundleIndexOf('.draf/foto.jpg')).toBeUndefined();
    expect(bundleIndexOf('../luar/foto.jpg')).toBeUndefined();
  });
});

describe('readAhead', () => {
  const files: ArticleFile[] = Array.from({ length: 10 }, (_, index) => ({ slug: `a-${index}`, path: `/x/a-${index}.md`, relativePath: `a-${index}.md` }));

  it('gives every file its own content, in order, with at most depth + 1 reads started ahead', async () => {
    const started: string[] = [];
    const reads = readAhead(files, 3, async (file) => {
      started.push(file.slug);
      return Buffer.from(file.slug);
    });
    const contents: string[] = [];
    for (const [index, read] of reads.entries()) {
      const content = read();
      // Starting the read of file i starts those up to i + 3, never further.
      expect(started).toHaveLength(Math.min(index + 4, files.length));
      contents.push((await content).toString());
    }
    expect(contents).toEqual(files.map((file) => file.slug));
    expect(started).toEqual(files.map((file) => file.slug));
  });

  it('hands a failed read to the file it belongs to, not to the process', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      const reads = readAhead(files.slice(0, 3), 2, async (file) => {
        if (file.slug === 'a-2') throw new Error('tidak terbaca');
        return Buffer.from(file.slug);
      });
      expect((await reads[0]!()).toString()).toBe('a-0');
      // The failing read has started and failed, long before its turn.
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect((await reads[1]!()).toString()).toBe('a-1');
      await expect(reads[2]!()).rejects.toThrow('tidak terbaca');
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });

  it('reads real files by default', async () => {
    const dir = tempDir('read-ahead');
    writeFileSync(join(dir, 'satu.md'), 'isi satu');
    const [read] = readAhead([{ slug: 'satu', path: join(dir, 'satu.md'), relativePath: 'satu.md' }]);
    expect((await read!()).toString()).toBe('isi satu');
  });
});
