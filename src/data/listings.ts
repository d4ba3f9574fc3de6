/**
 * Static paths of paginated listings for routes with a rest parameter: `[...path]` gives
 * `dunia` for page 1 and `dunia/halaman/2` for page 2, so one route file serves all pages.
 */
import { paginate, pageParam, type ListingPage } from '../lib/site/paginate.ts';
import { site } from './site.ts';

export function listingPaths<T, Extra extends object>(segment: string | undefined, items: readonly T[], firstHref: string, extra: Extra) {
  return paginate(items, site.pageSize, firstHref).map((page) => ({
    params: { path: [segment, pageParam(page.number)].filter(Boolean).join('/') || undefined },
    props: { page, ...extra } as { page: ListingPage<T> } & Extra,
  }));
}
