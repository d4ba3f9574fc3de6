/**
 * The articles as pages see them: from the content source (./source.ts), newest first, with the
 * site-wide index (sections, tags, months, related stories) built once per build.
 * Production leaves out drafts and articles dated after the build; `astro dev` shows them.
 */
import type { ContentProblem } from '../lib/content/errors.ts';
import type { LoadedArticleData } from '../lib/content/load-article.ts';
import { separateProblems } from '../lib/content/problem-entries.ts';
import { noteNextChange } from '../lib/build/next-change-note.ts';
import { nextChangeAt } from '../lib/site/next-change.ts';
import { isShown } from '../lib/site/publication.ts';
import { buildSiteIndex, type SiteIndex } from '../lib/site/site-index.ts';
import { buildTime, settings } from '../lib/settings.ts';
import { articlesWithOwnCard } from '../lib/social/share-image.ts';
import { LISTING } from '../lib/store/listing-rows.ts';
import { lastResultFor } from '../lib/utils/last-result.ts';
import { newestFirst } from '../lib/utils/ordering.ts';
import { contentSource, perVersion, type ArticleEntry } from './source.ts';

export type { ArticleEntry } from './source.ts';
export type Article = LoadedArticleData;

/** The moment this build publishes at (in server mode: the moment the store's version was first read). */
export let publishedAt = buildTime();

/** The moment pages are published at: a build's, or in server mode the moment the store's current version was first read. */
export const getPublishedAt: () => Promise<number> = perVersion(async () => {
  if (settings.mode === 'server') publishedAt = buildTime();
  return publishedAt;
});

const showOptions = () => ({ now: publishedAt, dev: import.meta.env.DEV, includeScheduled: settings.includeScheduled });

/** Stories dated up to this moment are shown (the store's listings are read up to it). */
export async function shownUntil(): Promise<number> {
  const now = await getPublishedAt();
  return settings.includeScheduled ? Number.MAX_SAFE_INTEGER : now;
}

/** Whether a story is shown at this build's (or store version's) moment. */
export const isListed = (article: Article): boolean => isShown(article, showOptions());

/**
 * The store's digest of each shown article (its file and the rendering code), for cache keys
 * (src/data/cache-keys.ts). Weak: the dev server's store hands out new objects when it reloads.
 */
const digests = new WeakMap<Article, string>();

/** The shown articles in order and what is derived from them. */
function derive(all: readonly ArticleEntry[]) {
  const entries = newestFirst(
    all.filter((entry) => isListed(entry.data)),
    (entry) => entry.data,
  );
  const articles = entries.map((entry) => entry.data);
  // For the next build: until this moment the same content makes the same site (scripts/build.ts).
  if (!import.meta.env.DEV && settings.mode === 'static')
    noteNextChange(
      nextChangeAt(
        all.map((entry) => entry.data),
        publishedAt,
      ),
    );
  for (const entry of entries) {
    // src/loaders/articles.ts gives every entry one; without it no page could be cached safely.
    if (entry.digest === undefined) throw new Error(`Article "${entry.id}" has no content digest`);
    digests.set(entry.data, String(entry.digest));
  }
  return { entries, index: buildSiteIndex(articles, settings.timeZone), withOwnCard: articlesWithOwnCard(articles, settings.socialCards) };
}

/**
 * Derived once per state of the store: `astro dev` asks on every request, and its store hands out
 * the same data objects until a file changes. A server derives once per version anyway, and
 * keeps no last result (./source.ts's `keepInServer`).
 */
const deriveSite = settings.mode === 'server' ? derive : lastResultFor(derive, (entry) => entry.data);

// The dev server edits articles while running, and server mode syncs: ask the source for each
// version, and derive again only when it has changed (a reload gives every entry new data objects).
// A server asks for every story only for the sitemaps, and does not hold them meanwhile.
const site = perVersion(
  async (source) => {
    await getPublishedAt();
    // In `astro dev`, a broken file's entry holds its problems: src/middleware.ts shows them.
    const { articles, problems } = separateProblems(await source.articles());
    return { ...deriveSite(articles), problems };
  },
  { keepInServer: false },
);

/** The content store's digest of an article that getArticles() or getSiteIndex() returned. */
export function digestOf(article: Article): string {
  const digest = digests.get(article);
  if (digest === undefined) throw new Error(`No content digest for article "${article.slug}": it did not come from getArticles()`);
  return digest;
}

/** Every shown article entry (for rendering bodies), newest first. */
export async function getArticles(): Promise<ArticleEntry[]> {
  return (await site()).entries;
}

/**
 * The entry with its body, ready for `render()`: a build's entries hold theirs, a server reads
 * the one of the page it renders (src/data/sources/store.ts). Undefined for a story removed
 * since the entries were read.
 */
export async function withBody(entry: ArticleEntry): Promise<ArticleEntry | undefined> {
  if (entry.rendered) return entry;
  const html = await (await contentSource()).articleHtml(entry);
  return html === undefined ? undefined : { ...entry, rendered: { html } };
}

/**
 * The newest shown articles dated up to `upTo` (a scheduled story shown early is not yet news),
 * at most `limit`: in server mode read alone from the store's home listing.
 */
export async function getNewestArticles(limit: number, upTo: number): Promise<Article[]> {
  const pages = (await contentSource()).pages;
  if (!pages) return (await getSiteIndex()).articles.filter((article) => article.date.time <= upTo).slice(0, limit);
  const rows = await pages.listing({ listing: LISTING.home, until: Math.min(upTo, await shownUntil()), range: { offset: 0, limit } });
  return (await pages.articles(rows.map((row) => row.slug))).map((entry) => entry.data);
}

/** Sections, tags, months and related stories of the shown articles. */
export async function getSiteIndex(): Promise<SiteIndex<Article>> {
  return (await site()).index;
}

/**
 * What the broken article files of `astro dev` hold (src/lib/content/problem-entries.ts); always
 * none in a build, which stops at the first load instead.
 */
export async function getContentProblems(): Promise<readonly ContentProblem[]> {
  return (await site()).problems;
}

/** The articles that get a social card of their own (the newest ones without a lead picture). */
export async function getArticlesWithOwnCard(): Promise<Article[]> {
  return (await site()).withOwnCard;
}
