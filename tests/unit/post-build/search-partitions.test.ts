import { describe, expect, it } from 'vitest';
import { indexedContent, planPartitions, publishedMonth } from '../../../src/post-build/search-partitions.ts';

const page = (slug: string, month: string) => ({ path: `berita/${slug}/index.html`, month });

describe('planPartitions', () => {
  it('keeps a site below the minimum in one partition, as one index', () => {
    const pages = [page('c', '2023-05'), page('a', '2024-01'), page('b', '2021-01')];
    expect(planPartitions(pages, 10, 5)).toEqual([{ key: '2021-2024', pages: ['berita/a/index.html', 'berita/b/index.html', 'berita/c/index.html'] }]);
  });

  it('gives each year large enough a partition of its own, newest first, pages in name order', () => {
    const pages = [page('c', '2023-05'), page('a', '2024-01'), page('b', '2023-01'), page('d', '2021-12')];
    expect(planPartitions(pages, 10, 1)).toEqual([
      { key: '2024', pages: ['berita/a/index.html'] },
      { key: '2023', pages: ['berita/b/index.html', 'berita/c/index.html'] },
      { key: '2021', pages: ['berita/d/index.html'] },
    ]);
  });

  it('joins small years, oldest first, until a partition holds the minimum', () => {
    const years = ['2019', '2020', '2020', '2021', '2022', '2022', '2023', '2024'];
    const pages = years.map((year, at) => page(`s${at}`, `${year}-06`));
    // 2023–2024 are two pages, too few: they join 2021–2022.
    expect(planPartitions(pages, 10, 3).map((partition) => [partition.key, partition.pages.length])).toEqual([
      ['2021-2024', 5],
      ['2019-2020', 3],
    ]);
    // Never above the limit, even to reach the minimum.
    expect(planPartitions(pages, 3, 3).map((partition) => partition.key)).toEqual(['2023-2024', '2021-2022', '2019-2020']);
  });

  it('cuts a year too large for one partition into full runs in order of month, then name', () => {
    const pages = [page('d', '2023-02'), page('a', '2023-01'), page('c', '2023-01'), page('b', '2023-03'), page('e', '2022-03')];
    expect(planPartitions(pages, 2, 2)).toEqual([
      { key: '2023-2', pages: ['berita/b/index.html', 'berita/d/index.html'] },
      { key: '2023-1', pages: ['berita/a/index.html', 'berita/c/index.html'] },
      { key: '2022', pages: ['berita/e/index.html'] },
    ]);
  });

  it('changes only the newest partition when a story is published, in a large year or a small one', () => {
    const year = Array.from({ length: 7 }, (_, at) => page(`s${at}`, `2023-0${1 + (at % 5)}`));
    const before = planPartitions(year, 3, 3);
    const after = planPartitions([...year, page('baru', '2023-06')], 3, 3);
    expect(after.map((partition) => partition.key)).toEqual(['2023-3', '2023-2', '2023-1']);
    expect(after.slice(1)).toEqual(before.slice(1));
    const archive = [page('a', '2020-01'), page('b', '2020-02'), page('c', '2021-01'), page('d', '2021-02')];
    expect(planPartitions([...archive, page('baru', '2022-01')], 10, 2).slice(1)).toEqual(planPartitions(archive, 10, 2).slice(1));
  });

  it('gives a site without articles one empty partition, for the search page to load', () => {
    expect(planPartitions([], 10)).toEqual([{ key: 'kosong', pages: [] }]);
  });
});

describe('publishedMonth', () => {
  it('reads the month from the article’s published time, in the site’s time zone', () => {
    expect(publishedMonth('<meta property="article:published_time" content="2023-01-31T23:30:00+07:00">')).toBe('2023-01');
    expect(publishedMonth('<title>Bukan berita</title>')).toBeUndefined();
  });
});

describe('indexedContent', () => {
  const html = (around: string, body = '<h1>Gempa</h1><p>Isi</p>') =>
    `<html lang="id"><head><title>x</title></head><body><nav>${around}</nav><article data-pagefind-body>${body}<aside><article>Kutipan</article></aside></article><section>${around}</section></body></html>`;

  it('is what Pagefind reads: the marked body, nested elements included, and not what surrounds it', () => {
    expect(indexedContent(html('Berita lain'))).toBe(indexedContent(html('Berita terbaru')));
    expect(indexedContent(html('x'))).toContain('<aside><article>Kutipan</article></aside></article>');
    expect(indexedContent(html('x'))).not.toContain('<section>');
  });

  it('changes with the body, the page’s language and the metadata tags', () => {
    expect(indexedContent(html('x', '<h1>Banjir</h1>'))).not.toBe(indexedContent(html('x')));
    expect(indexedContent(html('x').replace('lang="id"', 'lang="en"'))).not.toBe(indexedContent(html('x')));
    expect(indexedContent(html('<span data-pagefind-filter="rubrik">Dunia</span>'))).not.toBe(indexedContent(html('<span data-pagefind-filter="rubrik">Ekonomi</span>')));
    // A void element is its tag alone, not the rest of the page.
    expect(indexedContent(html('<meta data-pagefind-meta="image:/a.png"><p>x</p>'))).toMatch(/\0<meta data-pagefind-meta="image:\/a.png">$/);
  });

  it('is the whole page when no element is marked, as Pagefind then reads it whole', () => {
    expect(indexedContent('<html lang="id"><body><p>Semua</p></body></html>')).toContain('<p>Semua</p>');
  });
});
