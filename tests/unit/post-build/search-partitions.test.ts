import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import * as pagefind from 'pagefind';
import { describe, expect, it } from 'vitest';
import { HOT_PARTITION_PAGES } from '../../../src/lib/settings.ts';
import { indexedDocument, MIN_PARTITION_PAGES, planPartitions, publishedAt, type IndexedPage, type SearchPartition } from '../../../src/post-build/search-partitions.ts';
import { createRandom } from '../../../src/lib/utils/seeded-random.ts';
import { tempDir } from '../../support/temp.ts';

/** A page published on `day` (`2023-05-01`) at `time` UTC. */
const page = (slug: string, day: string, time = '12:00:00'): IndexedPage => ({
  path: `berita/${slug}/index.html`,
  year: day.slice(0, 4),
  time: Date.parse(`${day}T${time}Z`) / 1000,
});
const shape = (partitions: readonly SearchPartition[]) => partitions.map((partition) => [partition.key, partition.pages.length]);
/** `count` pages of `year`, one a minute from its first day, named so that names and times disagree. */
const yearOf = (year: string, count: number, first = 0) =>
  Array.from({ length: count }, (_, at) => ({
    path: `berita/${year}-${(first + at) % 7}-${first + at}/index.html`,
    year,
    time: Date.parse(`${year}-01-01T00:00:00Z`) / 1000 + (first + at) * 60,
  }));

/**
 * The pages a build indexes after `before`: those of every partition it did not have, the same
 * key and pages (its digest also covers each page's content, unchanged here).
 */
function reindexed(before: readonly SearchPartition[], after: readonly SearchPartition[]): number {
  const had = new Map(before.map((partition) => [partition.key, partition.pages]));
  const kept = (partition: SearchPartition) => {
    const pages = had.get(partition.key);
    return pages?.length === partition.pages.length && pages.every((path, at) => path === partition.pages[at]);
  };
  return after.filter((partition) => !kept(partition)).reduce((sum, partition) => sum + partition.pages.length, 0);
}

