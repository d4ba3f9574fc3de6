/**
 * The server mode's content store: stories, author profiles and the front page's settings in
 * one SQLite file (`node:sqlite`, built into Node 24), written by the sync command
 * (src/lib/store/sync.ts) and read by the running server (src/data/sources/store.ts, through src/lib/store/store.ts).
 * Entries are kept as the content store of a build keeps them: the validated data (serialized
 * with `node:v8`, so dates stay dates) and the rendered HTML. Every write bumps a version, so a
 * reader asks one cheap question per request and reloads only after a sync. Stories are also in
 * an FTS5 full-text index (`search`, with `search_rows` mapping its rows, the stories' moments, to slugs),
 * written in the same transaction as the story's row, for `/cari/` (docs/decisions/018), and in
 * the listings it is in (`listing_rows`: ./listing-rows.ts), which pages read a page at a time.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { deserialize, serialize } from 'node:v8';
import { lastSearchRowUpTo, RANKED_WINDOW, ROWS_PER_MOMENT, searchPagePlan, searchRowsOf } from './search-order.ts';
import { LISTING_COUNT_SQL, LISTING_COUNTS_SQL, listingQuery, prefixEnd, type ListingQuery, type ListingRow } from './listing-rows.ts';

/** One stored article or author profile. */
export interface StoredEntry<Data> {
  /** The slug. */
  id: string;
  /** The file it came from, relative to the content folder. */
  file: string;
  /** The file's bytes and the pipeline's fingerprint: unchanged, the file is not read again. */
  digest: string;
  data: Data;
  html: string;
}

/**
 * An entry without its rendered HTML: what the server holds of every story, its body being read
 * for the one page that shows it (StoredEntry's `html`, through `html()`).
 */
export type StoredSummary<Data> = Omit<StoredEntry<Data>, 'html'>;

export interface StoredFrontPage<Data> {
  digest: string;
  data: Data;
}

export type EntryKind = 'articles' | 'authors';

/** What a sync compares a file with: where the entry came from, its digest, and the file's stats then. */
export interface StoredDigest {
  file: string;
  digest: string;
  /** The fingerprint and settled stats of the file when it was last read; empty when unknown. */
  stats: string;
}

/** What the search index holds of a shown-or-scheduled story (a draft has none). */
export interface SearchDocument {
  title: string;
  description: string;
  /** The body as text. */
  body: string;
  /** The story's date (ms since the epoch): a scheduled story is found only once it is out. */
  publishedAt: number;
}

export interface SearchHit {
  slug: string;
  title: string;
  /** Text around the best hits, with MARK_START and MARK_END (./search-query.ts) around each. */
  excerpt: string;
  publishedAt: number;
}

export interface SearchOptions {
  /** Only stories dated up to this moment; undefined for every story indexed. */
  until: number | undefined;
  limit: number;
  offset: number;
}

/** One page of results and the number of every match. */
export interface SearchResult {
  total: number;
  hits: SearchHit[];
}

/** The store's reading and writing side, whichever database holds it. */
export interface ContentStore {
  /** Changes with every committed write. */
  version(): number;
  entries<Data>(kind: EntryKind): StoredEntry<Data>[];
  /** Every entry without its HTML, in id order. */
  summaries<Data>(kind: EntryKind): StoredSummary<Data>[];
  /** One entry, for a sync that needs what a story was before it changes it. */
  entry<Data>(kind: EntryKind, id: string): StoredEntry<Data> | undefined;
  /** One entry's rendered HTML; undefined when there is no such entry. */
  html(kind: EntryKind, id: string): string | undefined;
  /** What a sync compares files with: every entry of a kind, or those of `ids`. */
  digests(kind: EntryKind, ids?: readonly string[]): Map<string, StoredDigest>;
  /**
   * Records the file stats an entry was last read with (src/lib/content/file-stats.ts), so the
   * next sync need not read an unchanged file. Not a change of content: the version stays.
   */
  recordStats(kind: EntryKind, id: string, stats: string): void;
  /**
   * Writes an entry; for an article, its search document (none: out of the index) and its
   * listing rows too, in the same transaction.
   */
  put<Data>(kind: EntryKind, entry: StoredEntry<Data>, search?: SearchDocument, listings?: readonly ListingRow[]): void;
  /** A listing's rows up to a moment, newest first (./listing-rows.ts). */
  listing(query: ListingQuery): ListingRow[];
  /** How many rows a listing has up to a moment. */
  listingCount(listing: string, until: number): number;
  /** The listings whose keys start with `prefix`, with their numbers of rows up to a moment, in key order. */
  listingCounts(prefix: string, until: number): Map<string, number>;
  /** The articles of these slugs without their HTML, in the order given; a slug not there is left out. */
  articleSummaries<Data>(slugs: readonly string[]): StoredSummary<Data>[];
  /** Full-text search; `match` is an FTS5 query from ./search-query.ts. A malformed one finds nothing. */
  search(match: string, options: SearchOptions): SearchResult;
  /** Removes a slug; an article is remembered as removed (for 410), until it comes back. */
  remove(kind: EntryKind, id: string, at: number): void;
  /** When the article was removed, if it was and has not come back. */
  removedAt(id: string): number | undefined;
  frontPage<Data>(): StoredFrontPage<Data> | undefined;
  setFrontPage<Data>(value: StoredFrontPage<Data> | undefined): void;
  /**
   * Runs `work` as one transaction: readers see all of it or none, and the version moves once.
   * Work that returns a promise commits when it resolves (and rolls back when it rejects).
   */
  transaction<Result>(work: () => Result): Result;
  close(): void;
}

