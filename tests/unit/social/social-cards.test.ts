import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cardFromPage, readArticlePages } from '../../../src/integrations/social-cards.ts';
import { socialCardFile } from '../../../src/lib/routes.ts';
import { serializeJsonLd } from '../../../src/lib/utils/json-ld.ts';
import { tempDir } from '../../support/temp.ts';

const options = { lang: 'id', timeZone: 'Asia/Jakarta' };

const newsArticle = (fields: Record<string, unknown> = {}) => ({
  '@context': 'https://schema.org',
  '@type': 'NewsArticle',
  headline: 'Dapat Surat Cinta, Menlu Rusia Bongkar Isi Pesan Dari Menlu AS',
  datePublished: '2023-02-01T00:00:00+07:00',
  articleSection: 'Dunia',
  isPartOf: { '@type': 'WebSite', name: 'Warta', url: 'https://warta.example/' },
  ...fields,
});
const breadcrumbs = { '@context': 'https://schema.org', '@type': 'BreadcrumbList', itemListElement: [] };

/** An article page as Warta builds it: the JSON-LD in the head, written by serializeJsonLd. */
const page = (jsonLd: unknown, body = '<h1>Judul</h1>') =>
  `<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>Judul</title>` +
  `<script type="application/ld+json">${serializeJsonLd(jsonLd)}</script></head><body>${body}</body></html>`;

describe('cardFromPage', () => {
  it('takes headline, section, site name and the publication day from the NewsArticle block', () => {
    expect(cardFromPage(page([newsArticle(), breadcrumbs]), 'x.html', options)).toEqual({
      title: 'Dapat Surat Cinta, Menlu Rusia Bongkar Isi Pesan Dari Menlu AS',
      section: 'Dunia',
      siteName: 'Warta',
      date: 'Rabu, 1 Februari 2023',
    });
  });

  it('shows the day in the site time zone, without the clock', () => {
    const card = cardFromPage(page(newsArticle({ datePublished: '2023-01-31T20:30:00Z' })), 'x.html', options);
    expect(card?.date).toBe('Rabu, 1 Februari 2023');
  });

  it('reads a single node and an @graph, and leaves an unreadable date out', () => {
    expect(cardFromPage(page(newsArticle()), 'x.html', options)?.section).toBe('Dunia');
    const card = cardFromPage(page({ '@graph': [breadcrumbs, newsArticle({ datePublished: 'kemarin' })] }), 'x.html', options);
    expect(card).toMatchObject({ section: 'Dunia', date: undefined });
  });

  it('gets markup in a headline back as the text it was', () => {
    const title = '</script><script>alert(1)</script> & <!-- "kutipan" \u2028';
    expect(cardFromPage(page(newsArticle({ headline: title })), 'x.html', options)?.title).toBe(title);
  });

  it('looks only in the head: a block in the body is never read', () => {
    const fake = `<script type="application/ld+json">${JSON.stringify(newsArticle({ headline: 'Palsu' }))}</script>`;
    expect(cardFromPage(page(breadcrumbs, fake), 'x.html', options)).toBeUndefined();
    expect(cardFromPage(page(newsArticle(), fake), 'x.html', options)?.title).not.toBe('Palsu');
  });

  it('names the page when its NewsArticle block is broken', () => {
    expect(() => cardFromPage(page(newsArticle({ headline: '' })), 'berita/x/index.html', options)).toThrow(/berita\/x\/index.html: .*headline/);
    expect(() => cardFromPage(page(newsArticle({ isPartOf: undefined })), 'x.html', options)).toThrow(/isPartOf\.name/);
    const broken = '<html><head><script type="application/ld+json">{"@type":</script></head></html>';
    expect(() => cardFromPage(broken, 'x.html', options)).toThrow(/x\.html: .*not JSON/);
  });
});

describe('readArticlePages', () => {
  it('reads every built article page, by slug', async () => {
    const outDir = tempDir('social-cards');
    const write = (path: string, html: string) => {
      mkdirSync(join(outDir, path, '..'), { recursive: true });
      writeFileSync(join(outDir, path), html);
    };
    write('berita/b-kedua/index.html', page([newsArticle({ headline: 'Kedua', articleSection: 'Ekonomi' }), breadcrumbs]));
    write('berita/a-pertama/index.html', page([newsArticle({ headline: 'Pertama' }), breadcrumbs]));
    write('berita/tanpa-data/index.html', '<html><head><title>x</title></head><body></body></html>');
    mkdirSync(join(outDir, 'berita/kosong'));
    write('rubrik/dunia/index.html', page(newsArticle({ headline: 'Bukan artikel' })));

    const pages = await readArticlePages(outDir, options);
    expect(pages.map(({ slug, card }) => [slug, card?.title, card?.section])).toEqual([
      ['a-pertama', 'Pertama', 'Dunia'],
      ['b-kedua', 'Kedua', 'Ekonomi'],
      ['tanpa-data', undefined, undefined],
    ]);
    expect(pages[0]!.path).toBe(join(outDir, 'berita/a-pertama/index.html'));
  });

  it('finds nothing in a site without articles', async () => {
    expect(await readArticlePages(tempDir('social-cards-empty'), options)).toEqual([]);
  });
});

describe('socialCardFile', () => {
  it('puts the card under kartu/', () => {
    expect(socialCardFile('dapat-surat-cinta')).toBe('kartu/dapat-surat-cinta.png');
  });
});
