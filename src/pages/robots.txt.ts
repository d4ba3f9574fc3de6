/** robots.txt, naming the sitemaps at their absolute addresses (which depend on the site URL and base). */
import { SITEMAP_INDEX_NAME, sitemapUrl } from '../data/sitemaps.ts';
import { absoluteUrl, routes } from '../data/site.ts';

export const GET = () =>
  new Response(['User-agent: *', 'Allow: /', '', `Sitemap: ${sitemapUrl(SITEMAP_INDEX_NAME)}`, `Sitemap: ${absoluteUrl(routes.home() + 'news-sitemap.xml')}`, ''].join('\n'), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
