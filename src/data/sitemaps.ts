/**
 * Which pages the sitemaps list, in which file, with which date (src/lib/feeds/sitemap.ts
 * writes them; docs/decisions/010-sitemaps.md). Every page a route generates except the 404
 * page and the search page, which has nothing to index. Listings are paginated by the same
 * `paginate` their routes use, so the two cannot disagree about a page; tests compare the
 * sitemaps with the built site.
 *
 * Groups are chosen so a new story touches one file: articles by year of publication (in the
 * site's time zone, as the month archive counts them), oldest first, so a full year grows a
 * file at its end; listings by kind (home pages, months, sections, tags, authors), which change
 * only when a page is added or dropped.
 */
import { lastModified } from '../lib/content/revisions.ts';
import { sitemapChunks, type SitemapEntry, type SitemapGroup } from '../lib/feeds/sitemap.ts';
import { ARCHIVE_SEGMENT, ARTICLES_SEGMENT, AUTHORS_SEGMENT, SECTIONS_SEGMENT, TAGS_SEGMENT } from '../lib/routes.ts';
import { paginate } from '../lib/site/paginate.ts';
import { getSiteIndex, type Article } from './articles.ts';
import { getAuthorIndex } from './authors.ts';
import { sitemapKey, type SitemapProps } from './cache-keys.ts';
import { absoluteUrl, routes, site } from './site.ts';

/** The index's name among the files: `sitemap-index.xml`. No group may take it. */
export const SITEMAP_INDEX_NAME = 'index';

/** The home page and its later pages: `sitemap-halaman.xml`. */
const HOME_GROUP = 'halaman';

const page = (path: string): SitemapEntry => ({ loc: absoluteUrl(path) });

/** Every page of a listing whose first page is at `firstHref`. */
const listing = (items: readonly Article[], firstHref: string): SitemapEntry[] => paginate(items, site.pageSize, firstHref).map(({ href }) => page(href));

/** An article's page, dated by its last change (its first publication if it never changed). */
const articlePage = (article: Article): SitemapEntry => ({ loc: absoluteUrl(routes.article(article.slug)), lastmod: (lastModified(article) ?? article.date).time });

async function sitemapGroups(): Promise<SitemapGroup[]> {
  const [{ articles, months, sections, tags }, { authors }] = await Promise.all([getSiteIndex(), getAuthorIndex()]);
  // The index's months run newest first, each newest first: reversed, a year runs oldest first.
  const byYear = new Map<number, Article[]>();
  for (const month of [...months].reverse()) {
    let year = byYear.get(month.year);
    if (!year) byYear.set(month.year, (year = []));
    year.push(...[...month.articles].reverse());
  }
  return [
    ...[...byYear].map(([year, stories]) => ({ name: `${ARTICLES_SEGMENT}-${year}`, entries: stories.map(articlePage) })),
    { name: HOME_GROUP, entries: listing(articles, routes.home()) },
    { name: ARCHIVE_SEGMENT, entries: [page(routes.archive()), ...months.flatMap((month) => listing(month.articles, routes.month(month.year, month.month)))] },
    { name: SECTIONS_SEGMENT, entries: [page(routes.sections()), ...sections.flatMap((section) => listing(section.articles, routes.section(section.slug)))] },
    { name: TAGS_SEGMENT, entries: [page(routes.tags()), ...tags.flatMap((tag) => listing(tag.articles, routes.tag(tag.slug)))] },
    { name: AUTHORS_SEGMENT, entries: [page(routes.authors()), ...authors.flatMap(({ profile, articles }) => listing(articles, routes.author(profile.slug)))] },
  ];
}

/** The address of a sitemap file: `sitemap-<name>.xml`. */
export const sitemapUrl = (name: string): string => absoluteUrl(routes.sitemap(name));

/**
 * The static paths of every sitemap file: the index, which dates each file by the newest change
 * in it, then the files; each keyed by exactly the entries it lists.
 */
export async function sitemapPaths() {
  const chunks = sitemapChunks(await sitemapGroups());
  const files: { name: string; props: SitemapProps }[] = [
    { name: SITEMAP_INDEX_NAME, props: { index: true, entries: chunks.map(({ name, lastmod }) => ({ loc: sitemapUrl(name), lastmod })) } },
    ...chunks.map(({ name, entries }) => ({ name, props: { index: false, entries } })),
  ];
  return files.map(({ name, props }) => ({ params: { name }, props, cacheKey: sitemapKey(props) }));
}
