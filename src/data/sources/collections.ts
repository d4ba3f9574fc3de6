/** The content source of a static build and `astro dev`: Astro's content collections (src/content.config.ts). */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { getCollection, getEntry } from 'astro:content';
import { settings } from '../../lib/settings.ts';
import { AUTHORS_FOLDER } from '../../loaders/authors.ts';
import { FRONT_PAGE_ENTRY, type FrontPageEntryData } from '../../loaders/front-page.ts';
import type { ArticleEntry, AuthorEntry, ContentSource } from '../source-types.ts';

/**
 * A site without `content/authors/` has no profiles: its collection is not asked for, since
 * Astro warns on every build that reads an empty collection ("does not exist or is empty").
 */
const hasProfiles = () => existsSync(resolve(settings.contentDir, AUTHORS_FOLDER));

export const source: ContentSource = {
  live: false,
  version: async () => 0,
  articles: async () => (await getCollection('articles')) as ArticleEntry[],
  articleHtml: async (entry) => entry.rendered?.html ?? '',
  authors: async () => (hasProfiles() ? ((await getCollection('authors')) as AuthorEntry[]) : []),
  frontPage: async () => (await getEntry('frontPage', FRONT_PAGE_ENTRY))?.data as FrontPageEntryData | undefined,
  removedAt: async () => undefined,
  // A build's search is Pagefind's index, written after the build (src/post-build/search-index.ts).
  search: async () => undefined,
};
