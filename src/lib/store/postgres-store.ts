/**
 * The content store in PostgreSQL, for a newsroom with several servers reading one database
 * (docs/hosting/server.md): the same tables as the SQLite store (./sqlite-store.ts), entries
 * serialized with `node:v8` into `bytea`, and search on PostgreSQL's own full text: a `tsvector`
 * column generated with the `indonesian` Snowball stemmer (headline weighted A, standfirst B,
 * body D) under a GIN index, queried with `plainto_tsquery` (which reads no query syntax, so a
 * reader's words cannot fail), ranked by `ts_rank`, excerpts by `ts_headline` with the same
 * private-use marks as SQLite's `snippet()`.
 */
import { deserialize, serialize } from 'node:v8';
import pg from 'pg';
import { LISTING_COUNT_SQL, LISTING_COUNTS_SQL, listingQuery, prefixEnd, type ListingRow } from './listing-rows.ts';
import { RANKED_WINDOW, searchPagePlan, type SearchSlice } from './search-order.ts';
import { MARK_END, MARK_START, searchTerms } from './search-query.ts';
import type { SearchDocument, Store, StoredEntry, StoredSummary } from './store-types.ts';

/** The text search configuration: Indonesian stemming (`makan` finds `makanan`, `dimakan`). */
export const SEARCH_CONFIG = 'indonesian';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS entries (
  kind text NOT NULL, id text NOT NULL, file text NOT NULL, digest text NOT NULL, data bytea NOT NULL, html text NOT NULL,
  PRIMARY KEY (kind, id));
ALTER TABLE entries ADD COLUMN IF NOT EXISTS stats text NOT NULL DEFAULT '';
CREATE TABLE IF NOT EXISTS removed (id text PRIMARY KEY, removed_at bigint NOT NULL);
CREATE TABLE IF NOT EXISTS front_page (one integer PRIMARY KEY CHECK (one = 1), digest text NOT NULL, data bytea NOT NULL);
CREATE TABLE IF NOT EXISTS meta (key text PRIMARY KEY, value bigint NOT NULL);
INSERT INTO meta (key, value) VALUES ('version', 0) ON CONFLICT DO NOTHING;
CREATE TABLE IF NOT EXISTS search (
  slug text PRIMARY KEY, published bigint NOT NULL, title text NOT NULL, description text NOT NULL, body text NOT NULL,
  document tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('${SEARCH_CONFIG}', title), 'A') ||
    setweight(to_tsvector('${SEARCH_CONFIG}', description), 'B') ||
    setweight(to_tsvector('${SEARCH_CONFIG}', body), 'D')) STORED);
CREATE INDEX IF NOT EXISTS search_document ON search USING gin (document);
CREATE INDEX IF NOT EXISTS search_published ON search (published);
CREATE TABLE IF NOT EXISTS listing_rows (
  listing text COLLATE "C" NOT NULL, slug text COLLATE "C" NOT NULL, published bigint NOT NULL, name text NOT NULL, section text NOT NULL,
  PRIMARY KEY (listing, slug));
