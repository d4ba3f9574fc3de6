/**
 * Searching the index as the build writes it: partitions by year, the newest cut into runs and
 * a hot partition (src/post-build/search-partitions.ts, docs/decisions/015-hot-search-partition.md).
 * The bundle holds the hot partition; its manifest lists the folders of the others, newest
 * first, and each is merged in with Pagefind's `mergeIndex`. Merged partitions share the
 * bundle's WebAssembly and fetch only their small entry and metadata files.
 *
 * Each partition is tagged with a filter of its own (`mergeFilter`) and searched apart, so that
 * the results are those of one index of every page:
 * - Pagefind drops a query word its index does not know. In one index that is a word no story
 *   has; in a partition it is any word of other years, and that partition would list its
 *   stories with the other words ("rikowa banjir", the name of a flood of 2025, listed every
 *   flood of 2024). So a partition's results count only if it knows every word that some
 *   partition knows.
 * - Pagefind scores a page by BM25, whose word weights (inverse document frequencies) come from
 *   the page's own partition: a word in 5 of the hot partition's 36 pages weighs 1.9 there and
 *   6.4 among 3,400 pages, so Pagefind's own merge, which sorts by those scores, ranks the newest
 *   stories unlike one index (top-10 overlap 0.74 in tests/unit/post-build/search-ranking.test.ts).
 *   Each partition's scores are scaled by the ratio of the query's word weights over every
 *   partition to its weights in that partition, counted from the filter counts of one search a
 *   word: the ranking of one index, to within the page-length term (overlap 0.99).
 * No DOM here: the search page runs it in the browser, the ranking test in Node.
 */
import { SEARCH_SHARDS_FILE } from '../lib/routes.ts';

/** What a result shows: Pagefind's fragment data, as far as the page uses it. */
export interface ResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
}

export interface PagefindResult {
  score: number;
  data: () => Promise<ResultData>;
}

/** Pages per filter value: `{ "warta-partition": { "0": 36, "1": 250 } }`. */
type FilterCounts = Record<string, Record<string, number>>;

type IndexOptions = { baseUrl: string; mergeFilter: Record<string, string> };

/** The part of Pagefind's JS API (`pagefind.js` in the bundle) used here. */
export interface PagefindModule {
  options: (options: IndexOptions & { basePath: string }) => Promise<void>;
  mergeIndex: (indexPath: string, options: IndexOptions) => Promise<void>;
  search: (query: string, options?: { filters?: Record<string, string> }) => Promise<{ results: PagefindResult[]; filters: FilterCounts } | null>;
  filters: () => Promise<FilterCounts>;
}

export interface PartitionedIndex {
  /** Every result for `query`, most relevant first, as one index of every page would rank them. */
  search: (query: string) => Promise<PagefindResult[]>;
}

/** The filter that tells partitions apart: the bundle is `0`, the manifest's folders `1`, `2`… */
const PARTITION_FILTER = 'warta-partition';

/** Pagefind's inverse document frequency (pagefind_web's BM25): how rare a word in `containing` of `total` pages is. */
const wordWeight = (total: number, containing: number): number => Math.log((total - containing + 0.5) / (containing + 0.5) + 1);

const sum = (values: readonly number[]): number => values.reduce((total, value) => total + value, 0);

/**
 * Opens the index in `bundle` (`/pagefind/`, or a file URL in Node), whose results link below
 * `baseUrl` (the site's base path). `load` imports the bundle's `pagefind.js`: a dynamic import
 * the page's bundler must leave alone, or Node's.
 */
export async function openPartitionedIndex(bundle: string, baseUrl: string, load: (url: string) => Promise<PagefindModule>): Promise<PartitionedIndex> {
  const [module, folders] = await Promise.all([load(`${bundle}pagefind.js`), manifest(`${bundle}${SEARCH_SHARDS_FILE}`)]);
  await module.options({ basePath: bundle, baseUrl, mergeFilter: { [PARTITION_FILTER]: '0' } });
  await Promise.all(folders.map((folder, at) => module.mergeIndex(`${bundle}${folder}`, { baseUrl, mergeFilter: { [PARTITION_FILTER]: String(at + 1) } })));
  const partitions = Array.from({ length: folders.length + 1 }, (_, at) => String(at));
  /** Pages of each partition among `counts`, in the manifest's order. */
  const perPartition = (counts: FilterCounts | undefined) => partitions.map((at) => counts?.[PARTITION_FILTER]?.[at] ?? 0);
  // One partition is one index: nothing to correct, so one search a query, as Pagefind alone.
  if (folders.length === 0) return { search: async (query) => (await module.search(query))?.results ?? [] };
  const sizes = perPartition(await module.filters());
  const total = sum(sizes);
  return {
    async search(query) {
      const words = [...new Set(query.replaceAll('"', ' ').split(/\s+/).filter(Boolean))];
      // For each word some partition knows: how many pages of each partition have it.
      const counts = (await Promise.all(words.map(async (word) => perPartition((await module.search(word))?.filters)))).filter((pages) => pages.some(Boolean));
      if (counts.length === 0) return [];
      const everywhere = sum(counts.map((pages) => wordWeight(total, sum(pages))));
      const lists = await Promise.all(
        partitions.map(async (filter, at) => {
          if (!counts.every((pages) => pages[at]! > 0)) return [];
          const results = (await module.search(query, { filters: { [PARTITION_FILTER]: filter } }))?.results ?? [];
          const scale = everywhere / sum(counts.map((pages) => wordWeight(sizes[at]!, pages[at]!)));
          // The copy holds Pagefind's result and asks it for the data: Pagefind frees a result's
          // data once the result object is garbage (a FinalizationRegistry), so a copy holding
          // only its `data` function would find null after the next collection.
          return results.map((result): PagefindResult => ({ score: result.score * scale, data: () => result.data() }));
        }),
      );
      return lists.flat().sort((a, b) => b.score - a.score);
    },
  };
}

async function manifest(url: string): Promise<string[]> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return (await response.json()) as string[];
}
