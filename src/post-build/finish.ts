/**
 * What happens to a build after Astro has written it, in a process of its own (scripts/build.ts)
 * so that Astro's memory is given back first: the search index and precompression. They run
 * side by side, since Pagefind works in its own process while compression mostly waits on
 * file I/O (one after the other they took 25 s and 22 s at 20,000 articles); the index's own
 * files are compressed once it is written.
 */
import { join } from 'node:path';
import { SEARCH_INDEX_SEGMENT } from '../lib/routes.ts';
import { precompressDir } from './precompress.ts';
import { writeSearchIndex } from './search-index.ts';

export interface FinishOptions {
  /** Article pages per Pagefind run (settings.searchShardPages). */
  searchShardPages: number;
  log: (message: string) => void;
}

export async function finishBuild(outDir: string, { searchShardPages, log }: FinishOptions): Promise<void> {
  const started = performance.now();
  const elapsed = () => `${Math.round(performance.now() - started)} ms`;
  const indexing = writeSearchIndex(outDir, searchShardPages).then(({ pages, shards }) => log(`indexed ${pages} pages for search (${shards} shard${shards === 1 ? '' : 's'}) in ${elapsed()}`));
  // Awaited below; a failure while the compression still runs must not go unhandled first.
  indexing.catch(() => undefined);
  let compressed = await precompressDir(outDir, [SEARCH_INDEX_SEGMENT]);
  await indexing.catch((error: unknown) => {
    throw new Error('the search index could not be written', { cause: error });
  });
  compressed += await precompressDir(join(outDir, SEARCH_INDEX_SEGMENT));
  log(`precompressed ${compressed} text files (.gz, .br) in ${elapsed()}`);
}