/**
 * The search index's tokenizer (docs/decisions/018-server-mode.md): words split at anything but
 * letters, digits and marks, case folded, and diacritics removed, so "kafe" finds "kafé".
 */
export const SEARCH_TOKENIZER = 'unicode61 remove_diacritics 2';
/** The indexed columns, in the order of `bm25()`'s weights: a hit in the headline counts most. */
const SEARCH_COLUMNS = ['title', 'description', 'body'] as const;
const SEARCH_WEIGHTS = '10.0, 4.0, 1.0';
/** `snippet()`'s column (the body) and length in tokens. */
const EXCERPT_COLUMN = SEARCH_COLUMNS.indexOf('body');
const EXCERPT_TOKENS = 32;
/** The meta key of a store whose search rows are the stories' moments (./search-order.ts). */
const SEARCH_ROWS_DATED = 'search_rows_dated';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS entries (
  kind TEXT NOT NULL,
  id TEXT NOT NULL,
  file TEXT NOT NULL,
  digest TEXT NOT NULL,
  data BLOB NOT NULL,
  html TEXT NOT NULL,
  stats TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (kind, id)
) STRICT;
CREATE TABLE IF NOT EXISTS removed (id TEXT PRIMARY KEY, removed_at INTEGER NOT NULL) STRICT;
CREATE TABLE IF NOT EXISTS front_page (one INTEGER PRIMARY KEY CHECK (one = 1), digest TEXT NOT NULL, data BLOB NOT NULL) STRICT;
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value INTEGER NOT NULL) STRICT;
INSERT OR IGNORE INTO meta (key, value) VALUES ('version', 0);
CREATE TABLE IF NOT EXISTS search_rows (row INTEGER PRIMARY KEY, slug TEXT NOT NULL UNIQUE, published INTEGER NOT NULL) STRICT;
CREATE TABLE IF NOT EXISTS listing_rows (
  listing TEXT NOT NULL, published INTEGER NOT NULL, slug TEXT NOT NULL, name TEXT NOT NULL, section TEXT NOT NULL,
  PRIMARY KEY (listing, published DESC, slug)) STRICT, WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS listing_rows_story ON listing_rows (slug);
