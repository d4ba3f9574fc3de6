import { describe, expect, it } from 'vitest';
import { NEWS_SITEMAP_WINDOW_MS } from '../../../src/lib/feeds/news-sitemap.ts';
import { nextChangeAt } from '../../../src/lib/site/next-change.ts';

const at = (time: number) => ({ iso: new Date(time).toISOString(), time, dateOnly: false });
const NOW = Date.parse('2026-03-01T12:00:00Z');
const HOUR = 3_600_000;

describe('nextChangeAt', () => {
  it('is the date of the next scheduled story', () => {
    const articles = [
      { draft: false, date: at(NOW - 10 * NEWS_SITEMAP_WINDOW_MS) },
      { draft: false, date: at(NOW + 5 * HOUR) },
      { draft: false, date: at(NOW + 2 * HOUR) },
    ];
    expect(nextChangeAt(articles, NOW)).toBe(NOW + 2 * HOUR);
  });

  it('is the moment a recent story leaves the news sitemap', () => {
    const published = NOW - HOUR;
    expect(nextChangeAt([{ draft: false, date: at(published) }], NOW)).toBe(published + NEWS_SITEMAP_WINDOW_MS + 1);
  });

  it('is the end of open live coverage', () => {
    const live = { draft: false, date: at(NOW - 30 * NEWS_SITEMAP_WINDOW_MS), coverage: { start: at(NOW - 30 * NEWS_SITEMAP_WINDOW_MS), end: at(NOW + HOUR) } };
    expect(nextChangeAt([live], NOW)).toBe(NOW + HOUR);
  });

  it('ignores drafts, moments already past and coverage without an end', () => {
    const old = at(NOW - 30 * NEWS_SITEMAP_WINDOW_MS);
    const articles = [
      { draft: true, date: at(NOW + HOUR) },
      { draft: false, date: old, coverage: { start: old } },
      { draft: false, date: old, coverage: { start: old, end: at(NOW - HOUR) } },
    ];
    expect(nextChangeAt(articles, NOW)).toBeUndefined();
  });

  it('counts a moment equal to now as past: a story dated now is already published', () => {
    expect(nextChangeAt([{ draft: false, date: at(NOW - NEWS_SITEMAP_WINDOW_MS - 1) }], NOW)).toBeUndefined();
    expect(nextChangeAt([{ draft: false, date: at(NOW) }], NOW)).toBe(NOW + NEWS_SITEMAP_WINDOW_MS + 1);
  });
});
