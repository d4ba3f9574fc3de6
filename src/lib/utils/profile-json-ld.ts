/**
 * schema.org markup of an author's page: a `ProfilePage` whose `mainEntity` is the `Person`,
 * as Google's profile-page guidance asks. Typed with schema-dts, so a misspelt property fails
 * `npm run check`. Serialized by serializeJsonLd (src/lib/utils/json-ld.ts).
 */
import type { Person, ProfilePage, WithContext } from 'schema-dts';

export interface ProfileJsonLdInput {
  name: string;
  role?: string | undefined;
  links: readonly { url: string }[];
  /** Absolute URLs. */
  url: string;
  imageUrl?: string | undefined;
  /** The bio as plain text. */
  description?: string | undefined;
}

/** The Person a profile describes (articles name it by `url` only: json-ld.ts, authorJsonLd). */
function profilePerson(input: ProfileJsonLdInput): Exclude<Person, string> {
  return {
    '@type': 'Person',
    name: input.name,
    url: input.url,
    ...(input.role ? { jobTitle: input.role } : {}),
    ...(input.imageUrl ? { image: input.imageUrl } : {}),
    ...(input.description ? { description: input.description } : {}),
    ...(input.links.length > 0 ? { sameAs: input.links.map((link) => link.url) } : {}),
  };
}

export function profilePageJsonLd(input: ProfileJsonLdInput): WithContext<ProfilePage> {
  return { '@context': 'https://schema.org', '@type': 'ProfilePage', url: input.url, mainEntity: profilePerson(input) };
}
