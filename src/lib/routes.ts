/**
 * Every address the site links to is made here, so the URL scheme and the base path
 * (a site deployed at `/warta/`) live in one place.
 */
export const ARTICLES_SEGMENT = 'berita';
export const MEDIA_SEGMENT = 'media';
export const SECTIONS_SEGMENT = 'rubrik';
export const TAGS_SEGMENT = 'topik';
export const ARCHIVE_SEGMENT = 'arsip';
export const SEARCH_SEGMENT = 'cari';
/** Author pages; a profile bundle's picture is published in its author's folder. */
export const AUTHORS_SEGMENT = 'penulis';
export const CARDS_SEGMENT = 'kartu';
/** Pagefind's bundle, which the search page loads (src/post-build/search-index.ts writes it). */
export const SEARCH_INDEX_SEGMENT = 'pagefind';
/** In the bundle: the folders of the other index partitions, relative to it, for the search page to merge. */
export const SEARCH_SHARDS_FILE = 'warta-shards.json';

/** An article's social card, relative to the site root: `kartu/<slug>.png`. */
export function socialCardFile(slug: string): string {
  return `${CARDS_SEGMENT}/${slug}.png`;
}

/** The site's own card, beside the folder of article cards, so no article slug can take its name. */
export const SITE_CARD_FILE = `${CARDS_SEGMENT}.png`;

/** Joins a base path (`/` or `/warta/`) with a site path, keeping the trailing slash of folders. */
export function withBase(base: string, path: string): string {
  return `${base}${path.replace(/^\/+/, '')}`;
}

export function createRoutes(base: string) {
  return {
    home: () => withBase(base, ''),
    article: (slug: string) => withBase(base, `${ARTICLES_SEGMENT}/${slug}/`),
    sections: () => withBase(base, `${SECTIONS_SEGMENT}/`),
    section: (slug: string) => withBase(base, `${SECTIONS_SEGMENT}/${slug}/`),
    tags: () => withBase(base, `${TAGS_SEGMENT}/`),
    tag: (slug: string) => withBase(base, `${TAGS_SEGMENT}/${slug}/`),
    archive: () => withBase(base, `${ARCHIVE_SEGMENT}/`),
    month: (year: number, month: number) => withBase(base, `${ARCHIVE_SEGMENT}/${year}/${String(month).padStart(2, '0')}/`),
    search: () => withBase(base, `${SEARCH_SEGMENT}/`),
    /** Feeds of the whole site, or of one section when `section` (a slug) is given. */
    rss: (section?: string) => withBase(base, section ? `${SECTIONS_SEGMENT}/${section}/rss.xml` : 'rss.xml'),
    jsonFeed: (section?: string) => withBase(base, section ? `${SECTIONS_SEGMENT}/${section}/feed.json` : 'feed.json'),
    authors: () => withBase(base, `${AUTHORS_SEGMENT}/`),
    author: (slug: string) => withBase(base, `${AUTHORS_SEGMENT}/${slug}/`),
    authorRss: (slug: string) => withBase(base, `${AUTHORS_SEGMENT}/${slug}/rss.xml`),
    authorJsonFeed: (slug: string) => withBase(base, `${AUTHORS_SEGMENT}/${slug}/feed.json`),
    /** A file from an author profile's bundle: `content/authors/<slug>/<file>`. */
    authorMedia: (slug: string, file: string) => withBase(base, `${AUTHORS_SEGMENT}/${slug}/${encodeURIComponent(file.replace(/^\.\//, ''))}`),
    /** A sitemap file (src/data/sitemaps.ts names them), or with `index` the index of them all. */
    sitemap: (name: string) => withBase(base, `sitemap-${name}.xml`),
    socialCard: (slug: string) => withBase(base, socialCardFile(slug)),
    siteCard: () => withBase(base, SITE_CARD_FILE),
    /** A file from an article bundle: `content/articles/<slug>/<file>`. */
    media: (slug: string, file: string) => withBase(base, `${MEDIA_SEGMENT}/${slug}/${file.replace(/^\.\//, '').split('/').map(encodeURIComponent).join('/')}`),
  };
}

/** The site's addresses under one base path. */
export type Routes = ReturnType<typeof createRoutes>;
