/**
 * What a feed says about an article, shared by the RSS and JSON feeds so both carry the same:
 * the sanitized body with its figures and captions, the standfirst as the summary, topics,
 * bylines and dates with the site's offset.
 */
import type { LoadedArticleData } from '../content/load-article.ts';
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
  modifiedIso?: string | undefined;
  section: string;
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

export function feedItems(inputs: readonly FeedItemInput[], timeZone: string): FeedItem[] {
  return inputs.map(({ article, url, html }, index) => ({
    url,
    title: article.title,
    summary: article.description,
    contentHtml: index < FULL_CONTENT_ITEMS ? html() : undefined,
    published: new Date(article.date.time),
    publishedIso: toZonedIso(article.date.time, timeZone),
    modifiedIso: article.updated ? toZonedIso(article.updated.time, timeZone) : undefined,
    section: article.section,
    tags: article.tags,
    authors: article.authors,
  }));
}
