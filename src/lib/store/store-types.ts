/** The store's asynchronous interface (./store.ts), apart so that each database's module can name it. */
import type { EntryKind, SearchDocument, SearchOptions, SearchResult, StoredDigest, StoredEntry, StoredFrontPage, StoredSummary } from './sqlite-store.ts';

import type { ListingQuery, ListingRow } from './listing-rows.ts';

export type { ListingQuery, ListingRow } from './listing-rows.ts';
export type { EntryKind, SearchDocument, SearchOptions, SearchResult, StoredDigest, StoredEntry, StoredFrontPage, StoredSummary } from './sqlite-store.ts';

export interface Store {
  /** Changes with every committed write. */
  version(): Promise<number>;
  /** Every entry of a kind without its HTML, in id order: a page reads its own body (`html`). */
  summaries<Data>(kind: EntryKind): Promise<StoredSummary<Data>[]>;
  entries<Data>(kind: EntryKind): Promise<StoredEntry<Data>[]>;
  /** One entry, for a sync that needs what a story was before it changes it. */
  entry<Data>(kind: EntryKind, id: string): Promise<StoredEntry<Data> | undefined>;
  /** One entry's rendered HTML, for the page that shows it; undefined when there is no such entry. */
  html(kind: EntryKind, id: string): Promise<string | undefined>;
  /** What a sync compares files with: every entry of a kind, or those of `ids`. */
  digests(kind: EntryKind, ids?: readonly string[]): Promise<Map<string, StoredDigest>>;
  /** The file stats an entry was last read with; not a change of content (the version stays). */
  recordStats(kind: EntryKind, id: string, stats: string): Promise<void>;
  /** Writes an entry; for an article, its search document (none: out of the index) and listing rows too. */
  put<Data>(kind: EntryKind, entry: StoredEntry<Data>, search?: SearchDocument, listings?: readonly ListingRow[]): Promise<void>;
  /** Removes a slug; an article is remembered as removed (for 410), until it comes back. */
  remove(kind: EntryKind, id: string, at: number): Promise<void>;
  /** A listing's rows up to a moment, newest first (./listing-rows.ts). */
  listing(query: ListingQuery): Promise<ListingRow[]>;
  listingCount(listing: string, until: number): Promise<number>;
  /** The listings whose keys start with `prefix`, with their numbers of rows up to a moment, in key order. */
  listingCounts(prefix: string, until: number): Promise<Map<string, number>>;
  /** The articles of these slugs without their HTML, in the order given; a slug not there is left out. */
  articleSummaries<Data>(slugs: readonly string[]): Promise<StoredSummary<Data>[]>;
  removedAt(id: string): Promise<number | undefined>;
  frontPage<Data>(): Promise<StoredFrontPage<Data> | undefined>;
  setFrontPage<Data>(value: StoredFrontPage<Data> | undefined): Promise<void>;
  /** Full-text search for a reader's words (never query syntax: ./search-query.ts). */
  search(input: string, options: SearchOptions): Promise<SearchResult>;
  /** Runs `work` as one transaction: readers see all of it or none, and the version moves once. */
  transaction<Result>(work: () => Promise<Result>): Promise<Result>;
  close(): Promise<void>;
}
