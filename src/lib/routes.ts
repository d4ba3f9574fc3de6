/**
 * Every address the site links to is made here, so the URL scheme and the base path
 * (a site deployed at `/warta/`) live in one place.
 */
export const ARTICLES_SEGMENT = 'berita';
export const MEDIA_SEGMENT = 'media';

/** Joins a base path (`/` or `/warta/`) with a site path, keeping the trailing slash of folders. */
export function withBase(base: string, path: string): string {
  return `${base}${path.replace(/^\/+/, '')}`;
}

export function createRoutes(base: string) {
  return {
    home: () => withBase(base, ''),
    article: (slug: string) => withBase(base, `${ARTICLES_SEGMENT}/${slug}/`),
    /** A file from an article bundle: `content/articles/<slug>/<file>`. */
    media: (slug: string, file: string) =>
      withBase(base, `${MEDIA_SEGMENT}/${slug}/${file.replace(/^\.\//, '').split('/').map(encodeURIComponent).join('/')}`),
  };
}

export type Routes = ReturnType<typeof createRoutes>;
