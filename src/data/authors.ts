/**
 * Author profiles as pages see them: from the content source (./source.ts), each with its shown stories
 * (newest first), built once per build (every request in `astro dev`, where files change).
 */
import type { AuthorProfile } from '../lib/content/load-author.ts';
import { buildAuthorIndex, profileFinder } from '../lib/site/authors.ts';
import type { AuthorIndex } from '../lib/site/authors.ts';
import { getSiteIndex, type Article } from './articles.ts';
import { perVersion } from './source.ts';

export type { AuthorEntry } from './source.ts';

// Each profile's stories are every story: a server asks for them only for the sitemaps, and does
// not hold them afterwards (as src/data/articles.ts's site index).
const authors = perVersion(
  async (source) => {
    const entries = await source.authors();
    const { articles } = await getSiteIndex();
    return {
      entries: new Map(entries.map((entry) => [entry.data.slug, entry])),
      index: buildAuthorIndex(
        entries.map((entry) => entry.data),
        articles,
      ),
    };
  },
  { keepInServer: false },
);

// The profiles alone: an article page's bylines need no profile's stories (server mode reads
// no more than its page's stories).
const profiles = perVersion(async (source) => {
  const entries = await source.authors();
  return { byName: profileFinder(entries.map((entry) => entry.data)), bySlug: new Map(entries.map((entry) => [entry.data.slug, entry])) };
});

/** The profile behind a byline, as the author index finds it. */
export async function getProfileOf(): Promise<(name: string) => AuthorProfile | undefined> {
  return (await profiles()).byName;
}

/** Every profile. */
export async function getProfiles(): Promise<AuthorProfile[]> {
  return [...(await profiles()).bySlug.values()].map((entry) => entry.data);
}

/** A profile and its rendered bio by its page's slug. */
export async function getProfile(slug: string): Promise<{ profile: AuthorProfile; bio: string } | undefined> {
  const entry = (await profiles()).bySlug.get(slug);
  return entry && { profile: entry.data, bio: entry.rendered?.html ?? '' };
}

/** Profiles by name with their stories, and the profile behind a byline. */
export async function getAuthorIndex(): Promise<AuthorIndex<AuthorProfile, Article>> {
  return (await authors()).index;
}

/** The rendered bio of a profile. */
export async function getAuthorBio(slug: string): Promise<string> {
  return (await authors()).entries.get(slug)?.rendered?.html ?? '';
}
