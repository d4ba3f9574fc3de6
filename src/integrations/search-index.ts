/**
 * The search index: Pagefind indexes the built site after the build, so search needs no
 * server. Only article bodies are indexed (pages mark them `data-pagefind-body`): headline,
 * standfirst, text and captions, never the navigation. It runs as a job beside precompression
 * (src/integrations/precompress.ts): Pagefind works in a process of its own, so the two share
 * the machine's cores instead of taking turns.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
import { ARTICLES_SEGMENT } from '../lib/routes.ts';
import type { BuildJob } from './precompress.ts';

export const SEARCH_INDEX_FOLDER = 'pagefind';

async function writeSearchIndex(dir: URL, logger: AstroIntegrationLogger): Promise<void> {
  const started = performance.now();
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    // Only article pages carry `data-pagefind-body`: reading the listings too only costs time.
    const added = await index.addDirectory({ path: fileURLToPath(dir), glob: `${ARTICLES_SEGMENT}/**/*.html` });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: fileURLToPath(new URL(SEARCH_INDEX_FOLDER, dir)) });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    logger.info(`indexed ${added.page_count} pages for search in ${Math.round(performance.now() - started)} ms`);
  } finally {
    await pagefind.close();
  }
}

export default function searchIndex(): BuildJob {
  return { name: 'search index', folder: SEARCH_INDEX_FOLDER, run: writeSearchIndex };
}
