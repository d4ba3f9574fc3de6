/**
 * Paginated listings for routes with a rest parameter: `[...path]` gives `dunia` for the
 * listing's own page and `dunia/halaman/2` for page 2, so one route file serves all pages. A
 * build makes every page from the site's index (`listingPaths`); a server reads the requested
 * page's stories alone from the store's listings (`readHomePage`, `readTopicPage`, `readMonthPage`,
 * `readAuthorPage`).
 */
import { lazyStaticPath } from '../lib/site/lazy-path.ts';
import { PAGE_SEGMENT, paginate, pageParam, pageWindow, type ListingPage } from '../lib/site/paginate.ts';
import { topicName } from '../lib/site/story-surroundings.ts';
import { LISTING } from '../lib/store/listing-rows.ts';
import { shownUntil, type Article } from './articles.ts';
import { getProfile } from './authors.ts';
import { listingPageKey, type ListingExtra } from './cache-keys.ts';
import { routes, site } from './site.ts';
import { contentSource, perVersion, type PageReads } from './source.ts';

export function listingPaths<Extra extends ListingExtra>(segment: string | undefined, items: readonly Article[], firstHref: string, extra: Extra) {
  // Keys are computed only in an incremental build (src/lib/site/lazy-path.ts).
  return paginate(items, site.pageSize, firstHref).map((page) =>
    lazyStaticPath(
      { path: [segment, pageParam(page.number)].filter(Boolean).join('/') || undefined },
      () => ({ page, ...extra }) as { page: ListingPage<Article> } & Extra,
      ({ page }) => listingPageKey(page, extra),
    ),
  );
}

/** A listing route's rest parameter cut into the listing's own segments and the page number; undefined for a malformed number. */
export function splitListingPath(path: string | number | undefined): { segments: string[]; number: number | undefined } | undefined {
  const parts = path === undefined || path === '' ? [] : String(path).split('/');
  if (parts.length < 2 || parts.at(-2) !== PAGE_SEGMENT) return { segments: parts, number: undefined };
  const number = parts.at(-1)!;
  return /^[1-9]\d*$/.test(number) ? { segments: parts.slice(0, -2), number: Number(number) } : undefined;
}

// A listing's count is asked by each of its pages: kept for the store's version.
const counts = perVersion(async () => new Map<string, Promise<number>>());

async function countOf(pages: PageReads, listing: string, until: number): Promise<number> {
  const known = await counts();
  let count = known.get(listing);
  if (!count) {
    count = pages.listingCount(listing, until);
    known.set(listing, count);
    count.catch(() => known.delete(listing));
  }
  return count;
}

/** What a listing page's route is given besides the page, read once the listing is known to have the page. */
type Extra = (pages: PageReads, until: number) => Promise<object | undefined>;

/**
 * One page of a listing, read from the store as `listingPaths` cuts it: undefined for a page the
 * listing has not (and for an empty listing, unless it has a page of its own all the same).
 */
async function readPage(listing: string, firstHref: string, number: number | undefined, extra: Extra, { whenEmpty = false, withItems = true } = {}) {
  const pages = (await contentSource()).pages;
  if (!pages) return undefined;
  const until = await shownUntil();
  const count = await countOf(pages, listing, until);
  const window = count > 0 || whenEmpty ? pageWindow(count, site.pageSize, number, firstHref) : undefined;
  if (!window) return undefined;
  const [rows, more] = await Promise.all([
    withItems ? pages.listing({ listing, until, range: { offset: window.offset, limit: window.length, fromOldest: window.fromOldest } }) : [],
    extra(pages, until),
  ]);
  if (!more) return undefined;
  const items = (await pages.articles(rows.map((row) => row.slug))).map((entry) => entry.data);
  return { page: { items, ...window.page } as ListingPage<Article>, ...more };
}

const named =
  (listing: string, slug: string): Extra =>
  (pages, until) =>
    topicName(pages, listing, slug, until);

type Params = Readonly<Record<string, string | number | undefined>>;

/** The home listing's page (its own page is the front page's: src/data/front-page.ts). */
export async function readHomePage(params: Params) {
  const path = splitListingPath(params.path);
  if (!path || path.segments.length > 0) return undefined;
  // The listing's own page shows the front page instead of its items (the route drops them): not read.
  return readPage(LISTING.home, routes.home(), path.number, async () => ({}), { whenEmpty: true, withItems: path.number !== undefined }) as Promise<
    { page: ListingPage<Article> } | undefined
  >;
}

/** A section's or a topic's page. */
export async function readTopicPage(kind: 'section' | 'topic', params: Params) {
  const path = splitListingPath(params.path);
  const slug = path?.segments.length === 1 ? path.segments[0]! : undefined;
  if (!path || !slug) return undefined;
  const listing = kind === 'section' ? LISTING.section(slug) : LISTING.topic(slug);
  const href = kind === 'section' ? routes.section(slug) : routes.tag(slug);
  return readPage(listing, href, path.number, named(listing, slug)) as Promise<({ page: ListingPage<Article> } & { name: string; slug: string }) | undefined>;
}

/** A month's page: `2023/02`, as the build writes the month. */
export async function readMonthPage(params: Params) {
  const path = splitListingPath(params.path);
  const [year, month] = path?.segments.length === 2 ? path.segments.map(Number) : [];
  if (!path || year === undefined || month === undefined || `${year}/${String(month).padStart(2, '0')}` !== path.segments.join('/') || month < 1 || month > 12) return undefined;
  return readPage(LISTING.month(year, month), routes.month(year, month), path.number, async () => ({ year, month })) as Promise<
    ({ page: ListingPage<Article> } & { year: number; month: number }) | undefined
  >;
}

/** An author's page: a profile's, with its bio on the first page; a profile without stories has its own page too. */
export async function readAuthorPage(params: Params) {
  const path = splitListingPath(params.path);
  const found = path?.segments.length === 1 ? await getProfile(path.segments[0]!) : undefined;
  if (!path || !found) return undefined;
  const { file: _file, ...profile } = found.profile;
  return readPage(LISTING.author(profile.name), routes.author(profile.slug), path.number, async () => ({ profile, bio: found.bio }), { whenEmpty: true }) as Promise<
    ({ page: ListingPage<Article> } & { profile: typeof profile; bio: string }) | undefined
  >;
}
