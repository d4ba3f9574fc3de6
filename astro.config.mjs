// @ts-check
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import node from '@astrojs/node';
import { defineConfig, memoryCache } from 'astro/config';
import bundleMedia from './src/integrations/bundle-media.ts';
import editorsDesk from './src/integrations/editors-desk.ts';
import hostHeaders from './src/integrations/host-headers.ts';
import keptOutput from './src/integrations/kept-output.ts';
import nextChange from './src/integrations/next-change.ts';
import { VITE_CACHE_FOLDER } from './src/lib/build/cache-artefacts.ts';
import { CSP_DIRECTIVES } from './src/lib/security/csp.ts';
import { settings } from './src/lib/settings.ts';

/** Folders that builds, tests and benchmarks write into: never sources, so never watched. */
const GENERATED_FOLDERS = ['dist', '.dist.releases', 'tests/.tmp', 'bench/results', 'bench/.kept-output'];
const PROJECT_ROOT = fileURLToPath(new URL('./', import.meta.url));
/** Watched by the articles loader itself, one watch per folder: src/loaders/folder-watcher.ts. */
const ARTICLES_FOLDER = resolve(PROJECT_ROOT, settings.contentDir, 'articles');
/**
 * `WARTA_MODE=server`: the same routes rendered on demand by a standalone Node server, from the
 * store `npm run server:sync` fills (docs/decisions/018-server-mode.md). Unset, nothing changes.
 */
const SERVER_MODE =
  settings.mode === 'server'
    ? {
        output: /** @type {const} */ ('server'),
        adapter: node({ mode: 'standalone' }),
        // Astro's in-process route cache: pages kept for their lifetime, purged by tag (src/server/purge.ts).
        cache: { provider: memoryCache({ max: 5_000 }) },
      }
    : {};
/** The purge endpoint exists in server mode only. */
const serverRoutes = {
  name: 'warta-server-routes',
  hooks: {
    /** @param {{ injectRoute: (route: { pattern: string; entrypoint: string }) => void }} options */
    'astro:config:setup': ({ injectRoute }) => {
      if (settings.mode === 'server') injectRoute({ pattern: '/_warta/purge/', entrypoint: './src/server/purge.ts' });
    },
  },
};

export default defineConfig({
  site: settings.url,
  base: settings.base,
  trailingSlash: 'always',
  ...SERVER_MODE,
  // Tests and benchmarks build several sites at once: each needs its own content cache.
  cacheDir: settings.cacheDir,
  build: {
    format: 'directory',
    // Pages are rendered while earlier ones are still being written: at 5,000 articles the main
    // thread sat idle 55 % of page generation, waiting on file writes, at 1 (Astro's default);
    // at 4 it is 20 % idle and page generation took 13.5 s instead of 19 s, same peak memory.
    concurrency: 4,
    // One request for the page and its styles: the whole stylesheet is a few kilobytes.
    inlineStylesheets: 'always',
  },
  // Warta renders Markdown itself (src/lib/render); Astro's highlighter would need inline styles.
  markdown: { syntaxHighlight: false },
  devToolbar: { enabled: false },
  // The search script imports Pagefind at run time, and Vite's wrapper around dynamic imports
  // breaks when Astro inlines a small script into the page: keep scripts in files.
  vite: {
    // Vite's pre-bundled dependencies go in the cache folder with the rest: in node_modules/.vite,
    // shared by every cache folder and by vitest, each start after another mode's run printed
    // "Re-optimizing dependencies" and bundled them again (src/lib/build/cache-artefacts.ts).
    cacheDir: resolve(PROJECT_ROOT, settings.cacheDir, VITE_CACHE_FOLDER),
    // src/integrations/kept-output.ts empties the output folder but for the pages an incremental
    // build may skip, checked against Astro's cache (docs/decisions/009-kept-output-folder.md, 016).
    build: { assetsInlineLimit: 0, emptyOutDir: false },
    // The dev server's file watcher crawls the project at start: a built 20,000-article dist/
    // (≈ 100,000 files) or the test suite's builds made it stat every one before the first page.
    server: { watch: { ignored: [...GENERATED_FOLDERS.map((folder) => fileURLToPath(new URL(`${folder}/**`, import.meta.url))), ARTICLES_FOLDER, `${ARTICLES_FOLDER}/**`] } },
  },
  // Each page gets a <meta> policy with hashes of exactly its own scripts and styles.
  security: { csp: { directives: [...CSP_DIRECTIVES] } },
  // Pages whose cache key and code are unchanged are copied from the last build's cache:
  // docs/decisions/001-incremental-builds.md.
  experimental: { incrementalBuild: true },
  // Sitemaps are pages with cache keys like every other (src/pages/sitemap-[name].xml.ts).
  integrations: [
    bundleMedia({ contentDir: settings.contentDir }),
    serverRoutes,
    hostHeaders(),
    editorsDesk(),
    nextChange(),
    // Last: its build:done hook records the folder once the others have written into it.
    keptOutput(),
    // The search index and precompressed files are written after Astro exits: scripts/build.ts.
  ],
});
