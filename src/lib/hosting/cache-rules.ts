/**
 * How long browsers and CDNs may keep each kind of file. Hashed assets never change under
 * their name, so they are kept for a year; pages, feeds and sitemaps change with every story,
 * so they are kept for minutes; pictures and the search index in between. The `_headers` file
 * and the nginx server block are both written from these rules.
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
  /** Site paths below the base path, in `_headers` syntax (`*` matches the rest). */
  paths: readonly string[];
  policy: CachePolicy;
}

/**
 * Each path is matched by exactly one rule: hosts that read `_headers` join the values of
 * every matching rule, so two Cache-Control headers for one path would contradict each other.
 */
export const CACHE_RULES: readonly CacheRule[] = [
  { paths: ['_astro/*'], policy: 'immutable' },
  { paths: ['media/*', 'kartu/*', 'favicon.svg'], policy: 'media' },
  {
    paths: [
      '',
      '404.html',
      'berita/*',
      'rubrik/*',
      'topik/*',
      'arsip/*',
      'cari/*',
      'halaman/*',
      'pagefind/*',
      'rss.xml',
      'feed.json',
      'sitemap-*',
      'news-sitemap.xml',
      'robots.txt',
    ],
    policy: 'page',
  },
];

/** `_headers` blocks for the cache rules, under the site's base path. */
export function cacheHeaderBlocks(base: string): string[] {
  return CACHE_RULES.flatMap(({ paths, policy }) => paths.map((path) => `${base}${path}\n  Cache-Control: ${CACHE_POLICIES[policy]}`));
}
