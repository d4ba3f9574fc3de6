/**
 * Bylines and profiles: a name in an article's `authors` that equals a profile's `name` (as
 * written, after trimming) is that profile's; any other name (an agency, a guest) has none.
 * Built once per build, like the site index, so a byline is a map lookup.
 */
import type { AuthorReference } from '../utils/json-ld.ts';

export interface Profile {
  slug: string;
  name: string;
}

export interface AuthorWithStories<P, T> {
  profile: P;
  /** The author's shown stories, in the order given (newest first). */
  articles: T[];
}

export interface AuthorIndex<P extends Profile, T> {
  /** Every profile, by name, with its stories; a profile without stories is listed too. */
  authors: AuthorWithStories<P, T>[];
  profileOf: (name: string) => P | undefined;
}

/** Profiles in the authors' index: by name, as Indonesian sorts them. */
export const compareProfileNames = (a: Profile, b: Profile): number => a.name.localeCompare(b.name, 'id');

export function buildAuthorIndex<P extends Profile, T extends { authors: readonly string[] }>(profiles: readonly P[], articles: readonly T[]): AuthorIndex<P, T> {
  const byName = new Map(profiles.map((profile) => [profile.name, { profile, articles: [] as T[] }]));
  for (const article of articles) {
    for (const name of new Set(article.authors)) byName.get(name)?.articles.push(article);
  }
  return {
    authors: [...byName.values()].sort((a, b) => compareProfileNames(a.profile, b.profile)),
    profileOf: profileFinder(profiles),
  };
}

/** The profile of a byline: the one whose `name` it is (the last of the list, should two share it). */
export function profileFinder<P extends Profile>(profiles: readonly P[]): (name: string) => P | undefined {
  const byName = new Map(profiles.map((profile) => [profile.name, profile]));
  return (name) => byName.get(name);
}

/** A name in an article's `authors`, with its profile when it has one. */
export interface Byline<P extends Profile> {
  name: string;
  profile?: P | undefined;
}

/** An article's bylines in order, each with its profile when it has one. */
export function bylines<P extends Profile>(names: readonly string[], profileOf: (name: string) => P | undefined): Byline<P>[] {
  return names.map((name) => ({ name, profile: profileOf(name) }));
}

/**
 * What structured data says of one byline: a profile's author has its page's address; a name
 * without a profile is a person, unless it is the article's original publisher
 * (`authors: [Antara]` with `publisher: { name: Antara }`), an organization. No list of agencies
 * is guessed.
 */
export function bylineReference(
  name: string,
  article: { publisher?: { name: string } | undefined },
  profile: Profile | undefined,
  profileUrl: (slug: string) => string,
): AuthorReference {
  if (profile) return { name, url: profileUrl(profile.slug) };
  return article.publisher?.name === name ? { name, organization: true } : { name };
}