describe('planPartitions', () => {
  it('keeps a site below the minimum in one partition, as one index', () => {
    const pages = [page('c', '2023-05-01'), page('a', '2024-01-01'), page('b', '2021-01-01')];
    expect(planPartitions(pages, { limit: 10, minimum: 5, hot: 1 })).toEqual([{ key: '2021-2024', pages: ['berita/a/index.html', 'berita/b/index.html', 'berita/c/index.html'] }]);
  });

  it('gives each older year large enough a partition of its own, newest first, pages in name order', () => {
    const pages = [page('c', '2023-05-01'), page('a', '2024-01-01'), page('b', '2023-01-01'), page('d', '2021-12-01')];
    expect(planPartitions(pages, { limit: 10, minimum: 1, hot: 10 })).toEqual([
      { key: '2024.0', pages: ['berita/a/index.html'] },
      { key: '2023', pages: ['berita/b/index.html', 'berita/c/index.html'] },
      { key: '2021', pages: ['berita/d/index.html'] },
    ]);
  });

  it('joins small years, oldest first, until a partition holds the minimum', () => {
    const years = ['2019', '2020', '2020', '2021', '2022', '2022', '2023', '2024'];
    const pages = years.map((year, at) => page(`s${at}`, `${year}-06-01`));
    // 2023–2024 are two pages, too few: they join 2021–2022, the newest partition, cut like any.
    expect(shape(planPartitions(pages, { limit: 10, minimum: 3, hot: 5 }))).toEqual([
      ['2021.3', 2],
      ['2021.0', 3],
      ['2019-2020', 3],
    ]);
    // Never above the limit, even to reach the minimum.
    expect(planPartitions(pages, { limit: 3, minimum: 3, hot: 3 }).map((partition) => partition.key)).toEqual(['2023.0', '2021-2022', '2019-2020']);
  });

  it('cuts a year too large for one partition into full runs in order of publication, then name', () => {
    const pages = [page('d', '2023-02-01'), page('a', '2023-01-01', '08:00:00'), page('c', '2023-01-01', '07:59:59'), page('b', '2023-03-01'), page('e', '2022-03-01')];
    expect(planPartitions(pages, { limit: 2, minimum: 2, hot: 2 })).toEqual([
      { key: '2023-2.0', pages: ['berita/b/index.html', 'berita/d/index.html'] },
      // c is a second older than a: it comes first, whatever its name.
      { key: '2023-1', pages: ['berita/a/index.html', 'berita/c/index.html'] },
      { key: '2022', pages: ['berita/e/index.html'] },
    ]);
  });

  it('cuts the newest partition into long runs, then short ones, from its oldest page, and keeps the rest hot', () => {
    const plan = planPartitions([...yearOf('2023', 10), ...yearOf('2024', 25)], { limit: 100, minimum: 10, hot: 3 });
    expect(shape(plan)).toEqual([
      ['2024.23', 2],
      ['2024.20', 3],
      ['2024.10', 10],
      ['2024.0', 10],
      ['2023', 10],
    ]);
    // Each run is a stretch of time, the newest first: listing them in turn lists the newest stories first.
    const times = new Map(yearOf('2024', 25).map((page) => [page.path, page.time]));
    const spans = plan.slice(0, -1).map((partition) => partition.pages.map((path) => times.get(path)!));
    for (const [at, span] of spans.entries()) if (at > 0) expect(Math.min(...spans[at - 1]!)).toBeGreaterThan(Math.max(...span));
    // Never an empty hot partition: it is the bundle the search page loads.
    expect(shape(planPartitions(yearOf('2024', 13), { limit: 100, minimum: 10, hot: 3 }))).toEqual([
      ['2024.10', 3],
      ['2024.0', 10],
    ]);
  });

  it('re-indexes only the hot partition for a new story, but for a long run every `minimum` stories', () => {
    const sizes = { limit: 100, minimum: 10, hot: 3 };
    let before = planPartitions(yearOf('2024', 11), sizes);
    const costs: number[] = [];
    for (let count = 12; count <= 41; count++) {
      const after = planPartitions(yearOf('2024', count), sizes);
      costs.push(reindexed(before, after));
      before = after;
    }
    // The hot partition as it grows, then a run of ten formed from three short runs and the hot partition.
    expect(costs.filter((cost) => cost > sizes.hot)).toEqual([11, 11, 11]);
    expect(costs.slice(0, 12)).toEqual([2, 3, 1, 2, 3, 1, 2, 3, 1, 11, 2, 3]);
  });

  it('keeps every run when a new year begins, and makes the old year whole once the new one holds the minimum', () => {
    const sizes = { limit: 100, minimum: 10, hot: 3 };
    const lastYear = planPartitions([...yearOf('2022', 10), ...yearOf('2023', 15)], sizes);
    const newYear = planPartitions([...yearOf('2022', 10), ...yearOf('2023', 15), ...yearOf('2024', 1)], sizes);
    // 2024's first story joins 2023's partition; the runs keep 2023's keys, and only the hot partition changes.
    expect(shape(newYear)).toEqual([
      ['2023.13', 3],
      ['2023.10', 3],
      ['2023.0', 10],
      ['2022', 10],
    ]);
    expect(reindexed(lastYear, newYear)).toBe(3);
    const nineIn = planPartitions([...yearOf('2022', 10), ...yearOf('2023', 15), ...yearOf('2024', 9)], sizes);
    const tenIn = planPartitions([...yearOf('2022', 10), ...yearOf('2023', 15), ...yearOf('2024', 10)], sizes);
    expect(shape(tenIn)).toEqual([
      ['2024.9', 1],
      ['2024.6', 3],
      ['2024.3', 3],
      ['2024.0', 3],
      ['2023', 15],
      ['2022', 10],
    ]);
    expect(reindexed(nineIn, tenIn)).toBe(25);
  });

  it('gives a site without articles one empty partition, for the search page to load', () => {
    expect(planPartitions([], { limit: 10, hot: 3 })).toEqual([{ key: 'kosong', pages: [] }]);
  });
});

/**
 * Bench-like archives (src of bench/lib/generate.ts, not imported: days drawn evenly from six
 * years, stories dated by day, so at midnight in Jakarta) and the bench's new story, dated the
 * last day: the pages one publish re-indexes, with the default sizes.
 */
