/**
 * Kinds of article: the one table that says, for each kind, what readers see (its label on the
 * article and on story cards), what machines see (its schema.org type, its feed category) and
 * what the content format demands of it. Components, feeds and JSON-LD look a kind up here
 * instead of testing for it (docs/decisions/003-article-kinds.md).
 */
import type { MessageKey } from '../i18n/index.ts';
import type { ArticleDate } from '../utils/dates.ts';

/** The schema.org types an article can be: each a NewsArticle, or a LiveBlogPosting for live coverage. */
export type KindSchemaType =
  | 'NewsArticle'
  | 'OpinionNewsArticle'
  | 'AnalysisNewsArticle'
  | 'ReportageNewsArticle'
  | 'LiveBlogPosting';

export interface ArticleKind {
  /** Dictionary key of the kind's name: the label on pages and the category in feeds. */
  label: MessageKey;
  /**
   * Whether pages show the label. A report is what readers expect of a news site, so only
   * the kinds that differ from it are marked.
   */
  labelled: boolean;
  /** How the label looks: opinion is set apart from reporting, as news publishers do. */
  tone: 'plain' | 'opinion';
  schemaType: KindSchemaType;
  /** What the kind is called in an error, when it needs a named author (`an opinion piece`); else undefined. */
  needsAuthor?: string;
  /** Whether the body is a series of `:::update` directives with a `coverage` period. */
  live: boolean;
}

export const ARTICLE_KINDS = {
  berita: { label: 'kind.berita', labelled: false, tone: 'plain', schemaType: 'NewsArticle', live: false },
  opini: { label: 'kind.opini', labelled: true, tone: 'opinion', schemaType: 'OpinionNewsArticle', needsAuthor: 'an opinion piece', live: false },
  analisis: { label: 'kind.analisis', labelled: true, tone: 'plain', schemaType: 'AnalysisNewsArticle', needsAuthor: 'an analysis', live: false },
  wawancara: { label: 'kind.wawancara', labelled: true, tone: 'plain', schemaType: 'ReportageNewsArticle', live: false },
  feature: { label: 'kind.feature', labelled: true, tone: 'plain', schemaType: 'ReportageNewsArticle', live: false },
  // schema.org has no obituary type: it is news about a death, so a NewsArticle.
  obituari: { label: 'kind.obituari', labelled: true, tone: 'plain', schemaType: 'NewsArticle', live: false },
  langsung: { label: 'kind.langsung', labelled: true, tone: 'plain', schemaType: 'LiveBlogPosting', live: true },
} as const satisfies Record<string, ArticleKind>;

export type KindName = keyof typeof ARTICLE_KINDS;
export const KIND_NAMES = Object.keys(ARTICLE_KINDS) as [KindName, ...KindName[]];
export const DEFAULT_KIND: KindName = 'berita';

export function kindOf(name: KindName): ArticleKind {
  return ARTICLE_KINDS[name];
}

export interface Coverage {
  start: ArticleDate;
  end?: ArticleDate | undefined;
}

/** Live coverage goes on until its end; an end after the build moment has not come yet. */
export function isCoverageOpen(coverage: Coverage | undefined, now: number): boolean {
  return coverage !== undefined && (coverage.end === undefined || coverage.end.time > now);
}

/** What marks an article on its page and its card: the "LANGSUNG" badge while live, else its label. */
export type KindMarker = { badge: 'live'; text: MessageKey } | { badge: 'label'; text: MessageKey; tone: ArticleKind['tone'] };

export function kindMarker(article: { kind: KindName; coverage?: Coverage | undefined }, now: number): KindMarker | undefined {
  const kind = kindOf(article.kind);
  if (kind.live && isCoverageOpen(article.coverage, now)) return { badge: 'live', text: 'kind.liveBadge' };
  return kind.labelled ? { badge: 'label', text: kind.label, tone: kind.tone } : undefined;
}
