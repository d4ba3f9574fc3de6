/**
 * Static paths of paginated listings for routes with a rest parameter: `[...path]` gives
 * `dunia` for the listing's own page and `dunia/halaman/2` for page 2, so one route file serves
 * all pages.
 */
import { lazyStaticPath } from '../lib/site/lazy-path.ts';
import { paginate, pageParam, type ListingPage } from '../lib/site/paginate.ts';
import type { Article } from './articles.ts';
import { listingPageKey, type ListingExtra } from './cache-keys.ts';
import { site } from './site.ts';

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
