/**
 * The search index: Pagefind indexes the built article pages, so search needs no server. Only
 * article bodies are indexed (pages mark them `data-pagefind-body`): headline, standfirst, text
 * and captions, never the navigation.
 *
 * Pagefind holds about 185 KB per page while it indexes (3.1 GB for 20,000 articles), so a large
 * archive is indexed in shards, one Pagefind process after the other: the first shard is the
 * bundle the search page loads, the others are merged into it in the browser (`mergeIndex`),
 * listed in a small manifest. A site below one shard's size gets exactly one ordinary index.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, posix } from 'node:path';
import * as pagefind from 'pagefind';
import { ARTICLES_SEGMENT, SEARCH_INDEX_SEGMENT, SEARCH_SHARDS_FILE } from '../lib/routes.ts';

export interface SearchShard {
  /** Relative to the build's root. */
  folder: string;
  /** Article pages, relative to the build's root. */
  pages: string[];
}

/** Splits the pages into shards of at most `size`; the first one is the main bundle. */
export function planShards(pages: readonly string[], size: number): SearchShard[] {
  const shards: SearchShard[] = [];
  for (let start = 0; start < pages.length || shards.length === 0; start += size) {
    const number = shards.length + 1;
    shards.push({ folder: number === 1 ? SEARCH_INDEX_SEGMENT : `${SEARCH_INDEX_SEGMENT}/bagian-${number}`, pages: pages.slice(start, start + size) });
  }
  return shards;
}

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
 * Files handed to Pagefind at once: enough to keep it busy (8,000 pages: 10.7 s at 16, 8.5 s
 * at 64, no better at 256), few enough to bound what is read ahead.
 */
const FILES_AT_ONCE = 64;

async function writeShard(outDir: string, shard: SearchShard): Promise<void> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    for (let start = 0; start < shard.pages.length; start += FILES_AT_ONCE) {
      await Promise.all(
        shard.pages.slice(start, start + FILES_AT_ONCE).map(async (sourcePath) => {
          const added = await index.addHTMLFile({ sourcePath, content: await readFile(join(outDir, sourcePath), 'utf8') });
          if (added.errors.length > 0) throw new Error(`Pagefind could not index ${sourcePath}: ${added.errors.join('; ')}`);
        }),
      );
    }
    const written = await index.writeFiles({ outputPath: join(outDir, shard.folder) });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write ${shard.folder}: ${written.errors.join('; ')}`);
  } finally {
    // Ends Pagefind's process, and with it the memory this shard took.
    await pagefind.close();
  }
}

/** Indexes the build in `outDir`; returns how many pages and shards. */
export async function writeSearchIndex(outDir: string, shardPages: number): Promise<{ pages: number; shards: number }> {
  const pages = await articlePages(outDir);
  const shards = planShards(pages, shardPages);
  for (const shard of shards) await writeShard(outDir, shard);
  const extra = shards.slice(1).map((shard) => `${posix.relative(SEARCH_INDEX_SEGMENT, shard.folder)}/`);
  await writeFile(join(outDir, SEARCH_INDEX_SEGMENT, SEARCH_SHARDS_FILE), JSON.stringify(extra));
  return { pages: pages.length, shards: shards.length };
}
