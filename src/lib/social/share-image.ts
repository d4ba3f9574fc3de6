/**
 * The picture a page offers link previews (Open Graph, X/Twitter cards): an article's own lead
 * picture when it has one of known size, else its generated card when it is among the newest
 * articles, else the site's card. Every choice is a 1200-or-so-wide image, never nothing, so
 * every shared link gets a large preview.
 */
import type { ResolvedImage } from '../render/figure.ts';
import { CARD_HEIGHT, CARD_WIDTH } from './card-size.ts';

export interface ShareImage {
  /** Site path or absolute URL; pages make it absolute. */
  url: string;
  width: number;
  height: number;
  alt: string;
}

export interface ShareableArticle {
  slug: string;
  title: string;
  image?: { alt?: string | undefined } | undefined;
  leadImage?: ResolvedImage | undefined;
}

/** A lead picture whose size is known: a bundle file (remote pictures are not measured). */
function leadPicture(article: ShareableArticle): ShareImage | undefined {
  const lead = article.leadImage;
  if (!lead?.width || !lead.height) return undefined;
  return { url: lead.url, width: lead.width, height: lead.height, alt: article.image?.alt ?? article.title };
}

/**
 * The articles that get a card of their own: among the newest `limit` (the list is newest
 * first), those without a lead picture to share instead.
 */
export function articlesWithOwnCard<T extends ShareableArticle>(newestFirst: readonly T[], limit: number): T[] {
  return newestFirst.slice(0, limit).filter(wantsOwnCard);
}

/** Whether an article among the newest would get a card of its own: it has no lead picture to share. */
export const wantsOwnCard = (article: ShareableArticle): boolean => !leadPicture(article);

export interface ShareImageRoutes {
  socialCard: (slug: string) => string;
  siteCard: () => string;
}

/** The site's card, for pages that are not an article and for articles without a picture of their own. */
export function siteShareImage(routes: ShareImageRoutes, siteName: string): ShareImage {
  return { url: routes.siteCard(), width: CARD_WIDTH, height: CARD_HEIGHT, alt: siteName };
}

/** An article's preview picture; `ownCard` says whether it is one of `articlesWithOwnCard`. */
export function articleShareImage(article: ShareableArticle, ownCard: boolean, routes: ShareImageRoutes, siteName: string): ShareImage {
  return (
    leadPicture(article) ?? (ownCard ? { url: routes.socialCard(article.slug), width: CARD_WIDTH, height: CARD_HEIGHT, alt: article.title } : siteShareImage(routes, siteName))
  );
}
