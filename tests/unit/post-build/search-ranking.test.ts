/**
 * How the partitioned index ranks against one index of the same stories: a generated archive
 * (tests/support/search-archive.ts) indexed by Pagefind's Node API as one index, in year
 * partitions (docs/decisions/002) and with the newest year cut into runs and a hot partition
 * (015), then searched with the bundle's own pagefind.js in Node, files read from disk for its
 * fetches: through the code the search page runs (src/browser/partitioned-search.ts), and for
 * comparison through Pagefind's own merge of the same partitions, as the page searched before.
 *
 * Pagefind scores each partition by its own word statistics, so a small hot partition ranks its
 * stories unlike one index: this measures how much (top-10 overlap, same first result) and holds
 * a floor well above Pagefind's own merge.
 */
import { symlinkSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { HOT_PARTITION_PAGES } from '../../../src/lib/settings.ts';
import { planPartitions, publishedAt, type SearchPartition } from '../../../src/post-build/search-partitions.ts';
import { openPartitionedIndex, type PagefindModule, type PagefindResult } from '../../../src/browser/partitioned-search.ts';
import { archivePage, generateArchive } from '../../support/search-archive.ts';
import { tempDir } from '../../support/temp.ts';

/**
 * 3,400 stories from September 2024 to December 2025: 2024 (≈ 860) and 2025 (≈ 2,540) cannot
 * share a partition of 3,000 pages, so 2025 is the newest partition: a run of 2,000, runs of
 * 250 and the hot rest, the shape of the newest year at 20,000 articles with the defaults.
 */
const STORIES = 3_400;
const LIMIT = 3_000;

const QUERIES = [
  'banjir',
  'harga beras',
  'pemilu',
  'timnas',
  'vaksin',
  'korupsi',
  'gempa',
  'sekolah guru',
  'kereta',
  'hutan',
  'konser',
  'data',
  'banjir Jakarta',
  'harga cabai Medan',
  'gempa Palu',
  'pelatih timnas',
  'hakim korupsi Surabaya',
  'mudik kereta',
  'Budi Saputra',
  'sampah limbah',
  'luselu',
  'kalora',
  'miseko',
  'rikowa banjir',
];

/** Searches one way; every result, in its order. */
type Search = (query: string) => Promise<PagefindResult[]>;

let built: { single: Search; years: Search; tiers: Search; pagefindMerge: Search; plan: SearchPartition[] };

/** Indexes `pages` (paths) of `html` into `folder`, in name order, as the build does. */
async function indexInto(folder: string, paths: readonly string[], html: ReadonlyMap<string, string>): Promise<void> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(errors.join('; '));
  // In batches, each handed over in order: Pagefind numbers pages as they arrive.
  for (let start = 0; start < paths.length; start += 64)
    await Promise.all(paths.slice(start, start + 64).map((sourcePath) => index.addHTMLFile({ sourcePath, content: html.get(sourcePath)! })));
  await index.writeFiles({ outputPath: folder });
}

/** A bundle of `partitions`: the first in `root`, the others in folders listed in its manifest. */
function manifest(root: string, folders: readonly string[]): void {
  writeFileSync(join(root, 'warta-shards.json'), JSON.stringify(folders.map((folder) => `${folder}/`)));
}

const bundleUrl = (root: string) => pathToFileURL(`${root}/`).href;
/**
 * Each bundle's own pagefind.js, under a query of its own: Node caches modules by URL, and the
 * module holds its index, so two bundles must not share one instance.
 */
let instances = 0;
const load = (url: string) => import(/* @vite-ignore */ `${url}?${++instances}`) as Promise<PagefindModule>;

async function partitioned(root: string): Promise<Search> {
  const index = await openPartitionedIndex(bundleUrl(root), '/', load);
  return (query) => index.search(query);
}

/** Pagefind's own merge of the manifest's partitions: one search, sorted by each partition's scores. */
async function pagefindMerge(root: string): Promise<Search> {
  const bundle = bundleUrl(root);
  const module = await load(`${bundle}pagefind.js`);
  await module.options({ basePath: bundle, baseUrl: '/', mergeFilter: {} });
  const folders = JSON.parse(await readFile(join(root, 'warta-shards.json'), 'utf8')) as string[];
  for (const folder of folders) await module.mergeIndex(`${bundle}${folder}`, { baseUrl: '/', mergeFilter: {} });
  return async (query) => (await module.search(query))?.results ?? [];
}

