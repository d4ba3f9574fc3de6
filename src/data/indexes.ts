/**
 * What the index pages list (`/rubrik/`, `/topik/`, `/arsip/`, `/penulis/`): each section, tag,
 * month or profile with its number of shown stories. A build counts the site's index; a server
 * counts the store's listing rows (src/lib/store/listing-rows.ts), once per store version, and
 * names each topic as its newest shown story writes it, as the build does.
 */
import { compareProfileNames } from '../lib/site/authors.ts';
import { compareTopicNames } from '../lib/site/site-index.ts';
import { topicName } from '../lib/site/story-surroundings.ts';
import { LISTING, LISTING_PREFIX } from '../lib/store/listing-rows.ts';
import { getSiteIndex, shownUntil } from './articles.ts';
import { getAuthorIndex, getProfiles } from './authors.ts';
import { perVersion, type ContentSource, type PageReads } from './source.ts';

/** A topic (or a profile) as an index lists it. */
export interface CountedTopic {
  name: string;
  slug: string;
  count: number;
}

export interface CountedMonth {
  year: number;
  /** 1–12. */
  month: number;
  count: number;
}

/** The listings of a kind in the store, by their slug (the key after its prefix), with their counts. */
async function countsOf(pages: PageReads, prefix: string): Promise<Map<string, number>> {
  const counts = await pages.listingCounts(prefix, await shownUntil());
  return new Map([...counts].map(([listing, count]) => [listing.slice(prefix.length), count]));
}

/** The topics of a kind from the store, named and sorted as the build's index names and sorts them. */
async function storedTopics(pages: PageReads, listing: (slug: string) => string): Promise<CountedTopic[]> {
  const until = await shownUntil();
  const counts = await countsOf(pages, listing(''));
  const topics = await Promise.all([...counts].map(async ([slug, count]) => ({ ...(await topicName(pages, listing(slug), slug, until)), count })));
  return topics.sort(compareTopicNames);
}

/** A value made from the store's listings in server mode, from the site's index otherwise. */
function fromEither<Value>(fromIndex: () => Promise<Value>, fromStore: (pages: PageReads) => Promise<Value>): () => Promise<Value> {
  return perVersion((source: ContentSource) => (source.pages ? fromStore(source.pages) : fromIndex()));
}

export const getSectionIndex = fromEither(
  async () => (await getSiteIndex()).sections.map(({ name, slug, articles }) => ({ name, slug, count: articles.length })),
  (pages) => storedTopics(pages, LISTING.section),
);

export const getTagIndex = fromEither(
  async () => (await getSiteIndex()).tags.map(({ name, slug, articles }) => ({ name, slug, count: articles.length })),
  (pages) => storedTopics(pages, LISTING.topic),
);

/** The months with stories, newest first. */
export const getMonthIndex = fromEither<CountedMonth[]>(
  async () => (await getSiteIndex()).months.map(({ year, month, articles }) => ({ year, month, count: articles.length })),
  async (pages) =>
    [...(await countsOf(pages, LISTING_PREFIX.month))]
      .map(([key, count]) => {
        const [year, month] = key.split('-').map(Number);
        return { year: year!, month: month!, count };
      })
      .sort((a, b) => b.year - a.year || b.month - a.month),
);

/** Every profile, by name, with its number of stories (none too). */
export const getAuthorList = fromEither<CountedTopic[]>(
  async () => (await getAuthorIndex()).authors.map(({ profile, articles }) => ({ name: profile.name, slug: profile.slug, count: articles.length })),
  async (pages) => {
    const [profiles, counts] = await Promise.all([getProfiles(), countsOf(pages, LISTING_PREFIX.author)]);
    return [...profiles].sort(compareProfileNames).map((profile) => ({ name: profile.name, slug: profile.slug, count: counts.get(profile.name) ?? 0 }));
  },
);