CREATE INDEX IF NOT EXISTS listing_rows_order ON listing_rows (listing, published DESC, slug) INCLUDE (name, section);
CREATE INDEX IF NOT EXISTS listing_rows_story ON listing_rows (slug);
`;

const HEADLINE_OPTIONS = `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=32, MinWords=16, MaxFragments=1`;

type Queryable = Pick<pg.PoolClient, 'query'>;
type Row = { id: string; file: string; digest: string; data: Buffer; html: string };
const toEntry = <Data>(row: Row): StoredEntry<Data> => ({ id: row.id, file: row.file, digest: row.digest, html: row.html, data: deserialize(row.data) as Data });

export async function openPostgresStore(url: string, { readOnly = false }: { readOnly?: boolean } = {}): Promise<Store> {
  const pool = new pg.Pool({ connectionString: url, max: 8, connectionTimeoutMillis: 3000 });
  // An idle client that loses its server is dropped, not thrown at the process.
  pool.on('error', () => undefined);
  if (!readOnly) {
    const hadListings = (await pool.query(`SELECT to_regclass('listing_rows') IS NOT NULL AS present`)).rows[0]?.present === true;
    await pool.query(SCHEMA);
    // A store from before the listing rows: its articles are written again by the next sync.
    if (!hadListings) await pool.query(`UPDATE entries SET digest = '' WHERE kind = 'articles'`);
  }
  const placeholder = (index: number) => `$${index}`;
  /** The client of the transaction under way (the sync runs one at a time), else the pool. */
  let inTransaction: { client: pg.PoolClient; dirty: boolean } | undefined;
  const db = (): Queryable => inTransaction?.client ?? pool;
  const write = async (work: (db: Queryable) => Promise<unknown>) => {
    if (inTransaction) {
      inTransaction.dirty = true;
      await work(inTransaction.client);
    } else await store.transaction(async () => void (await write(work)));
  };
  const index = async (client: Queryable, slug: string, search: SearchDocument | undefined) => {
    if (!search) return void (await client.query('DELETE FROM search WHERE slug = $1', [slug]));
    await client.query(
      `INSERT INTO search (slug, published, title, description, body) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (slug) DO UPDATE SET published = excluded.published, title = excluded.title, description = excluded.description, body = excluded.body`,
      [slug, search.publishedAt, search.title, search.description, search.body],
    );
  };
  /** The story's listing rows replaced. */
  const list = async (client: Queryable, slug: string, rows: readonly ListingRow[]) => {
    await client.query('DELETE FROM listing_rows WHERE slug = $1', [slug]);
    if (rows.length === 0) return;
    await client.query(
      `INSERT INTO listing_rows (listing, slug, published, name, section)
       SELECT * FROM unnest($1::text[], $2::text[], $3::bigint[], $4::text[], $5::text[])`,
      [rows.map((row) => row.listing), rows.map((row) => row.slug), rows.map((row) => row.published), rows.map((row) => row.name), rows.map((row) => row.section)],
    );
  };
  const entries = async <Data>(client: Queryable, kind: string) =>
    (await client.query<Row>('SELECT id, file, digest, data, html FROM entries WHERE kind = $1 ORDER BY id COLLATE "C"', [kind])).rows.map((row) => toEntry<Data>(row));
  const summaries = async <Data>(client: Queryable, kind: string): Promise<StoredSummary<Data>[]> =>
    (await client.query<Omit<Row, 'html'>>('SELECT id, file, digest, data FROM entries WHERE kind = $1 ORDER BY id COLLATE "C"', [kind])).rows.map((row) => ({
      id: row.id,
      file: row.file,
      digest: row.digest,
      data: deserialize(row.data) as Data,
    }));
  const version = async (client: Queryable) => Number((await client.query<{ value: string }>(`SELECT value FROM meta WHERE key = 'version'`)).rows[0]!.value);
  const frontPage = async <Data>(client: Queryable) => {
    const row = (await client.query<{ digest: string; data: Buffer }>('SELECT digest, data FROM front_page WHERE one = 1')).rows[0];
    return row ? { digest: row.digest, data: deserialize(row.data) as Data } : undefined;
  };

  const store: Store = {
    version: () => version(db()),
    summaries: (kind) => summaries(db(), kind),
    entries: (kind) => entries(db(), kind),
    html: async (kind, id) => (await db().query<{ html: string }>('SELECT html FROM entries WHERE kind = $1 AND id = $2', [kind, id])).rows[0]?.html,
    entry: async (kind, id) => {
      const row = (await db().query<Row>('SELECT id, file, digest, data, html FROM entries WHERE kind = $1 AND id = $2', [kind, id])).rows[0];
      return row && toEntry(row);
    },
    digests: async (kind, ids) =>
      new Map(
        (
          await db().query<{ id: string; file: string; digest: string; stats: string }>(
            ids ? 'SELECT id, file, digest, stats FROM entries WHERE kind = $1 AND id = ANY($2::text[])' : 'SELECT id, file, digest, stats FROM entries WHERE kind = $1',
            ids ? [kind, ids] : [kind],
          )
        ).rows.map((row) => [row.id, { file: row.file, digest: row.digest, stats: row.stats }]),
      ),
    recordStats: async (kind, id, stats) => void (await db().query('UPDATE entries SET stats = $1 WHERE kind = $2 AND id = $3', [stats, kind, id])),
    put: (kind, entry, search, listings = []) =>
      write(async (client) => {
        await client.query(
          `INSERT INTO entries (kind, id, file, digest, data, html) VALUES ($1, $2, $3, $4, $5, $6)
           ON CONFLICT (kind, id) DO UPDATE SET file = excluded.file, digest = excluded.digest, data = excluded.data, html = excluded.html`,
          [kind, entry.id, entry.file, entry.digest, serialize(entry.data), entry.html],
        );
        if (kind === 'articles') {
          await client.query('DELETE FROM removed WHERE id = $1', [entry.id]);
          await index(client, entry.id, search);
          await list(client, entry.id, listings);
        }
      }),
    remove: (kind, id, at) =>
      write(async (client) => {
        await client.query('DELETE FROM entries WHERE kind = $1 AND id = $2', [kind, id]);
        if (kind === 'articles') {
          await client.query('INSERT INTO removed (id, removed_at) VALUES ($1, $2) ON CONFLICT (id) DO UPDATE SET removed_at = excluded.removed_at', [id, at]);
          await index(client, id, undefined);
          await list(client, id, []);
        }
      }),
    listing: async (query) => {
      const { sql, values, reverse } = listingQuery(query, placeholder);
      const rows = (await db().query<Omit<ListingRow, 'published'> & { published: string }>(sql, values)).rows.map((row) => ({ ...row, published: Number(row.published) }));
      return reverse ? rows.reverse() : rows;
    },
    listingCount: async (listing, until) => Number((await db().query<{ total: string }>(LISTING_COUNT_SQL(placeholder), [listing, until])).rows[0]!.total),
    listingCounts: async (prefix, until) =>
      new Map(
        (await db().query<{ listing: string; total: string }>(LISTING_COUNTS_SQL(placeholder), [prefix, prefixEnd(prefix), until])).rows.map((row) => [
          row.listing,
          Number(row.total),
        ]),
      ),
    articleSummaries: async <Data>(slugs: readonly string[]) => {
      if (slugs.length === 0) return [];
      const rows = (await db().query<Omit<Row, 'html'>>(`SELECT id, file, digest, data FROM entries WHERE kind = 'articles' AND id = ANY($1::text[])`, [slugs])).rows;
      const byId = new Map(rows.map((row) => [row.id, row]));
      return slugs.flatMap((slug) => {
        const row = byId.get(slug);
        return row ? [{ id: row.id, file: row.file, digest: row.digest, data: deserialize(row.data) as Data }] : [];
      });
    },
    removedAt: async (id) => {
      const row = (await db().query<{ removed_at: string }>('SELECT removed_at FROM removed WHERE id = $1', [id])).rows[0];
      return row ? Number(row.removed_at) : undefined;
    },
    frontPage: () => frontPage(db()),
    setFrontPage: (value) =>
      write(async (client) => {
        if (value)
          await client.query('INSERT INTO front_page (one, digest, data) VALUES (1, $1, $2) ON CONFLICT (one) DO UPDATE SET digest = excluded.digest, data = excluded.data', [
            value.digest,
            serialize(value.data),
          ]);
        else await client.query('DELETE FROM front_page');
      }),
    search: async (input, { until, limit, offset }) => {
      const words = searchTerms(input).join(' ');
      if (!words) return { total: 0, hits: [] };
      const upTo = until ?? Number.MAX_SAFE_INTEGER;
      const client = db();
      const matches = `FROM search, plainto_tsquery('${SEARCH_CONFIG}', $1) AS query WHERE document @@ query AND published <= $2`;
      const total = Number((await client.query<{ total: string }>(`SELECT count(*) AS total ${matches}`, [words, upTo])).rows[0]!.total);
      if (total === 0 || offset >= total) return { total, hits: [] };
      // The newest matches by rank, the older ones by date (./search-order.ts); ts_headline for the page's rows alone.
      const plan = searchPagePlan(offset, limit);
      const newestFirst = 'published DESC, slug DESC';
      const page = async (chosen: string, order: string, slice: SearchSlice) =>
        (
          await client.query<{ slug: string; published: string; title: string; excerpt: string }>(
            `SELECT slug, published, title, ts_headline('${SEARCH_CONFIG}', body, query, $5) AS excerpt
             FROM (${chosen} LIMIT $3 OFFSET $4) AS chosen ORDER BY ${order}`,
            [words, upTo, slice.limit, slice.offset, HEADLINE_OPTIONS],
          )
        ).rows;
      const rows = [
        ...(plan.ranked
          ? await page(
              `SELECT *, ts_rank(document, query) AS rank FROM (SELECT slug, published, title, body, document, query ${matches} ORDER BY ${newestFirst} LIMIT ${RANKED_WINDOW}) AS newest
               ORDER BY rank DESC, ${newestFirst}`,
              `rank DESC, ${newestFirst}`,
              plan.ranked,
            )
          : []),
        ...(plan.dated && total > plan.dated.offset ? await page(`SELECT slug, published, title, body, query ${matches} ORDER BY ${newestFirst}`, newestFirst, plan.dated) : []),
      ];
      return { total, hits: rows.map((row) => ({ slug: row.slug, title: row.title, excerpt: row.excerpt, publishedAt: Number(row.published) })) };
    },
    transaction: async (work) => {
      if (inTransaction) return work();
      const client = await pool.connect();
      inTransaction = { client, dirty: false };
      try {
        await client.query('BEGIN');
        const result = await work();
        if (inTransaction.dirty) await client.query(`UPDATE meta SET value = value + 1 WHERE key = 'version'`);
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        inTransaction = undefined;
        client.release();
      }
    },
    close: () => pool.end(),
  };
  return store;
}
