/**
 * A broken article stops the build with one line per problem, naming the file, the field and
 * what was expected, and no site is written. The whole output is asserted: nothing but the
 * problems and where the format is documented (no error frame, no "Stack trace:").
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, type BuildResult } from '../support/build-site.ts';
import { copyFixtureSite } from '../support/fixture-site.ts';

function withArticles(files: Readonly<Record<string, string>>): string {
  const dir = copyFixtureSite('basic');
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, 'articles', name, '..'), { recursive: true });
    writeFileSync(join(dir, 'articles', name), text);
  }
  return dir;
}

/**
 * Vite's note that its dependency cache (node_modules/.vite, shared by every build of the
 * project) was made for another config: printed once by whichever build comes after one with
 * other settings, so in this suite it depends on the order the test files ran in.
 */
const VITE_CACHE_NOTE = /^\[vite\] Re-optimizing dependencies because /;

/** Astro's one line before the loader runs, then the problems: the build's whole output. */
function expectOnlyProblems(build: BuildResult, problems: readonly string[]): void {
  expect(build.exitCode).toBe(1);
  const lines = build.output
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => line.replace(/^\d\d:\d\d:\d\d /, ''))
    .filter((line) => !VITE_CACHE_NOTE.test(line));
  const heading =
    problems.length === 1
      ? 'An article file breaks the content format (docs/content-format.md):'
      : `${problems.length} problems in article files break the content format (docs/content-format.md):`;
  expect(lines).toEqual(['[content] Syncing content', heading, ...problems]);
  expect(existsSync(build.outDir)).toBe(false);
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
    const articles = join(contentDir, 'articles');
    expectOnlyProblems(build, [
      `${articles}/artikel-uji-pertama.md: slug: expected a unique slug, but "artikel-uji-pertama" is also used by ${articles}/artikel-uji-pertama/index.md`,
      `${articles}/kosong.md: file: expected front matter and a body, got an empty file`,
      `${articles}/tanggal-salah.md: date: expected an ISO 8601 date (2023-02-01) or date-time with an offset (2023-02-01T14:30:00+07:00), got "kemarin"`,
      `${articles}/tautan-salah.md: related.0.url: expected an http: or https: URL or a path on this site starting with /, got "javascript:alert(1)"`,
    ]);
  });

  it('names a missing title, broken YAML and a file without front matter, and nothing else', async () => {
    // "document" and "window" in a file name made Astro's printer add a hint about browser APIs.
    const contentDir = withArticles({
      'document-tanpa-judul.md': '---\ndescription: Ringkasan.\ndate: 2024-01-01\nsection: Dunia\n---\nIsi.\n',
      'window-yaml.md': '---\ntitle: [Judul\n---\nIsi.\n',
      'tanpa-front-matter.md': 'Isi saja.\n',
    });
    const build = await buildSite({ contentDir });
    const articles = join(contentDir, 'articles');
    expectOnlyProblems(build, [
      `${articles}/document-tanpa-judul.md: title: expected text, got nothing`,
      `${articles}/tanpa-front-matter.md: front matter: expected a YAML block between --- lines at the top of the file`,
      expect.stringMatching(new RegExp(`^${articles}/window-yaml\\.md: front matter: expected valid YAML, got .+ at line \\d+, column \\d+$`)),
    ]);
  });

  it('refuses a binary file, and a file in another encoding, in place of an article', async () => {
    const contentDir = withArticles({ 'biner.md': '\u0000\u0001PNG' });
    writeFileSync(join(contentDir, 'articles', 'latin-1.md'), Buffer.from('---\ntitle: Caf\xe9\n---\n', 'latin1'));
    const build = await buildSite({ contentDir });
    const articles = join(contentDir, 'articles');
    expectOnlyProblems(build, [
      `${articles}/biner.md: file: expected a UTF-8 text file, got binary data`,
      `${articles}/latin-1.md: file: expected UTF-8 text, got bytes in another encoding`,
    ]);
  });
});

describe('hostile and odd article files', () => {
  const frontMatter = (title: string) => `---\ntitle: ${title}\ndescription: Ringkasan.\ndate: 2024-01-01\nsection: Uji\n---\n`;

  it('refuses a body nested 10,000 levels deep with one line naming the body, and writes no page', async () => {
    const contentDir = withArticles({ 'bersarang.md': `${frontMatter('Bersarang')}\n${'>'.repeat(10_000)} x\n` });
    const build = await buildSite({ contentDir });
    expectOnlyProblems(build, [`${join(contentDir, 'articles')}/bersarang.md: body: expected lists and quotes nested at most 100 levels deep, got 10000 at line 1 of the body`]);
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
