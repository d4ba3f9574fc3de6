/**
 * A Google News sitemap: articles published in the last two days, at most 1,000, each with
 * the publication's name and language, as Google specifies
 * (https://developers.google.com/search/docs/crawling-indexing/sitemaps/news-sitemap).
 */
import { escapeXml } from '../utils/xml.ts';

export const NEWS_SITEMAP_WINDOW_MS = 2 * 24 * 60 * 60 * 1000;
export const NEWS_SITEMAP_LIMIT = 1000;

export interface NewsSitemapEntry {
  url: string;
  title: string;
  /** Publication moment, ms since the epoch. */
  time: number;
  /** ISO 8601 with offset. */
  publishedIso: string;
}

/** Entries (newest first) published within the window before `now` and not after it. */
export function newsSitemap(entries: readonly NewsSitemapEntry[], publication: { name: string; language: string }, now: number): string {
  const recent = entries.filter((entry) => entry.time <= now && now - entry.time <= NEWS_SITEMAP_WINDOW_MS).slice(0, NEWS_SITEMAP_LIMIT);
  const urls = recent.map(
    (entry) =>
      `<url><loc>${escapeXml(entry.url)}</loc><news:news><news:publication><news:name>${escapeXml(publication.name)}</news:name>` +
      `<news:language>${escapeXml(publication.language)}</news:language></news:publication>` +
      `<news:publication_date>${entry.publishedIso}</news:publication_date><news:title>${escapeXml(entry.title)}</news:title></news:news></url>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">${urls.join('')}</urlset>\n`;
}
