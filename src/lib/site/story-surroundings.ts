/**
 * What surrounds a story on its page, read from the store's listing rows a few rows at a time
 * (server mode: src/lib/store/listing-rows.ts) instead of from the whole site's index: its
 * section and topics as named, "Berita terkait" (src/lib/site/more-stories.ts), its neighbours in
 * its section, the stories its related links name by headline, and whether it gets a social card
 * of its own. The same answers as src/lib/site/site-index.ts gives a build
 * (tests/unit/site/story-surroundings.test.ts), in a fixed number of short reads whatever the
 * archive's size.
 */
import { LISTING, type ListingQuery, type ListingRow } from '../store/listing-rows.ts';
import { compareNewestFirst } from '../utils/ordering.ts';
import { titleKey } from '../utils/related.ts';
import { nameSlug } from '../utils/slug.ts';
import { FILL_POOL, pickMoreStories, RELATED_LOOK_BACK } from './more-stories.ts';
import type { TopicName } from './site-index.ts';

export interface ListingReader {
  listing(query: ListingQuery): Promise<ListingRow[]>;
}

export interface SurroundedStory {
  slug: string;
  section: string;
  tags: readonly string[];
  date: { time: number };
  related: readonly { title: string; url?: string | undefined }[];
}

export interface StorySurroundings {
  section: TopicName;
  tags: TopicName[];
  /** Slugs, best first. */
  moreStories: string[];
  /** The older and the newer story of its section. */
  previous?: string | undefined;
  next?: string | undefined;
  /** The story a related link without a URL names, by its headline key (the oldest shown of that headline, as a build's map keeps it). */
  relatedByTitle: Map<string, string>;
  /** Whether the story is among the newest `ownCardLimit` shown. */
  amongNewest: boolean;
}

export interface SurroundingsOptions {
  /** Stories dated up to this moment are shown. */
  until: number;
  /** How many of the newest stories get a card of their own (src/lib/social/share-image.ts). */
  ownCardLimit: number;
}

const datedRow = (row: ListingRow) => ({ slug: row.slug, date: { time: row.published } });

/** The name a listing has in its newest shown story; the slug itself should none be shown (never, for a shown story's own listings). */
export async function topicName(reader: ListingReader, listing: string, slug: string, until: number): Promise<TopicName> {
  const [newest] = await reader.listing({ listing, until, range: { offset: 0, limit: 1 } });
  return { name: newest?.name ?? slug, slug };
}

/** Whether a shown story is among the newest `limit` shown (which get a social card of their own: src/lib/social/share-image.ts). */
export async function isAmongNewest(reader: ListingReader, story: { slug: string; date: { time: number } }, until: number, limit: number): Promise<boolean> {
  if (!Number.isFinite(limit)) return true;
  if (limit < 1) return false;
  // The limit-th newest story: one row read, however many are skipped to it.
  const [last] = await reader.listing({ listing: LISTING.home, until, range: { offset: limit - 1, limit: 1 } });
  return !last || compareNewestFirst(story, datedRow(last)) <= 0;
}

export async function storySurroundings(reader: ListingReader, story: SurroundedStory, { until, ownCardLimit }: SurroundingsOptions): Promise<StorySurroundings> {
  const self = { published: story.date.time, slug: story.slug };
  const beside = (listing: string, direction: 'older' | 'newer', limit: number) => reader.listing({ listing, until, range: { beside: self, direction, limit } });
  const sectionSlug = nameSlug(story.section);
  const tagSlugs = [...new Set(story.tags.map(nameSlug))];
  const titleKeys = [...new Set(story.related.filter((link) => !link.url).map((link) => titleKey(link.title)))];
  const [section, tags, tagRuns, sectionOlder, sectionNewer, siteOlder, siteNewer, related, newer] = await Promise.all([
    topicName(reader, LISTING.section(sectionSlug), sectionSlug, until),
    Promise.all(tagSlugs.map((slug) => topicName(reader, LISTING.topic(slug), slug, until))),
    Promise.all(tagSlugs.map((slug) => beside(LISTING.topic(slug), 'older', RELATED_LOOK_BACK))),
    beside(LISTING.section(sectionSlug), 'older', FILL_POOL),
    beside(LISTING.section(sectionSlug), 'newer', 1),
    beside(LISTING.home, 'older', FILL_POOL),
    beside(LISTING.home, 'newer', FILL_POOL),
    Promise.all(titleKeys.map((key) => reader.listing({ listing: LISTING.title(key), until, range: { offset: 0, limit: 1, fromOldest: true } }))),
    isAmongNewest(reader, story, until, ownCardLimit),
  ]);

  // The stories read, as positions in one newest-first order (the site's order, restricted to them).
  const rows = new Map<string, ListingRow>();
  for (const row of [...tagRuns.flat(), ...sectionOlder, ...siteOlder, ...siteNewer]) if (!rows.has(row.slug)) rows.set(row.slug, row);
  const ordered = [...rows.values()].sort((a, b) => compareNewestFirst(datedRow(a), datedRow(b)));
  const position = new Map(ordered.map((row, index) => [row.slug, index]));
  const sectionNumbers = new Map<string, number>([[story.section, 0]]);
  const sectionAt = (at: number) => {
    const name = ordered[at]!.section;
    if (!sectionNumbers.has(name)) sectionNumbers.set(name, sectionNumbers.size);
    return sectionNumbers.get(name)!;
  };
  const positionsOf = (list: readonly ListingRow[]) => list.map((row) => position.get(row.slug)!);
  const picked = pickMoreStories({
    tagRuns: tagRuns.map(positionsOf),
    sectionAt,
    ownSection: 0,
    counts: new Uint16Array(ordered.length),
    pools: [positionsOf(sectionOlder), positionsOf(siteOlder), positionsOf(siteNewer)],
  });

  const relatedByTitle = new Map<string, string>();
  titleKeys.forEach((key, index) => {
    const found = related[index]![0];
    if (found) relatedByTitle.set(key, found.slug);
  });
  return {
    section,
    tags,
    moreStories: picked.map((at) => ordered[at]!.slug),
    previous: sectionOlder[0]?.slug,
    next: sectionNewer[0]?.slug,
    relatedByTitle,
    amongNewest: newer,
  };
}
