/**
 * The route cache's lifetime and tags of a request in server mode: the page's kind from its
 * address, the story's age and live coverage from the story itself (src/lib/hosting/server-cache.ts,
 * cache-tags.ts). Called by src/middleware.ts before the page renders.
 */
import { FRONT_TAG, LISTINGS_TAG, authorTag, storyTags } from '../lib/hosting/cache-tags.ts';
import { cacheLifetime, type CacheLifetime } from '../lib/hosting/server-cache.ts';
import { ARTICLES_SEGMENT, AUTHORS_SEGMENT, SEARCH_SEGMENT, SECTIONS_SEGMENT, TAGS_SEGMENT } from '../lib/routes.ts';
import { settings } from '../lib/settings.ts';
import { isListed, shownUntil, type Article } from './articles.ts';
import { contentSource } from './source.ts';

/** The shown story of a slug, read alone. */
async function shownStory(slug: string): Promise<Article | undefined> {
  const pages = (await contentSource()).pages;
  await shownUntil();
  const [entry] = pages ? await pages.articles([slug]) : [];
  return entry && isListed(entry.data) ? entry.data : undefined;
}

const liveOpen = (article: Article, now: number) => Boolean(article.coverage && (!article.coverage.end || article.coverage.end.time > now));

export interface RequestCache {
  lifetime: CacheLifetime;
  tags: string[];
}

/** Undefined for what must not be cached (search results, the purge endpoint). */
export async function requestCache(pathname: string, now = Date.now()): Promise<RequestCache | undefined> {
  const [first, second] = pathname.slice(settings.base.length).split('/');
  if (first === SEARCH_SEGMENT || first === '_warta') return undefined;
  if (first === ARTICLES_SEGMENT && second) {
    const article = await shownStory(second);
    if (!article) return { lifetime: cacheLifetime({ kind: 'other' }, now), tags: [`story:${second}`] };
    return {
      lifetime: cacheLifetime({ kind: 'story', publishedAt: article.date.time, updatedAt: article.updated?.time, liveOpen: liveOpen(article, now) }, now),
      tags: storyTags(article),
    };
  }
  const listing = cacheLifetime({ kind: 'listing' }, now);
  if (first === SECTIONS_SEGMENT && second) return { lifetime: listing, tags: [`section:${second}`, LISTINGS_TAG] };
  if (first === TAGS_SEGMENT && second) return { lifetime: listing, tags: [`topic:${second}`, LISTINGS_TAG] };
  if (first === AUTHORS_SEGMENT && second) return { lifetime: listing, tags: [authorTag(second), LISTINGS_TAG] };
  return { lifetime: listing, tags: [FRONT_TAG, LISTINGS_TAG] };
}
