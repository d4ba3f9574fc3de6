/**
 * The content store as the sync and the server use it, whichever database holds it: SQLite
 * (`./sqlite-store.ts`, one file, the default) or PostgreSQL (`./postgres-store.ts`, for several
 * servers). Asynchronous, since PostgreSQL's client is; `openStore` picks the database from the
 * store setting (`WARTA_STORE`): a `postgres://` or `postgresql://` URL, else a SQLite file path.
 */
import { openSqliteStore, type ContentStore } from './sqlite-store.ts';
import type { Store } from './store-types.ts';
import { ftsQuery } from './search-query.ts';

export type { EntryKind, ListingQuery, ListingRow, SearchDocument, SearchOptions, SearchResult, Store, StoredEntry, StoredFrontPage, StoredSummary } from './store-types.ts';

export const isPostgresUrl = (location: string) => /^postgres(ql)?:\/\//.test(location);

/** The store's location as a log line may show it: a URL without its password. */
export function shownLocation(location: string): string {
  if (!isPostgresUrl(location)) return location;
  try {
    const url = new URL(location);
    if (url.password) url.password = '***';
    return url.toString();
  } catch {
    return 'postgres://(unreadable URL)';
  }
}

/** The SQLite store behind the asynchronous interface. */
export function sqliteStore(store: ContentStore): Store {
  return {
    version: async () => store.version(),
    summaries: async (kind) => store.summaries(kind),
    entries: async (kind) => store.entries(kind),
    entry: async (kind, id) => store.entry(kind, id),
    html: async (kind, id) => store.html(kind, id),
    digests: async (kind, ids) => store.digests(kind, ids),
    recordStats: async (kind, id, stats) => store.recordStats(kind, id, stats),
    put: async (kind, entry, search, listings) => store.put(kind, entry, search, listings),
    listing: async (query) => store.listing(query),
    listingCount: async (listing, until) => store.listingCount(listing, until),
    listingCounts: async (prefix, until) => store.listingCounts(prefix, until),
    articleSummaries: async (slugs) => store.articleSummaries(slugs),
    remove: async (kind, id, at) => store.remove(kind, id, at),
    removedAt: async (id) => store.removedAt(id),
    frontPage: async () => store.frontPage(),
    setFrontPage: async (value) => store.setFrontPage(value),
    search: async (input, options) => {
      const match = ftsQuery(input);
      return match ? store.search(match, options) : { total: 0, hits: [] };
    },
    transaction: (work) => store.transaction(work),
    close: async () => store.close(),
  };
}

export interface OpenStoreOptions {
  /** The server: nothing is created, a missing store is an error. */
  readOnly?: boolean;
}

/** The store at `location`: a PostgreSQL URL or a SQLite file. */
export async function openStore(location: string, { readOnly = false }: OpenStoreOptions = {}): Promise<Store> {
  if (isPostgresUrl(location)) {
    // Loaded only for PostgreSQL: a SQLite server never loads the client.
    const { openPostgresStore } = await import('./postgres-store.ts');
    return openPostgresStore(location, { readOnly });
  }
  return sqliteStore(openSqliteStore(location, { readOnly }));
}
