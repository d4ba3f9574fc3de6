import { describe, expect, it } from 'vitest';
import { createArticleSchema } from '../../../src/lib/schemas/article.ts';
import { lastModifiedBySlug, sitemapLastmod, writeLastModified } from '../../../src/lib/site/sitemap-lastmod.ts';
import { tempDir } from '../../support/temp.ts';

const schema = createArticleSchema({ timeZone: 'Asia/Jakarta' });
const article = (slug: string, fields: Record<string, unknown>) => ({
  ...schema.parse({ title: 'Judul', description: 'Ringkasan.', section: 'Dunia', ...fields }),
  slug,
  readingMinutes: 1,
});

describe('sitemap lastmod', () => {
  it('dates each article by its last change, or its publication when it never changed', () => {
    const bySlug = lastModifiedBySlug(
      [article('tetap', { date: '2024-03-01' }), article('diralat', { date: '2024-03-01', corrections: [{ date: '2024-03-03T09:30:00+07:00', text: 'x' }] })],
      'Asia/Jakarta',
    );
    expect(bySlug).toEqual({ tetap: '2024-03-01T00:00:00+07:00', diralat: '2024-03-03T09:30:00+07:00' });
  });

  it('gives article pages their date from the file the loader left, and passes other pages as they are', () => {
    const cacheDir = tempDir('lastmod');
    writeLastModified(cacheDir, { diralat: '2024-03-03T09:30:00+07:00' });
    const serialize = sitemapLastmod({ cacheDir, articleUrl: (slug) => `https://warta.example/berita/${slug}/` });
    expect(serialize({ url: 'https://warta.example/berita/diralat/' })).toEqual({ url: 'https://warta.example/berita/diralat/', lastmod: '2024-03-03T09:30:00+07:00' });
    expect(serialize({ url: 'https://warta.example/rubrik/dunia/' })).toEqual({ url: 'https://warta.example/rubrik/dunia/' });
  });
});
