/** The sitemap index (`sitemap-index.xml`) and the sitemap files it names: src/data/sitemaps.ts. */
import { withRouteProps } from '../data/on-demand.ts';
import { sitemapPaths } from '../data/sitemaps.ts';
import { sitemapIndexXml, urlsetXml } from '../lib/feeds/sitemap.ts';

export const getStaticPaths = sitemapPaths;

export const GET = withRouteProps(
  getStaticPaths,
  (props) => new Response(props.index ? sitemapIndexXml(props.entries) : urlsetXml(props.entries), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } }),
);
