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
  const numbers = [undefined, ...Array.from({ length: numbered }, (_, index) => numbered - index)];
  return numbers.map((number) => {
    const { offset, length, fromOldest, page } = pageWindow(items.length, pageSize, number, firstHref)!;
    const start = fromOldest ? items.length - offset - length : offset;
    return { items: items.slice(start, start + length), ...page };
  });
}

/** Where one page of a listing lies, for a reader that fetches that page's stories alone (server mode). */
export interface PageWindow {
  /** Stories from the newest before the page's first; with `fromOldest`, from the oldest before its last. */
  offset: number;
  length: number;
  /** Whether `offset` counts from the oldest story (a deep page reads from the nearer end). */
  fromOldest: boolean;
  /** The page as `paginate` gives it, but for its items. */
  page: Omit<ListingPage<never>, 'items'>;
}

/** Page `number` (undefined: the listing's own address) of a listing of `count` stories, as `paginate` cuts it; undefined for a page it has not. */
export function pageWindow(count: number, pageSize: number, number: number | undefined, firstHref: string): PageWindow | undefined {
  const numbered = numberedPages(count, pageSize);
  const href = (page: number | undefined) => pageHref(firstHref, page);
  if (number === undefined) {
    return {
      offset: 0,
      length: firstPageLength(count, pageSize),
      fromOldest: false,
      page: { number: undefined, href: firstHref, previousHref: undefined, nextHref: numbered > 0 ? href(numbered) : undefined },
    };
  }
  if (!Number.isInteger(number) || number < 1 || number > numbered) return undefined;
  const links = { number, href: href(number), previousHref: number === numbered ? firstHref : href(number + 1), nextHref: number > 1 ? href(number - 1) : undefined };
  // Page `number` ends `(number - 1)` pages before the oldest story.
  const fromOldest = number - 1 < numbered - number + 1;
  return fromOldest
    ? { offset: (number - 1) * pageSize, length: pageSize, fromOldest, page: links }
    : { offset: count - number * pageSize, length: pageSize, fromOldest, page: links };
}
