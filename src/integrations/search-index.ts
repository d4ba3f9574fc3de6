/**
 * Astro integration: indexes the built site with Pagefind after the build, so search needs
 * no server. Only article bodies are indexed (pages mark them `data-pagefind-body`): headline,
 * standfirst, text and captions, never the navigation.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { ARTICLES_SEGMENT } from '../lib/routes.ts';

export const SEARCH_INDEX_FOLDER = 'pagefind';

export default function searchIndex(): AstroIntegration {
  return {
    name: 'warta-search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
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
      },
    },
  };
}
