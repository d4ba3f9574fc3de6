/**
 * The server mode's content store: stories, author profiles and the front page's settings in
 * one SQLite file (`node:sqlite`, built into Node 24), written by the sync command
 * (src/lib/store/sync.ts) and read by the running server (src/data/sources/sqlite.ts).
 * Entries are kept as the content store of a build keeps them: the validated data (serialized
 * with `node:v8`, so dates stay dates) and the rendered HTML. Every write bumps a version, so a
 * reader asks one cheap question per request and reloads only after a sync.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { deserialize, serialize } from 'node:v8';

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

export interface StoredFrontPage<Data> {
  digest: string;
  data: Data;
}

export type EntryKind = 'articles' | 'authors';

/** The store's reading and writing side, whichever database holds it. */
export interface ContentStore {
  /** Changes with every committed write. */
  version(): number;
  entries<Data>(kind: EntryKind): StoredEntry<Data>[];
  digests(kind: EntryKind): Map<string, { file: string; digest: string }>;
  put<Data>(kind: EntryKind, entry: StoredEntry<Data>): void;
  /** Removes a slug; an article is remembered as removed (for 410), until it comes back. */
  remove(kind: EntryKind, id: string, at: number): void;
  /** When the article was removed, if it was and has not come back. */
  removedAt(id: string): number | undefined;
  frontPage<Data>(): StoredFrontPage<Data> | undefined;
  setFrontPage<Data>(value: StoredFrontPage<Data> | undefined): void;
  /** Runs `work` as one transaction: readers see all of it or none, and the version moves once. */
  transaction<Result>(work: () => Result): Result;
  close(): void;
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS entries (
  kind TEXT NOT NULL,
  id TEXT NOT NULL,
  file TEXT NOT NULL,
  digest TEXT NOT NULL,
  data BLOB NOT NULL,
  html TEXT NOT NULL,
  PRIMARY KEY (kind, id)
) STRICT;
CREATE TABLE IF NOT EXISTS removed (id TEXT PRIMARY KEY, removed_at INTEGER NOT NULL) STRICT;
CREATE TABLE IF NOT EXISTS front_page (one INTEGER PRIMARY KEY CHECK (one = 1), digest TEXT NOT NULL, data BLOB NOT NULL) STRICT;
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value INTEGER NOT NULL) STRICT;
INSERT OR IGNORE INTO meta (key, value) VALUES ('version', 0);
`;

export interface OpenOptions {
  /** Opened for reading only (the server): a missing file is an error, not a new store. */
  readOnly?: boolean;
}

/** Opens (and for writing, creates) the store at `path`. */
export function openSqliteStore(path: string, { readOnly = false }: OpenOptions = {}): ContentStore {
  if (!readOnly && path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new DatabaseSync(path, { readOnly });
  if (!readOnly) {
    // Readers keep reading while a sync writes (write-ahead log).
    db.exec('PRAGMA journal_mode = WAL');
    db.exec(SCHEMA);
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
    try {
      const result = work();
      if (dirty) bump();
      db.exec('COMMIT');
      return result;
    } catch (error) {
      db.exec('ROLLBACK');
      throw error;
    } finally {
      depth = 0;
    }
  };
  return {
    version: () => Number((versionQuery.get() as { value: number | bigint }).value),
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
    digests: (kind) =>
      new Map(
        (db.prepare('SELECT id, file, digest FROM entries WHERE kind = ?').all(kind) as { id: string; file: string; digest: string }[]).map((row) => [
          row.id,
          { file: row.file, digest: row.digest },
        ]),
      ),
    put: (kind, entry) =>
      write(() => {
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
