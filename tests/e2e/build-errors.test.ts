/**
 * A broken article stops the build with one line per problem, naming the file, the field and
 * what was expected, and no site is written.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../support/build-site.ts';
import { copyFixtureSite } from '../support/fixture-site.ts';

function withArticles(files: Readonly<Record<string, string>>): string {
  const dir = copyFixtureSite('basic');
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, 'articles', name, '..'), { recursive: true });
    writeFileSync(join(dir, 'articles', name), text);
  }
  return dir;
}

describe('a build with broken articles', () => {
  it('stops with every problem named, and writes no page', async () => {
    const contentDir = withArticles({
      'tanggal-salah.md': '---\ntitle: Judul\ndescription: Ringkasan.\ndate: kemarin\nsection: Dunia\n---\nIsi.\n',
      'tautan-salah.md': '---\ntitle: Judul\ndescription: Ringkasan.\ndate: 2024-01-01\nsection: Dunia\nrelated:\n  - { title: x, url: "javascript:alert(1)" }\n---\nIsi.\n',
      'kosong.md': '',
      'artikel-uji-pertama/index.md': '---\ntitle: Kembar\ndescription: Slug kembar.\ndate: 2024-01-01\nsection: Dunia\n---\nIsi.\n',
    });
    const build = await buildSite({ contentDir });
    expect(build.exitCode).not.toBe(0);
    const articles = join(contentDir, 'articles');
    for (const line of [
      `${articles}/tanggal-salah.md: date: expected an ISO 8601 date (2023-02-01) or date-time with an offset (2023-02-01T14:30:00+07:00), got "kemarin"`,
      `${articles}/tautan-salah.md: related.0.url: expected an http: or https: URL or a path on this site starting with /, got "javascript:alert(1)"`,
      `${articles}/kosong.md: file: expected front matter and a body, got an empty file`,
      `${articles}/artikel-uji-pertama.md: slug: expected a unique slug, but "artikel-uji-pertama" is also used by ${articles}/artikel-uji-pertama/index.md`,
    ]) {
      expect(build.output).toContain(line);
    }
    expect(existsSync(join(build.outDir, 'index.html'))).toBe(false);
    expect(existsSync(join(build.outDir, 'berita'))).toBe(false);
  });

  it('refuses a binary file in place of an article', async () => {
    const contentDir = withArticles({ 'biner.md': '\u0000\u0001PNG' });
    const build = await buildSite({ contentDir });
    expect(build.exitCode).not.toBe(0);
    expect(build.output).toContain(`${join(contentDir, 'articles')}/biner.md: file: expected a UTF-8 text file, got binary data`);
  });
});
