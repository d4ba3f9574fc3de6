/**
 * The search index: Pagefind indexes the built article pages, so search needs no server. Only
 * article bodies are indexed (pages mark them `data-pagefind-body`): headline, standfirst, text
 * and captions, never the navigation.
 *
 * The index comes in partitions by year of publication, the newest cut again into runs and a
 * small hot partition (src/post-build/search-partitions.ts, docs/decisions/002 and 015): the hot
 * partition is the bundle the search page loads, the others are merged into it in the browser
 * (`mergeIndex`), listed newest first in a small manifest. Each
 * partition is kept in the cache folder under a digest of what Pagefind reads of its pages, so a
 * build re-indexes only the partitions whose articles changed and copies the others.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { SEARCH_PAGES_RECORD, SEARCH_PARTITIONS_FOLDER, SEARCH_PLACED_RECORD } from '../lib/build/cache-artefacts.ts';
import { codeFingerprint } from '../lib/build/fingerprints.ts';
import { ARTICLES_SEGMENT, SEARCH_INDEX_SEGMENT, SEARCH_SHARDS_FILE } from '../lib/routes.ts';
import { settledStatKey } from '../lib/content/file-stats.ts';
import { inBatches } from '../lib/utils/in-batches.ts';
import { linkOrCopy } from './link-or-copy.ts';
import { folderIdentity, keepFolderRecord, takeFolderRecord } from './folder-records.ts';
import { indexedDocument, planPartitions, publishedAt, type IndexedPage, type SearchPartition } from './search-partitions.ts';

export interface SearchIndexOptions {
  /** Most article pages in one partition (settings.searchShardPages). */
  partitionPages: number;
  /** Most article pages in the hot partition, the one a new story re-indexes (settings.searchHotPages). */
  hotPages: number;
  /** Where indexed partitions are kept between builds (settings.cacheDir). */
  cacheDir: string;
}

export interface SearchIndexResult {
  pages: number;
  partitions: number;
  /** Partitions Pagefind had to index; the others came from the cache. */
  indexed: number;
  /** The pages of those partitions: what this build's search step cost. */
  indexedPages: number;
}

/** The project this module is part of: it runs from source (scripts/build.ts), so its code is there. */
const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));

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

/**
 * What an index depends on besides its pages: the Pagefind release and this module's code (how
 * pages are handed over), src/lib/build/fingerprints.ts. A new version of either re-indexes
 * every partition.
 */
const indexerFingerprint = (): Promise<string> => codeFingerprint(PROJECT_ROOT, 'searchIndex');

/** A page as last described: its publication and digest, valid while the file keeps its `stamp`. */
interface PageDescription {
  stamp: string;
  year: string;
  time: number;
  digest: string;
}

interface PagesRecord {
  /** Digest of the code that describes pages: another version reads every page again. */
  code: string;
  pages: Record<string, PageDescription>;
}

/** The code a page's publication and digest come from (search-partitions.ts). */
const describerFingerprint = (): Promise<string> => codeFingerprint(PROJECT_ROOT, 'searchPages');

/**
 * Reads each page once: its publication for the partitioning, and a digest of what Pagefind will read.
 * A page whose file has the stats it had when last read (src/lib/content/file-stats.ts: size,
 * times, inode, settled for 2 s) is not read again: pages an
 * incremental build kept in the output folder keep their files (docs/decisions/009), and reading
 * 20,000 of them was most of an unchanged build's search step.
 */
async function describePages(outDir: string, paths: readonly string[], recordFile: string): Promise<{ pages: IndexedPage[]; digests: Map<string, string> }> {
  const code = await describerFingerprint();
  // A record torn by a killed build is no record: every page is read again.
  const record = await readFile(recordFile, 'utf8').then(
    (text) => {
      try {
        return JSON.parse(text) as PagesRecord;
      } catch {
        return undefined;
      }
    },
    () => undefined,
  );
  const known = record?.code === code ? record.pages : {};
  const described: Record<string, PageDescription> = {};
  const digests = new Map<string, string>();
  const pages = await inBatches(paths, FILES_AT_ONCE, async (path) => {
    const file = join(outDir, path);
    // Undefined for a page written in the last moments, which is read now and again next time.
    const stamp = settledStatKey(await stat(file, { bigint: true }), Date.now());
    let description = stamp !== undefined && Object.hasOwn(known, path) && known[path]!.stamp === stamp ? known[path]! : undefined;
    if (!description) {
      const html = await readFile(file, 'utf8');
      const published = publishedAt(html);
      if (!published) throw new Error(`${path}: no article:published_time, so no search partition to put it in`);
      description = { stamp: stamp ?? '', ...published, digest: createHash('sha256').update(indexedDocument(html)).digest('hex') };
    }
    if (stamp !== undefined) described[path] = description;
    digests.set(path, description.digest);
    return { path, year: description.year, time: description.time };
  });
  await writeFile(recordFile, JSON.stringify({ code, pages: described } satisfies PagesRecord));
  return { pages, digests };
}

