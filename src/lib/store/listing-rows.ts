/**
 * The listings a stored story is in, one row each, so that server mode reads a listing a page
 * at a time instead of holding every story (docs/decisions/018-server-mode.md). The sync writes a
 * story's rows in the same transaction as the story (./sqlite-store.ts, ./postgres-store.ts);
 * a page reads them in the build's order, newest first and then by slug
 * (src/lib/utils/ordering.ts), from an index on `(listing, published DESC, slug)`.
 *
 * A row holds the name the listing has in that story as written (a section or tag is named as
 * its newest shown story writes it: src/lib/site/site-index.ts) and the story's section as
 * written ("Berita terkait" prefers the same section: src/lib/site/more-stories.ts).
 */
import { monthOf } from '../utils/month.ts';
import { titleKey } from '../utils/related.ts';
import { nameSlug } from '../utils/slug.ts';
import type { ArticleDate } from '../utils/dates.ts';

/** The start of each kind of listing's keys: a kind's listings are one range of the index. */
export const LISTING_PREFIX = { section: 's:', topic: 't:', author: 'a:', month: 'm:', title: 'k:', anySection: 'x:' } as const;

/** A listing's key in the rows. */
export const LISTING = {
  /** Every shown story: the home river. */
  home: '',
  section: (slug: string) => `${LISTING_PREFIX.section}${slug}`,
  topic: (slug: string) => `${LISTING_PREFIX.topic}${slug}`,
  /** A byline as written: a profile's page lists the stories with its name. */
  author: (name: string) => `${LISTING_PREFIX.author}${name}`,
  month: (year: number, month: number) => `${LISTING_PREFIX.month}${year}-${month}`,
  /** Stories by headline as readers compare them (src/lib/utils/related.ts): a related link without a URL. */
  title: (key: string) => `${LISTING_PREFIX.title}${key}`,
  /** A section of any story, drafts included: tells content/front-page.yaml's hidden section from a typo. */
  anySection: (slug: string) => `${LISTING_PREFIX.anySection}${slug}`,
} as const;

export interface ListingRow {
  listing: string;
  slug: string;
  /** The story's date, ms since the epoch. */
  published: number;
  /** The listing's name as this story writes it (empty where a listing has none of its own). */
  name: string;
  /** The story's section as written. */
  section: string;
}

export interface ListedStory {
  slug: string;
  section: string;
  tags: readonly string[];
  authors: readonly string[];
  title: string;
  draft: boolean;
  date: ArticleDate;
}

/** The rows of one story. A draft is in no listing but `anySection`; a scheduled story is, and pages read up to their moment. */
export function listingRows(story: ListedStory, timeZone: string): ListingRow[] {
  const row = (listing: string, name = '') => ({ listing, slug: story.slug, published: story.date.time, name, section: story.section });
  const sectionSlug = nameSlug(story.section);
  if (story.draft) return [row(LISTING.anySection(sectionSlug))];
  const { year, month } = monthOf(story.date, timeZone);
  const rows = [row(LISTING.anySection(sectionSlug)), row(LISTING.home), row(LISTING.section(sectionSlug), story.section), row(LISTING.month(year, month))];
  // A tag once per slug, named as the story first writes it ("Rusia" and "rusia" are one topic).
  const tags = new Map<string, string>();
  for (const tag of story.tags) if (!tags.has(nameSlug(tag))) tags.set(nameSlug(tag), tag);
  for (const [slug, name] of tags) rows.push(row(LISTING.topic(slug), name));
  for (const name of new Set(story.authors)) rows.push(row(LISTING.author(name), name));
  rows.push(row(LISTING.title(titleKey(story.title))));
  return rows;
}

/** Where a read of a listing starts, in its newest-first order. */
export type ListingRange =
  /** `offset` rows from the newest (or, with `fromOldest`, from the oldest: the rows come newest first all the same). */
  | { offset: number; limit: number; fromOldest?: boolean }
  /** The rows right after (older) or before (newer) a story, nearest first. */
  | { beside: { published: number; slug: string }; direction: 'older' | 'newer'; limit: number };

/** A read of one listing up to a moment: what shows by then. */
export interface ListingQuery {
  listing: string;
  /** Stories dated up to this moment (ms since the epoch). */
  until: number;
  range: ListingRange;
}

/**
 * The SQL of a listing read, the same for SQLite and PostgreSQL (whose `slug` column is
 * `COLLATE "C"`, so both compare slugs by code unit). `placeholder(n)` writes the n-th parameter
 * (`?` or `$n`). Rows come in the order they are read; `reverse` says to turn them newest first.
 */
export function listingQuery({ listing, until, range }: ListingQuery, placeholder: (index: number) => string): { sql: string; values: (string | number)[]; reverse: boolean } {
  // Older rows than a story are up to its moment: one upper bound, so that the index starts
  // there (with two, SQLite ranged on the moment the page shows and walked every newer row).
  const upTo = 'beside' in range && range.direction === 'older' ? Math.min(until, range.beside.published) : until;
  const values: (string | number)[] = [listing, upTo];
  const next = (value: string | number) => {
    values.push(value);
    return placeholder(values.length);
  };
  const columns = 'listing, slug, published, name, section';
  let where = `listing = ${placeholder(1)} AND published <= ${placeholder(2)}`;
  let order: string;
  let reverse = false;
  if ('offset' in range) {
    reverse = range.fromOldest === true;
    order = reverse ? 'published ASC, slug DESC' : 'published DESC, slug ASC';
    order += ` LIMIT ${next(range.limit)} OFFSET ${next(range.offset)}`;
  } else {
    const { published, slug } = range.beside;
    if (range.direction === 'older') {
      // The OR settles same-moment stories.
      where += ` AND (published < ${next(published)} OR slug > ${next(slug)})`;
      order = 'published DESC, slug ASC';
    } else {
      where += ` AND published >= ${next(published)} AND (published > ${next(published)} OR slug < ${next(slug)})`;
      order = 'published ASC, slug DESC';
    }
    order += ` LIMIT ${next(range.limit)}`;
  }
  return { sql: `SELECT ${columns} FROM listing_rows WHERE ${where} ORDER BY ${order}`, values, reverse };
}

/** The SQL that counts a listing's rows up to a moment. */
export const LISTING_COUNT_SQL = (placeholder: (index: number) => string) =>
  `SELECT count(*) AS total FROM listing_rows WHERE listing = ${placeholder(1)} AND published <= ${placeholder(2)}`;

/** The listings whose keys start with `prefix`, each with its number of rows up to a moment, in key order (sections, topics, months, bylines). */
export const LISTING_COUNTS_SQL = (placeholder: (index: number) => string) =>
  `SELECT listing, count(*) AS total FROM listing_rows WHERE listing >= ${placeholder(1)} AND listing < ${placeholder(2)} AND published <= ${placeholder(3)} GROUP BY listing ORDER BY listing`;

/** The end of the key range that starts with `prefix`: every key with the prefix sorts below it. */
export const prefixEnd = (prefix: string) => prefix.slice(0, -1) + String.fromCharCode(prefix.charCodeAt(prefix.length - 1) + 1);
