/**
 * What happens to a build after Astro has written it, in a process of its own (scripts/build.ts)
 * so that Astro's memory is given back first: the search index and, where the host serves
 * them, precompressed files. They run side by side, since Pagefind works in its own process
 * while compression mostly waits on file I/O (one after the other they took 25 s and 22 s at
 * 20,000 articles); the index's own files are compressed once it is written.
 */
import { join, resolve } from 'node:path';
import { PRECOMPRESS_FOLDER } from '../lib/build/cache-artefacts.ts';
import { SEARCH_INDEX_SEGMENT } from '../lib/routes.ts';
import { openPrecompressor } from './precompress.ts';
import { writeSearchIndex } from './search-index.ts';

export interface FinishOptions {
  /** Most article pages in one search index partition (settings.searchShardPages). */
  searchShardPages: number;
  /** Most article pages in the hot search index partition (settings.searchHotPages). */
  searchHotPages: number;
  /** Where the index partitions and compressed files are kept between builds (settings.cacheDir). */
  cacheDir: string;
  /** Whether to write `.gz`/`.br` beside text files (settings.precompress). */
  precompress: boolean;
  log: (message: string) => void;
}

export async function finishBuild(outDir: string, { searchShardPages, searchHotPages, cacheDir, precompress, log }: FinishOptions): Promise<void> {
  const started = performance.now();
  const elapsed = () => `${Math.round(performance.now() - started)} ms`;
  const cache = resolve(cacheDir);
  const indexing = writeSearchIndex(outDir, { partitionPages: searchShardPages, hotPages: searchHotPages, cacheDir: cache }).then(({ pages, partitions, indexed, indexedPages }) =>
    log(
      `search index: ${pages} pages in ${partitions} partition${partitions === 1 ? '' : 's'}, ${indexed} indexed (${indexedPages} pages), ${partitions - indexed} from the cache, in ${elapsed()}`,
    ),
  );
  // Awaited below; a failure while the compression still runs must not go unhandled first.
  indexing.catch(() => undefined);
  const precompressor = precompress ? await openPrecompressor(outDir, join(cache, PRECOMPRESS_FOLDER)) : undefined;
  const site = await precompressor?.compressDir(outDir, [SEARCH_INDEX_SEGMENT]);
  await indexing.catch((error: unknown) => {
    throw new Error('the search index could not be written', { cause: error });
  });
  if (!precompressor || !site) return;
  const index = await precompressor.compressDir(join(outDir, SEARCH_INDEX_SEGMENT));
  await precompressor.save();
  log(`precompressed ${site.files + index.files} text files (.gz, .br), ${site.compressed + index.compressed} of them new or changed, in ${elapsed()}`);
}
