/**
 * Site settings: the one place that says what the site is called, where it lives and which
 * language and time zone it speaks. Environment variables override the defaults so that
 * fixtures, benchmarks and deployments can reuse one codebase.
 */
export interface SiteSettings {
  /** The site's name, shown in the header, titles and feeds. */
  name: string;
  /** The absolute origin the site is deployed at, used for canonical URLs and feeds. */
  url: string;
  /** The path the site is served under, always starting and ending with `/`. */
  base: string;
  /** BCP 47 tag of the site's language; articles without `lang` are in it. */
  lang: string;
  /** IANA time zone that dates are shown in and bare dates are read in. */
  timeZone: string;
  /**
   * Stories on each numbered page of a listing; the listing's own page shows one to two pages'
   * worth (src/lib/site/paginate.ts). Changing it renumbers every listing's pages.
   */
  pageSize: number;
  /** Folder holding `articles/`, `authors/` and `front-page.yaml`, relative to the project root or absolute. */
  contentDir: string;
  /** Build articles dated after the build into production too (normally they wait). */
  includeScheduled: boolean;
  /**
   * How many of the newest articles get a social card of their own; older ones share the
   * site's card. Drawing a card costs ≈ 15 ms of CPU, and an archive's old stories are rarely
   * shared, so a 20,000-article build draws a few hundred, not 20,000. `Infinity` draws all.
   */
  socialCards: number;
  /**
   * The build cache, relative to the project root or absolute: Astro's (content store, copies of
   * unchanged pages) and Warta's (social cards, search index partitions, compressed files).
   */
  cacheDir: string;
  /**
   * Most article pages in one search index partition (years of publication, a larger year cut
   * into runs). Pagefind holds ≈ 185 KB per page while indexing, so 8,000 pages keep it near
   * 1.5 GB; each further partition costs a reader one more small entry and metadata file on
   * the first search.
   */
  searchShardPages: number;
  /**
   * Most article pages in the hot search index partition: the newest stories, the only pages a
   * new story re-indexes (src/post-build/search-partitions.ts). Fewer make publishing cheaper
   * and rank those stories by the statistics of fewer pages.
   */
  searchHotPages: number;
  /**
   * Write `.gz` and `.br` beside every text file over 1 KB (src/post-build/precompress.ts), for
   * hosts that serve them as they are (nginx `gzip_static`, Caddy `precompressed`, GitLab Pages).
   * Off by default: GitHub Pages, Netlify, Cloudflare Pages and Vercel compress on the fly and
   * would only upload three times the files.
   */
  precompress: boolean;
  /**
   * `static` (the default): a folder of pages built ahead. `server`: the same routes rendered on
   * demand by a Node server from the store that `npm run server:sync` fills
   * (docs/decisions/018-server-mode.md).
   */
  mode: 'static' | 'server';
  /** The server mode's SQLite store, relative to the project root or absolute. */
  storePath: string;
}

/**
 * The hot search partition's default size: a new story re-indexes at most this many pages,
 * and the newest stories are ranked by the word statistics of at least this many
 * (docs/decisions/015-hot-search-partition.md).
 */
export const HOT_PARTITION_PAGES = 250;

type Env = Readonly<Record<string, string | undefined>>;

/** Makes a base path absolute and slash-terminated: `warta` → `/warta/`, `` → `/`. */
export function normalizeBase(base: string): string {
  const trimmed = base.trim().replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

export function loadSettings(env: Env = process.env): SiteSettings {
  return {
    name: env.WARTA_SITE_NAME ?? 'Warta',
    // `.example` is a reserved top-level domain: a real deployment sets WARTA_SITE_URL.
    url: (env.WARTA_SITE_URL ?? 'https://warta.example').replace(/\/+$/, ''),
    base: normalizeBase(env.WARTA_BASE ?? '/'),
    lang: 'id',
    timeZone: 'Asia/Jakarta',
    pageSize: parseCount('WARTA_PAGE_SIZE', env.WARTA_PAGE_SIZE, 20, { min: 1 }),
    contentDir: env.NEWS_CONTENT_DIR ?? './content',
    includeScheduled: env.WARTA_INCLUDE_SCHEDULED === '1',
    socialCards: parseCount('WARTA_SOCIAL_CARDS', env.WARTA_SOCIAL_CARDS, 200, { all: true }),
    // Astro's own default, named here so that pages can find the cache too.
    cacheDir: env.WARTA_CACHE_DIR ?? './node_modules/.astro',
    searchShardPages: parseCount('WARTA_SEARCH_SHARD_PAGES', env.WARTA_SEARCH_SHARD_PAGES, 8_000, { min: 1 }),
    searchHotPages: parseCount('WARTA_SEARCH_HOT_PAGES', env.WARTA_SEARCH_HOT_PAGES, HOT_PARTITION_PAGES, { min: 1 }),
    precompress: env.WARTA_PRECOMPRESS === '1',
    mode: parseMode(env.WARTA_MODE),
    storePath: env.WARTA_STORE ?? './data/warta.sqlite',
  };
}

function parseMode(value: string | undefined): SiteSettings['mode'] {
  const mode = value?.trim() || 'static';
  if (mode !== 'static' && mode !== 'server') throw new Error(`WARTA_MODE: expected "static" or "server", got "${value}"`);
  return mode;
}

/** A count from the environment: a whole number (at least `min`), or `all` where that is allowed. */
function parseCount(name: string, value: string | undefined, fallback: number, { min = 0, all = false }: { min?: number; all?: boolean }): number {
  if (value === undefined || value.trim() === '') return fallback;
  if (all && value.trim() === 'all') return Infinity;
  const count = /^\d+$/.test(value.trim()) ? Number(value.trim()) : Number.NaN;
  if (!(count >= min)) throw new Error(`${name}: expected a whole number of articles${min > 0 ? ` (at least ${min})` : ''}${all ? ' or "all"' : ''}, got "${value}"`);
  return count;
}

export const settings: SiteSettings = loadSettings();

/** The moment a build publishes at: now, or `WARTA_NOW` (ISO 8601) for reproducible builds and tests. */
export function buildTime(env: Env = process.env): number {
  const fixed = env.WARTA_NOW ? Date.parse(env.WARTA_NOW) : Number.NaN;
  return Number.isNaN(fixed) ? Date.now() : fixed;
}
