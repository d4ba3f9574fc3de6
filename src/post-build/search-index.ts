/**
 * The search index: Pagefind indexes the built article pages, so search needs no server. Only
 * article bodies are indexed (pages mark them `data-pagefind-body`): headline, standfirst, text
 * and captions, never the navigation.
 *
 * The index comes in partitions by year of publication (src/post-build/search-partitions.ts,
 * docs/decisions/002-search-index-partitions.md): the newest is the bundle the search page loads,
 * the others are merged into it in the browser (`mergeIndex`), listed in a small manifest. Each
 * partition is kept in the cache folder under a digest of what Pagefind reads of its pages, so a
 * build re-indexes only the partitions whose articles changed and copies the others.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { ARTICLES_SEGMENT, SEARCH_INDEX_SEGMENT, SEARCH_SHARDS_FILE } from '../lib/routes.ts';
import { linkOrCopy } from './link-or-copy.ts';
import { indexedContent, planPartitions, publishedMonth, type IndexedPage, type SearchPartition } from './search-partitions.ts';

export interface SearchIndexOptions {
  /** Most article pages in one partition (settings.searchShardPages). */
  partitionPages: number;
  /** Where indexed partitions are kept between builds (settings.cacheDir). */
  cacheDir: string;
}

export interface SearchIndexResult {
  pages: number;
  partitions: number;
  /** Partitions Pagefind had to index; the others came from the cache. */
  indexed: number;
}

/** Inside the cache folder: one folder per partition, named by its key and digest. */
const CACHE_SEGMENT = 'warta-search';

/** Every built article page (`berita/<slug>/index.html`), in a stable order. */
async function articlePages(outDir: string): Promise<string[]> {
  const entries = await readdir(join(outDir, ARTICLES_SEGMENT), { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  return entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => `${ARTICLES_SEGMENT}/${entry.name}/index.html`)
    .sort();
}

/**
 * Files read or handed to Pagefind at once: enough to keep it busy (8,000 pages: 10.7 s at 16,
 * 8.5 s at 64, no better at 256), few enough to bound what is read ahead.
 */
const FILES_AT_ONCE = 64;

/** Runs `work` over `items`, `FILES_AT_ONCE` at a time, keeping the results in order. */
async function inBatches<T, R>(items: readonly T[], work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let start = 0; start < items.length; start += FILES_AT_ONCE) results.push(...(await Promise.all(items.slice(start, start + FILES_AT_ONCE).map(work))));
  return results;
}

/**
 * What an index depends on besides its pages: the Pagefind release and this module's own code
 * (how pages are handed over). A new version of either re-indexes every partition.
 */
async function indexerFingerprint(): Promise<string> {
  const [pagefindPackage, ownSource] = await Promise.all([
    readFile(new URL('../package.json', import.meta.resolve('pagefind'))),
    readFile(fileURLToPath(import.meta.url)),
  ]);
  return createHash('sha256').update(pagefindPackage).update(ownSource).digest('hex');
}

/** Reads each page once: its month for the partitioning, and a digest of what Pagefind will read. */
async function describePages(outDir: string, paths: readonly string[]): Promise<{ pages: IndexedPage[]; digests: Map<string, string> }> {
  const digests = new Map<string, string>();
  const pages = await inBatches(paths, async (path) => {
    const html = await readFile(join(outDir, path), 'utf8');
    const month = publishedMonth(html);
    if (!month) throw new Error(`${path}: no article:published_time, so no search partition to put it in`);
    digests.set(path, createHash('sha256').update(indexedContent(html)).digest('hex'));
    return { path, month };
  });
  return { pages, digests };
}

function partitionDigest(partition: SearchPartition, fingerprint: string, digests: ReadonlyMap<string, string>): string {
  const hash = createHash('sha256').update(fingerprint).update(`\0${partition.key}`);
  for (const page of partition.pages) hash.update(`\0${page}\0${digests.get(page)}`);
  return hash.digest('hex').slice(0, 20);
}

/**
 * Indexes one partition into `folder`. Pages are handed to Pagefind in name order: it numbers
 * pages as they arrive, and pages handed over as their reads finished made two builds of the
 * same site differ in 29 files of the index.
 */
