/**
 * The content source of server mode: the store that `npm run server:sync` writes, SQLite or
 * PostgreSQL (src/lib/store/store.ts). Entries look as the content collections' do, so pages
 * treat them alike, but for a story's body, which its page reads (`articleHtml`) instead of
 * every story's being held in memory; they are read again only
 * when a sync has changed the store, and until then the same objects are handed out
 * (src/data/articles.ts keeps what it derives from them for as long).
 */
import { resolve } from 'node:path';
import { StoreUnavailableError } from '../../lib/hosting/unavailable-page.ts';
import { settings } from '../../lib/settings.ts';
import { isPostgresUrl, openStore, shownLocation, type Store, type StoredSummary } from '../../lib/store/store.ts';
import type { FrontPageEntryData } from '../../loaders/front-page.ts';
import type { ArticleEntry, AuthorEntry, ContentSource } from '../source-types.ts';

const location = isPostgresUrl(settings.storePath) ? settings.storePath : resolve(settings.storePath);

let store: Promise<Store> | undefined;

/** A read through the store, opened on first use and again after a failure (a store that cannot be read answers 503). */
async function read<Value>(work: (store: Store) => Promise<Value>): Promise<Value> {
  const opened = (store ??= openStore(location, { readOnly: true }));
  try {
    return await work(await opened);
  } catch (error) {
    if (store === opened) {
      store = undefined;
      void opened.then((failed) => failed.close()).catch(() => undefined);
    }
    throw new StoreUnavailableError(shownLocation(settings.storePath), error);
  }
}

const articlesFolder = `${settings.contentDir.replace(/\/+$/, '')}/articles`;
const authorsFolder = `${settings.contentDir.replace(/\/+$/, '')}/authors`;

interface Entries {
  version: number;
  articles: ArticleEntry[];
  authors: AuthorEntry[];
  frontPage: FrontPageEntryData | undefined;
}
let entries: Promise<Entries> | undefined;
let entriesVersion: number | undefined;

/** An entry as the collections give it; a story's without `rendered`, its body being read for its page alone. */
const toEntry = <Entry>(collection: string, folder: string, entry: StoredSummary<unknown> & { html?: string }) =>
  ({
    id: entry.id,
    collection,
    data: entry.data,
    digest: entry.digest,
    filePath: `${folder}/${entry.file}`,
    ...(entry.html === undefined ? {} : { rendered: { html: entry.html } }),
  }) as Entry;

/** The entries of the store's current version, read once per version however many requests ask at once. */
async function current(): Promise<Entries> {
  const version = await read((db) => db.version());
  if (entries && entriesVersion === version) return entries;
  entriesVersion = version;
  const loading = read(async (db) => {
    // One consistent read: the three parts of the store as one sync left them.
    const snapshot = await db.snapshot<unknown, unknown, FrontPageEntryData>();
    return {
      version: snapshot.version,
      articles: snapshot.articles.map((entry) => toEntry<ArticleEntry>('articles', articlesFolder, entry)),
      authors: snapshot.authors.map((entry) => toEntry<AuthorEntry>('authors', authorsFolder, entry)),
      frontPage: snapshot.frontPage?.data,
    };
  });
  entries = loading;
  loading.catch(() => {
    if (entries === loading) entries = entriesVersion = undefined;
  });
  return loading;
}

export const source: ContentSource = {
  live: true,
  version: () => read((db) => db.version()),
  articles: async () => (await current()).articles,
  // The body of the current version: a sync between the snapshot and this read shows the newer
  // body under the older headline until the next request reads the new version.
  articleHtml: (entry) => read((db) => db.html('articles', entry.id)),
  authors: async () => (await current()).authors,
  frontPage: async () => (await current()).frontPage,
  removedAt: (slug) => read((db) => db.removedAt(slug)),
  search: (input, options) => read((db) => db.search(input, options)),
};
