/**
 * The sitemap's `lastmod` for article pages. @astrojs/sitemap runs after the pages are written
 * and knows only their URLs, so the content loader leaves a map slug → last change beside
 * Astro's content store, complete on every build (unchanged articles come from the store, not
 * from a render), and the sitemap's `serialize` reads it.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { LoadedArticleData } from '../content/load-article.ts';
import { lastModified } from '../content/revisions.ts';
import { toZonedIso } from '../utils/dates.ts';

const FILE_NAME = 'article-lastmod.json';

/** Slug → when the article last changed (its first publication if never since), ISO 8601 in `timeZone`. */
export function lastModifiedBySlug(articles: Iterable<LoadedArticleData>, timeZone: string): Record<string, string> {
  const bySlug: Record<string, string> = {};
  for (const article of articles) bySlug[article.slug] = toZonedIso((lastModified(article) ?? article.date).time, timeZone);
  return bySlug;
}

export function writeLastModified(cacheDir: string, bySlug: Readonly<Record<string, string>>): void {
  const file = join(cacheDir, FILE_NAME);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(bySlug));
}

export interface SitemapLastmodOptions {
  cacheDir: string;
  /** The absolute URL of an article page. */
  articleUrl: (slug: string) => string;
}

/** A `serialize` for @astrojs/sitemap that dates article pages; other pages pass as they are. */
export function sitemapLastmod({ cacheDir, articleUrl }: SitemapLastmodOptions) {
  let byUrl: Map<string, string> | undefined;
  return <Item extends { url: string; lastmod?: string | undefined }>(item: Item): Item => {
    byUrl ??= new Map(
      Object.entries(JSON.parse(readFileSync(join(cacheDir, FILE_NAME), 'utf8')) as Record<string, string>).map(([slug, iso]) => [articleUrl(slug), iso]),
    );
    const lastmod = byUrl.get(item.url);
    return lastmod ? { ...item, lastmod } : item;
  };
}
