import { describe, expect, it } from 'vitest';
import { SITEMAP_BYTE_LIMIT, SITEMAP_URL_LIMIT, sitemapChunks, sitemapIndexXml, urlsetXml, type SitemapEntry } from '../../../src/lib/feeds/sitemap.ts';

const story = (n: number, lastmod?: number): SitemapEntry => ({ loc: `https://warta.example/berita/cerita-${n}/`, lastmod });
const stories = (count: number, from = 0) => Array.from({ length: count }, (_, index) => story(from + index, Date.UTC(2024, 0, 1) + (from + index) * 60_000));
const bytes = (entries: readonly SitemapEntry[]) => Buffer.byteLength(urlsetXml(entries));

describe('urlsetXml', () => {
  it('lists each address with its last change in UTC, and a page without a date without one', () => {
    const xml = urlsetXml([story(1, Date.parse('2024-03-03T09:30:00+07:00')), { loc: 'https://warta.example/rubrik/' }]);
    expect(xml).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    expect(xml).toContain('<url><loc>https://warta.example/berita/cerita-1/</loc><lastmod>2024-03-03T02:30:00.000Z</lastmod></url>');
    expect(xml).toContain('<url><loc>https://warta.example/rubrik/</loc></url>');
  });

  it('escapes what XML reserves in an address', () => {
    expect(urlsetXml([{ loc: `https://warta.example/cari/?q=a&b='<c>"` }])).toContain('<loc>https://warta.example/cari/?q=a&amp;b=&apos;&lt;c&gt;&quot;</loc>');
  });
});

describe('sitemapIndexXml', () => {
  it('names each file, dated by its newest change where it has one', () => {
    const xml = sitemapIndexXml([{ loc: 'https://warta.example/sitemap-berita-2024.xml', lastmod: Date.UTC(2024, 5, 1) }, { loc: 'https://warta.example/sitemap-rubrik.xml' }]);
    expect(xml).toContain(
      '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>https://warta.example/sitemap-berita-2024.xml</loc><lastmod>2024-06-01T00:00:00.000Z</lastmod></sitemap><sitemap><loc>https://warta.example/sitemap-rubrik.xml</loc></sitemap></sitemapindex>',
    );
  });
});

describe('sitemapChunks', () => {
  it('makes one file per group, in order, dated by its newest entry, and none for an empty group', () => {
    const chunks = sitemapChunks([
      { name: 'berita-2023', entries: [story(1, 300), story(2, 100)] },
      { name: 'berita-2024', entries: [] },
      { name: 'rubrik', entries: [{ loc: 'https://warta.example/rubrik/' }] },
    ]);
    expect(chunks).toEqual([
      { name: 'berita-2023', entries: [story(1, 300), story(2, 100)], lastmod: 300 },
      { name: 'rubrik', entries: [{ loc: 'https://warta.example/rubrik/' }], lastmod: undefined },
    ]);
  });

  it('keeps to the protocol’s 50,000 URLs a file: the first run keeps the group’s name, later runs are numbered', () => {
    const year = stories(SITEMAP_URL_LIMIT * 2 + 1);
    const chunks = sitemapChunks([{ name: 'berita-2024', entries: year }]);
    expect(chunks.map(({ name, entries }) => [name, entries.length])).toEqual([
      ['berita-2024', SITEMAP_URL_LIMIT],
      ['berita-2024-2', SITEMAP_URL_LIMIT],
      ['berita-2024-3', 1],
    ]);
    expect(chunks.flatMap(({ entries }) => entries)).toEqual(year);
    expect(SITEMAP_BYTE_LIMIT).toBe(52_428_800);
  });

  it('cuts a run before the entry that would take the file past the byte limit', () => {
    const entries = stories(10);
    const limit = bytes(entries.slice(0, 4));
    const chunks = sitemapChunks([{ name: 'berita-2024', entries }], { urls: 100, bytes: limit });
    expect(chunks.map((chunk) => chunk.entries.length)).toEqual([4, 4, 2]);
    for (const chunk of chunks) expect(bytes(chunk.entries)).toBeLessThanOrEqual(limit);
    // One byte less and four no longer fit.
    expect(sitemapChunks([{ name: 'berita-2024', entries }], { urls: 100, bytes: limit - 1 })[0]!.entries).toHaveLength(3);
  });

  it('changes only the last file of a group when a newer entry is added at its end', () => {
    const limits = { urls: 3, bytes: SITEMAP_BYTE_LIMIT };
    const before = sitemapChunks(
      [
        { name: 'berita-2024', entries: stories(7) },
        { name: 'rubrik', entries: [story(99)] },
      ],
      limits,
    );
    const after = sitemapChunks(
      [
        { name: 'berita-2024', entries: stories(8) },
        { name: 'rubrik', entries: [story(99)] },
      ],
      limits,
    );
    expect(after.slice(0, 2)).toEqual(before.slice(0, 2));
    expect(after[2]).not.toEqual(before[2]);
    expect(after.slice(3)).toEqual(before.slice(3));
  });

  it('refuses two files of one name and an entry longer than a file may be', () => {
    expect(() =>
      sitemapChunks(
        [
          { name: 'a-2', entries: [story(1)] },
          { name: 'a', entries: stories(2) },
        ],
        { urls: 1, bytes: SITEMAP_BYTE_LIMIT },
      ),
    ).toThrow('Two sitemap files would be named "sitemap-a-2.xml"');
    expect(() => sitemapChunks([{ name: 'a', entries: [story(1)] }], { urls: 10, bytes: 100 })).toThrow(
      /longer than a sitemap file may be \(100 bytes\): https:\/\/warta\.example\/berita\/cerita-1\//,
    );
  });
});
