/**
 * The first moment after a build at which the same content would make a different site, so an
 * unchanged build before it may be skipped (docs/decisions/021-unchanged-builds.md). A build's
 * moment decides three things, and nothing else: which articles are published (a scheduled one
 * appears at its date), which live pages carry the LANGSUNG badge (until their coverage ends), and
 * which articles the Google News sitemap lists (those published within its window).
 */
import type { Coverage } from '../content/kinds.ts';
import { NEWS_SITEMAP_WINDOW_MS } from '../feeds/news-sitemap.ts';
import type { ArticleDate } from '../utils/dates.ts';

export interface TimedArticle {
  draft: boolean;
  date: ArticleDate;
  coverage?: Coverage | undefined;
}

/** The earliest moment after `now` at which any article changes state; undefined when none will. */
export function nextChangeAt(articles: Iterable<TimedArticle>, now: number): number | undefined {
  let next = Infinity;
  const consider = (moment: number | undefined): void => {
    if (moment !== undefined && moment > now && moment < next) next = moment;
  };
  for (const article of articles) {
    if (article.draft) continue;
    // Published at its date; leaves the news sitemap just after its window.
    consider(article.date.time);
    consider(article.date.time + NEWS_SITEMAP_WINDOW_MS + 1);
    consider(article.coverage?.end?.time);
  }
  return next === Infinity ? undefined : next;
}
