/**
 * Feed responses for the site, each section and each author, from the same items: RSS 2.0 through
 * @astrojs/rss, JSON Feed 1.1 through src/lib/feeds/json-feed.ts.
 */
import rss from '@astrojs/rss';
import { kindOf } from '../lib/content/kinds.ts';
import { feedCategories, feedItems, FULL_CONTENT_ITEMS, SITE_FEED_ITEMS } from '../lib/feeds/feed-items.ts';
import { jsonFeed } from '../lib/feeds/json-feed.ts';
import { absoluteUrls } from '../lib/feeds/absolute-urls.ts';
import { renderLabels, renderLeadFigureHtml } from '../lib/render/pipeline.ts';
import { LISTING } from '../lib/store/listing-rows.ts';
import { getArticles, getSiteIndex, shownUntil, withBody, type ArticleEntry } from './articles.ts';
import { getAuthorIndex, getProfile } from './authors.ts';
import { contentSource, type PageReads } from './source.ts';
import { feedKey } from './cache-keys.ts';
import { absoluteUrl, routes, site, t } from './site.ts';

export interface FeedScope {
  title: string;
  description: string;
  homePath: string;
  /** Section slug, or the whole site. */
  section?: string | undefined;
  /** Author profile slug: that author's stories. */
  author?: string | undefined;
}

/** The scope's stories, when it is narrower than the whole site. */
async function storiesOf(scope: FeedScope): Promise<readonly { slug: string }[] | undefined> {
  if (scope.section) return (await getSiteIndex()).sections.find((topic) => topic.slug === scope.section)?.articles ?? [];
  if (scope.author) return (await getAuthorIndex()).authors.find(({ profile }) => profile.slug === scope.author)?.articles ?? [];
  return undefined;
}

/**
 * The shown entries by slug, made once per build rather than once per feed: every section's and
 * author's feed asks, twice (its cache key and its response) for each of RSS and JSON. Weak: the
 * dev server loads fresh entries on every request.
 */
const entryBySlugOf = new WeakMap<readonly ArticleEntry[], ReadonlyMap<string, ArticleEntry>>();
function entryBySlug(entries: readonly ArticleEntry[]): ReadonlyMap<string, ArticleEntry> {
  let bySlug = entryBySlugOf.get(entries);
  if (!bySlug) entryBySlugOf.set(entries, (bySlug = new Map(entries.map((entry) => [entry.data.slug, entry]))));
  return bySlug;
}

/** The articles a feed lists, in order: in server mode read from the store's listing alone. */
export async function feedEntries(scope: FeedScope): Promise<ArticleEntry[]> {
  const pages = (await contentSource()).pages;
  if (pages) return storedFeedEntries(pages, scope);
  const entries = await getArticles();
  const stories = await storiesOf(scope);
  if (!stories) return entries.slice(0, SITE_FEED_ITEMS);
  const bySlug = entryBySlug(entries);
  return stories.map((article) => bySlug.get(article.slug)!);
}

async function storedFeedEntries(pages: PageReads, scope: FeedScope): Promise<ArticleEntry[]> {
  const profile = scope.author === undefined ? undefined : (await getProfile(scope.author))?.profile;
  if (scope.author !== undefined && !profile) return [];
  const listing = scope.section !== undefined ? LISTING.section(scope.section) : profile ? LISTING.author(profile.name) : LISTING.home;
  // A section's or an author's feed lists all its stories, the site's the newest (as storiesOf does).
  const limit = scope.section !== undefined || profile ? Number.MAX_SAFE_INTEGER : SITE_FEED_ITEMS;
  const rows = await pages.listing({ listing, until: await shownUntil(), range: { offset: 0, limit } });
  return pages.articles(rows.map((row) => row.slug));
}

/** A section's feed in server mode: the section as its newest story names it, if it has a shown story. */
export async function readSectionFeed(params: { section?: string | number | undefined }): Promise<NamedFeed | undefined> {
  const pages = (await contentSource()).pages;
  if (!pages || typeof params.section !== 'string') return undefined;
  const listing = LISTING.section(params.section);
  const [newest] = await pages.listing({ listing, until: await shownUntil(), range: { offset: 0, limit: 1 } });
  return newest && { name: newest.name, slug: params.section };
}

/** An author's feed in server mode: every profile has one. */
export async function readAuthorFeed(params: { slug?: string | number | undefined }): Promise<NamedFeed | undefined> {
  const found = typeof params.slug === 'string' ? await getProfile(params.slug) : undefined;
  return found && { name: found.profile.name, slug: found.profile.slug };
}

/** What a section's or an author's feed routes pass to their GET. */
export interface NamedFeed {
  name: string;
  slug: string;
}

/**
 * The static paths of one feed per section or per author (RSS and JSON share them): the slug
 * as the route's `param`, and a key of the scope and the stories the feed lists.
 */
export function namedFeedPaths<Param extends string>(param: Param, named: readonly NamedFeed[], scopeOf: (feed: NamedFeed) => FeedScope) {
  return Promise.all(
    named.map(async ({ name, slug }) => {
      const scope = scopeOf({ name, slug });
      return { params: { [param]: slug } as Record<Param, string>, props: { name, slug }, cacheKey: feedKey({ ...scope }, await feedEntries(scope)) };
    }),
  );
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
  // The bodies of the items a feed carries in full: a build's entries hold them, a server reads them now.
  const withBodies = await Promise.all(chosen.slice(0, FULL_CONTENT_ITEMS).map(withBody));
  return feedItems(
    chosen.map((entry, at) => {
      const url = absoluteUrl(routes.article(entry.data.slug));
      return { article: entry.data, url, html: () => feedHtmlOf(withBodies[at] ?? entry, url) };
    }),
    { timeZone: site.timeZone, kindLabel: (kind) => t(kindOf(kind).label) },
  );
}

/** RSS 2.0 has no element for a change to an item: Atom's `updated`, as many feeds use it, says when. */
const ATOM_NAMESPACE = 'http://www.w3.org/2005/Atom';

export async function rssResponse(scope: FeedScope): Promise<Response> {
  const items = await itemsFor(scope);
  return rss({
    title: scope.title,
    description: scope.description,
    site: absoluteUrl(scope.homePath),
    customData: `<language>${site.lang}</language>`,
    xmlns: { atom: ATOM_NAMESPACE },
    items: items.map((item) => ({
      title: item.title,
      link: item.url,
      pubDate: item.published,
      description: item.summary,
      ...(item.contentHtml ? { content: item.contentHtml } : {}),
      categories: feedCategories(item),
      ...(item.authors.length > 0 ? { author: item.authors.join(', ') } : {}),
      // A date the build wrote itself (digits, T, colons, an offset): nothing to escape.
      ...(item.modifiedIso ? { customData: `<atom:updated>${item.modifiedIso}</atom:updated>` } : {}),
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
