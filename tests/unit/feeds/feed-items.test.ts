import { describe, expect, it } from 'vitest';
import { feedItems, FULL_CONTENT_ITEMS } from '../../../src/lib/feeds/feed-items.ts';
import { jsonFeed } from '../../../src/lib/feeds/json-feed.ts';
import { createArticleSchema } from '../../../src/lib/schemas/article.ts';

const schema = createArticleSchema({ timeZone: 'Asia/Jakarta' });
const article = (index: number) => ({
  ...schema.parse({ title: `Judul ${index}`, description: 'Ringkasan.', date: '2023-02-01', section: 'Dunia', tags: ['Rusia'], authors: ['Redaksi'] }),
  slug: `berita-${index}`,
  readingMinutes: 1,
});

const options = { timeZone: 'Asia/Jakarta', kindLabel: (kind: string) => `label:${kind}` };

describe('feedItems', () => {
  it('carries full content for the newest items only, and renders nothing for the rest', () => {
    let rendered = 0;
    const items = feedItems(
      Array.from({ length: FULL_CONTENT_ITEMS + 5 }, (_, index) => ({
        article: article(index),
        url: `https://warta.example/berita/berita-${index}/`,
        html: () => `<p>${++rendered}</p>`,
      })),
      options,
    );
    expect(rendered).toBe(FULL_CONTENT_ITEMS);
    expect(items[0]).toMatchObject({
      title: 'Judul 0',
      summary: 'Ringkasan.',
      contentHtml: '<p>1</p>',
      publishedIso: '2023-02-01T00:00:00+07:00',
      section: 'Dunia',
      tags: ['Rusia'],
    });
    expect(items.at(-1)!.contentHtml).toBeUndefined();
  });
});

describe('jsonFeed', () => {
  it('writes JSON Feed 1.1 with content, or the standfirst as text', () => {
    const items = feedItems(
      [0, 1].map((index) => ({ article: article(index), url: `https://warta.example/berita/berita-${index}/`, html: () => '<p>Isi.</p>' })),
      options,
    );
    items[1] = { ...items[1]!, contentHtml: undefined };
    const feed = JSON.parse(
      jsonFeed({ title: 'Warta', description: 'd', homePageUrl: 'https://warta.example/', feedUrl: 'https://warta.example/feed.json', language: 'id' }, items),
    );
    expect(feed).toMatchObject({ version: 'https://jsonfeed.org/version/1.1', language: 'id', feed_url: 'https://warta.example/feed.json' });
    expect(feed.items[0]).toEqual({
      id: 'https://warta.example/berita/berita-0/',
      url: 'https://warta.example/berita/berita-0/',
      title: 'Judul 0',
      summary: 'Ringkasan.',
      content_html: '<p>Isi.</p>',
      date_published: '2023-02-01T00:00:00+07:00',
      tags: ['Dunia', 'label:berita', 'Rusia'],
      authors: [{ name: 'Redaksi' }],
    });
    expect(feed.items[1].content_text).toBe('Ringkasan.');
  });
});
