/**
 * Structured data for search engines. Article fields are plain text from untrusted files,
 * so the serializer makes the JSON safe inside an HTML `<script>` block: no `</script>`,
 * `<!--` or line separators can end or confuse it.
 */
import type {
  AnalysisNewsArticle,
  ArticleLeaf,
  BlogPosting,
  BreadcrumbList,
  CorrectionComment,
  LiveBlogPosting,
  NewsArticleLeaf,
  OpinionNewsArticle,
  Organization,
  Person,
  ReportageNewsArticle,
  WithContext,
} from 'schema-dts';
import { kindOf } from '../content/kinds.ts';
import type { LoadedArticleData } from '../content/load-article.ts';
import { lastModified } from '../content/revisions.ts';
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
  /** Who a byline names: a plain Person unless told more (a profile's URL, an organization). */
  author?: ((name: string) => AuthorReference) | undefined;
}

/** The structured data of every kind of article (src/lib/content/kinds.ts gives the type). */
export type ArticleJsonLd = WithContext<NewsArticleLeaf | OpinionNewsArticle | AnalysisNewsArticle | ReportageNewsArticle | LiveBlogPosting>;

export interface AuthorReference {
  name: string;
  /** The author's page on this site, when there is one. */
  url?: string | undefined;
  /** An agency or other organization rather than a person. */
  organization?: boolean | undefined;
}

/** One byline as schema.org sees it. */
export function authorJsonLd({ name, url, organization = false }: AuthorReference): Person | Organization {
  const link = url ? { url } : {};
  return organization ? { '@type': 'Organization', name, ...link } : { '@type': 'Person', name, ...link };
}

/** Google shows at most 110 characters of a headline; an untitled update is headed by its opening words. */
const HEADLINE_LENGTH = 110;
function headlineFrom(text: string): string {
  return text.length <= HEADLINE_LENGTH ? text : `${text.slice(0, HEADLINE_LENGTH - 1).trimEnd()}…`;
}

export function articleJsonLd(data: LoadedArticleData, options: ArticleJsonLdOptions): ArticleJsonLd {
  const zoned = (time: number) => toZonedIso(time, options.timeZone);
  const publisher: Organization = data.publisher
    ? { '@type': 'Organization', name: data.publisher.name, ...(data.publisher.url ? { url: data.publisher.url } : {}) }
    : { '@type': 'Organization', name: options.siteName, url: options.siteUrl };
  const toAuthor = options.author ?? ((name: string) => ({ name }));
  const corrections: CorrectionComment[] = data.corrections.map((correction) => ({
    '@type': 'CorrectionComment',
    text: correction.text,
    datePublished: zoned(correction.date.time),
  }));
  const common: Omit<ArticleLeaf, '@type'> = {
    headline: data.title,
    description: data.description,
    datePublished: zoned(data.date.time),
    dateModified: zoned((lastModified(data) ?? data.date).time),
    inLanguage: options.lang,
    articleSection: data.section,
    ...(data.tags.length > 0 ? { keywords: data.tags.join(', ') } : {}),
    ...(data.authors.length > 0 ? { author: data.authors.map((name) => authorJsonLd(toAuthor(name))) } : {}),
    publisher,
    ...(options.imageUrl ? { image: [options.imageUrl] } : {}),
    mainEntityOfPage: { '@type': 'WebPage', '@id': options.url },
    isPartOf: { '@type': 'WebSite', name: options.siteName, url: options.siteUrl },
    ...(data.sources.length > 0 ? { citation: data.sources.map((source) => ({ '@type': 'CreativeWork', name: source.name, ...(source.url ? { url: source.url } : {}) })) } : {}),
    ...(corrections.length > 0 ? { correction: corrections } : {}),
  };
  const type = kindOf(data.kind).schemaType;
  if (type !== 'LiveBlogPosting') return { '@context': 'https://schema.org', '@type': type, ...common };
  const updates: BlogPosting[] = (data.liveUpdates ?? []).map((update) => ({
    '@type': 'BlogPosting',
    headline: update.title ?? headlineFrom(update.text),
    datePublished: zoned(update.time.time),
    url: `${options.url}#${update.id}`,
    articleBody: update.text,
  }));
  return {
    '@context': 'https://schema.org',
    '@type': type,
    ...common,
    ...(data.coverage ? { coverageStartTime: zoned(data.coverage.start.time) } : {}),
    ...(data.coverage?.end ? { coverageEndTime: zoned(data.coverage.end.time) } : {}),
    liveBlogUpdate: updates,
  };
}

/** schema.org BreadcrumbList for a trail of absolute URLs, site first. */
export function breadcrumbJsonLd(trail: readonly { name: string; url: string }[]): WithContext<BreadcrumbList> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((crumb, index) => ({ '@type': 'ListItem', position: index + 1, name: crumb.name, item: crumb.url })),
  };
}
