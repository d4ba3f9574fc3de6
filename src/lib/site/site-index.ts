/**
 * Everything site-wide, computed once per build from the visible articles (newest first):
 * sections, tags, months, "Berita terkait", and the previous and next story in a section.
 * Pages look things up here instead of scanning every article per page, which would make a
 * build of N articles cost N².
 */
import type { ArticleDate } from '../utils/dates.ts';
import { monthOf } from '../utils/month.ts';
import { nameSlug } from '../utils/slug.ts';
import { FILL_POOL, pickMoreStories, RELATED_LOOK_BACK } from './more-stories.ts';

export { MORE_STORIES, RELATED_LOOK_BACK } from './more-stories.ts';

export interface IndexedArticle {
  slug: string;
  title: string;
  section: string;
  tags: readonly string[];
  date: ArticleDate;
}

/** A section or a tag: its name as written first, its address segment and its articles. */
export interface Topic<T> {
  name: string;
  slug: string;
  articles: T[];
}

/** What a page shows of a topic: its name and address, not its stories. */
export type TopicName = Pick<Topic<unknown>, 'name' | 'slug'>;

export interface Month<T> {
  year: number;
  /** 1–12. */
  month: number;
  articles: T[];
}

export interface SiteIndex<T extends IndexedArticle> {
  articles: readonly T[];
  sections: Topic<T>[];
  tags: Topic<T>[];
  months: Month<T>[];
  sectionOf: (article: T) => Topic<T>;
  tagsOf: (article: T) => Topic<T>[];
  /**
   * Up to `MORE_STORIES` earlier stories: most shared tags among the `RELATED_LOOK_BACK` stories
   * before it in each of its tags, then same section, then the nearest in time
   * (docs/decisions/019-related-stories-look-back.md).
   */
  moreStories: (article: T) => T[];
  /** The neighbours in the article's section: `previous` is older, `next` newer. */
  neighbours: (article: T) => { previous?: T | undefined; next?: T | undefined };
}

/** Groups by slug, so "Rusia" and "rusia" are one topic, named as first written (newest article). */
function groupTopics<T>(articles: readonly T[], namesOf: (article: T) => readonly string[], slugOf: (name: string) => string): Map<string, Topic<T>> {
  const topics = new Map<string, Topic<T>>();
  for (const article of articles) {
    for (const name of new Set(namesOf(article))) {
      const slug = slugOf(name);
      let topic = topics.get(slug);
      if (!topic) topics.set(slug, (topic = { name, slug, articles: [] }));
      if (topic.articles.at(-1) !== article) topic.articles.push(article);
    }
  }
  return topics;
}

/** Topics in an index: alphabetical, numbers by value (`G7` before `G20`, `Topik 9` before `Topik 10`). */
export const compareTopicNames = (a: { name: string }, b: { name: string }): number => a.name.localeCompare(b.name, 'id', { numeric: true });

/** The positions from `start` up to `end`. */
const range = (start: number, end: number) => Array.from({ length: Math.max(0, end - start) }, (_, index) => start + index);

/** The index of the first of the ascending `positions` above `position` (binary search). */
function firstAbove(positions: Int32Array, position: number): number {
  let low = 0;
  let high = positions.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (positions[middle]! <= position) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** nameSlug, once per name: a site has a few hundred names and tens of thousands of uses of them. */
function slugCache(): (name: string) => string {
  const slugs = new Map<string, string>();
  return (name) => slugs.get(name) ?? slugs.set(name, nameSlug(name)).get(name)!;
}

export function buildSiteIndex<T extends IndexedArticle>(articles: readonly T[], timeZone: string): SiteIndex<T> {
  const slugOf = slugCache();
  const sections = groupTopics(articles, (article) => [article.section], slugOf);
  const tags = groupTopics(articles, (article) => article.tags, slugOf);
  const position = new Map(articles.map((article, index) => [article, index]));

  const months = new Map<string, Month<T>>();
  for (const article of articles) {
    const { year, month } = monthOf(article.date, timeZone);
    const key = `${year}-${month}`;
    let entry = months.get(key);
    if (!entry) months.set(key, (entry = { year, month, articles: [] }));
    entry.articles.push(article);
  }

  const sectionOf = (article: T) => sections.get(slugOf(article.section))!;
  const tagsOf = (article: T) => [...new Set(article.tags.map(slugOf))].map((slug) => tags.get(slug)!);

  // "More stories" is asked of every article on every build: counted over positions in typed
  // arrays rather than a Map per article and a sort of all candidates, which cost a
  // 20,000-article build 55 s (an article shares a tag with ≈ 1,600 others there).
  const sectionNumber = new Map<string, number>();
  const sectionOfPosition = Int32Array.from(articles, ({ section }) => {
    if (!sectionNumber.has(section)) sectionNumber.set(section, sectionNumber.size);
    return sectionNumber.get(section)!;
  });
  const tagPositions = new Map<Topic<T>, Int32Array>();
  const positionsOf = (tag: Topic<T>) =>
    tagPositions.get(tag) ??
    tagPositions
      .set(
        tag,
        Int32Array.from(tag.articles, (other) => position.get(other)!),
      )
      .get(tag)!;
  const sectionPosition = new Map<T, number>();
  for (const section of sections.values()) section.articles.forEach((article, index) => sectionPosition.set(article, index));
  const sharedCount = new Uint16Array(articles.length);

  function moreStories(article: T): T[] {
    const self = position.get(article)!;
    // Positions run newest first: the stories before this one follow it in its tag.
    const tagRuns = tagsOf(article).map((tag) => {
      const positions = positionsOf(tag);
      const after = firstAbove(positions, self);
      return positions.subarray(after, after + RELATED_LOOK_BACK);
    });
    const section = sectionOf(article).articles;
    const ownIndex = sectionPosition.get(article)!;
    const pools = [
      section.slice(ownIndex + 1, ownIndex + 1 + FILL_POOL).map((other) => position.get(other)!),
      range(self + 1, Math.min(articles.length, self + 1 + FILL_POOL)),
      range(Math.max(0, self - FILL_POOL), self).reverse(),
    ];
    return pickMoreStories({ tagRuns, sectionAt: (other) => sectionOfPosition[other]!, ownSection: sectionOfPosition[self]!, counts: sharedCount, pools }).map(
      (other) => articles[other]!,
    );
  }

  function neighbours(article: T) {
    const list = sectionOf(article).articles;
    const index = sectionPosition.get(article)!;
    return { previous: list[index + 1], next: index > 0 ? list[index - 1] : undefined };
  }

  return {
    articles,
    sections: [...sections.values()].sort(compareTopicNames),
    tags: [...tags.values()].sort(compareTopicNames),
    months: [...months.values()],
    sectionOf,
    tagsOf,
    moreStories,
    neighbours,
  };
}
