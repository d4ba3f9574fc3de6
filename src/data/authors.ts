/**
 * Author profiles as pages see them: from Astro's content store, each with its shown stories
 * (newest first), built once per build (every request in `astro dev`, where files change).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import type { AuthorProfile } from '../lib/content/load-author.ts';
import { buildAuthorIndex, type AuthorIndex } from '../lib/site/authors.ts';
import { AUTHORS_FOLDER } from '../loaders/authors.ts';
import { settings } from '../lib/settings.ts';
import { getSiteIndex, type Article } from './articles.ts';

export type AuthorEntry = CollectionEntry<'authors'> & { data: AuthorProfile };

let cached: Promise<{ entries: Map<string, AuthorEntry>; index: AuthorIndex<AuthorProfile, Article> }> | undefined;

/**
 * A site without `content/authors/` has no profiles: its collection is not asked for, since
 * Astro warns on every build that reads an empty collection ("does not exist or is empty").
 */
const hasProfiles = () => existsSync(resolve(settings.contentDir, AUTHORS_FOLDER));

async function load() {
  const entries = hasProfiles() ? ((await getCollection('authors')) as AuthorEntry[]) : [];
  const { articles } = await getSiteIndex();
  return {
    entries: new Map(entries.map((entry) => [entry.data.slug, entry])),
    index: buildAuthorIndex(
      entries.map((entry) => entry.data),
      articles,
    ),
  };
}

const authors = () => (import.meta.env.DEV ? load() : (cached ??= load()));

/** Profiles by name with their stories, and the profile behind a byline. */
export async function getAuthorIndex(): Promise<AuthorIndex<AuthorProfile, Article>> {
  return (await authors()).index;
}

/** The rendered bio of a profile. */
export async function getAuthorBio(slug: string): Promise<string> {
  return (await authors()).entries.get(slug)?.rendered?.html ?? '';
}
