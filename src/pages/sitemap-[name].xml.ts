/** The sitemap index (`sitemap-index.xml`) and the sitemap files it names: src/data/sitemaps.ts. */
import type { APIRoute } from 'astro';
import type { SitemapProps } from '../data/cache-keys.ts';
import { sitemapPaths } from '../data/sitemaps.ts';
import { sitemapIndexXml, urlsetXml } from '../lib/feeds/sitemap.ts';

export const getStaticPaths = sitemapPaths;

export const GET: APIRoute<SitemapProps> = ({ props }) =>
  new Response(props.index ? sitemapIndexXml(props.entries) : urlsetXml(props.entries), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
