/** The props of article pages: each article with what surrounds it, and its cache key. */
import { routes, site } from './site.ts';
import { getArticles, getArticlesWithOwnCard, getSiteIndex, isListed, shownUntil, type Article } from './articles.ts';
import { getAuthorIndex, getProfileOf } from './authors.ts';
import { articlePageKey, type ArticlePageProps } from './cache-keys.ts';
import { contentSource } from './source.ts';
import { bylines } from '../lib/site/authors.ts';
import { lazyStaticPath } from '../lib/site/lazy-path.ts';
import { storySurroundings } from '../lib/site/story-surroundings.ts';
import { wantsOwnCard } from '../lib/social/share-image.ts';
import { resolveRelated, titleKey } from '../lib/utils/related.ts';

/** Every article page of a build (and of `astro dev`), from the whole site's index. */
export async function articlePagePaths() {
  const [entries, index, withOwnCard, authors] = await Promise.all([getArticles(), getSiteIndex(), getArticlesWithOwnCard(), getAuthorIndex()]);
  const ownCard = new Set(withOwnCard);
  const hrefByTitle = new Map(index.articles.map((article) => [titleKey(article.title), routes.article(article.slug)]));
  // Surroundings and keys are computed for the pages Astro renders (all in a build, one per request in `astro dev`).
  return entries.map((entry) =>
    lazyStaticPath(
      { slug: entry.data.slug },
      (): ArticlePageProps => ({
        entry,
        ownCard: ownCard.has(entry.data),
        section: index.sectionOf(entry.data),
        tags: index.tagsOf(entry.data),
        related: resolveRelated(entry.data.related, hrefByTitle),
        moreStories: index.moreStories(entry.data),
        ...index.neighbours(entry.data),
        bylines: bylines(entry.data.authors, authors.profileOf),
      }),
      articlePageKey,
    ),
  );
}

/**
 * One article page's props in server mode, read from the store's listings a few rows at a time
 * (src/lib/site/story-surroundings.ts): the same props as the build's for the same content
 * (tests/unit/site/story-surroundings.test.ts, tests/e2e/server.test.ts). Undefined for a story
 * that is not there or not shown.
 */
export async function readArticlePage(params: { slug?: string | number | undefined }): Promise<ArticlePageProps | undefined> {
  const pages = (await contentSource()).pages;
  if (!pages || typeof params.slug !== 'string') return undefined;
  const [until, [entry], profileOf] = await Promise.all([shownUntil(), pages.articles([params.slug]), getProfileOf()]);
  if (!entry || !isListed(entry.data)) return undefined;
  const around = await storySurroundings(pages, entry.data, { until, ownCardLimit: site.socialCards });
  const bySlug = new Map(
    (await pages.articles([...new Set([...around.moreStories, around.previous, around.next].filter((slug) => slug !== undefined))])).map((found) => [found.data.slug, found.data]),
  );
  const story = (slug: string | undefined): Article | undefined => (slug === undefined ? undefined : bySlug.get(slug));
  const hrefByTitle = new Map([...around.relatedByTitle].map(([key, slug]) => [key, routes.article(slug)]));
  return {
    entry,
    ownCard: around.amongNewest && wantsOwnCard(entry.data),
    section: around.section,
    tags: around.tags,
    related: resolveRelated(entry.data.related, hrefByTitle),
    moreStories: around.moreStories.flatMap((slug) => story(slug) ?? []),
    previous: story(around.previous),
    next: story(around.next),
    bylines: bylines(entry.data.authors, profileOf),
  };
}
