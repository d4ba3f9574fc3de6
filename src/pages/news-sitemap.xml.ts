import { getSiteIndex, publishedAt } from '../data/articles.ts';
import { absoluteUrl, routes, site } from '../data/site.ts';
import { newsSitemap } from '../lib/feeds/news-sitemap.ts';
import { toZonedIso } from '../lib/utils/dates.ts';

export async function GET() {
  const { articles } = await getSiteIndex();
  const entries = articles.map((article) => ({
    url: absoluteUrl(routes.article(article.slug)),
    title: article.title,
    time: article.date.time,
    publishedIso: toZonedIso(article.date.time, site.timeZone),
  }));
  return new Response(newsSitemap(entries, { name: site.name, language: site.lang }, publishedAt), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });
}