describe('the cost of publishing one story', () => {
  const JAKARTA = 7 * 3600;
  const FIRST = Date.parse('2020-01-01T00:00:00Z') / 1000;
  const DAYS = 2192;
  /** A story at midnight of `day` days after 2020-01-01, in Jakarta. */
  const story = (path: string, day: number): IndexedPage => {
    const local = FIRST + day * 86_400;
    return { path, year: new Date(local * 1000).toISOString().slice(0, 4), time: local - JAKARTA };
  };
  function archive(count: number): IndexedPage[] {
    // Seeded as the bench's corpus is: the same archive every run.
    const random = createRandom(0x5eed_2023);
    return Array.from({ length: count }, (_, at) => story(`berita/dapat-surat-cinta-menlu-${at}/index.html`, Math.floor(random() * DAYS)));
  }
  const sizes = { limit: 8_000, minimum: MIN_PARTITION_PAGES, hot: HOT_PARTITION_PAGES };

  const newStory = () => story('berita/berita-terbaru-uji-bangun/index.html', DAYS - 1);

  it.each([5_000, 20_000, 100_000])('re-indexes a few hundred pages at most at %i articles, not the newest year', (count) => {
    const pages = archive(count);
    const before = planPartitions(pages, sizes);
    const now = reindexed(before, planPartitions([...pages, newStory()], sizes));
    // Before the hot partition, the whole newest partition: all the runs cut from it, and the new story.
    const newestPartition = before.filter((partition) => partition.key.includes('.')).reduce((sum, partition) => sum + partition.pages.length, 1);
    console.log(`${count} articles: one new story re-indexes ${now} pages, not the newest partition's ${newestPartition}`);
    expect(now).toBeLessThanOrEqual(2 * HOT_PARTITION_PAGES);
    expect(newestPartition).toBeGreaterThan(2 * HOT_PARTITION_PAGES);
  });

  it('re-indexes fewer pages than the hot partition holds, on average over the next 2,000 stories', () => {
    // The next 2,000 stories into 5,000 articles, a second apart on the last day: every cost the
    // newest partition goes through, hot partitions growing and a compaction into a long run.
    const pages = [...archive(5_000), newStory()];
    let previous = planPartitions(pages, sizes);
    const costs: number[] = [];
    for (let at = 1; at <= MIN_PARTITION_PAGES; at++) {
      pages.push({ ...newStory(), path: `berita/baru-${at}/index.html` });
      pages.at(-1)!.time += at;
      const plan = planPartitions(pages, sizes);
      costs.push(reindexed(previous, plan));
      previous = plan;
    }
    const mean = costs.reduce((sum, cost) => sum + cost, 0) / costs.length;
    console.log(
      `the next ${costs.length} stories: mean ${mean.toFixed(0)} pages re-indexed, at most ${Math.max(...costs)}, above ${HOT_PARTITION_PAGES} ${costs.filter((cost) => cost > HOT_PARTITION_PAGES).length} times`,
    );
    expect(mean).toBeLessThan(HOT_PARTITION_PAGES);
    // Once every 2,000 stories a long run is indexed (with the hot partition, at most 2,250 pages);
    // once a year or so, when the newest years stop joining the partition before, that one too.
    expect(costs.filter((cost) => cost > HOT_PARTITION_PAGES).length).toBeLessThanOrEqual(2);
  });
});

describe('publishedAt', () => {
  it('reads the year in the site’s time zone and the moment, from the article’s published time', () => {
    expect(publishedAt('<meta property="article:published_time" content="2023-01-01T05:30:00+07:00">')).toEqual({ year: '2023', time: Date.parse('2022-12-31T22:30:00Z') / 1000 });
    expect(publishedAt('<title>Bukan berita</title>')).toBeUndefined();
    expect(publishedAt('<meta property="article:published_time" content="kemarin">')).toBeUndefined();
  });
});

