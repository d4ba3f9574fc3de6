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

/**
 * An article's full text as feeds carry it, made once per build: the newest stories are in the
 * site's and their section's feeds, each as RSS and JSON, and rewriting their links took 1.9 s
 * of a 2,000-article build. Weak: the dev server loads fresh articles on every request.
 */
const feedHtml = new WeakMap<ArticleEntry['data'], string>();
function feedHtmlOf(entry: ArticleEntry, url: string): string {
  let html = feedHtml.get(entry.data);
  if (html === undefined) feedHtml.set(entry.data, (html = absoluteUrls(renderLeadFigureHtml(entry.data, renderLabels(t), 'lazy') + (entry.rendered?.html ?? ''), url)));
  return html;
}

async function itemsFor(scope: FeedScope) {
  const chosen = await feedEntries(scope);
  return feedItems(
    chosen.map((entry) => {
      const url = absoluteUrl(routes.article(entry.data.slug));
      return { article: entry.data, url, html: () => feedHtmlOf(entry, url) };
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
