/**
 * Feed responses for the site and for each section, from the same items: RSS 2.0 through
 * @astrojs/rss, JSON Feed 1.1 through src/lib/feeds/json-feed.ts.
 */
import rss from '@astrojs/rss';
import { feedItems, SITE_FEED_ITEMS } from '../lib/feeds/feed-items.ts';
import { jsonFeed } from '../lib/feeds/json-feed.ts';
import { absoluteUrls } from '../lib/feeds/absolute-urls.ts';
import { renderLabels, renderLeadFigureHtml } from '../lib/render/pipeline.ts';
import { getArticles, getSiteIndex, type ArticleEntry } from './articles.ts';
import { absoluteUrl, routes, site, t } from './site.ts';

export interface FeedScope {
  title: string;
  description: string;
  homePath: string;
  /** Section slug, or the whole site. */
  section?: string | undefined;
}

/** The articles a feed lists, in order. */
export async function feedEntries(scope: FeedScope): Promise<ArticleEntry[]> {
  const entries = await getArticles();
  if (!scope.section) return entries.slice(0, SITE_FEED_ITEMS);
  const section = (await getSiteIndex()).sections.find((topic) => topic.slug === scope.section);
  const entryBySlug = new Map(entries.map((entry) => [entry.data.slug, entry]));
  return (section?.articles ?? []).map((article) => entryBySlug.get(article.slug)!);
}

async function itemsFor(scope: FeedScope) {
  const chosen = await feedEntries(scope);
  const labels = renderLabels(t);
  return feedItems(
    chosen.map((entry) => {
      const url = absoluteUrl(routes.article(entry.data.slug));
      const html = () => absoluteUrls(renderLeadFigureHtml(entry.data, labels, 'lazy') + (entry.rendered?.html ?? ''), url);
      return { article: entry.data, url, html };
    }),
    site.timeZone,
  );
}

export async function rssResponse(scope: FeedScope): Promise<Response> {
  const items = await itemsFor(scope);
  return rss({
    title: scope.title,
    description: scope.description,
    site: absoluteUrl(scope.homePath),
    customData: `<language>${site.lang}</language>`,
    items: items.map((item) => ({
      title: item.title,
      link: item.url,
      pubDate: item.published,
      description: item.summary,
      ...(item.contentHtml ? { content: item.contentHtml } : {}),
      categories: [item.section, ...item.tags],
      ...(item.authors.length > 0 ? { author: item.authors.join(', ') } : {}),
    })),
  });
}

export async function jsonFeedResponse(scope: FeedScope, feedPath: string): Promise<Response> {
  const body = jsonFeed(
    { title: scope.title, description: scope.description, homePageUrl: absoluteUrl(scope.homePath), feedUrl: absoluteUrl(feedPath), language: site.lang },
    await itemsFor(scope),
  );
  return new Response(body, { headers: { 'Content-Type': 'application/feed+json; charset=utf-8' } });
}
