/**
 * How long server mode's responses may be kept (docs/hosting/server.md), as one pure function
 * of what a page shows: live coverage and the pages that list the newest stories change by the
 * minute, a story changes less the older it is. Every answer may be served stale while it is
 * fetched again (`stale-while-revalidate`) and for a day when the server fails
 * (`stale-if-error`), so a proxy or CDN in front keeps the site up through a restart.
 */

/** What decides a page's lifetime. */
export type CachedPage =
  /** A story: its age, and whether its live coverage is still open. */
  | { kind: 'story'; publishedAt: number; updatedAt?: number | undefined; liveOpen: boolean }
  /** Front page, section, topic, author and archive pages, feeds and sitemaps. */
  | { kind: 'listing' }
  /** Pages whose content does not follow the stories (404, search form). */
  | { kind: 'other' };

export interface CacheLifetime {
  /** Seconds the response is fresh. */
  maxAge: number;
  /** Seconds after that it may be served while fetched again. */
  swr: number;
  /** Seconds after that it may be served when the server fails. */
  staleIfError: number;
}

const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** One day of stale copies when the server is down: long enough for a night's outage. */
export const STALE_IF_ERROR = DAY;

/** The lifetime of a page at `now` (milliseconds since the epoch). */
export function cacheLifetime(page: CachedPage, now: number): CacheLifetime {
  const lifetime = (maxAge: number, swr = maxAge): CacheLifetime => ({ maxAge, swr, staleIfError: STALE_IF_ERROR });
  if (page.kind === 'listing') return lifetime(MINUTE);
  if (page.kind === 'other') return lifetime(5 * MINUTE);
  if (page.liveOpen) return lifetime(15, 15);
  const ageSeconds = Math.max(0, (now - Math.max(page.publishedAt, page.updatedAt ?? 0)) / 1000);
  if (ageSeconds < DAY) return lifetime(5 * MINUTE);
  if (ageSeconds < 30 * DAY) return lifetime(HOUR);
  return lifetime(DAY);
}

/** The Cache-Control header of a lifetime. */
export function cacheControl({ maxAge, swr, staleIfError }: CacheLifetime): string {
  return `public, max-age=${maxAge}, stale-while-revalidate=${swr}, stale-if-error=${staleIfError}`;
}
