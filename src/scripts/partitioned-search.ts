/**
 * Searching the index as the build writes it: partitions by year, the newest cut into runs and
 * a hot partition (src/post-build/search-partitions.ts, docs/decisions/015-hot-search-partition.md).
 * The bundle holds the hot partition; its manifest lists the folders of the others, newest
 * first, and each is merged in with Pagefind's `mergeIndex`. Merged partitions share the
 * bundle's WebAssembly and fetch only their small entry and metadata files.
 *
 * Each partition is tagged with a filter of its own (`mergeFilter`) and searched apart:
 * - Pagefind drops a query word its index does not know. In one index that is a word no story
 *   has; in a partition it is any word of other years, and that partition would list its
 *   stories with the other words ("rikowa banjir", the name of a flood of 2025, listed every
 *   flood of 2024). So a partition's results count only if it knows every word that some
 *   partition knows: the results of one index, whatever the partitions.
 * - `relevance`: the partitions' results sorted by Pagefind's scores, as its merged search sorts
 *   them. Each partition scores by its own word statistics, so this is close to, not the same
 *   as, one index.
 * - `newest`: each partition's results sorted by publication time, joined in the manifest's
 *   order. Pagefind's `sort` cannot do it across partitions: a merged search re-sorts every
 *   result by score, and a sorted search's scores are places in its own index, so partitions
 *   would interleave. Each partition is a stretch of the archive in order of publication, so
 *   joined they are newest first throughout, with no partition statistics in it.
 * No DOM here: the search page runs it in the browser, the ranking test in Node.
 */
import { SEARCH_SHARDS_FILE, SEARCH_SORT_PUBLISHED } from '../lib/routes.ts';

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

interface SearchOptions {
  filters?: Record<string, string>;
  sort?: Record<string, 'asc' | 'desc'>;
}

type IndexOptions = { baseUrl: string; mergeFilter: Record<string, string> };

/** The part of Pagefind's JS API (`pagefind.js` in the bundle) used here. */
export interface PagefindModule {
  options: (options: IndexOptions & { basePath: string }) => Promise<void>;
  mergeIndex: (indexPath: string, options: IndexOptions) => Promise<void>;
  search: (query: string, options?: SearchOptions) => Promise<{ results: PagefindResult[] } | null>;
}

export type SearchOrder = 'relevance' | 'newest';
export const SEARCH_ORDERS: readonly SearchOrder[] = ['relevance', 'newest'];

export interface PartitionedIndex {
  /** Every result for `query`, in `order`. */
  search: (query: string, order: SearchOrder) => Promise<PagefindResult[]>;
}

/** The filter that tells partitions apart: the bundle is `0`, the manifest's folders `1`, `2`… */
const PARTITION_FILTER = 'warta-partition';

/**
 * Opens the index in `bundle` (`/pagefind/`, or a file URL in Node), whose results link below
 * `baseUrl` (the site's base path). `load` imports the bundle's `pagefind.js`: a dynamic import
 * the page's bundler must leave alone, or Node's.
 */
export async function openPartitionedIndex(bundle: string, baseUrl: string, load: (url: string) => Promise<PagefindModule>): Promise<PartitionedIndex> {
  const [module, folders] = await Promise.all([load(`${bundle}pagefind.js`), manifest(`${bundle}${SEARCH_SHARDS_FILE}`)]);
  await module.options({ basePath: bundle, baseUrl, mergeFilter: { [PARTITION_FILTER]: '0' } });
  await Promise.all(folders.map((folder, at) => module.mergeIndex(`${bundle}${folder}`, { baseUrl, mergeFilter: { [PARTITION_FILTER]: String(at + 1) } })));
  const partitions = Array.from({ length: folders.length + 1 }, (_, at) => ({ [PARTITION_FILTER]: String(at) }));
  const inEach = (query: string, options: SearchOptions = {}) => Promise.all(partitions.map(async (filters) => (await module.search(query, { ...options, filters }))?.results ?? []));
  /** Which partitions know every word of `query` that any partition knows. */
  async function knowingEveryWord(query: string): Promise<boolean[]> {
    const words = query.replaceAll('"', ' ').split(/\s+/).filter(Boolean);
    if (words.length < 2) return partitions.map(() => true);
    const known = await Promise.all(words.map(async (word) => (await inEach(word)).map((results) => results.length > 0)));
    const somewhere = known.filter((byPartition) => byPartition.includes(true));
    return partitions.map((_, at) => somewhere.every((byPartition) => byPartition[at]));
  }
  return {
    async search(query, order) {
      const [lists, knowing] = await Promise.all([inEach(query, order === 'newest' ? { sort: { [SEARCH_SORT_PUBLISHED]: 'desc' } } : {}), knowingEveryWord(query)]);
      const results = lists.flatMap((results, at) => (knowing[at] ? results : []));
      return order === 'newest' ? results : results.sort((a, b) => b.score - a.score);
    },
  };
}

async function manifest(url: string): Promise<string[]> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return (await response.json()) as string[];
}
