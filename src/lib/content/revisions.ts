/**
 * When an article last changed after it first appeared: its `updated` date, a correction or,
 * on a live page, the newest update. Pages, JSON-LD, feeds and the sitemap all ask here, so
 * they never disagree about it.
 */
import type { ArticleDate } from '../utils/dates.ts';

export interface RevisedArticle {
  date: ArticleDate;
  updated?: ArticleDate | undefined;
  corrections: readonly { date: ArticleDate }[];
  liveUpdates?: readonly { time: ArticleDate }[] | undefined;
}

/** The latest change after first publication; undefined for an article never changed since. */
export function lastModified(article: RevisedArticle): ArticleDate | undefined {
  const changes = [article.updated, ...article.corrections.map((correction) => correction.date), ...(article.liveUpdates ?? []).map((update) => update.time)];
  let latest: ArticleDate | undefined;
  for (const change of changes) if (change && change.time > article.date.time && (!latest || change.time > latest.time)) latest = change;
  return latest;
}
