/**
 * Server mode's search results for `/cari/?q=…&halaman=…`, from the content source's full-text
 * index (SQLite FTS5: src/lib/store/sqlite-store.ts), a page of 20 at a time with the number of
 * every match. The reader's words never reach FTS5 as query syntax (src/lib/store/search-query.ts).
 */
import { settings } from '../lib/settings.ts';
import { excerptParts, SEARCH_PAGE_SIZE, type ExcerptPart } from '../lib/store/search-query.ts';
import { shownUntil } from './articles.ts';
import { routes } from './site.ts';
import { contentSource } from './source.ts';

export interface SearchResultItem {
  url: string;
  title: string;
  excerpt: ExcerptPart[];
}

export interface SearchResults {
  /** Every story that matches, not only this page's. */
  total: number;
  /** This page, from 1. */
  page: number;
  pageCount: number;
  /** The place of this page's first result among all, from 1. */
  first: number;
  items: SearchResultItem[];
}

/** Undefined where search is not the server's (a static build: Pagefind). */
export async function searchStories(input: string, page: number): Promise<SearchResults | undefined> {
  if (settings.mode !== 'server') return undefined;
  const source = await contentSource();
  const offset = (page - 1) * SEARCH_PAGE_SIZE;
  // Found up to the moment the pages show stories to: a scheduled story is found from when its
  // page is served, not earlier (src/data/articles.ts).
  const found = await source.search(input, { until: await shownUntil(), limit: SEARCH_PAGE_SIZE, offset });
  if (!found) return undefined;
  return {
    total: found.total,
    page,
    pageCount: Math.ceil(found.total / SEARCH_PAGE_SIZE),
    first: offset + 1,
    items: found.hits.map((hit) => ({ url: routes.article(hit.slug), title: hit.title, excerpt: excerptParts(hit.excerpt) })),
  };
}