CREATE VIRTUAL TABLE IF NOT EXISTS search USING fts5(${SEARCH_COLUMNS.join(', ')}, tokenize = '${SEARCH_TOKENIZER}');
`;

export interface OpenOptions {
  /** Opened for reading only (the server): a missing file is an error, not a new store. */
  readOnly?: boolean;
}

const isSqlError = (error: unknown) => error instanceof Error && (error as Error & { errcode?: unknown }).errcode === 1;

/** Opens (and for writing, creates) the store at `path`. */
export function openSqliteStore(path: string, { readOnly = false }: OpenOptions = {}): ContentStore {
  if (!readOnly && path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new DatabaseSync(path, { readOnly });
  if (!readOnly) {
    // Readers keep reading while a sync writes (write-ahead log).
    db.exec('PRAGMA journal_mode = WAL');
    const has = (table: string) => db.prepare(`SELECT 1 FROM sqlite_master WHERE name = ?`).get(table) !== undefined;
    const hadListings = has('listing_rows');
    // A search index from before its rows were the stories' moments (./search-order.ts) is made again.
    const datedSearch = has('meta') && db.prepare(`SELECT 1 FROM meta WHERE key = ?`).get(SEARCH_ROWS_DATED) !== undefined;
    const hadSearch = has('search') && datedSearch;
    if (!datedSearch) db.exec('DROP TABLE IF EXISTS search; DROP TABLE IF EXISTS search_rows');
    db.exec(SCHEMA);
    db.prepare(`INSERT OR IGNORE INTO meta (key, value) VALUES (?, 1)`).run(SEARCH_ROWS_DATED);
    // A store from before the file stats: its files are read once more, then recorded.
    const columns = db.prepare(`SELECT name FROM pragma_table_info('entries')`).all() as { name: string }[];
    if (!columns.some((column) => column.name === 'stats')) db.exec(`ALTER TABLE entries ADD COLUMN stats TEXT NOT NULL DEFAULT ''`);
    // A store from before the search index or the listing rows: its articles are written again by the next sync.
    if (!hadSearch || !hadListings) db.exec(`UPDATE entries SET digest = '' WHERE kind = 'articles'`);
  }
  db.exec('PRAGMA busy_timeout = 5000');
  const versionQuery = db.prepare(`SELECT value FROM meta WHERE key = 'version'`);
  const bump = () => db.prepare(`UPDATE meta SET value = value + 1 WHERE key = 'version'`).run();
  let depth = 0;
  let dirty = false;
  const write = <Result>(work: () => Result): Result => {
    if (depth > 0) {
      dirty = true;
      return work();
    }
    return transaction(() => {
      dirty = true;
      return work();
    });
  };
  const transaction = <Result>(work: () => Result): Result => {
    if (depth > 0) return work();
    db.exec(readOnly ? 'BEGIN' : 'BEGIN IMMEDIATE');
    depth = 1;
    dirty = false;
    const finish = (commit: boolean) => {
      try {
        if (commit && dirty) bump();
        db.exec(commit ? 'COMMIT' : 'ROLLBACK');
      } finally {
        depth = 0;
      }
    };
    let result: Result;
    try {
      result = work();
    } catch (error) {
      finish(false);
      throw error;
    }
    // Asynchronous work (the sync, through ./store.ts) commits when it settles; nothing else
    // uses the connection meanwhile in the one process that writes.
    if (result instanceof Promise)
      return result.then(
        (value: unknown) => {
          finish(true);
          return value;
        },
        (error: unknown) => {
          finish(false);
          throw error;
        },
      ) as Result;
    finish(true);
    return result;
  };
  /** A statement that reads rows as bigints: a moment's rows pass 2^53 past the year 2248. */
  const bigIntStatement = (sql: string) => {
    const statement = db.prepare(sql);
    statement.setReadBigInts(true);
    return statement;
  };
  /** The story's row in the search index replaced (or removed, without a document). */
  const index = (slug: string, search: SearchDocument | undefined) => {
    const existing = bigIntStatement('SELECT row FROM search_rows WHERE slug = ?').get(slug) as { row: bigint } | undefined;
    if (existing) {
      db.prepare('DELETE FROM search WHERE rowid = ?').run(existing.row);
      db.prepare('DELETE FROM search_rows WHERE row = ?').run(existing.row);
    }
    if (!search) return;
    const { first, last } = searchRowsOf(search.publishedAt);
    const taken = (bigIntStatement('SELECT max(row) AS row FROM search_rows WHERE row BETWEEN ? AND ?').get(first, last) as { row: bigint | null }).row;
    const row = taken === null ? first : taken + 1n;
    if (row > last)
      throw new Error(`search index: ${slug} is one story too many dated ${new Date(search.publishedAt).toISOString()} (${ROWS_PER_MOMENT} at most share a millisecond)`);
    db.prepare('INSERT INTO search_rows (row, slug, published) VALUES (?, ?, ?)').run(row, slug, search.publishedAt);
    db.prepare(`INSERT INTO search (rowid, ${SEARCH_COLUMNS.join(', ')}) VALUES (?, ?, ?, ?)`).run(row, search.title, search.description, search.body);
  };
  /** The story's listing rows replaced. */
  const list = (slug: string, rows: readonly ListingRow[]) => {
    db.prepare('DELETE FROM listing_rows WHERE slug = ?').run(slug);
    const insert = db.prepare('INSERT INTO listing_rows (listing, slug, published, name, section) VALUES (?, ?, ?, ?, ?)');
    for (const row of rows) insert.run(row.listing, row.slug, row.published, row.name, row.section);
  };
  // Matches dated up to a moment: a bound on the rowid, which FTS5 applies as it reads (./search-order.ts).
  const matches = `FROM search WHERE search MATCH ? AND search.rowid <= ?`;
  /** The chosen rows' stories, with excerpts made for those alone (snippet() over every match made a deep page eight times slower). */
  const withExcerpts = (chosen: string, order: string) =>
    `WITH chosen AS (${chosen})
     SELECT search_rows.slug AS slug, search_rows.published AS published, search.title AS title,
       snippet(search, ${EXCERPT_COLUMN}, char(57344), char(57345), '…', ${EXCERPT_TOKENS}) AS excerpt
     FROM chosen JOIN search ON search.rowid = chosen.row JOIN search_rows ON search_rows.row = chosen.row
     WHERE search MATCH ? ORDER BY ${order}`;
  const search = (match: string, { until, limit, offset }: SearchOptions): SearchResult => {
    const upTo = lastSearchRowUpTo(until);
    const plan = searchPagePlan(offset, limit);
    // Prepared first: a store without the index (or not a store) fails here, as any other read does.
    const count = db.prepare(`SELECT count(*) AS total ${matches}`);
    const ranked = db.prepare(
      withExcerpts(
        `SELECT row, score FROM (SELECT search.rowid AS row, bm25(search, ${SEARCH_WEIGHTS}) AS score ${matches} ORDER BY search.rowid DESC LIMIT ${RANKED_WINDOW})
         ORDER BY score, row DESC LIMIT ? OFFSET ?`,
        'chosen.score, chosen.row DESC',
      ),
    );
    const dated = db.prepare(withExcerpts(`SELECT search.rowid AS row ${matches} ORDER BY search.rowid DESC LIMIT ? OFFSET ?`, 'chosen.row DESC'));
    try {
      const total = Number((count.get(match, upTo) as { total: number | bigint }).total);
      if (total === 0 || offset >= total) return { total, hits: [] };
      const rows = [
        ...(plan.ranked ? ranked.all(match, upTo, plan.ranked.limit, plan.ranked.offset, match) : []),
        ...(plan.dated && total > plan.dated.offset ? dated.all(match, upTo, plan.dated.limit, plan.dated.offset, match) : []),
      ] as { slug: string; published: number | bigint; title: string; excerpt: string }[];
      return { total, hits: rows.map((row) => ({ slug: row.slug, title: row.title, excerpt: row.excerpt, publishedAt: Number(row.published) })) };
    } catch (error) {
      // The statements are fixed, so a plain SQL error (SQLITE_ERROR) while running them is the
      // MATCH expression's ("fts5: syntax error", "unterminated string", "no such column"…).
      // ./search-query.ts makes none; should one come, it finds nothing. Corruption and I/O errors
      // have codes of their own and go on to the caller (a 503).
      if (isSqlError(error)) return { total: 0, hits: [] };
      throw error;
    }
  };
  const placeholder = () => '?';
  const summaryRow = <Data>(row: { id: string; file: string; digest: string; data: Uint8Array }): StoredSummary<Data> => ({
    id: row.id,
    file: row.file,
    digest: row.digest,
    data: deserialize(row.data) as Data,
  });
  const toListingRow = (row: { listing: string; slug: string; published: number | bigint; name: string; section: string }): ListingRow => ({
    ...row,
    published: Number(row.published),
  });
  return {
    search,
    listing: (query) => {
      const { sql, values, reverse } = listingQuery(query, placeholder);
      const rows = (db.prepare(sql).all(...values) as Parameters<typeof toListingRow>[0][]).map(toListingRow);
      return reverse ? rows.reverse() : rows;
    },
    listingCount: (listing, until) => Number((db.prepare(LISTING_COUNT_SQL(placeholder)).get(listing, until) as { total: number | bigint }).total),
    listingCounts: (prefix, until) =>
      new Map(
        (db.prepare(LISTING_COUNTS_SQL(placeholder)).all(prefix, prefixEnd(prefix), until) as { listing: string; total: number | bigint }[]).map((row) => [
          row.listing,
          Number(row.total),
        ]),
      ),
    articleSummaries: <Data>(slugs: readonly string[]) => {
      if (slugs.length === 0) return [];
      const rows = db.prepare(`SELECT id, file, digest, data FROM entries WHERE kind = 'articles' AND id IN (${slugs.map(() => '?').join(', ')})`).all(...slugs) as {
        id: string;
        file: string;
        digest: string;
        data: Uint8Array;
      }[];
      const byId = new Map(rows.map((row) => [row.id, row]));
      return slugs.flatMap((slug) => (byId.has(slug) ? [summaryRow<Data>(byId.get(slug)!)] : []));
    },
    version: () => Number((versionQuery.get() as { value: number | bigint }).value),
    summaries: <Data>(kind: EntryKind) =>
      (db.prepare('SELECT id, file, digest, data FROM entries WHERE kind = ? ORDER BY id').all(kind) as { id: string; file: string; digest: string; data: Uint8Array }[]).map(
        (row) => summaryRow<Data>(row),
      ),
    html: (kind, id) => (db.prepare('SELECT html FROM entries WHERE kind = ? AND id = ?').get(kind, id) as { html: string } | undefined)?.html,
    entries: <Data>(kind: EntryKind) =>
      (
        db.prepare('SELECT id, file, digest, data, html FROM entries WHERE kind = ? ORDER BY id').all(kind) as {
          id: string;
          file: string;
          digest: string;
          data: Uint8Array;
          html: string;
        }[]
      ).map((row) => ({ id: row.id, file: row.file, digest: row.digest, html: row.html, data: deserialize(row.data) as Data })),
    entry: <Data>(kind: EntryKind, id: string) => {
      const row = db.prepare('SELECT id, file, digest, data, html FROM entries WHERE kind = ? AND id = ?').get(kind, id) as
        { id: string; file: string; digest: string; data: Uint8Array; html: string } | undefined;
      return row && { id: row.id, file: row.file, digest: row.digest, html: row.html, data: deserialize(row.data) as Data };
    },
    digests: (kind, ids) =>
      new Map(
        (
          (ids
            ? db.prepare(`SELECT id, file, digest, stats FROM entries WHERE kind = ? AND id IN (${ids.map(() => '?').join(', ')})`).all(kind, ...ids)
            : db.prepare('SELECT id, file, digest, stats FROM entries WHERE kind = ?').all(kind)) as { id: string; file: string; digest: string; stats: string }[]
        ).map((row) => [row.id, { file: row.file, digest: row.digest, stats: row.stats }]),
      ),
    recordStats: (kind, id, stats) => void db.prepare('UPDATE entries SET stats = ? WHERE kind = ? AND id = ?').run(stats, kind, id),
    put: (kind, entry, search, listings = []) =>
      write(() => {
        if (kind === 'articles') {
          index(entry.id, search);
          list(entry.id, listings);
        }
        db.prepare('INSERT OR REPLACE INTO entries (kind, id, file, digest, data, html) VALUES (?, ?, ?, ?, ?, ?)').run(
          kind,
          entry.id,
          entry.file,
          entry.digest,
          serialize(entry.data),
          entry.html,
        );
        if (kind === 'articles') db.prepare('DELETE FROM removed WHERE id = ?').run(entry.id);
      }),
    remove: (kind, id, at) =>
      write(() => {
        db.prepare('DELETE FROM entries WHERE kind = ? AND id = ?').run(kind, id);
        if (kind === 'articles') {
          index(id, undefined);
          list(id, []);
        }
        if (kind === 'articles') db.prepare('INSERT OR REPLACE INTO removed (id, removed_at) VALUES (?, ?)').run(id, at);
      }),
    removedAt: (id) => {
      const row = db.prepare('SELECT removed_at FROM removed WHERE id = ?').get(id) as { removed_at: number | bigint } | undefined;
      return row ? Number(row.removed_at) : undefined;
    },
    frontPage: <Data>() => {
      const row = db.prepare('SELECT digest, data FROM front_page WHERE one = 1').get() as { digest: string; data: Uint8Array } | undefined;
      return row ? { digest: row.digest, data: deserialize(row.data) as Data } : undefined;
    },
    setFrontPage: (value) =>
      write(() => {
        if (value) db.prepare('INSERT OR REPLACE INTO front_page (one, digest, data) VALUES (1, ?, ?)').run(value.digest, serialize(value.data));
        else db.prepare('DELETE FROM front_page').run();
      }),
    transaction,
    close: () => db.close(),
  };
}
