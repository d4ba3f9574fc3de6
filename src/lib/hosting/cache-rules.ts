/**
 * How long browsers and CDNs may keep each kind of file. Hashed assets never change under
 * their name, so they are kept for a year; pages, feeds and sitemaps change with every story,
 * so they are kept for minutes; pictures in between. The `_headers` file (written by
 * src/integrations/host-headers.ts) and the nginx server block (docs/hosting/nginx.conf, kept
 * equal by a unit test) both come from these rules.
 */
export const CACHE_POLICIES = {
  immutable: 'public, max-age=31536000, immutable',
  /** A news site updates often: five minutes, then ask again. */
  page: 'public, max-age=300, must-revalidate',
  /** Pictures and cards keep their names when they change only with an article's edit. */
  media: 'public, max-age=86400',
} as const;

export type CachePolicy = keyof typeof CACHE_POLICIES;

export interface CacheRule {
  /** Site paths below the base path, in `_headers` syntax (`*` matches any characters, `/` too). */
  paths: readonly string[];
  policy: CachePolicy;
}

/**
 * Each path is matched by exactly one rule: hosts that read `_headers` join the values of
 * every matching rule, so two Cache-Control headers for one path would contradict each other.
 * That is also why pages are listed by section rather than under one `/*`.
 */
export const CACHE_RULES: readonly CacheRule[] = [
  { paths: ['_astro/*'], policy: 'immutable' },
  { paths: ['media/*', 'kartu/*', 'kartu.png', 'favicon.svg'], policy: 'media' },
  {
    paths: [
      '',
      '404.html',
      'berita/*',
      'rubrik/*',
      'topik/*',
      'arsip/*',
      'cari/*',
      // Author pages and feeds, and the profile pictures beside them (pages' short cache: safe).
      'penulis/*',
      'halaman/*',
      // Pagefind's entry file and script keep their names and point at index files whose names
      // change with every build: kept longer, they would ask for files a new deploy removed.
      'pagefind/*',
      // The editors' desk: the CMS's files keep their names across its upgrades.
      'admin/*',
      'rss.xml',
      'feed.json',
      'sitemap-*',
      'news-sitemap.xml',
      'robots.txt',
    ],
    policy: 'page',
  },
];

/**
 * What nginx sends for a path no rule names: a short cache is the safe mistake. It lets the
 * nginx map list only the longer-lived rules, as nginx picks exactly one entry per request.
 */
const NGINX_DEFAULT_POLICY: CachePolicy = 'page';

/** A rule path as a regular expression over site paths (`/berita/x/`), in the syntax JavaScript and nginx share. */
function pathPattern(path: string): string {
  return `^/${path
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*')}$`;
}

/** `_headers` blocks for the cache rules, under the site's base path. */
export function cacheHeaderBlocks(base: string): string[] {
  return CACHE_RULES.flatMap(({ paths, policy }) => paths.map((path) => `${base}${path}\n  Cache-Control: ${CACHE_POLICIES[policy]}`));
}

/**
 * The policy of every rule path that matches a site path (below the base), as a host reading
 * `_headers` matches them: one for a path the rules cover, none for a path they forgot.
 */
export function cachePoliciesFor(sitePath: string): CachePolicy[] {
  return CACHE_RULES.flatMap(({ paths, policy }) => paths.filter((path) => new RegExp(pathPattern(path)).test(sitePath)).map(() => policy));
}

/** The nginx variable that holds a response's Cache-Control value. */
export const NGINX_CACHE_VARIABLE = '$warta_cache_control';

/** The nginx `map` from the request's path to its Cache-Control value, for a site served at `/`. */
export function nginxCacheMap(): string {
  const entries = CACHE_RULES.filter(({ policy }) => policy !== NGINX_DEFAULT_POLICY).flatMap(({ paths, policy }) =>
    // `~^/_astro/` rather than `~^/_astro/.*$`: the same match, as a reader expects it.
    paths.map((path) => `    ${path.includes('*') ? `~${pathPattern(path).replace(/\.\*\$$/, '')}` : `/${path}`} "${CACHE_POLICIES[policy]}";`),
  );
  return [`map $uri ${NGINX_CACHE_VARIABLE} {`, `    default "${CACHE_POLICIES[NGINX_DEFAULT_POLICY]}";`, ...entries, '}'].join('\n');
}
