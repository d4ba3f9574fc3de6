import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadArticle } from '../../../src/lib/content/load-article.ts';
import { createRoutes } from '../../../src/lib/routes.ts';
import { makePng } from '../../support/png.ts';
import { render } from '../../support/renderer.ts';
import { SEED_ARTICLE_PATH, SEED_SLUG } from '../../support/seed.ts';
import { tempDir } from '../../support/temp.ts';

const routes = createRoutes('/');
const options = (displayPath: string) => ({ displayPath, timeZone: 'Asia/Jakarta', renderFor: () => render, mediaUrl: routes.media });

describe('loadArticle', () => {
  it('loads the seed: data, sanitized body and reading time', async () => {
    const file = { slug: SEED_SLUG, path: SEED_ARTICLE_PATH, relativePath: `${SEED_SLUG}.md` };
    const article = await loadArticle(readFileSync(SEED_ARTICLE_PATH), file, options('seed.md'));
    expect(article.data).toMatchObject({ slug: SEED_SLUG, section: 'Dunia', readingMinutes: 2, leadImage: undefined });
    expect(article.html.match(/<figure /g)).toHaveLength(2);
    expect(article.html).not.toContain(':::');
    expect(article.warnings).toEqual([]);
  });

  it('shows pictures that exist in a bundle, with their size, and warns about missing ones', async () => {
    const dir = tempDir('bundle');
    mkdirSync(join(dir, 'foto-berita'));
    writeFileSync(join(dir, 'foto-berita', 'lead.png'), makePng(8, 6));
    const source = [
      '---',
      'title: Judul',
      'description: Ringkasan.',
      'date: 2023-02-01',
      'section: Dunia',
      'image: { src: ./lead.png, alt: Sebuah foto, caption: Keterangan. }',
      '---',
      '',
      ':::figure{src="./hilang.png" alt="x"}',
      'Foto yang tidak ada.',
      ':::',
    ].join('\n');
    const path = join(dir, 'foto-berita', 'index.md');
    const article = await loadArticle(Buffer.from(source), { slug: 'foto-berita', path, relativePath: 'foto-berita/index.md' }, options('foto-berita/index.md'));
    expect(article.data.leadImage).toEqual({ url: '/media/foto-berita/lead.png', width: 8, height: 6, variantWidths: [8] });
    expect(article.html).not.toContain('<img');
    expect(article.warnings).toEqual(['foto-berita/index.md: image "./hilang.png" is not shown: no such file in the bundle']);
  });

  it('refuses bytes that are not UTF-8 text, naming the file', async () => {
    const file = { slug: 'x', path: '/nowhere/x.md', relativePath: 'x.md' };
    await expect(async () => loadArticle(Uint8Array.from([0xff, 0xfe, 0x00]), file, options('content/articles/x.md'))).rejects.toThrow(
      'content/articles/x.md: file: expected a UTF-8 text file, got binary data',
    );
  });
});
