/** The content source's interface (./source.ts), apart so that the sources can name it. */
import type { CollectionEntry } from 'astro:content';
import type { LoadedArticleData } from '../lib/content/load-article.ts';
import type { AuthorProfile } from '../lib/content/load-author.ts';
import type { ListingQuery, ListingRow, SearchOptions, SearchResult } from '../lib/store/store.ts';
import type { FrontPageEntryData } from '../loaders/front-page.ts';

export type ArticleEntry = CollectionEntry<'articles'> & { data: LoadedArticleData };
export type AuthorEntry = CollectionEntry<'authors'> & { data: AuthorProfile };

/**
 * Server mode's reads of one page's worth (src/lib/store/listing-rows.ts): a page reads the
 * stories it shows, never every story, so a server's memory and a page's time do not grow with
 * the archive.
 */
export interface PageReads {
  listing(query: ListingQuery): Promise<ListingRow[]>;
  listingCount(listing: string, until: number): Promise<number>;
  /** The listings whose keys start with `prefix` (src/lib/store/listing-rows.ts's LISTING), with their numbers of stories shown by `until`. */
  listingCounts(prefix: string, until: number): Promise<Map<string, number>>;
  /** The entries of these slugs (drafts too), without their bodies, in the order given; a slug not there is left out. */
  articles(slugs: readonly string[]): Promise<ArticleEntry[]>;
}

export interface ContentSource {
  /** Whether the content changes while the process runs (server mode): results are kept per version. */
  readonly live: boolean;
  /** Changes whenever the content does; constant for a build. */
  version(): Promise<number>;
  /**
   * Every article entry, shown or not (and in `astro dev`, the problem entries of broken files).
   * In server mode without `rendered` (a page asks `articleHtml` for its own body), and read only
   * by the pages that list the whole archive (indexes, feeds, sitemaps).
   */
  articles(): Promise<ArticleEntry[]>;
  /** An article's body as sanitized HTML; undefined when the story is no longer there. */
  articleHtml(entry: ArticleEntry): Promise<string | undefined>;
  authors(): Promise<AuthorEntry[]>;
  frontPage(): Promise<FrontPageEntryData | undefined>;
  /** When a story that is no longer there was removed (server mode's 410), if it was. */
  removedAt(slug: string): Promise<number | undefined>;
  /** One page's worth of reads (server mode); undefined where pages come from every story's entry (a build, `astro dev`). */
  readonly pages?: PageReads | undefined;
  /** Full-text search for a reader's words (server mode's store); undefined where the pages use Pagefind instead. */
  search(input: string, options: SearchOptions): Promise<SearchResult | undefined>;
}
