/**
 * The home page's first page as `content/front-page.yaml` arranges it (or by default), resolved
 * against the shown articles once per build (or store version), so its warnings are printed once.
 * A build gives it the whole site's index; a server reads what the page can show from the
 * store's listings: the newest stories as far as the listing's own page, the stories the file
 * names, and each section's newest few.
 */
import { ContentError } from '../lib/content/errors.ts';
import { BESIDE_LEAD, resolveFrontPage, SECTION_BLOCK_STORIES, type FrontPage, type FrontPageInput } from '../lib/site/front-page.ts';
import { firstPageLength } from '../lib/site/paginate.ts';
import { settings } from '../lib/settings.ts';
import { LISTING, LISTING_PREFIX } from '../lib/store/listing-rows.ts';
import { nameSlug } from '../lib/utils/slug.ts';
import { FRONT_PAGE_FILE, type FrontPageEntryData } from '../loaders/front-page.ts';
import { stopBuild } from '../loaders/stop-build.ts';
import { getSiteIndex, isListed, shownUntil, type Article } from './articles.ts';
import { site } from './site.ts';
import { perVersion, type ContentSource, type PageReads } from './source.ts';

/** The input from every story (a build, `astro dev`). */
async function fromSiteIndex(source: ContentSource, data: FrontPageEntryData | undefined): Promise<FrontPageInput<Article>> {
  const all = (await source.articles()).map((article) => article.data as Article);
  const { articles, sections } = await getSiteIndex();
  return { config: data?.config, file: data?.file ?? FRONT_PAGE_FILE, shown: articles, sections, all, pageSize: site.pageSize };
}

/** The input from the store's listings (server mode): what the page can show, each story as one object. */
async function fromListings(pages: PageReads, data: FrontPageEntryData | undefined): Promise<FrontPageInput<Article>> {
  const config = data?.config;
  const until = await shownUntil();
  const [count, sectionCounts] = await Promise.all([pages.listingCount(LISTING.home, until), pages.listingCounts(LISTING_PREFIX.section, until)]);
  const sectionKeys = [...sectionCounts.keys()];
  // A block shows its section's newest stories that the lead and what is beside it do not.
  const reach = SECTION_BLOCK_STORIES + 1 + Math.max(BESIDE_LEAD, config?.picks?.length ?? 0);
  const namedSlugs = [config?.lead, ...(config?.picks ?? [])].filter((slug) => slug !== undefined);
  const [river, sectionRows, namedSections] = await Promise.all([
    pages.listing({ listing: LISTING.home, until, range: { offset: 0, limit: firstPageLength(count, site.pageSize) } }),
    Promise.all(sectionKeys.map((listing) => pages.listing({ listing, until, range: { offset: 0, limit: reach } }))),
    // Any story of a section the file names, drafts and scheduled ones too: a hidden section is not a typo.
    Promise.all(
      (config?.sections ?? []).map((name) => pages.listing({ listing: LISTING.anySection(nameSlug(name)), until: Number.MAX_SAFE_INTEGER, range: { offset: 0, limit: 1 } })),
    ),
  ]);
  const slugs = [...new Set([...river, ...sectionRows.flat()].map((row) => row.slug).concat(namedSlugs))];
  const bySlug = new Map((await pages.articles(slugs)).map((entry) => [entry.data.slug, entry.data]));
  const articlesOf = (rows: readonly { slug: string }[]) => rows.flatMap((row) => bySlug.get(row.slug) ?? []);
  const newest = articlesOf(river);
  const named = namedSlugs.flatMap((slug) => bySlug.get(slug) ?? []);
  return {
    config,
    file: data?.file ?? FRONT_PAGE_FILE,
    shown: [...newest, ...named.filter((article) => isListed(article) && !newest.includes(article))],
    shownCount: count,
    sections: sectionKeys.map((listing, index) => ({
      name: sectionRows[index]![0]!.name,
      slug: listing.slice(LISTING_PREFIX.section.length),
      articles: articlesOf(sectionRows[index]!),
    })),
    all: [...named, ...namedSections.flat()],
    pageSize: site.pageSize,
  };
}

async function load(source: ContentSource): Promise<FrontPage<Article>> {
  const data = await source.frontPage();
  const input = source.pages ? await fromListings(source.pages, data) : await fromSiteIndex(source, data);
  const front = resolveFrontPage(input);
  for (const warning of front.warnings) console.warn(`[warta] ${warning}`);
  return front;
}

/** A build ends on a story or section the file names wrongly, with its lines alone (stop-build.ts). */
async function loadOrStop(source: ContentSource): Promise<FrontPage<Article>> {
  try {
    return await load(source);
  } catch (error) {
    if (error instanceof ContentError) stopBuild(error);
    throw error;
  }
}

/**
 * Lead, picks, section blocks and latest stories of the home page. `astro dev` and a server keep
 * running: a front page the content cannot make is that request's error alone.
 */
export const getFrontPage: () => Promise<FrontPage<Article>> = perVersion(import.meta.env.DEV || settings.mode === 'server' ? load : loadOrStop);
