/**
 * Broken kinds, corrections and live pages stop the build with one line each, naming the file
 * and the field, and no site is written.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../support/build-site.ts';
import { copyFixtureSite } from '../support/fixture-site.ts';

const article = (front: string, body = 'Isi.') => `---\ntitle: Judul\ndescription: Ringkasan.\ndate: 2024-03-01T08:00:00+07:00\nsection: Uji\n${front}---\n\n${body}\n`;
const liveFront = 'kind: langsung\ncoverage: { start: 2024-03-01T08:00:00+07:00 }\n';

describe('a build with broken newsroom articles', () => {
  it('refuses an opinion without an author, a correction before publication and a bad update time', async () => {
    const contentDir = copyFixtureSite('newsroom');
    const broken: Record<string, string> = {
      'opini-tanpa-penulis.md': article('kind: opini\n'),
      'analisis-tanpa-penulis.md': article('kind: analisis\nauthors: []\n'),
      'ralat-terlalu-dini.md': article('corrections:\n  - { date: 2024-02-28, text: Salah tanggal. }\n'),
      'diperbarui-terlalu-dini.md': article('updated: 2024-03-01T07:59:00+07:00\n'),
      'langsung-waktu-salah.md': article(liveFront, ':::update{time="pukul 14.30"}\nIsi.\n:::'),
      'langsung-tanpa-zona.md': article(liveFront, 'Pengantar.\n\n:::update{time="2024-03-01"}\nIsi.\n:::'),
      'berita-dengan-pembaruan.md': article('', ':::update{time="2024-03-01T09:00:00+07:00"}\nIsi.\n:::'),
      'langsung-berakhir-dulu.md': article('kind: langsung\ncoverage: { start: 2024-03-01T08:00:00+07:00, end: 2024-03-01T07:00:00+07:00 }\n'),
      'langsung-tanpa-liputan.md': article('kind: langsung\n'),
    };
    for (const [name, text] of Object.entries(broken)) writeFileSync(join(contentDir, 'articles', name), text);
    const build = await buildSite({ contentDir });
    expect(build.exitCode).not.toBe(0);
    const articles = join(contentDir, 'articles');
    for (const line of [
      `${articles}/opini-tanpa-penulis.md: authors: expected at least one named author for an opinion piece (kind: opini), got nothing`,
      `${articles}/analisis-tanpa-penulis.md: authors: expected at least one named author for an analysis (kind: analisis), got nothing`,
      `${articles}/ralat-terlalu-dini.md: corrections.0.date: expected a date on or after the first publication (2024-03-01T08:00:00+07:00), got "2024-02-28"`,
      `${articles}/diperbarui-terlalu-dini.md: updated: expected a date on or after the first publication (2024-03-01T08:00:00+07:00), got "2024-03-01T07:59:00+07:00"`,
      `${articles}/langsung-waktu-salah.md: body: :::update time: expected an ISO 8601 date-time with an offset (2023-02-01T14:30:00+07:00), got "pukul 14.30" at line 1 of the body`,
      `${articles}/langsung-tanpa-zona.md: body: :::update time: expected an ISO 8601 date-time with an offset (2023-02-01T14:30:00+07:00), got "2024-03-01" at line 3 of the body`,
      `${articles}/berita-dengan-pembaruan.md: body: :::update: expected only on a live page (kind: langsung) at line 1 of the body`,
      `${articles}/langsung-berakhir-dulu.md: coverage.end: expected a date on or after coverage.start (2024-03-01T08:00:00+07:00), got "2024-03-01T07:00:00+07:00"`,
      `${articles}/langsung-tanpa-liputan.md: coverage: expected { start, end? } for a live page (kind: langsung), got nothing`,
    ]) {
      expect(build.output).toContain(`${line}\n`);
    }
    expect(existsSync(join(build.outDir, 'index.html'))).toBe(false);
    expect(existsSync(join(build.outDir, 'berita'))).toBe(false);
  });
});