function partitionDigest(partition: SearchPartition, fingerprint: string, digests: ReadonlyMap<string, string>): string {
  const hash = createHash('sha256').update(fingerprint).update(`\0${partition.key}`);
  for (const page of partition.pages) hash.update(`\0${page}\0${digests.get(page)}`);
  return hash.digest('hex').slice(0, 20);
}

/**
 * Indexes one partition into `folder`, handing Pagefind each page's indexed document
 * (search-partitions.ts), which it indexes as the page. Pages are handed over in name order: it numbers
 * pages as they arrive, and pages handed over as their reads finished made two builds of the
 * same site differ in 29 files of the index.
 */
async function indexPartition(outDir: string, partition: SearchPartition, folder: string): Promise<void> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    for (let start = 0; start < partition.pages.length; start += FILES_AT_ONCE) {
      const batch = partition.pages.slice(start, start + FILES_AT_ONCE);
      const contents = await Promise.all(batch.map(async (path) => indexedDocument(await readFile(join(outDir, path), 'utf8'))));
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
  await inBatches(files, FILES_AT_ONCE, (file) => linkOrCopy(join(from, file), join(to, file)));
}

/** Where a partition goes in the build: the newest is the bundle itself, the others folders inside it. */
const partitionFolder = (position: number, partition: SearchPartition): string => (position === 0 ? '' : `${partition.key}/`);

/** What a bundle held after the last build that wrote it, place by place. */
interface Placement {
  /** By position: the partition's key (its folder) and cache name (key and digest). */
  partitions: { key: string; name: string }[];
}

/**
 * The places of the bundle that still hold what the last build put there: only when the output
 * folder kept its bundle (docs/decisions/009) and the record of the build that completed this
 * folder is there (src/post-build/folder-records.ts).
 */
async function placementInBundle(bundle: string, folder: string, recordFile: string): Promise<Placement['partitions']> {
  const placement = await takeFolderRecord<Placement>(recordFile, folder);
  return placement && existsSync(bundle) ? placement.partitions : [];
}

/** Clears one place of the bundle: a partition's folder, or for the newest all but the other partitions' folders. */
async function clearPlace(bundle: string, position: number, key: string, otherFolders: ReadonlySet<string>): Promise<void> {
  if (position > 0) return rm(join(bundle, key), { recursive: true, force: true });
  const names = await readdir(bundle).catch(() => []);
  await Promise.all(names.filter((name) => !otherFolders.has(name)).map((name) => rm(join(bundle, name), { recursive: true, force: true })));
}

/** Indexes the build in `outDir`, reusing cached partitions whose pages are unchanged. */
export async function writeSearchIndex(outDir: string, { partitionPages, hotPages, cacheDir }: SearchIndexOptions): Promise<SearchIndexResult> {
  const bundle = join(outDir, SEARCH_INDEX_SEGMENT);
  const placedFile = join(cacheDir, SEARCH_PLACED_RECORD);
  // The output folder exists: Astro built into it.
  const folder = (await folderIdentity(outDir))!;
  const [paths, fingerprint, inPlace] = await Promise.all([articlePages(outDir), indexerFingerprint(), placementInBundle(bundle, folder, placedFile)]);
  const { pages, digests } = await describePages(outDir, paths, join(cacheDir, SEARCH_PAGES_RECORD));
  const partitions = planPartitions(pages, { limit: partitionPages, hot: hotPages });
  const cacheRoot = join(cacheDir, SEARCH_PARTITIONS_FOLDER);
  await mkdir(cacheRoot, { recursive: true });
  const cached = new Set(await readdir(cacheRoot));
  if (inPlace.length === 0) await rm(bundle, { recursive: true, force: true });
  // The folders of older partitions now in the bundle: clearing the newest's place keeps them.
  const olderFolders = new Set(inPlace.slice(1).map(({ key }) => key));
  const placed: Placement['partitions'] = [];
  const kept = new Set<string>();
  let indexed = 0;
  let indexedPages = 0;
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
      indexedPages += partition.pages.length;
    }
    kept.add(name);
    placed.push({ key: partition.key, name });
    // A place that already holds this partition (an incremental build's kept output) stays.
    if (inPlace[position]?.name === name && inPlace[position]?.key === partition.key) continue;
    if (inPlace.length > 0) await clearPlace(bundle, position, partition.key, olderFolders);
    await linkTree(stored, join(bundle, partitionFolder(position, partition)));
  }
  // Folders of older partitions that are no longer in the plan.
  const placedFolders = new Set(placed.slice(1).map(({ key }) => key));
  await Promise.all([...olderFolders].filter((key) => !placedFolders.has(key)).map((key) => rm(join(bundle, key), { recursive: true, force: true })));
  // Partitions of articles that changed, went or were drafted: kept, they would only fill the disk.
  await Promise.all([...cached].filter((name) => !kept.has(name)).map((name) => rm(join(cacheRoot, name), { recursive: true, force: true })));
  const merged = partitions.slice(1).map((partition, at) => partitionFolder(at + 1, partition));
  await writeFile(join(bundle, SEARCH_SHARDS_FILE), JSON.stringify(merged));
  await keepFolderRecord<Placement>(placedFile, folder, { partitions: placed });
  return { pages: pages.length, partitions: partitions.length, indexed, indexedPages };
}
