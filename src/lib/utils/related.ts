/**
 * "Baca juga" links. A related item with a URL links there; one without links to the site's
 * article of exactly that title when there is one, and is otherwise shown unlinked.
 */
import type { RelatedLink } from '../schemas/article.ts';

export interface ResolvedRelated {
  title: string;
  href?: string | undefined;
  external: boolean;
}

/** Titles compare as readers see them: case, spacing and typographic quotes do not matter. */
export function titleKey(title: string): string {
  return title
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[“”"‘’']/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export function resolveRelated(related: readonly RelatedLink[], articleHrefByTitleKey: ReadonlyMap<string, string>): ResolvedRelated[] {
  return related.map(({ title, url }) => {
    if (url) return { title, href: url, external: /^https?:/i.test(url) };
    return { title, href: articleHrefByTitleKey.get(titleKey(title)), external: false };
  });
}
