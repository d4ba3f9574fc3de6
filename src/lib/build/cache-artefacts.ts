/**
 * What the cache folder (settings.cacheDir, `WARTA_CACHE_DIR`) holds, each thing with what makes
 * it out of date (docs/decisions/020-scoped-fingerprints.md). A result kept under a key that
 * leaves out something it depends on is a stale page nobody notices, so each entry names what
 * its keys cover; the fingerprints are computed in src/lib/build/fingerprints.ts.
 * tests/e2e/incremental.test.ts checks that a build's cache folder holds nothing this list lacks.
 */
import { MEDIA_CACHE_FOLDER, MEDIA_PLACED_RECORD, MEDIA_SOURCES_RECORD } from '../media/variant-cache.ts';
import type { ScopeName } from './fingerprints.ts';

/** The social cards' PNGs, one per card and fingerprint (src/lib/social/card-cache.ts). */
export const SOCIAL_CARDS_FOLDER = 'social-cards';
/** Indexed search partitions, one folder per partition and digest (src/post-build/search-index.ts). */
export const SEARCH_PARTITIONS_FOLDER = 'warta-search';
/** Each built article page's month and indexed-content digest, by the page file's stats. */
export const SEARCH_PAGES_RECORD = 'warta-search-pages.json';
/** Which partition each place of the output's search bundle holds. */
export const SEARCH_PLACED_RECORD = 'warta-search-placed.json';
/** The `.gz`/`.br` copies of text files, by content digest, and their manifest (src/post-build/precompress.ts). */
export const PRECOMPRESS_FOLDER = 'warta-precompress';
/** The lock a build holds on the cache folder; `--clean` empties the folder around it. */
export const BUILD_LOCK = 'warta-build.lock';
/** Vite's pre-bundled dependencies for `astro dev` (astro.config.mjs). */
export const VITE_CACHE_FOLDER = 'vite';

export interface CacheArtefact {
  /** Its name in the cache folder; a folder's ends in `/`. */
  name: string;
  /** What it holds. */
  holds: string;
  /** What makes a kept result wrong, and so what its key covers. */
  invalidatedBy: string;
  /** The fingerprint (src/lib/build/fingerprints.ts) in its keys, if it has one. */
  fingerprint?: ScopeName | 'pageSettings';
  /** The module that writes it. */
  writer: string;
}

export const CACHE_ARTEFACTS: readonly CacheArtefact[] = [
  {
    name: 'data-store.json',
    holds: 'the content store: every article parsed and its body rendered to sanitized HTML, author profiles, the front page, and the articles loader’s record of file stats',
    invalidatedBy:
      'an article: its file’s path and bytes and the articles fingerprint (the parse path’s and the pipeline’s code, their packages in package-lock.json, Node, the render settings); a fingerprint change also discards the stats record. Profiles and the front page are read every load',
    fingerprint: 'articles',
    writer: 'Astro, from src/loaders/articles.ts, authors.ts, front-page.ts',
  },
  {
    name: 'incremental-build.json',
    holds: 'Astro’s manifest of the last build: each keyed page’s cache key and output file, each route’s code hash',
    invalidatedBy:
      'Astro: a route’s module graph (any component, layout, style, dictionary or src/lib module it imports), the config, package-lock.json as a whole; Warta: each page’s cache key (src/data/cache-keys.ts), which holds every setting but the folders',
    fingerprint: 'pageSettings',
    writer: 'Astro (experimental.incrementalBuild, docs/decisions/001)',
  },
  {
    name: 'dist/',
    holds: 'Astro’s copies of the keyed pages: articles, listings, feeds, social card routes and the sitemaps (docs/decisions/010)',
    invalidatedBy: 'as incremental-build.json; a page no longer keyed is deleted',
    fingerprint: 'pageSettings',
    writer: 'Astro',
  },
  {
    name: `${SOCIAL_CARDS_FOLDER}/`,
    holds: 'social card PNGs',
    invalidatedBy: 'what the card shows (title, section, site name, date) and the socialCards fingerprint (card.ts, satori, resvg, sharp, the Noto Sans files, Node)',
    fingerprint: 'socialCards',
    writer: 'src/lib/social/card-cache.ts',
  },
  {
    name: `${SEARCH_PARTITIONS_FOLDER}/`,
    holds: 'Pagefind indexes, one folder per partition (docs/decisions/002)',
    invalidatedBy: 'the partition’s pages and what Pagefind reads of each, and the searchIndex fingerprint (search-index.ts and what it imports, Pagefind’s release, Node)',
    fingerprint: 'searchIndex',
    writer: 'src/post-build/search-index.ts',
  },
  {
    name: SEARCH_PAGES_RECORD,
    holds: 'each article page’s month and indexed-content digest',
    invalidatedBy: 'the page file’s stats, and the searchPages fingerprint (search-partitions.ts, Node)',
    fingerprint: 'searchPages',
    writer: 'src/post-build/search-index.ts',
  },
  {
    name: SEARCH_PLACED_RECORD,
    holds: 'which partition each place of the output folder’s search bundle holds',
    invalidatedBy: 'deleted as a build starts changing the bundle, written once it is complete',
    writer: 'src/post-build/search-index.ts',
  },
  {
    name: `${PRECOMPRESS_FOLDER}/`,
    holds: '.gz and .br copies of text files, named by digest, and the manifest of the last build',
    invalidatedBy: 'the file’s bytes and the compression levels (a copy of the same bytes is the same file, whatever wrote it)',
    writer: 'src/post-build/precompress.ts',
  },
  {
    name: `${MEDIA_CACHE_FOLDER}/`,
    holds: `one folder per bundle picture of the last build (docs/decisions/022): a copy of it and its AVIF and WebP versions, hard-linked into the site; ${MEDIA_SOURCES_RECORD}, each picture’s stats, digest and width; and ${MEDIA_PLACED_RECORD}, what the media/ folders of the last two releases hold (taken out as a build starts changing one, written once it is complete)`,
    invalidatedBy:
      'the picture’s bytes and the mediaVariants fingerprint (the encoding settings, sharp and libvips); the widths follow from the picture. An entry no published picture uses is pruned after the build',
    fingerprint: 'mediaVariants',
    writer: 'src/integrations/bundle-media.ts',
  },
  {
    name: BUILD_LOCK,
    holds: 'the lock of the build using this cache folder: its process id, host and start times (docs/decisions/016)',
    invalidatedBy: 'removed when the build ends; one whose process is gone is taken over by the next build',
    writer: 'scripts/build.ts (src/post-build/build-lock.ts)',
  },
  {
    name: 'warta-build-running',
    holds: 'a mark that a build is running',
    invalidatedBy: 'removed when the build finishes; found at the start, it makes the next build render every page',
    writer: 'src/integrations/kept-output.ts',
  },
  {
    name: 'warta-last-build.json',
    holds: 'the inputs, moment and switched-in release of the last build that finished (docs/decisions/021)',
    invalidatedBy: 'deleted as a build starts; any input’s stats, a setting or the next scheduled moment make the next build run',
    writer: 'src/post-build/last-build.ts',
  },
  {
    name: 'warta-next-change.json',
    holds: 'the next moment at which the same content makes another site',
    invalidatedBy: 'written by every Astro build',
    writer: 'src/integrations/next-change.ts',
  },
  {
    name: `${VITE_CACHE_FOLDER}/`,
    holds: 'Vite’s pre-bundled dependencies for the dev server',
    invalidatedBy: 'Vite: the lockfile, the Vite config, the mode',
    writer: 'Vite (cacheDir in astro.config.mjs)',
  },
];
