import { getNewestArticles, getPublishedAt } from '../data/articles.ts';
import { absoluteUrl, routes, site } from '../data/site.ts';
import { NEWS_SITEMAP_LIMIT, newsSitemap } from '../lib/feeds/news-sitemap.ts';
import { toZonedIso } from '../lib/utils/dates.ts';

export async function GET() {
  const now = await getPublishedAt();
  // The file lists at most its limit of the newest stories up to now: no more are read.
  const entries = (await getNewestArticles(NEWS_SITEMAP_LIMIT, now)).map((article) => ({
    url: absoluteUrl(routes.article(article.slug)),
    title: article.title,
    time: article.date.time,
    publishedIso: toZonedIso(article.date.time, site.timeZone),
  }));
  return new Response(newsSitemap(entries, { name: site.name, language: site.lang }, now), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });
}
