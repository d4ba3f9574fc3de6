/**
 * The content source of server mode: the SQLite store that `npm run server:sync` writes
 * (src/lib/store). Entries look as the content collections' do, `rendered.html` and all, so
 * pages and `render()` treat them alike; they are read again only when a sync has changed the
 * store, and until then the same objects are handed out (src/data/articles.ts keeps what it
 * derives from them for as long).
 */
import { resolve } from 'node:path';
import { StoreUnavailableError } from '../../lib/hosting/unavailable-page.ts';
import { settings } from '../../lib/settings.ts';
import { openSqliteStore, type ContentStore } from '../../lib/store/sqlite-store.ts';
import type { FrontPageEntryData } from '../../loaders/front-page.ts';
import type { ArticleEntry, AuthorEntry, ContentSource } from '../source-types.ts';

let store: ContentStore | undefined;
/** The store, opened on first use and again after a failure (a missing or broken file answers 503). */
function openStore(): ContentStore {
  return (store ??= openSqliteStore(resolve(settings.storePath), { readOnly: true }));
}

/** A read that failed closes the store, so that the next request opens it again. */
function read<Value>(work: (store: ContentStore) => Value): Value {
  try {
    return work(openStore());
  } catch (error) {
    store?.close();
    store = undefined;
    throw new StoreUnavailableError(settings.storePath, error);
  }
}

const articlesFolder = `${settings.contentDir.replace(/\/+$/, '')}/articles`;
const authorsFolder = `${settings.contentDir.replace(/\/+$/, '')}/authors`;

let entries: { version: number; articles: ArticleEntry[]; authors: AuthorEntry[]; frontPage: FrontPageEntryData | undefined } | undefined;

function current() {
  return read((db) => {
    const version = db.version();
    if (entries?.version === version) return entries;
    // One read transaction: the three parts of the store as one sync left them.
    return db.transaction(() => {
      const toEntry = <Entry>(collection: string, folder: string, entry: ReturnType<ContentStore['entries']>[number]) =>
        ({ id: entry.id, collection, data: entry.data, digest: entry.digest, filePath: `${folder}/${entry.file}`, rendered: { html: entry.html } }) as Entry;
      entries = {
        version,
        articles: db.entries('articles').map((entry) => toEntry<ArticleEntry>('articles', articlesFolder, entry)),
        authors: db.entries('authors').map((entry) => toEntry<AuthorEntry>('authors', authorsFolder, entry)),
        frontPage: db.frontPage<FrontPageEntryData>()?.data,
      };
      return entries;
    });
  });
}

export const source: ContentSource = {
  live: true,
  version: () => read((db) => db.version()),
  articles: async () => current().articles,
  authors: async () => current().authors,
  frontPage: async () => current().frontPage,
  removedAt: (slug) => read((db) => db.removedAt(slug)),
  search: (match, options) => read((db) => db.search(match, options)),
};
