/**
 * Which articles a build shows. Production leaves out drafts and articles dated after the
 * build (in absolute time, so the building machine's zone does not matter); the dev server
 * shows both, marked, so writers can see them.
 */
import type { ArticleDate } from '../utils/dates.ts';

export type PublicationStatus = 'published' | 'draft' | 'scheduled';

export interface PublicationOptions {
  /** The build's moment, in milliseconds since the epoch. */
  now: number;
  /** `astro dev`: everything shows. */
  dev: boolean;
  /** Publish future-dated articles in production too. */
  includeScheduled: boolean;
}

export function publicationStatus(article: { draft: boolean; date: ArticleDate }, now: number): PublicationStatus {
  if (article.draft) return 'draft';
  return article.date.time > now ? 'scheduled' : 'published';
}

export function isShown(article: { draft: boolean; date: ArticleDate }, options: PublicationOptions): boolean {
  if (options.dev) return true;
  const status = publicationStatus(article, options.now);
  return status === 'published' || (status === 'scheduled' && options.includeScheduled);
}
