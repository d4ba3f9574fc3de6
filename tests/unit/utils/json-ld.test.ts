import { describe, expect, it } from 'vitest';
import { createArticleSchema } from '../../../src/lib/schemas/article.ts';
import { articleJsonLd, serializeJsonLd } from '../../../src/lib/utils/json-ld.ts';

const data = {
  ...createArticleSchema({ timeZone: 'Asia/Jakarta' }).parse({
    title: 'Judul </script><script>alert(1)</script>',
    description: 'Ringkasan.',
    date: '2023-02-01',
    section: 'Dunia',
    tags: ['Rusia', 'NATO'],
    publisher: { name: 'VIVA' },
  }),
  slug: 'x',
  readingMinutes: 2,
};
const options = { url: 'https://warta.example/berita/x/', siteName: 'Warta', siteUrl: 'https://warta.example/', timeZone: 'Asia/Jakarta', lang: 'id' };

describe('articleJsonLd', () => {
  it('describes a NewsArticle with the +07:00 offset and the publisher', () => {
    expect(articleJsonLd(data, options)).toMatchObject({
      '@type': 'NewsArticle',
      headline: data.title,
      datePublished: '2023-02-01T00:00:00+07:00',
      dateModified: '2023-02-01T00:00:00+07:00',
      articleSection: 'Dunia',
      keywords: 'Rusia, NATO',
      inLanguage: 'id',
      publisher: { '@type': 'Organization', name: 'VIVA' },
    });
  });
});

describe('serializeJsonLd', () => {
  it('cannot end the script block it sits in, and still parses to the same value', () => {
    const json = serializeJsonLd(articleJsonLd(data, options));
    expect(json).not.toMatch(/<\/script|<!--|</i);
    expect(JSON.parse(json).headline).toBe(data.title);
  });

  it('escapes line separators that old parsers treat as line ends', () => {
    expect(serializeJsonLd({ a: 'x\u2028y\u2029' })).toBe('{"a":"x\\u2028y\\u2029"}');
  });
});

describe('article authors', () => {
  const bylined = { ...data, authors: ['Ayu Lestari', 'VIVA', 'Tamu'] };

  it('are Persons, with the profile page as url when the name has one, and the publisher an Organization', () => {
    const authorUrl = (name: string) => (name === 'Ayu Lestari' ? 'https://warta.example/penulis/ayu-lestari/' : undefined);
    expect(articleJsonLd(bylined, { ...options, authorUrl }).author).toEqual([
      { '@type': 'Person', name: 'Ayu Lestari', url: 'https://warta.example/penulis/ayu-lestari/' },
      { '@type': 'Organization', name: 'VIVA' },
      { '@type': 'Person', name: 'Tamu' },
    ]);
  });
});
