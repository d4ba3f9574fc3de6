/**
 * Listing pages: page 1 at the listing's own address, page n at `<address>halaman/<n>/`.
 */
export interface ListingPage<T> {
  items: T[];
  /** 1-based. */
  number: number;
  total: number;
  href: string;
  previousHref?: string | undefined;
  nextHref?: string | undefined;
}

export const PAGE_SEGMENT = 'halaman';

/** The address of page `number` of a listing whose first page is at `firstHref` (ending in `/`). */
export function pageHref(firstHref: string, number: number): string {
  return number <= 1 ? firstHref : `${firstHref}${PAGE_SEGMENT}/${number}/`;
}

/** The path segments after the listing's own, for a route's rest parameter: `halaman/2`. */
export function pageParam(number: number): string | undefined {
  return number <= 1 ? undefined : `${PAGE_SEGMENT}/${number}`;
}

/** Splits items into pages; a listing with no items still has one (empty) page. */
export function paginate<T>(items: readonly T[], pageSize: number, firstHref: string): ListingPage<T>[] {
  const total = Math.max(1, Math.ceil(items.length / pageSize));
  return Array.from({ length: total }, (_, index) => {
    const number = index + 1;
    return {
      items: items.slice(index * pageSize, number * pageSize),
      number,
      total,
      href: pageHref(firstHref, number),
      previousHref: number > 1 ? pageHref(firstHref, number - 1) : undefined,
      nextHref: number < total ? pageHref(firstHref, number + 1) : undefined,
    };
  });
}
