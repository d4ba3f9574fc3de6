/**
 * A broken article stops the build with one line per problem, naming the file, the field and
 * what was expected, and no site is written.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
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

describe('hostile and odd article files', () => {
  const frontMatter = (title: string) => `---\ntitle: ${title}\ndescription: Ringkasan.\ndate: 2024-01-01\nsection: Uji\n---\n`;

  it('refuses a body nested 10,000 levels deep with one line naming the body, and writes no page', async () => {
    const contentDir = withArticles({ 'bersarang.md': `${frontMatter('Bersarang')}\n${'>'.repeat(10_000)} x\n` });
    const build = await buildSite({ contentDir });
    expect(build.exitCode).not.toBe(0);
    expect(build.output).toContain(`${join(contentDir, 'articles')}/bersarang.md: body: expected lists and quotes nested at most 100 levels deep, got 10000 at line 1 of the body`);
    expect(build.output).not.toMatch(/RangeError|at Object\.|\.ts:\d+:\d+/);
    expect(existsSync(join(build.outDir, 'index.html'))).toBe(false);
  });

  it('builds a 10 MB article, one all on one line, one with a BOM and CRLF, and one with no body', async () => {
    const paragraph = `${'Kalimat berita yang diulang. '.repeat(40)}\n\n`;
    const contentDir = withArticles({
      'besar.md': frontMatter('Besar') + paragraph.repeat(Math.ceil((10 * 1024 * 1024) / paragraph.length)),
      'satu-baris.md': frontMatter('Satu Baris') + 'kata '.repeat(100_000),
      'bom-crlf.md': `\uFEFF${frontMatter('BOM CRLF')}\nIsi dengan CRLF.\n`.replace(/\n/g, '\r\n'),
      'tanpa-isi.md': frontMatter('Tanpa Isi'),
    });
    const build = await buildSite({ contentDir });
    expect(build.exitCode, build.output.slice(-2000)).toBe(0);
    const page = (slug: string) => readFileSync(join(build.outDir, 'berita', slug, 'index.html'), 'utf8');
    expect(page('besar').length).toBeGreaterThan(10 * 1024 * 1024);
    expect(page('bom-crlf')).toContain('<h1 class="headline">BOM CRLF</h1>');
    expect(page('bom-crlf')).toContain('<p>Isi dengan CRLF.</p>');
    expect(page('tanpa-isi')).toContain('<h1 class="headline">Tanpa Isi</h1>');
  }, 180_000);
});
