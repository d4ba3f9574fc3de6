/**
 * Social cards as the card routes serve them: what each card shows, drawn once per content and
 * drawing code (cached in Astro's cache folder across builds), as a PNG response.
 */
import { fingerprint } from '../lib/build/fingerprints.ts';
import { settings } from '../lib/settings.ts';
import { cachedCardDrawer } from '../lib/social/card-cache.ts';
import type { SocialCardInput } from '../lib/social/card.ts';
import { humanDate } from '../lib/utils/dates.ts';
import { wantsOwnCard } from '../lib/social/share-image.ts';
import { isAmongNewest } from '../lib/site/story-surroundings.ts';
import { getArticlesWithOwnCard, isListed, shownUntil, type Article } from './articles.ts';
import { contentSource } from './source.ts';
import { cardKey } from './cache-keys.ts';
import { t } from './site.ts';

// Astro's root is the working directory, which settings.cacheDir is resolved against here too.
const draw = cachedCardDrawer(settings.cacheDir, () => fingerprint(process.cwd(), 'socialCards'));

/** Headline, section, site name and the publication day (no clock: a preview picture needs none). */
export function articleCard(article: Article): SocialCardInput {
  return {
    title: article.title,
    section: article.section,
    siteName: settings.name,
    date: humanDate({ ...article.date, dateOnly: true }, article.lang ?? settings.lang, settings.timeZone),
  };
}

/** The site's card: its name, its address as the kicker, its tagline as the headline. */
export function siteCard(): SocialCardInput {
  return { title: t('site.tagline'), section: new URL(settings.url).host, siteName: settings.name };
}

export async function cardResponse(card: SocialCardInput): Promise<Response> {
  // A copy typed as the plain ArrayBuffer view that `Response` takes (a Buffer may share a pool).
  return new Response(new Uint8Array(await draw(card)), { headers: { 'Content-Type': 'image/png' } });
}

/**
 * One card in server mode: a shown story's, if it is among the newest and has no lead picture
 * to share instead (as getArticlesWithOwnCard chooses in a build), read alone.
 */
export async function readArticleCard(params: { slug?: string | number | undefined }): Promise<{ article: Article } | undefined> {
  const pages = (await contentSource()).pages;
  if (!pages || typeof params.slug !== 'string') return undefined;
  const [until, [entry]] = await Promise.all([shownUntil(), pages.articles([params.slug])]);
  if (!entry || !isListed(entry.data) || !wantsOwnCard(entry.data)) return undefined;
  return (await isAmongNewest(pages, entry.data, until, settings.socialCards)) ? { article: entry.data } : undefined;
}

/** The cards of the articles that have one of their own, each keyed by what it draws. */
export async function articleCardPaths() {
  return (await getArticlesWithOwnCard()).map((article) => ({ params: { slug: article.slug }, props: { article }, cacheKey: cardKey(articleCard(article)) }));
}
