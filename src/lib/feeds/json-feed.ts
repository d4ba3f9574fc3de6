/**
 * JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/). JSON needs no templating library:
 * JSON.stringify escapes every string.
 */
import { feedCategories, type FeedItem } from './feed-items.ts';

export interface JsonFeedOptions {
  title: string;
  description: string;
  homePageUrl: string;
  feedUrl: string;
  language: string;
  iconUrl?: string;
}

export function jsonFeed(options: JsonFeedOptions, items: readonly FeedItem[]): string {
  return JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: options.title,
    description: options.description,
    home_page_url: options.homePageUrl,
    feed_url: options.feedUrl,
    language: options.language,
    ...(options.iconUrl ? { icon: options.iconUrl } : {}),
    items: items.map((item) => ({
      id: item.url,
      url: item.url,
      title: item.title,
      summary: item.summary,
      // JSON Feed requires content; older items carry their standfirst as text.
      ...(item.contentHtml ? { content_html: item.contentHtml } : { content_text: item.summary }),
      date_published: item.publishedIso,
      ...(item.modifiedIso ? { date_modified: item.modifiedIso } : {}),
      tags: feedCategories(item),
      ...(item.authors.length > 0 ? { authors: item.authors.map((name) => ({ name })) } : {}),
    })),
  });
}