beforeAll(async () => {
  // pagefind.js fetches its files: here they are read from disk.
  vi.stubGlobal('fetch', async (url: string) => new Response(await readFile(new URL(String(url).split('?')[0]!))));
  const stories = generateArchive(STORIES, { from: '2024-09-01T00:00:00+07:00', to: '2026-01-01T00:00:00+07:00' });
  const html = new Map(stories.map((story) => [`berita/${story.slug}/index.html`, archivePage(story)]));
  const pages = [...html].map(([path, page]) => ({ path, ...publishedAt(page)! }));
  const plan = planPartitions(pages, { limit: LIMIT, hot: HOT_PARTITION_PAGES });
  const dir = tempDir('ranking');
  const [single, years, tiers] = [join(dir, 'single'), join(dir, 'years'), join(dir, 'tiers')];
  // Runs of the newest year have keys with a dot (`2025.0`); the older partitions are shared.
  const runs = plan.filter((partition) => partition.key.includes('.'));
  const older = plan.filter((partition) => !partition.key.includes('.'));
  await indexInto(single, [...html.keys()].sort(), html);
  manifest(single, []);
  await indexInto(tiers, runs[0]!.pages, html);
  for (const partition of [...runs.slice(1), ...older]) await indexInto(join(tiers, partition.key), partition.pages, html);
  manifest(
    tiers,
    plan.slice(1).map((partition) => partition.key),
  );
  await indexInto(years, runs.flatMap((run) => run.pages).sort(), html);
  for (const partition of older) symlinkSync(join(tiers, partition.key), join(years, partition.key));
  manifest(
    years,
    older.map((partition) => partition.key),
  );
  await pagefind.close();
  built = { single: await partitioned(single), years: await partitioned(years), tiers: await partitioned(tiers), pagefindMerge: await pagefindMerge(tiers), plan };
}, 120_000);

afterAll(() => vi.unstubAllGlobals());

const urls = async (search: Search, query: string, count = Infinity) => Promise.all((await search(query)).slice(0, count).map(async (result) => (await result.data()).url));

describe('the partitioned search index', () => {
  it('is cut as the defaults cut the newest year at 20,000 articles', () => {
    const shape = built.plan.map((partition) => partition.pages.length);
    expect(shape.length).toBeGreaterThanOrEqual(4);
    expect(shape[0]).toBeLessThanOrEqual(HOT_PARTITION_PAGES);
    expect(shape).toContain(2_000);
  });

  it("ranks as one index does, to within the page-length term; far closer than Pagefind's own merge", async () => {
    const ways = ['tiers', 'years', 'pagefindMerge'] as const;
    const scores = Object.fromEntries(ways.map((way) => [way, { overlap: 0, first: 0 }])) as Record<(typeof ways)[number], { overlap: number; first: number }>;
    for (const query of QUERIES) {
      const truth = await urls(built.single, query, 10);
      expect(truth.length, query).toBeGreaterThan(0);
      for (const way of ways) {
        const found = await urls(built[way], query, 10);
        scores[way].overlap += found.filter((url) => truth.includes(url)).length / truth.length / QUERIES.length;
        if (found[0] === truth[0]) scores[way].first++;
      }
    }
    const line = (way: (typeof ways)[number]) => `${way}: overlap@10 ${scores[way].overlap.toFixed(2)}, same first ${scores[way].first}/${QUERIES.length}`;
    console.log(
      `${QUERIES.length} queries over ${STORIES} stories against one index (partitions: ${built.plan.map((partition) => partition.pages.length).join(', ')}); ${ways.map(line).join('; ')}`,
    );
    expect(scores.tiers.overlap).toBeGreaterThanOrEqual(0.95);
    expect(scores.tiers.first).toBeGreaterThanOrEqual(QUERIES.length * 0.8);
    expect(scores.tiers.overlap).toBeGreaterThan(scores.pagefindMerge.overlap);
  });

  it("finds exactly what one index finds, a word of one year's news included", async () => {
    for (const query of QUERIES) {
      const [truth, found] = await Promise.all([urls(built.single, query), urls(built.tiers, query)]);
      expect(found.toSorted(), query).toEqual(truth.toSorted());
    }
  });
});
