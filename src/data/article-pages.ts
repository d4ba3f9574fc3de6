/** The static paths of article pages: each article with what surrounds it, and its cache key. */
import { routes } from './site.ts';
import { getArticles, getArticlesWithOwnCard, getSiteIndex } from './articles.ts';
import { getAuthorIndex } from './authors.ts';
import { articlePageKey } from './cache-keys.ts';
import { bylines } from '../lib/site/authors.ts';
import { lazyStaticPath } from '../lib/site/lazy-path.ts';
import { resolveRelated, titleKey } from '../lib/utils/related.ts';

export async function articlePagePaths() {
  const [entries, index, withOwnCard, authors] = await Promise.all([getArticles(), getSiteIndex(), getArticlesWithOwnCard(), getAuthorIndex()]);
  const ownCard = new Set(withOwnCard);
  const hrefByTitle = new Map(index.articles.map((article) => [titleKey(article.title), routes.article(article.slug)]));
  // Surroundings and keys are computed for the pages Astro renders (all in a build, one per request in `astro dev`).
  return entries.map((entry) =>
    lazyStaticPath(
      { slug: entry.data.slug },
      () => ({
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