describe('indexedDocument', () => {
  const root = tempDir('indexed-document');
  let indexes = 0;
  const html = (around: string, body = '<h1>Gempa</h1><p>Isi</p>') =>
    `<html lang="id"><head><title>x</title></head><body><nav>${around}</nav><article data-pagefind-body>${body}<aside><article>Kutipan</article></aside></article><section>${around}</section></body></html>`;

  it('is what Pagefind reads: the marked body, nested elements included, and not what surrounds it', () => {
    expect(indexedDocument(html('Berita lain'))).toBe(indexedDocument(html('Berita terbaru')));
    expect(indexedDocument(html('x'))).toBe(
      '<!DOCTYPE html><html lang="id"><head></head><body><article data-pagefind-body><h1>Gempa</h1><p>Isi</p><aside><article>Kutipan</article></aside></article></body></html>',
    );
  });

  it('changes with the body, the page’s language and the metadata tags', () => {
    expect(indexedDocument(html('x', '<h1>Banjir</h1>'))).not.toBe(indexedDocument(html('x')));
    expect(indexedDocument(html('x').replace('lang="id"', 'lang="en"'))).not.toBe(indexedDocument(html('x')));
    expect(indexedDocument(html('<span data-pagefind-filter="rubrik">Dunia</span>'))).not.toBe(indexedDocument(html('<span data-pagefind-filter="rubrik">Ekonomi</span>')));
    // A void element is its tag alone, not the rest of the page.
    expect(indexedDocument(html('<meta data-pagefind-meta="image:/a.png"><p>x</p>'))).toContain('<body><meta data-pagefind-meta="image:/a.png"><article data-pagefind-body>');
  });

  it('takes a tag inside the body, or a body inside another, once', () => {
    const nested = '<html lang="id"><body><div data-pagefind-body><p data-pagefind-body>a</p><span data-pagefind-filter="rubrik">Dunia</span></div></body></html>';
    expect(indexedDocument(nested)).toBe(
      '<!DOCTYPE html><html lang="id"><head></head><body><div data-pagefind-body><p data-pagefind-body>a</p><span data-pagefind-filter="rubrik">Dunia</span></div></body></html>',
    );
  });

  it('is the whole page when no element is marked, as Pagefind then reads it whole', () => {
    const whole = '<html lang="id"><body><p>Semua</p></body></html>';
    expect(indexedDocument(whole)).toBe(whole);
  });

  it('is indexed by Pagefind byte for byte as the page it comes from', async () => {
    const pages = [
      html('Berita lain', '<h1>Gempa di Cianjur</h1><p>Warga mengungsi.</p><img src="/foto.jpg" alt="Reruntuhan"><p data-pagefind-ignore>Baca juga</p>'),
      html('<meta data-pagefind-meta="image:/kartu.png"><span data-pagefind-filter="rubrik">Dunia</span>', '<h1>Banjir</h1><p>Air naik <em>dua</em> meter.</p>'),
      html('x', '<h1 data-pagefind-meta="title">Pemilu</h1><p data-pagefind-sort="tanggal:2024-02-14">Hari pemungutan suara.</p>').replace('lang="id"', 'lang="en"'),
      '<html lang="id"><body><h1>Tanpa tanda</h1><p>Semua dibaca.</p></body></html>',
    ];
    const indexed = async (documents: string[]) => {
      const folder = join(root, String(indexes++));
      const { index } = await pagefind.createIndex({});
      for (const [at, content] of documents.entries()) expect((await index!.addHTMLFile({ sourcePath: `berita/${at}/index.html`, content })).errors).toEqual([]);
      expect((await index!.writeFiles({ outputPath: folder })).errors).toEqual([]);
      await pagefind.close();
      const files = (await readdir(folder, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
      return Object.fromEntries(
        await Promise.all(
          files.map(
            async (file) =>
              [
                relative(folder, file),
                createHash('sha256')
                  .update(await readFile(file))
                  .digest('hex'),
              ] as const,
          ),
        ),
      );
    };
    const fromPages = await indexed(pages);
    // Pagefind leaves a page without a mark out once another page has one.
    expect(Object.keys(fromPages).filter((file) => file.endsWith('.pf_fragment'))).toHaveLength(3);
    expect(await indexed(pages.map(indexedDocument))).toEqual(fromPages);
  });
});
