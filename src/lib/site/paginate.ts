/**
 * Listing pages numbered from the oldest story, so that a full page keeps its stories for ever
 * (docs/decisions/014-stable-listing-pages.md). Items come newest first. The listing's own
 * address shows the newest stories: all of them while there are fewer than two pages' worth,
 * else the newest `pageSize + (count mod pageSize)`. Older stories are cut, from the oldest, into
 * pages of exactly `pageSize` at `<address>halaman/<n>/`: page 1 holds the oldest stories, and
 * the highest page comes right after the listing's own address. A new story only ever joins
 * the listing's own page, which every `pageSize` new stories hands its oldest ones to a new
 * numbered page.
 */
export interface ListingPage<T> {
  items: T[];
  /** Counted from the oldest (`halaman/<number>/`); undefined for the listing's own address. */
  number?: number | undefined;
  href: string;
  /** The page of newer stories (`rel="prev"`). */
  previousHref?: string | undefined;
  /** The page of older stories (`rel="next"`). */
  nextHref?: string | undefined;
}

export const PAGE_SEGMENT = 'halaman';

/** The address of page `number` of a listing whose own address is `firstHref` (ending in `/`); undefined is that address. */
export function pageHref(firstHref: string, number: number | undefined): string {
  return number === undefined ? firstHref : `${firstHref}${PAGE_SEGMENT}/${number}/`;
}

/** The path segments after the listing's own, for a route's rest parameter: `halaman/2`. */
export function pageParam(number: number | undefined): string | undefined {
  return number === undefined ? undefined : `${PAGE_SEGMENT}/${number}`;
}

/** How many of a listing's `count` stories its own page shows: the newest that no numbered page holds. */
export function firstPageLength(count: number, pageSize: number): number {
  return count - numberedPages(count, pageSize) * pageSize;
}

/** The full pages below the listing's own, which keeps the newest full page's worth and the rest. */
function numberedPages(count: number, pageSize: number): number {
  return Math.max(0, Math.floor(count / pageSize) - 1);
}

/**
 * Splits items (newest first) into the listing's own page, then its numbered pages from the
 * highest (the newest of them) down to 1 (the oldest): the order "Berikutnya" walks them in.
 * A listing with no items still has its own (empty) page.
 */
export function paginate<T>(items: readonly T[], pageSize: number, firstHref: string): ListingPage<T>[] {
  const numbered = numberedPages(items.length, pageSize);
  const pages: Omit<ListingPage<T>, 'previousHref' | 'nextHref'>[] = [{ items: items.slice(0, firstPageLength(items.length, pageSize)), number: undefined, href: firstHref }];
  for (let number = numbered; number >= 1; number--) {
    // Page `number` ends `(number - 1)` pages before the oldest story.
    const end = items.length - (number - 1) * pageSize;
    pages.push({ items: items.slice(end - pageSize, end), number, href: pageHref(firstHref, number) });
  }
  return pages.map((page, index) => ({ ...page, previousHref: pages[index - 1]?.href, nextHref: pages[index + 1]?.href }));
}
