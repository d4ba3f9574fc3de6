import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { duplicateSlugProblems, findArticleFiles, isArticlePath } from '../../../src/lib/content/article-files.ts';
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
});
