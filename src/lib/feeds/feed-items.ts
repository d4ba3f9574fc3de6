/**
 * What a feed says about an article, shared by the RSS and JSON feeds so both carry the same:
 * the sanitized body with its figures and captions, the standfirst as the summary, topics,
 * bylines and dates with the site's offset.
 */
import type { KindName } from '../content/kinds.ts';
import type { LoadedArticleData } from '../content/load-article.ts';
import { lastModified } from '../content/revisions.ts';
import { toZonedIso } from '../utils/dates.ts';

/** Feeds carry the newest stories in full; older ones are listed with their standfirst. */
export const FULL_CONTENT_ITEMS = 50;
/** The site-wide feeds list the newest stories; section feeds list their whole section. */
export const SITE_FEED_ITEMS = 100;

export interface FeedItem {
  url: string;
  title: string;
  summary: string;
  /** Sanitized HTML of the lead figure and the body; absent for older items. */
  contentHtml?: string | undefined;
  published: Date;
  /** ISO 8601 with the site's offset. */
  publishedIso: string;
  /** The latest update, correction or live update, ISO 8601; the item keeps its id. */
  modifiedIso?: string | undefined;
  section: string;
  /** The article's kind as readers call it ("Opini"), a category of its own. */
  kind: string;
  tags: readonly string[];
  authors: readonly string[];
}

export interface FeedItemInput {
  article: LoadedArticleData;
  url: string;
  /**
   * The lead figure's and the body's HTML, already sanitized by the pipeline; asked for only
   * for the items that carry full content.
   */
  html: () => string;
}

export interface FeedItemOptions {
  timeZone: string;
  /** A kind's name in the feed's language (src/lib/content/kinds.ts gives its dictionary key). */
  kindLabel: (kind: KindName) => string;
}

/** The categories of an item, broadest first: section, kind, then topics. */
export function feedCategories(item: FeedItem): string[] {
  return [item.section, item.kind, ...item.tags];
}

export function feedItems(inputs: readonly FeedItemInput[], { timeZone, kindLabel }: FeedItemOptions): FeedItem[] {
  return inputs.map(({ article, url, html }, index) => {
    const modified = lastModified(article);
    return {
      url,
      title: article.title,
      summary: article.description,
      contentHtml: index < FULL_CONTENT_ITEMS ? html() : undefined,
      published: new Date(article.date.time),
      publishedIso: toZonedIso(article.date.time, timeZone),
      modifiedIso: modified ? toZonedIso(modified.time, timeZone) : undefined,
      section: article.section,
      kind: kindLabel(article.kind),
      tags: article.tags,
      authors: article.authors,
    };
  });
}
