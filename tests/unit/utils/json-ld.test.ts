import { describe, expect, it } from 'vitest';
import { createArticleSchema } from '../../../src/lib/schemas/article.ts';
import { articleJsonLd, authorJsonLd, breadcrumbJsonLd, serializeJsonLd } from '../../../src/lib/utils/json-ld.ts';
import { render } from '../../support/renderer.ts';

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

const withFields = (fields: Record<string, unknown>) => ({
  ...createArticleSchema({ timeZone: 'Asia/Jakarta' }).parse({ title: 'Judul', description: 'Ringkasan.', date: '2024-03-01T08:00:00+07:00', section: 'Dunia', ...fields }),
  slug: 'x',
  readingMinutes: 1,
});

describe('articleJsonLd for each kind', () => {
  it.each([
    ['berita', 'NewsArticle'],
    ['opini', 'OpinionNewsArticle'],
    ['analisis', 'AnalysisNewsArticle'],
    ['wawancara', 'ReportageNewsArticle'],
    ['feature', 'ReportageNewsArticle'],
    ['obituari', 'NewsArticle'],
  ])('types kind %s as %s', (kind, type) => {
    expect(articleJsonLd(withFields({ kind, authors: ['Ayu Lestari'] }), options)['@type']).toBe(type);
  });

  it('lists bylines as Persons, or as told: with a url, or as an organization', () => {
    const article = withFields({ authors: ['Ayu Lestari', 'Antara'] });
    expect(articleJsonLd(article, options).author).toEqual([
      { '@type': 'Person', name: 'Ayu Lestari' },
      { '@type': 'Person', name: 'Antara' },
    ]);
    const told = articleJsonLd(article, {
      ...options,
      author: (name) => (name === 'Antara' ? { name, organization: true } : { name, url: 'https://warta.example/penulis/ayu-lestari/' }),
    });
    expect(told.author).toEqual([
      { '@type': 'Person', name: 'Ayu Lestari', url: 'https://warta.example/penulis/ayu-lestari/' },
      { '@type': 'Organization', name: 'Antara' },
    ]);
    expect(authorJsonLd({ name: 'Redaksi' })).toEqual({ '@type': 'Person', name: 'Redaksi' });
  });

  it('carries each correction, and the latest change as dateModified', () => {
    const data = articleJsonLd(
      withFields({
        updated: '2024-03-02T10:15:00+07:00',
        corrections: [
          { date: '2024-03-01T15:00:00+07:00', text: 'Angka diperbaiki.' },
          { date: '2024-03-03', text: 'Nama diperbaiki.' },
        ],
      }),
      options,
    );
    expect(data).toMatchObject({
      datePublished: '2024-03-01T08:00:00+07:00',
      dateModified: '2024-03-03T00:00:00+07:00',
      correction: [
        { '@type': 'CorrectionComment', text: 'Angka diperbaiki.', datePublished: '2024-03-01T15:00:00+07:00' },
        { '@type': 'CorrectionComment', text: 'Nama diperbaiki.', datePublished: '2024-03-03T00:00:00+07:00' },
      ],
    });
    expect(articleJsonLd(withFields({}), options)).not.toHaveProperty('correction');
  });

  it('describes a live page as a LiveBlogPosting with its coverage and one BlogPosting per update', async () => {
    const markdown = [
      ':::update{time="2024-03-01T09:00:00+07:00" title="Pertama"}\nIsi pertama.\n:::',
      `:::update{time="2024-03-01T10:00:00+07:00"}\n${'Kata '.repeat(40)}akhir.\n:::`,
    ].join('\n\n');
    const { liveUpdates } = await render({ markdown, liveUpdates: true });
    const coverage = { start: '2024-03-01T08:00:00+07:00', end: '2024-03-01T12:00:00+07:00' };
    const data = articleJsonLd({ ...withFields({ kind: 'langsung', coverage }), liveUpdates }, options);
    expect(data).toMatchObject({
      '@type': 'LiveBlogPosting',
      coverageStartTime: '2024-03-01T08:00:00+07:00',
      coverageEndTime: '2024-03-01T12:00:00+07:00',
      dateModified: '2024-03-01T10:00:00+07:00',
    });
    const updates = (data as unknown as { liveBlogUpdate: Record<string, string>[] }).liveBlogUpdate;
    expect(updates[1]).toEqual({
      '@type': 'BlogPosting',
      headline: 'Pertama',
      datePublished: '2024-03-01T09:00:00+07:00',
      url: 'https://warta.example/berita/x/#user-content-update-20240301t020000z',
      articleBody: 'Isi pertama.',
    });
    // Untitled: headed by its opening words, cut to the 110 characters search engines show.
    expect(updates[0]!.headline).toHaveLength(110);
    expect(updates[0]!.headline).toMatch(/…$/);
    expect(updates[0]!.articleBody).toBe(`${'Kata '.repeat(40)}akhir.`);
    const open = articleJsonLd({ ...withFields({ kind: 'langsung', coverage: { start: coverage.start } }), liveUpdates: [] }, options);
    expect(open).not.toHaveProperty('coverageEndTime');
  });
});

describe('breadcrumbJsonLd', () => {
  it('numbers the trail from the site down', () => {
    expect(
      breadcrumbJsonLd([
        { name: 'Warta', url: 'https://warta.example/' },
        { name: 'Dunia', url: 'https://warta.example/rubrik/dunia/' },
      ]),
    ).toEqual({
      '@context': 'https://schema.org',
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: 'Warta', item: 'https://warta.example/' },
        { '@type': 'ListItem', position: 2, name: 'Dunia', item: 'https://warta.example/rubrik/dunia/' },
      ],
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

  it('are Persons, with the profile page as url when the name has one, and organizations as told', () => {
    const author = (name: string) =>
      name === 'Ayu Lestari' ? { name, url: 'https://warta.example/penulis/ayu-lestari/' } : name === 'VIVA' ? { name, organization: true } : { name };
    expect(articleJsonLd(bylined, { ...options, author }).author).toEqual([
      { '@type': 'Person', name: 'Ayu Lestari', url: 'https://warta.example/penulis/ayu-lestari/' },
      { '@type': 'Organization', name: 'VIVA' },
      { '@type': 'Person', name: 'Tamu' },
    ]);
  });
});
