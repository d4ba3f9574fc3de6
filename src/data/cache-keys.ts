/**
 * The cache key of every generated page, next to the props it is computed from
 * (docs/decisions/001-incremental-builds.md). Astro skips a page whose key and code are
 * unchanged since the last build, so a key covers everything the page shows that is not code:
 *
 * - an article as any page shows it (its own page, a card in a listing, a neighbour, a feed
 *   item) is its content-store digest (its file and the rendering code) plus what this build's
 *   moment decides: its publication status (the "scheduled" badge) and its kind's marker
 *   (a live page's LANGSUNG badge lasts until the first build after its coverage ends);
 * - a byline is its name and the address of its profile, if it has one;
 * - a topic (section or tag) is its name as shown and its address, never its whole list;
 * - every key also holds the settings, which are read at run time and so are not part of the
 *   code hash Astro compares.
 *
 * Each page kind's key lists every prop its route passes, and the types reject a prop the key
 * does not cover: adding a prop to a route without adding it here does not compile.
 */
import { pageSettingsFingerprint } from '../lib/build/fingerprints.ts';
import { kindMarker } from '../lib/content/kinds.ts';
import type { SitemapEntry } from '../lib/feeds/sitemap.ts';
import { settings } from '../lib/settings.ts';
import type { Byline, Profile } from '../lib/site/authors.ts';
import { cacheKey, stableSerialize, type KeyPart } from '../lib/site/cache-key.ts';
import type { FrontPage } from '../lib/site/front-page.ts';
import type { ListingPage } from '../lib/site/paginate.ts';
import { publicationStatus } from '../lib/site/publication.ts';
import type { TopicName } from '../lib/site/site-index.ts';
import type { SocialCardInput } from '../lib/social/card.ts';
import type { ResolvedRelated } from '../lib/utils/related.ts';
import { digestOf, publishedAt, type Article, type ArticleEntry } from './articles.ts';

/** Digested once: it is part of every key (src/lib/build/fingerprints.ts). */
const pageSettings: KeyPart = pageSettingsFingerprint(settings);

/** Rejects props beyond `Known`: each must be added to the key before a route may pass it. */
type Exactly<Known, Given extends Known> = Given & Record<Exclude<keyof Given, keyof Known>, never>;

/**
 * An article wherever it is shown, serialized once per article and build: a story is a card in
 * half a dozen listings and a neighbour or "more stories" entry on a dozen pages, and serializing
 * it again for each was a third of the time keys took (0.8 of 1.7 s at 20,000 articles).
 */
const shownKeys = new WeakMap<Article, string>();
function shown(article: Article): string {
  let key = shownKeys.get(article);
  if (key === undefined) {
    const marker = kindMarker(article, publishedAt);
    key = stableSerialize({ slug: article.slug, digest: digestOf(article), status: publicationStatus(article, publishedAt), marker: marker ? { ...marker } : null });
    shownKeys.set(article, key);
  }
  return key;
}

function topic({ name, slug }: TopicName): TopicName {
  return { name, slug };
}

/** What an article page is made of (src/data/article-pages.ts); its layout takes the same, with the entry's data. */
export interface ArticlePageProps {
  entry: ArticleEntry;
  /** Whether the article has a social card of its own (src/lib/social/share-image.ts). */
  ownCard: boolean;
  section: TopicName;
  tags: readonly TopicName[];
  related: readonly ResolvedRelated[];
  moreStories: readonly Article[];
  previous?: Article | undefined;
  next?: Article | undefined;
  /** The article's bylines, each with its author profile when it has one. */
  bylines: readonly Byline<Profile>[];
}

export function articlePageKey<Props extends ArticlePageProps>(props: Exactly<ArticlePageProps, Props>): string {
  const parts: { [Name in keyof ArticlePageProps]-?: KeyPart } = {
    entry: shown(props.entry.data),
    ownCard: props.ownCard,
    section: topic(props.section),
    tags: props.tags.map(topic),
    related: props.related.map(({ title, href, external }) => ({ title, href, external })),
    moreStories: props.moreStories.map(shown),
    previous: props.previous ? shown(props.previous) : null,
    next: props.next ? shown(props.next) : null,
    bylines: props.bylines.map(({ name, profile }) => ({ name, profile: profile?.slug ?? null })),
  };
  return cacheKey('article', pageSettings, parts);
}

/** What a listing's route adds to its page: a topic's name and slug, a month, an author's profile and bio. */
export type ListingExtra = Readonly<Record<string, KeyPart>>;

/**
 * A page of a listing: its items, its number and the links both ways, and its topic or month.
 * Nothing that counts the whole listing (a total of pages would change every page with every
 * new story: docs/decisions/014-stable-listing-pages.md).
 */
export function listingPageKey(page: ListingPage<Article>, extra: ListingExtra): string {
  const parts: { [Name in keyof ListingPage<Article>]-?: KeyPart } = {
    items: page.items.map(shown),
    number: page.number ?? null,
    href: page.href,
    previousHref: page.previousHref ?? null,
    nextHref: page.nextHref ?? null,
  };
  return cacheKey('listing', pageSettings, parts, extra);
}

/** The home listing's own page, which shows the front page (src/lib/site/front-page.ts) instead of its items. */
export function frontPageKey(listingKey: string, front: FrontPage<Article>): string {
  return cacheKey('front page', listingKey, {
    lead: front.lead ? shown(front.lead) : null,
    beside: { kind: front.beside.kind, articles: front.beside.articles.map(shown) },
    sections: front.sections.map((block) => ({ topic: topic(block.topic), articles: block.articles.map(shown) })),
    latest: front.latest.map(shown),
  });
}

/** A feed: its title and description, and its items in order (the first ones carry their full text). */
export function feedKey(scope: Readonly<Record<string, string | undefined>>, items: readonly ArticleEntry[]): string {
  return cacheKey(
    'feed',
    pageSettings,
    scope,
    items.map((entry) => shown(entry.data)),
  );
}

/** What a sitemap file's route passes: the index (entries are files) or a list of pages. */
export interface SitemapProps {
  index: boolean;
  entries: readonly SitemapEntry[];
}

/** A sitemap file is exactly what it lists: each address with its date. */
export function sitemapKey<Props extends SitemapProps>(props: Exactly<SitemapProps, Props>): string {
  const parts: { [Name in keyof SitemapProps]-?: KeyPart } = { index: props.index, entries: props.entries.map(({ loc, lastmod }) => ({ loc, lastmod })) };
  return cacheKey('sitemap', pageSettings, parts);
}

/** A social card is exactly what it draws. */
export function cardKey(card: SocialCardInput): string {
  return cacheKey('card', { ...card });
}
