/**
 * Cache tags of server mode: what a publish must purge. A story's tags name the story and every
 * listing it appears on (its section, topics and authors, the front page, the other listing
 * pages: archive, numbered pages, feeds, sitemaps), so one sync purges exactly the pages the
 * story was or is on. The same strings are what a CDN's purge API takes (Fastly surrogate keys,
 * Cloudflare cache tags: docs/hosting/server.md).
 */
import { nameSlug } from '../utils/slug.ts';

export const FRONT_TAG = 'front';
export const LISTINGS_TAG = 'listings';

export const storyTag = (slug: string) => `story:${slug}`;
export const sectionTag = (name: string) => `section:${nameSlug(name)}`;
export const topicTag = (name: string) => `topic:${nameSlug(name)}`;
export const authorTag = (slug: string) => `author:${slug}`;

/** What of a story decides where it is listed. */
export interface TaggedStory {
  slug: string;
  section: string;
  tags?: readonly string[] | undefined;
  authors?: readonly string[] | undefined;
}

/** The tags of a story's page and of every page that lists it. */
export function storyTags(story: TaggedStory): string[] {
  return [
    storyTag(story.slug),
    sectionTag(story.section),
    ...(story.tags ?? []).map(topicTag),
    ...(story.authors ?? []).map((name) => authorTag(nameSlug(name))),
    FRONT_TAG,
    LISTINGS_TAG,
  ];
}

/**
 * The tags a change from `before` to `after` touches (either absent for a new or removed story):
 * a story moved to another section must leave the old section's pages too.
 */
export function publishTags(before: TaggedStory | undefined, after: TaggedStory | undefined): string[] {
  return [...new Set([...(before ? storyTags(before) : []), ...(after ? storyTags(after) : [])])].sort();
}
