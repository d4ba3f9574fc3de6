/**
 * The content source of server mode: the store that `npm run server:sync` writes, SQLite or
 * PostgreSQL (src/lib/store/store.ts). Entries look as the content collections' do, so pages
 * treat them alike, but for a story's body, which its page reads (`articleHtml`) instead of
 * every story's being held in memory. Pages read their own stories (`pages`); what is read whole
 * (every story for the sitemaps, the profiles, the front page's file) is read here on every call,
 * and src/data keeps what it derives from it per store version (`perVersion` in ../source.ts).
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
const toArticle = (entry: StoredSummary<unknown>) => toEntry<ArticleEntry>('articles', articlesFolder, entry);

export const source: ContentSource = {
  live: true,
  pages: {
    listing: (query) => read((db) => db.listing(query)),
    listingCount: (listing, until) => read((db) => db.listingCount(listing, until)),
    listingCounts: (prefix, until) => read((db) => db.listingCounts(prefix, until)),
    articles: async (slugs) => (await read((db) => db.articleSummaries(slugs))).map(toArticle),
  },
  version: () => read((db) => db.version()),
  // Every story's entry, for the sitemaps alone: the one kind of page that lists the whole archive.
  articles: async () => (await read((db) => db.summaries('articles'))).map(toArticle),
  // The body of the current version: a sync between the entry's read and this one shows the newer
  // body under the older headline until the next request reads the new version.
  articleHtml: (entry) => read((db) => db.html('articles', entry.id)),
  authors: async () => (await read((db) => db.entries('authors'))).map((entry) => toEntry<AuthorEntry>('authors', authorsFolder, entry)),
  frontPage: async () => (await read((db) => db.frontPage<FrontPageEntryData>()))?.data,
  removedAt: (slug) => read((db) => db.removedAt(slug)),
  search: (input, options) => read((db) => db.search(input, options)),
};
