/**
 * Structured data for search engines. Article fields are plain text from untrusted files,
 * so the serializer makes the JSON safe inside an HTML `<script>` block: no `</script>`,
 * `<!--` or line separators can end or confuse it.
 */
import type { LoadedArticleData } from '../content/load-article.ts';
import { toZonedIso } from './dates.ts';

export function serializeJsonLd(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

export interface ArticleJsonLdOptions {
  url: string;
  siteName: string;
  siteUrl: string;
  timeZone: string;
  lang: string;
  imageUrl?: string | undefined;
  /** The absolute address of a byline's author page, when the name has a profile. */
  authorUrl?: ((name: string) => string | undefined) | undefined;
}

/**
 * A byline: the `Person` of a profile, with its page's `url`; a name without one is a `Person`
 * too, unless it is the article's original publisher (`authors: [Antara]` with
 * `publisher: { name: Antara }`), which is an `Organization`. No list of agencies is guessed.
 */
function authorJsonLd(name: string, data: LoadedArticleData, options: ArticleJsonLdOptions): Record<string, unknown> {
  const url = options.authorUrl?.(name);
  if (url) return { '@type': 'Person', name, url };
  return { '@type': data.publisher?.name === name ? 'Organization' : 'Person', name };
}

export function articleJsonLd(data: LoadedArticleData, options: ArticleJsonLdOptions): Record<string, unknown> {
  const publisher = data.publisher
    ? { '@type': 'Organization', name: data.publisher.name, ...(data.publisher.url ? { url: data.publisher.url } : {}) }
    : { '@type': 'Organization', name: options.siteName, url: options.siteUrl };
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: data.title,
    description: data.description,
    datePublished: toZonedIso(data.date.time, options.timeZone),
    dateModified: toZonedIso((data.updated ?? data.date).time, options.timeZone),
    inLanguage: options.lang,
    articleSection: data.section,
    ...(data.tags.length > 0 ? { keywords: data.tags.join(', ') } : {}),
    ...(data.authors.length > 0 ? { author: data.authors.map((name) => authorJsonLd(name, data, options)) } : {}),
    publisher,
    ...(options.imageUrl ? { image: [options.imageUrl] } : {}),
    mainEntityOfPage: { '@type': 'WebPage', '@id': options.url },
    isPartOf: { '@type': 'WebSite', name: options.siteName, url: options.siteUrl },
    ...(data.sources.length > 0
      ? { citation: data.sources.map((source) => ({ '@type': 'CreativeWork', name: source.name, ...(source.url ? { url: source.url } : {}) })) }
      : {}),
  };
}

/** schema.org BreadcrumbList for a trail of absolute URLs, site first. */
export function breadcrumbJsonLd(trail: readonly { name: string; url: string }[]): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((crumb, index) => ({ '@type': 'ListItem', position: index + 1, name: crumb.name, item: crumb.url })),
  };
}