async function indexPartition(outDir: string, partition: SearchPartition, folder: string): Promise<void> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    for (let start = 0; start < partition.pages.length; start += FILES_AT_ONCE) {
      const batch = partition.pages.slice(start, start + FILES_AT_ONCE);
      const contents = await Promise.all(batch.map((path) => readFile(join(outDir, path), 'utf8')));
      await Promise.all(
        batch.map(async (sourcePath, at) => {
          const added = await index.addHTMLFile({ sourcePath, content: contents[at]! });
          if (added.errors.length > 0) throw new Error(`Pagefind could not index ${sourcePath}: ${added.errors.join('; ')}`);
        }),
      );
    }
    const written = await index.writeFiles({ outputPath: folder });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write partition ${partition.key}: ${written.errors.join('; ')}`);
  } finally {
    // Ends Pagefind's process, and with it the memory this partition took.
    await pagefind.close();
  }
}

/**
 * Puts a cached partition into the build as hard links: a year of an archive is thousands of
 * files, and nothing writes into them afterwards (Astro empties the output folder by removing
 * files; each build rewrites the cache folder by renaming whole folders). Copies where the
 * cache is on another file system.
 */
async function linkTree(from: string, to: string): Promise<void> {
  const entries = await readdir(from, { recursive: true, withFileTypes: true });
  await mkdir(to, { recursive: true });
  for (const entry of entries) if (entry.isDirectory()) await mkdir(join(to, relative(from, join(entry.parentPath, entry.name))), { recursive: true });
  const files = entries.filter((entry) => entry.isFile()).map((entry) => relative(from, join(entry.parentPath, entry.name)));
  await inBatches(files, (file) => linkOrCopy(join(from, file), join(to, file)));
}

/** Where a partition goes in the build: the newest is the bundle itself, the others folders inside it. */
const partitionFolder = (position: number, partition: SearchPartition): string => (position === 0 ? '' : `${partition.key}/`);

/** Indexes the build in `outDir`, reusing cached partitions whose pages are unchanged. */
export async function writeSearchIndex(outDir: string, { partitionPages, cacheDir }: SearchIndexOptions): Promise<SearchIndexResult> {
  const [paths, fingerprint] = await Promise.all([articlePages(outDir), indexerFingerprint()]);
  const { pages, digests } = await describePages(outDir, paths);
  const partitions = planPartitions(pages, partitionPages);
  const cacheRoot = join(cacheDir, CACHE_SEGMENT);
  await mkdir(cacheRoot, { recursive: true });
  const cached = new Set(await readdir(cacheRoot));
  const bundle = join(outDir, SEARCH_INDEX_SEGMENT);
  await rm(bundle, { recursive: true, force: true });
  const kept = new Set<string>();
  let indexed = 0;
  // One partition after the other: each Pagefind process holds ≈ 185 KB per page it indexes.
  for (const [position, partition] of partitions.entries()) {
    const name = `${partition.key}-${partitionDigest(partition, fingerprint, digests)}`;
    const stored = join(cacheRoot, name);
    if (!cached.has(name)) {
      const scratch = join(cacheRoot, `.${name}-${process.pid}`);
      await rm(scratch, { recursive: true, force: true });
      await indexPartition(outDir, partition, scratch);
      // Renamed whole, so an interrupted build never leaves a partial partition to be reused.
      await rename(scratch, stored);
      indexed++;
    }
    kept.add(name);
    await linkTree(stored, join(bundle, partitionFolder(position, partition)));
  }
  // Partitions of articles that changed, went or were drafted: kept, they would only fill the disk.
  await Promise.all([...cached].filter((name) => !kept.has(name)).map((name) => rm(join(cacheRoot, name), { recursive: true, force: true })));
  const merged = partitions.slice(1).map((partition, at) => partitionFolder(at + 1, partition));
  await writeFile(join(bundle, SEARCH_SHARDS_FILE), JSON.stringify(merged));
  return { pages: pages.length, partitions: partitions.length, indexed };
}
