/**
 * An author profile's front matter (`content/authors/<slug>.md` or `<slug>/index.md`): a
 * line-by-line mirror of docs/content-format.md. The body is the bio.
 */
import { z } from 'zod';
import { isBundlePath, list, text, webUrl } from './article.ts';

/** A file directly in the profile's bundle (`foto.jpg`, `./foto.jpg`): it is published beside the author's page. */
function isProfileImagePath(value: string): boolean {
  return isBundlePath(value) && !value.replace(/^\.\//, '').includes('/');
}

export const authorSchema = z.strictObject(
  {
    name: text,
    role: text.optional(),
    links: list(z.strictObject({ label: text, url: webUrl }, { error: 'expected { label, url }' })).default([]),
    image: text.refine(isProfileImagePath, { error: 'expected a picture file beside index.md in the profile bundle, such as ./foto.jpg' }).optional(),
  },
  { error: 'expected front matter fields (a YAML mapping)' },
);

export type AuthorData = z.output<typeof authorSchema>;
